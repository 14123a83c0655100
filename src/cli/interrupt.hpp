#pragma once
// Ctrl-C during a batch: the first SIGINT sets a flag that the batch checks between files, so that
// it stops, removes its temporary files and exits 130.

#include <atomic>

namespace ragft::cli {

// Installs the SIGINT handler (once) and returns the flag it sets.
const std::atomic<bool>& interrupt_flag();

} // namespace ragft::cli
