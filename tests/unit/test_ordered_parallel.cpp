// ordered_parallel: results in the items' order whatever the thread count, a bounded window, and
// an early stop after the result being emitted.

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <thread>
#include <vector>

#include "ordered_parallel.hpp"

namespace {

using ragft::cli::ordered_parallel;

// Items 0 .. count-1, counting how many were taken; `next` is called by one thread at a time.
struct Counter {
  int count = 0;
  int taken = 0;
  std::optional<int> operator()() {
    if (taken == count) {
      return std::nullopt;
    }
    return taken++;
  }
};

// The work: squares the item after a wait that is longest for the first items, so that later items
// finish first and the results come back out of order unless they are put back in order.
int slow_square(int item, int count) {
  std::this_thread::sleep_for(std::chrono::microseconds(50 * (count - item)));
  return item * item;
}

std::vector<int> squares(int count) {
  std::vector<int> out;
  for (int i = 0; i < count; ++i) {
    out.push_back(i * i);
  }
  return out;
}

} // namespace

TEST_CASE("ordered_parallel emits in the items' order for any number of jobs") {
  const int count = 200;
  for (int jobs : {1, 2, 4, 8}) {
    CAPTURE(jobs);
    Counter next{count};
    std::vector<int> emitted;
    const std::atomic<bool> stop = false;
    ordered_parallel<int>([&] { return next(); }, jobs, 3 * static_cast<std::size_t>(jobs),
                          [&](int item) { return slow_square(item, count); },
                          [&](int& result) { emitted.push_back(result); }, stop);
    CHECK(emitted == squares(count));
    CHECK(next.taken == count);
  }
}

TEST_CASE("ordered_parallel takes no item while `window` results wait for their turn") {
  const int count = 100;
  const std::size_t window = 4;
  Counter next{count};
  std::atomic<std::size_t> emitted = 0;
  bool over = false;
  const std::atomic<bool> stop = false;
  // A result leaves the window just before `emit` gets it, so while one is being emitted `emitted`
  // is one behind: items taken may reach `emitted + window + 1`, never more.
  ordered_parallel<int>(
      [&] {
        over = over || static_cast<std::size_t>(next.taken) > emitted + window;
        return next();
      },
      4, window, [&](int item) { return slow_square(item, count); }, [&](int&) { ++emitted; }, stop);
  CHECK_FALSE(over);
  CHECK(emitted == static_cast<std::size_t>(count));
}

TEST_CASE("ordered_parallel stops after the result being emitted when `stop` is set") {
  for (int jobs : {1, 4}) {
    CAPTURE(jobs);
    Counter next{1000};
    std::vector<int> emitted;
    std::atomic<bool> stop = false;
    ordered_parallel<int>([&] { return next(); }, jobs, 8, [](int item) { return item; },
                          [&](int& result) {
                            emitted.push_back(result);
                            stop = result == 9;
                          },
                          stop);
    CHECK(emitted == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  }
}
