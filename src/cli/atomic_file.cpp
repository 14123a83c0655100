#include "atomic_file.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "interrupt.hpp"

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* k_exists = "already exists; pass --force to replace it, or choose another file";

fs::path target_folder(const std::string& path) {
  const fs::path target(path);
  return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

// What an existing `path` is, when ragft may not replace it: only regular files are replaced,
// never a device, FIFO or socket (written through), nor a symbolic link (replaced by a file). ""
// when it may be replaced or does not exist.
std::string not_replaceable(const std::string& path) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0 || S_ISREG(info.st_mode)) {
    return "";
  }
  if (S_ISLNK(info.st_mode)) {
    return "is a symbolic link; ragft replaces only regular files: name the file it points to, or remove the link";
  }
  if (S_ISDIR(info.st_mode)) {
    return "is a directory; expected a file name";
  }
  return "is not a regular file (a device, FIFO or socket); ragft writes only regular files: name another file";
}

// The permission bits a new file for `path` gets: those of the regular file it replaces, else
// what the umask allows.
mode_t mode_for(const std::string& path) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode)) {
    return info.st_mode & 07777;
  }
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// A new, empty, uniquely named file beside `path`, with the permission bits of `mode_for`.
std::string create_temporary(const std::string& path) {
  std::string name = (target_folder(path) / fmt::format(".{}.XXXXXX", fs::path(path).filename().string())).string();
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    throw std::runtime_error(
        fmt::format("{}: cannot write: cannot create a temporary file next to it: {}", path, std::strerror(errno)));
  }
  ::fchmod(fd, mode_for(path));
  ::close(fd);
  return name;
}

bool sync_file(const std::string& name) {
  const int fd = ::open(name.c_str(), O_RDONLY);
  if (fd < 0) {
    return false;
  }
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  return synced;
}

// Moves the finished temporary file into place; without `force`, never over an existing file
// (link fails when the name is taken).
std::string publish(const std::string& temporary, const std::string& path, bool force) {
  if (std::string what = not_replaceable(path); !what.empty()) {
    return what; // checked again: it may have changed since check_writable
  }
  if (force) {
    return ::rename(temporary.c_str(), path.c_str()) == 0 ? "" : std::strerror(errno);
  }
  if (::link(temporary.c_str(), path.c_str()) == 0) {
    ::unlink(temporary.c_str());
    return "";
  }
  if (errno == EEXIST || ::access(path.c_str(), F_OK) == 0) {
    return k_exists;
  }
  return ::rename(temporary.c_str(), path.c_str()) == 0 ? "" : std::strerror(errno);
}

} // namespace

// The temporary file is created and registered with no signal in between (interrupt.hpp), so a
// signal that ends the process removes it.
AtomicFile::AtomicFile(std::string path) : m_path(std::move(path)) {
  {
    const SignalsHeld held;
    m_temp = create_temporary(m_path);
    register_temporary(m_temp);
  }
  m_out.open(m_temp, std::ios::binary | std::ios::trunc);
  if (!m_out) {
    forget_temporary(m_temp);
    ::unlink(m_temp.c_str());
    throw std::runtime_error(fmt::format("{}: cannot write: {}", m_path, std::strerror(errno)));
  }
}

AtomicFile::~AtomicFile() {
  if (!m_committed) {
    m_out.close();
    ::unlink(m_temp.c_str());
  }
  forget_temporary(m_temp);
}

std::string AtomicFile::commit(bool force) {
  m_out.flush();
  const bool written = static_cast<bool>(m_out);
  m_out.close();
  std::string error;
  if (!written || m_out.fail() || !sync_file(m_temp)) {
    error = fmt::format("cannot write: {}", std::strerror(errno));
  } else {
    error = publish(m_temp, m_path, force);
  }
  if (!error.empty()) {
    ::unlink(m_temp.c_str());
  }
  m_committed = true;
  return error;
}

std::string check_writable(const std::string& path, bool force) {
  std::error_code ec;
  if (std::string what = not_replaceable(path); !what.empty()) {
    return what;
  }
  if (fs::is_directory(path, ec)) {
    return "is a directory; expected a file name";
  }
  if (!force && fs::exists(path, ec)) {
    return k_exists;
  }
  if (!fs::is_directory(target_folder(path), ec)) {
    return fmt::format("the folder {} does not exist; create it first", target_folder(path).string());
  }
  return "";
}

std::string write_file_atomically(const std::string& path, const std::string& text, bool force) {
  try {
    AtomicFile file(path);
    file.stream() << text;
    return file.commit(force);
  } catch (const std::runtime_error& e) {
    const std::string prefix = path + ": ";
    const std::string message = e.what();
    return message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message;
  }
}

} // namespace ragft::cli
