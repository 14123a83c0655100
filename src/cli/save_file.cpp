#include "save_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* k_exists = "already exists; pass --force to replace it, or choose another file";

std::string temporary_name(const std::string& path) {
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  return (folder / fmt::format(".{}.XXXXXX", target.filename().string())).string();
}

bool write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

void make_readable(int fd) {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
}

// Moves the finished temporary file into place; without `force`, never over an existing file
// (link fails when the name is taken).
std::string publish(const std::string& temporary, const std::string& path, bool force) {
  if (force) {
    return ::rename(temporary.c_str(), path.c_str()) == 0 ? "" : std::strerror(errno);
  }
  if (::link(temporary.c_str(), path.c_str()) == 0) {
    ::unlink(temporary.c_str());
    return "";
  }
  if (errno == EEXIST) {
    return k_exists;
  }
  if (::access(path.c_str(), F_OK) == 0) {
    return k_exists;
  }
  return ::rename(temporary.c_str(), path.c_str()) == 0 ? "" : std::strerror(errno);
}

} // namespace

std::string check_writable(const std::string& path, bool force) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    return "is a directory; expected a file name for the answers, e.g. project.ragft.yaml";
  }
  if (!force && fs::exists(path, ec)) {
    return k_exists;
  }
  const fs::path target(path);
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (!fs::is_directory(folder, ec)) {
    return fmt::format("the folder {} does not exist; create it first", folder.string());
  }
  return "";
}

std::string write_file_atomically(const std::string& path, const std::string& text, bool force) {
  std::string temporary = temporary_name(path);
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    return fmt::format("cannot create a temporary file next to it: {}", std::strerror(errno));
  }
  make_readable(fd);
  const bool written = write_all(fd, text) && ::fsync(fd) == 0;
  const int saved_errno = errno;
  ::close(fd);
  std::string error = written ? publish(temporary, path, force) : std::strerror(saved_errno);
  if (!error.empty()) {
    ::unlink(temporary.c_str());
  }
  return error;
}

} // namespace ragft::cli
