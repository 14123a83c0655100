#pragma once
// Runs a function over a stream of items on several threads and hands the results on in the
// items' order, holding at most `window` results that wait for their turn: memory stays bounded
// however many items there are, and the output order never depends on the thread count.
//
// The calling thread is one of the `jobs` workers: between items of its own it emits the results
// that are ready, so no thread only waits, and a result is handed over without waking a thread
// unless the caller has run out of work. A result is destroyed by the thread that made it: freeing
// memory that another thread allocated takes that thread's allocator lock, and at tens of
// microseconds an item the two threads of `score -j 2` waited for each other about once an item.

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
template <typename T, typename Next, typename Work> class OrderedParallel {
public:
  OrderedParallel(Next& next, Work& work, std::size_t window, int jobs)
      : m_next(next), m_work(work), m_slots(window), m_maker(window, 0), m_spent(static_cast<std::size_t>(jobs)) {}

  // Works with `jobs - 1` helper threads and the calling thread, emitting on the calling thread.
  template <typename Emit> void run(int jobs, Emit& emit, const std::atomic<bool>& stop) {
    std::vector<std::jthread> helpers;
    for (int j = 1; j < jobs; ++j) {
      helpers.emplace_back([this, j] { help(static_cast<std::size_t>(j)); });
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

  // Works on `job` outside the lock as worker `me` (0: the caller), and stores its result; true if
  // it is the next to emit. The results of this worker already emitted are destroyed first.
  bool work_on(std::unique_lock<std::mutex>& lock, Job& job, std::size_t me) {
    std::vector<T> spent = std::exchange(m_spent[me], {});
    lock.unlock();
    spent.clear();
    T result = m_work(job.second);
    lock.lock();
    m_slots[job.first % m_slots.size()] = std::move(result);
    m_maker[job.first % m_slots.size()] = me;
    return job.first == m_emitted;
  }

  // A helper thread: takes and works on items while there is room, until the items or the caller
  // are done.
  void help(std::size_t me) {
    std::unique_lock lock(m_mutex);
    for (;;) {
      m_space.wait(lock, [this] { return m_done || m_exhausted || window_has_room(); });
      if (m_done || m_exhausted) {
        m_ready.notify_one(); // the caller may be waiting for the end
        return;
      }
      if (auto job = take(); job && work_on(lock, *job, me)) {
        m_ready.notify_one();
      }
    }
  }

  // One turn of the calling thread: emits the next result if it is ready, else works on an item of
  // its own, else waits for a helper. False when every result has been emitted.
  template <typename Emit> bool step(std::unique_lock<std::mutex>& lock, Emit& emit) {
    if (std::optional<T>& slot = next_slot()) {
      T result = std::move(*slot);
      const std::size_t maker = m_maker[m_emitted % m_slots.size()];
      slot.reset();
      ++m_emitted;
      lock.unlock();
      m_space.notify_one();
      emit(result);
      lock.lock();
      m_spent[maker].push_back(std::move(result)); // what `emit` left of it: its maker destroys it
    } else if (all_emitted()) {
      return false;
    } else if (auto job = take()) {
      work_on(lock, *job, 0);
    } else {
      m_ready.wait(lock, [this] { return next_slot().has_value() || all_emitted(); });
    }
    return true;
  }

  Next& m_next;
  Work& m_work;
  std::vector<std::optional<T>> m_slots;
  std::vector<std::size_t> m_maker;    // by slot: the worker that made its result (0: the caller)
  std::vector<std::vector<T>> m_spent; // by worker: its results emitted, for it to destroy
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
// items' order, with the result as `T&`: it may read it or move from it; what it leaves is destroyed
// by the thread that made it. Stops early, after the result being emitted, when `stop` becomes true.
template <typename T, typename Next, typename Work, typename Emit>
void ordered_parallel(Next next, int jobs, std::size_t window, Work work, Emit emit, const std::atomic<bool>& stop) {
  if (jobs <= 1) {
    while (!stop) {
      auto item = next();
      if (!item) {
        return;
      }
      T result = work(*item);
      emit(result);
    }
    return;
  }
  OrderedParallel<T, Next, Work>(next, work, window, jobs).run(jobs, emit, stop);
}

} // namespace ragft::cli
