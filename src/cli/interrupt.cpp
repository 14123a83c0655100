#include "interrupt.hpp"

#include <csignal>

#include <pthread.h>
#include <unistd.h>

namespace ragft::cli {

namespace {

std::atomic<bool> g_interrupted{false};
std::atomic<int> g_signal{0};
std::atomic<bool> g_flag_mode{false};

constexpr int k_max_temporaries = 64;
std::atomic<const char*> g_temporaries[k_max_temporaries];

// Async-signal-safe: unlink only.
void remove_temporaries() {
  for (auto& slot : g_temporaries) {
    if (const char* path = slot.exchange(nullptr)) {
      ::unlink(path);
    }
  }
}

// Ends the process by `signal` itself, so the parent sees the signal's status.
[[noreturn]] void die_by(int signal) {
  remove_temporaries();
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  ::sigaction(signal, &action, nullptr);
  ::raise(signal);
  ::_exit(128 + signal); // not reached: the signal is delivered when the handler returns
}

extern "C" void on_signal(int signal) {
  const bool again = g_interrupted.exchange(true);
  if (!again) {
    g_signal = signal;
  }
  if (!g_flag_mode.load() || (again && signal != SIGPIPE)) {
    die_by(signal);
  }
}

} // namespace

void install_signal_handlers() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0; // no SA_RESTART: a blocked read returns EINTR
  for (int signal : {SIGINT, SIGTERM, SIGPIPE}) {
    ::sigaction(signal, &action, nullptr);
  }
}

const std::atomic<bool>& interrupt_flag() {
  g_flag_mode = true;
  return g_interrupted;
}

bool interrupt_requested() { return g_interrupted.load(); }

int interrupted_exit_code() { return 128 + (g_signal.load() == 0 ? SIGINT : g_signal.load()); }

bool interrupted_by_closed_output() { return g_signal.load() == SIGPIPE; }

void register_temporary(const std::string& path) {
  for (auto& slot : g_temporaries) {
    const char* empty = nullptr;
    if (slot.compare_exchange_strong(empty, path.c_str())) {
      return;
    }
  }
}

void forget_temporary(const std::string& path) {
  for (auto& slot : g_temporaries) {
    const char* mine = path.c_str();
    if (slot.compare_exchange_strong(mine, nullptr)) {
      return;
    }
  }
}

SignalsHeld::SignalsHeld() {
  sigset_t held;
  sigemptyset(&held);
  for (int signal : {SIGINT, SIGTERM, SIGPIPE}) {
    sigaddset(&held, signal);
  }
  ::pthread_sigmask(SIG_BLOCK, &held, &m_before);
}

SignalsHeld::~SignalsHeld() { ::pthread_sigmask(SIG_SETMASK, &m_before, nullptr); }

} // namespace ragft::cli
