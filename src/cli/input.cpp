#include "input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include <ragft/rules/loader.hpp>

namespace ragft::cli {

namespace {

constexpr std::size_t k_chunk = std::size_t{64} * 1024; // bytes read at a time from a stream

// Reads at most `max_bytes` + 1 bytes, so that an endless stream is refused, not exhausted.
std::string read_bounded(std::istream& in, std::size_t max_bytes) {
  std::string text;
  char chunk[k_chunk];
  while (text.size() <= max_bytes && in.read(chunk, sizeof chunk).gcount() > 0) {
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (text.size() > max_bytes + 1) {
    text.resize(max_bytes + 1);
  }
  return text;
}

// Reads the open file `fd`: one fstat and, for a regular file, one read of its size plus a byte
// (a shorter read is the end of a regular file); anything else is read in chunks up to the limit.
std::optional<std::string> read_open_file(int fd, const std::string& path, Diagnostic& error, std::size_t max_bytes) {
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    error = Diagnostic{Location{path, 0, 0}, fmt::format("cannot read: {}", std::strerror(errno))};
    return std::nullopt;
  }
  if (S_ISDIR(info.st_mode)) {
    error = Diagnostic{Location{path, 0, 0}, "is a directory; expected a spec file (.yaml, .yml or .json)"};
    return std::nullopt;
  }
  const bool regular = S_ISREG(info.st_mode);
  const auto size = static_cast<std::size_t>(info.st_size);
  if (regular && size > max_bytes) {
    error = Diagnostic{Location{path, 1, 1}, fmt::format("file is {} bytes; the limit is {} bytes", size, max_bytes)};
    return std::nullopt;
  }
  std::string text;
  std::size_t want = regular ? size + 1 : k_chunk;
  while (text.size() <= max_bytes) {
    const std::size_t at = text.size();
    text.resize(at + want);
    const ssize_t got = ::read(fd, text.data() + at, want);
    if (got < 0 && errno == EINTR) {
      text.resize(at);
      continue;
    }
    if (got < 0) {
      error = Diagnostic{Location{path, 0, 0}, fmt::format("cannot read: {}", std::strerror(errno))};
      return std::nullopt;
    }
    text.resize(at + static_cast<std::size_t>(got));
    if (got == 0 || (regular && static_cast<std::size_t>(got) < want)) {
      break;
    }
    want = k_chunk;
  }
  if (text.size() > max_bytes) {
    error = Diagnostic{Location{path, 1, 1}, fmt::format("more than {} bytes; the limit is {} bytes", max_bytes, max_bytes)};
    return std::nullopt;
  }
  return text;
}

} // namespace

std::optional<std::string> read_input(const std::string& path, Diagnostic& error, std::size_t max_bytes) {
  if (path == "-") {
    std::string text = read_bounded(std::cin, max_bytes);
    if (text.size() > max_bytes) {
      error = Diagnostic{Location{"<stdin>", 1, 1}, fmt::format("more than {} bytes on standard input", max_bytes)};
      return std::nullopt;
    }
    return text;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = Diagnostic{Location{path, 0, 0}, fmt::format("cannot read: {}; check the path and its permissions",
                                                         std::strerror(errno))};
    return std::nullopt;
  }
  std::optional<std::string> text = read_open_file(fd, path, error, max_bytes);
  ::close(fd);
  return text;
}

const RuleBase& load_rules(const std::string& path) {
  if (path.empty()) {
    return default_rule_base();
  }
  static RuleBase custom;
  Diagnostic error;
  const auto text = read_input(path, error, k_max_rule_base_bytes);
  if (!text) {
    throw InputError(error);
  }
  custom = load_rule_base(*text, path);
  return custom;
}

} // namespace ragft::cli
