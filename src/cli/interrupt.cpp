#include "interrupt.hpp"

#include <csignal>

namespace ragft::cli {

namespace {

std::atomic<bool> g_interrupted{false};
std::atomic<int> g_signal{0};

extern "C" void on_signal(int signal) {
  if (g_signal.load() == 0) {
    g_signal = signal;
  }
  g_interrupted = true;
}

} // namespace

const std::atomic<bool>& interrupt_flag() {
  static const bool installed = [] {
    for (int signal : {SIGINT, SIGTERM, SIGPIPE}) {
      std::signal(signal, on_signal);
    }
    return true;
  }();
  (void)installed;
  return g_interrupted;
}

int interrupted_exit_code() { return 128 + (g_signal.load() == 0 ? SIGINT : g_signal.load()); }

bool interrupted_by_closed_output() { return g_signal.load() == SIGPIPE; }

} // namespace ragft::cli
