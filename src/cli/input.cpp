#include "input.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include <ragft/adr/check.hpp>
#include <ragft/base/text.hpp>
#include <ragft/rules/loader.hpp>

#include "interrupt.hpp"
#include "near_path.hpp"

namespace ragft::cli {

namespace {

constexpr std::size_t k_chunk = std::size_t{64} * 1024; // bytes read at a time from a stream

Diagnostic cannot_read(const std::string& name) {
  return Diagnostic{Location{name, 0, 0}, fmt::format("cannot read: {}", std::strerror(errno))};
}

// What `info` is, when it is no file to read: a folder, or (unless it is standard input) a FIFO,
// device or socket, which could block or never end. "" for a regular file.
std::string not_a_file(const struct stat& info, bool is_stdin) {
  if (S_ISDIR(info.st_mode)) {
    return "is a directory; expected a spec file (.yaml, .yml or .json)";
  }
  if (!S_ISREG(info.st_mode) && !is_stdin) {
    return "not a regular file (a FIFO, device or socket); name a file, or pipe it to standard input as -";
  }
  return "";
}

// Waits until the stream `fd` can be read (or has ended), looking at the interrupt flag every
// 200 ms: a signal that arrives just before a blocking read starts would not interrupt it. False
// when a signal asked to stop.
bool wait_readable(int fd) {
  pollfd wanted{fd, POLLIN, 0};
  while (!interrupt_requested()) {
    const int ready = ::poll(&wanted, 1, 200);
    if (ready > 0 || (ready < 0 && errno != EINTR)) {
      return true; // data, the end, or an error that the read will report
    }
  }
  return false;
}

// Reads from `fd` into `text` until the end or past `max_bytes`: for a regular file one read of
// its size plus a byte (a shorter read is its end), for a stream chunks. A signal that interrupts
// a blocked read ends it when it asked to stop (interrupt.hpp); false with `error` set on failure.
bool read_all(int fd, bool regular, std::size_t size, std::string& text, const std::string& name, Diagnostic& error,
              std::size_t max_bytes) {
  std::size_t want = regular ? std::min(size, max_bytes) + 1 : k_chunk;
  while (text.size() <= max_bytes) {
    if (!regular && !wait_readable(fd)) {
      error = Diagnostic{Location{name, 0, 0}, "interrupted"};
      return false;
    }
    const std::size_t at = text.size();
    text.resize(at + want);
    const ssize_t got = ::read(fd, text.data() + at, want);
    text.resize(at + static_cast<std::size_t>(std::max<ssize_t>(got, 0)));
    if (got < 0 && errno == EINTR && !interrupt_requested()) {
      continue;
    }
    if (got < 0) {
      error = errno == EINTR ? Diagnostic{Location{name, 0, 0}, "interrupted"} : cannot_read(name);
      return false;
    }
    if (got == 0 || (regular && static_cast<std::size_t>(got) < want)) {
      break;
    }
    want = k_chunk;
  }
  return true;
}

// Reads the open file `fd` (named `name`), refusing what is no file (see `not_a_file`) and
// anything over `max_bytes`.
std::optional<std::string> read_open_file(int fd, const std::string& name, bool is_stdin, Diagnostic& error,
                                          std::size_t max_bytes) {
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    error = cannot_read(name);
    return std::nullopt;
  }
  if (const std::string what = not_a_file(info, is_stdin); !what.empty()) {
    error = Diagnostic{Location{name, 0, 0}, what};
    return std::nullopt;
  }
  const bool regular = S_ISREG(info.st_mode);
  const auto size = static_cast<std::size_t>(info.st_size);
  if (regular && size > max_bytes && !is_stdin) {
    error = Diagnostic{Location{name, 1, 1}, fmt::format("file is {} bytes; the limit is {} bytes", size, max_bytes)};
    return std::nullopt;
  }
  std::string text;
  if (!read_all(fd, regular, size, text, name, error, max_bytes)) {
    return std::nullopt;
  }
  if (text.size() > max_bytes) {
    error = Diagnostic{Location{name, 1, 1},
                       is_stdin ? fmt::format("more than {} bytes on standard input", max_bytes)
                                : fmt::format("more than {} bytes; the limit is {} bytes", max_bytes, max_bytes)};
    return std::nullopt;
  }
  return text;
}

// Why `path` cannot be opened (`error`, an errno) and what to do: the nearest existing path when
// it does not exist (a misspelt folder or file name), else a look at the path and its permissions.
std::string open_failure(const std::string& path, int error) {
  if (error == ENOENT) {
    if (const std::optional<std::string> near = near_path(path)) {
      return fmt::format("cannot read: no such file or folder; did you mean `{}`?", *near);
    }
    return "cannot read: no such file or folder; check the path (a folder's name, a file's extension)";
  }
  return fmt::format("cannot read: {}; check the path and its permissions", std::strerror(error));
}

} // namespace

std::optional<std::string> read_input(const std::string& path, Diagnostic& error, std::size_t max_bytes) {
  if (path == "-") {
    return read_open_file(STDIN_FILENO, "<stdin>", true, error, max_bytes);
  }
  // Non-blocking, so that opening a FIFO with no writer does not wait; the file is refused anyway.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    error = Diagnostic{Location{path, 0, 0}, open_failure(path, errno)};
    return std::nullopt;
  }
  std::optional<std::string> text = read_open_file(fd, path, false, error, max_bytes);
  ::close(fd);
  return text;
}

namespace {

bool is_markdown_name(std::string_view origin) {
  const std::string lowered = ascii_lower(origin);
  const auto ends = [&](std::string_view tail) {
    return lowered.size() > tail.size() && lowered.compare(lowered.size() - tail.size(), tail.size(), tail) == 0;
  };
  return ends(".md") || ends(".markdown");
}

} // namespace

std::vector<SpecDocument> parse_input_specs(std::string_view text, std::string_view origin, const RuleBase& rules,
                                            const InputLimits& limits) {
  if (is_markdown_name(origin)) {
    return adr_file_specs(text, origin, rules);
  }
  return parse_specs(text, origin, rules, limits);
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
