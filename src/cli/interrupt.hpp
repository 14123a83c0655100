#pragma once
// Signals. `install_signal_handlers` (called first in main) makes SIGINT (Ctrl-C), SIGTERM and
// SIGPIPE end any command at once, removing the temporary files registered below, with the
// signal's own status (130, 143, 141). A command that stops cleanly on its own (a batch) asks for
// the flag instead: the first signal then only sets it, without SA_RESTART, so a blocked read
// returns and the command sees it within a moment; a second SIGINT or SIGTERM ends the process at
// once, as above.

#include <atomic>
#include <csignal>
#include <string>

namespace ragft::cli {

// Installs the handlers; immediate mode.
void install_signal_handlers();

// Switches to flag mode and returns the flag the handlers set.
const std::atomic<bool>& interrupt_flag();

// True once a signal has arrived (in flag mode; in immediate mode the process has ended).
bool interrupt_requested();

// The exit code for the signal that set the flag: 130 for SIGINT, 143 for SIGTERM, 141 for SIGPIPE.
int interrupted_exit_code();

// True when the reader of standard output went away (SIGPIPE): stop without a message.
bool interrupted_by_closed_output();

// A temporary file that a signal ending the process removes; `path` must stay alive (and
// unchanged) until `forget_temporary(path)`. At most 64 at a time; more are not removed by a signal.
void register_temporary(const std::string& path);
void forget_temporary(const std::string& path);

// Holds SIGINT, SIGTERM and SIGPIPE back from the calling thread while it lives, so that a file
// created and registered under it is never left unregistered by a signal in between.
class SignalsHeld {
public:
  SignalsHeld();
  ~SignalsHeld();
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

private:
  sigset_t m_before{};
};

} // namespace ragft::cli
