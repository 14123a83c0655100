#pragma once
// Runs a function over a stream of items on several threads and hands the results on in the
// items' order, holding at most `window` results that wait for their turn: memory stays bounded
// however many items there are, and the output order never depends on the thread count.
//
// The calling thread is one of the `jobs` workers: between items of its own it emits the results
// that are ready, so no thread only waits, and a result is handed over without waking a thread
// unless the caller has run out of work.

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace ragft::cli {

// `next()` gives the items one at a time (std::optional, empty at the end); it is called by one
// thread at a time. `work(item)` must not throw. `emit(result)` runs on the calling thread, in the
// items' order. Stops early, after the result being emitted, when `stop` becomes true.
template <typename T, typename Next, typename Work, typename Emit>
void ordered_parallel(Next next, int jobs, std::size_t window, Work work, Emit emit, const std::atomic<bool>& stop) {
  if (jobs <= 1) {
    while (!stop) {
      auto item = next();
      if (!item) {
        return;
      }
      emit(work(*item));
    }
    return;
  }
  using Item = typename decltype(next())::value_type;
  std::vector<std::optional<T>> slots(window);
  std::mutex mutex;
  std::condition_variable ready; // the caller waits for the next result in order
  std::condition_variable space; // the helpers wait for room in the window
  std::size_t taken = 0;         // items taken from `next`
  std::size_t emitted = 0;
  bool exhausted = false;        // `next` has no more
  bool done = false;             // the caller has stopped
  // Under the lock: the next item and its index, unless the window is full or the items are out.
  auto take = [&]() -> std::optional<std::pair<std::size_t, Item>> {
    if (exhausted || taken >= emitted + window) {
      return std::nullopt;
    }
    auto item = next();
    if (!item) {
      exhausted = true;
      return std::nullopt;
    }
    return std::pair<std::size_t, Item>(taken++, std::move(*item));
  };
  // Works on `job` outside the lock, and stores its result; true if it is the next to emit.
  auto run = [&](std::unique_lock<std::mutex>& lock, std::pair<std::size_t, Item>& job) {
    lock.unlock();
    T result = work(job.second);
    lock.lock();
    slots[job.first % window] = std::move(result);
    return job.first == emitted;
  };
  auto helper = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      space.wait(lock, [&] { return done || exhausted || taken < emitted + window; });
      if (done || exhausted) {
        ready.notify_one(); // the caller may be waiting for the end
        return;
      }
      if (auto job = take(); job && run(lock, *job)) {
        ready.notify_one();
      }
    }
  };
  std::vector<std::jthread> helpers;
  for (int j = 1; j < jobs; ++j) {
    helpers.emplace_back(helper);
  }
  std::unique_lock lock(mutex);
  while (!stop) {
    if (std::optional<T>& slot = slots[emitted % window]) {
      T result = std::move(*slot);
      slot.reset();
      ++emitted;
      lock.unlock();
      space.notify_one();
      emit(std::move(result));
      lock.lock();
    } else if (exhausted && emitted >= taken) {
      break;
    } else if (auto job = take()) {
      run(lock, *job);
    } else {
      ready.wait(lock, [&] { return slots[emitted % window].has_value() || (exhausted && emitted >= taken); });
    }
  }
  done = true;
  lock.unlock();
  space.notify_all();
}

} // namespace ragft::cli
