#pragma once
// Runs a function over [0, count) on several threads and hands the results on in index order,
// holding at most `window` results that wait for their turn: memory stays bounded however many
// items there are, and the output order never depends on the thread count.

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ragft::cli {

// `work(i)` must not throw. `emit(result)` runs on the calling thread, in index order. Stops
// early, after the result being emitted, when `stop` becomes true.
template <typename T, typename Work, typename Emit>
void ordered_parallel(std::size_t count, int jobs, std::size_t window, Work work, Emit emit,
                      const std::atomic<bool>& stop) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count && !stop; ++i) {
      emit(work(i));
    }
    return;
  }
  std::vector<std::optional<T>> slots(window);
  std::mutex mutex;
  std::condition_variable ready;
  std::condition_variable space;
  std::size_t next = 0;
  std::size_t emitted = 0;
  bool done = false;
  auto worker = [&] {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock lock(mutex);
        space.wait(lock, [&] { return done || next >= count || next < emitted + window; });
        if (done || next >= count) {
          return;
        }
        i = next++;
      }
      T result = work(i);
      {
        std::lock_guard lock(mutex);
        slots[i % window] = std::move(result);
      }
      ready.notify_one();
    }
  };
  std::vector<std::jthread> threads;
  for (int j = 0; j < jobs; ++j) {
    threads.emplace_back(worker);
  }
  for (std::size_t i = 0; i < count && !stop; ++i) {
    std::optional<T> result;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return slots[i % window].has_value(); });
      result.swap(slots[i % window]);
      ++emitted;
    }
    space.notify_all();
    emit(std::move(*result));
  }
  {
    std::lock_guard lock(mutex);
    done = true;
  }
  space.notify_all();
}

} // namespace ragft::cli
