#pragma once
// The ADR files `ragft check` reads: the paths given, or the repository's ADR folders found as the
// ADR tools find them. The file-system edge of the check.

#include <string>
#include <vector>

#include <ragft/adr/search.hpp>

#include "inputs.hpp"

namespace ragft::cli {

// The ADR folder of the repository at `root`: `.adr-dir`, `.log4brains.yml`'s `adrFolder`, then
// the conventional folders. Empty when none exists; `how` then lists what was tried.
std::string find_adr_folder(const std::string& root, std::string& how);

// Every ADR folder of the repository at `root`: the one `find_adr_folder` finds, and with a
// `.log4brains.yml`, each of its packages' `adrFolder` that exists too.
std::vector<std::string> find_adr_folders(const std::string& root, std::string& how);

// With no ADR folder where the tools put one: the ADR folders a bounded search of the tree at
// `root` finds (`search_adr_folders`), and the ADR paths to read for them (a folder found by its
// name as a whole, one found by its files as those files).
std::vector<FoundAdrFolder> search_adr_tree(const std::string& root);
std::vector<std::string> adr_paths_of(const std::vector<FoundAdrFolder>& found);
// What the search found, for messages: `a/adrs, b (12 numbered files)`.
std::string found_folders_text(const std::vector<FoundAdrFolder>& found);

// A file found in an ADR folder that is not read, and why.
struct SkippedFile {
  std::string path;
  std::string reason;
};

struct AdrInputs {
  std::vector<InputItem> items;     // the ADRs, and the folders that could not be searched or hold none
  std::vector<SkippedFile> skipped; // in the order found
};

// Expands `paths`: a folder gives every ADR file under it, sub-folders included (hidden ones and
// `templates` skipped, and the files `adr_file_skip_reason` names); an index page (`index.md`) is
// an ADR only when its folder holds no other, as in a documentation site's `<slug>/index.md`
// layout. A file is taken as given. Sorted, each once.
AdrInputs expand_adr_inputs(const std::vector<std::string>& paths);

} // namespace ragft::cli
