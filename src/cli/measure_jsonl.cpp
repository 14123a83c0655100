// Counting the examples of a JSONL file on every core (measure_repo.hpp): the file is read in
// blocks of whole lines, each block counted by its own ExampleCounter on a worker thread, and the
// counts merged in the blocks' order, so the located problems come out in line order and the
// result is the same for any number of threads.

#include "measure_repo.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "ordered_parallel.hpp"

namespace ragft::cli {

namespace {

constexpr std::size_t k_block = std::size_t{1} << 20; // bytes read at a time
constexpr int k_max_measure_jobs = 8;

// Whole lines of a file, and the number of the first.
struct LineBlock {
  std::string text;
  int first_line = 1;
};

// Reads a file as blocks of whole lines (a line longer than a block waits for its end).
class BlockReader {
public:
  explicit BlockReader(int fd) : m_fd(fd) {}

  std::optional<LineBlock> next() {
    while (!m_eof) {
      if (auto block = cut(); block) {
        return block;
      }
      fill();
    }
    if (m_carry.empty()) {
      return std::nullopt;
    }
    return take(m_carry.size());
  }
  int error() const { return m_error; }

private:
  // The complete lines held, once there is at least a block of them.
  std::optional<LineBlock> cut() {
    const std::size_t nl = m_carry.size() < k_block ? std::string::npos : m_carry.rfind('\n');
    return nl == std::string::npos ? std::nullopt : std::optional<LineBlock>(take(nl + 1));
  }
  LineBlock take(std::size_t bytes) {
    LineBlock block{m_carry.substr(0, bytes), m_line};
    m_line += static_cast<int>(std::count(block.text.begin(), block.text.end(), '\n'));
    m_carry.erase(0, bytes);
    return block;
  }
  void fill() {
    const std::size_t had = m_carry.size();
    m_carry.resize(had + k_block);
    ssize_t got = 0;
    do {
      got = ::read(m_fd, m_carry.data() + had, k_block);
    } while (got < 0 && errno == EINTR);
    m_error = got < 0 ? errno : 0;
    m_eof = got <= 0;
    m_carry.resize(had + static_cast<std::size_t>(std::max<ssize_t>(got, 0)));
  }

  int m_fd;
  std::string m_carry;
  int m_line = 1;
  bool m_eof = false;
  int m_error = 0;
};

// The examples of one block, each line located by its number in the file.
ExampleCounter count_block(const LineBlock& block, const std::string& display) {
  ExampleCounter counter;
  std::string_view rest(block.text);
  for (int line = block.first_line; !rest.empty(); ++line) {
    const std::size_t nl = std::min(rest.find('\n'), rest.size());
    counter.add_json_text(rest.substr(0, nl), Location{display, line, 1});
    rest.remove_prefix(std::min(nl + 1, rest.size()));
  }
  return counter;
}

int jobs() { return std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, k_max_measure_jobs); }

} // namespace

void count_jsonl(ExampleCounter& counter, const std::string& path, const std::string& display,
                 std::vector<Diagnostic>& problems) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    problems.push_back(
        Diagnostic{Location{display, 0, 0}, fmt::format("cannot read: {}; skipped", std::strerror(errno))});
    return;
  }
  BlockReader reader(fd);
  const std::atomic<bool> never_stop{false};
  const int n = jobs();
  ordered_parallel<ExampleCounter>([&] { return reader.next(); }, n, static_cast<std::size_t>(n) * 2,
                                   [&](const LineBlock& block) { return count_block(block, display); },
                                   [&](ExampleCounter& part) { counter.merge(std::move(part)); }, never_stop);
  ::close(fd);
  if (reader.error() != 0) {
    problems.push_back(
        Diagnostic{Location{display, 0, 0}, fmt::format("cannot read: {}; skipped", std::strerror(reader.error()))});
  }
}

} // namespace ragft::cli
