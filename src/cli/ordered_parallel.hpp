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

// The state that the workers of one `ordered_parallel` run share: the window of result slots (the
// result of item `i` waits in slot `i % window`), how many items were taken and emitted, and
// whether the items or the caller are done. Every member is read and written under `m_mutex`.
template <typename T, typename Next, typename Work>
class OrderedParallel {
public:
  OrderedParallel(Next& next, Work& work, std::size_t window) : m_next(next), m_work(work), m_slots(window) {}

  // Works with `jobs - 1` helper threads and the calling thread, emitting on the calling thread.
  template <typename Emit>
  void run(int jobs, Emit& emit, const std::atomic<bool>& stop) {
    std::vector<std::jthread> helpers;
    for (int j = 1; j < jobs; ++j) {
      helpers.emplace_back([this] { help(); });
    }
    std::unique_lock lock(m_mutex);
    while (!stop && step(lock, emit)) {
    }
    m_done = true;
    lock.unlock();
    m_space.notify_all();
  }

private:
  using Item = typename decltype(std::declval<Next&>()())::value_type;
  using Job = std::pair<std::size_t, Item>; // an item and its index

  bool window_has_room() const { return m_taken < m_emitted + m_slots.size(); }
  bool all_emitted() const { return m_exhausted && m_emitted >= m_taken; }
  std::optional<T>& next_slot() { return m_slots[m_emitted % m_slots.size()]; }

  // The next item and its index, unless the window is full or the items are out.
  std::optional<Job> take() {
    if (m_exhausted || !window_has_room()) {
      return std::nullopt;
    }
    auto item = m_next();
    if (!item) {
      m_exhausted = true;
      return std::nullopt;
    }
    return Job(m_taken++, std::move(*item));
  }

  // Works on `job` outside the lock, and stores its result; true if it is the next to emit.
  bool work_on(std::unique_lock<std::mutex>& lock, Job& job) {
    lock.unlock();
    T result = m_work(job.second);
    lock.lock();
    m_slots[job.first % m_slots.size()] = std::move(result);
    return job.first == m_emitted;
  }

  // A helper thread: takes and works on items while there is room, until the items or the caller
  // are done.
  void help() {
    std::unique_lock lock(m_mutex);
    for (;;) {
      m_space.wait(lock, [this] { return m_done || m_exhausted || window_has_room(); });
      if (m_done || m_exhausted) {
        m_ready.notify_one(); // the caller may be waiting for the end
        return;
      }
      if (auto job = take(); job && work_on(lock, *job)) {
        m_ready.notify_one();
      }
    }
  }

  // One turn of the calling thread: emits the next result if it is ready, else works on an item of
  // its own, else waits for a helper. False when every result has been emitted.
  template <typename Emit>
  bool step(std::unique_lock<std::mutex>& lock, Emit& emit) {
    if (std::optional<T>& slot = next_slot()) {
      T result = std::move(*slot);
      slot.reset();
      ++m_emitted;
      lock.unlock();
      m_space.notify_one();
      emit(std::move(result));
      lock.lock();
    } else if (all_emitted()) {
      return false;
    } else if (auto job = take()) {
      work_on(lock, *job);
    } else {
      m_ready.wait(lock, [this] { return next_slot().has_value() || all_emitted(); });
    }
    return true;
  }

  Next& m_next;
  Work& m_work;
  std::vector<std::optional<T>> m_slots;
  std::mutex m_mutex;
  std::condition_variable m_ready; // the caller waits for the next result in order
  std::condition_variable m_space; // the helpers wait for room in the window
  std::size_t m_taken = 0;         // items taken from `next`
  std::size_t m_emitted = 0;
  bool m_exhausted = false; // `next` has no more
  bool m_done = false;      // the caller has stopped
};

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
  OrderedParallel<T, Next, Work>(next, work, window).run(jobs, emit, stop);
}

} // namespace ragft::cli
