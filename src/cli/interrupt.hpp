#pragma once
// Signals during a batch. SIGINT (Ctrl-C), SIGTERM and SIGPIPE (`ragft score big/ | head`) set a
// flag that the batch checks between files, so that it stops, removes its temporary files, writes
// no output file, and exits with the code the signal calls for.

#include <atomic>

namespace ragft::cli {

// Installs the handlers (once) and returns the flag they set.
const std::atomic<bool>& interrupt_flag();

// The exit code for the signal that set the flag: 130 for SIGINT, 143 for SIGTERM, 141 for SIGPIPE.
int interrupted_exit_code();

// True when the reader of standard output went away (SIGPIPE): stop without a message.
bool interrupted_by_closed_output();

} // namespace ragft::cli
