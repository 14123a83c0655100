#pragma once
// The ADR files `ragft check` reads: the paths given, or the repository's ADR folder found as the
// ADR tools find it. The file-system edge of the check.

#include <string>
#include <vector>

#include "inputs.hpp"

namespace ragft::cli {

// The ADR folder of the repository at `root`: `.adr-dir`, `.log4brains.yml`'s `adrFolder`, then
// the conventional folders. Empty when none exists; `how` then lists what was tried.
std::string find_adr_folder(const std::string& root, std::string& how);

// Expands `paths`: a folder gives every ADR file under it, sub-folders included (hidden ones,
// templates, `index.md` and `README.md` skipped); a file is taken as given. Sorted, each once.
std::vector<InputItem> expand_adr_inputs(const std::vector<std::string>& paths);

} // namespace ragft::cli
