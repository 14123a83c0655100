#pragma once
// The inputs of a batch: files, folders searched recursively, and `-` for standard input.

#include <functional>
#include <string>
#include <vector>

namespace ragft::cli {

// Kept small: a batch holds one per file (100,000 files: about 10 MB).
struct InputItem {
  std::string path;  // as given or found; `-` for standard input
  std::string error; // why a folder could not be searched, or that it held no spec file
};

// What a folder walk takes: which files, which sub-folders to leave out (hidden ones always are),
// and what to say when a folder holds none of those files.
struct FolderWalk {
  std::function<bool(const std::string& file_name)> accept_file;
  std::function<bool(const std::string& folder_name)> skip_folder = [](const std::string&) { return false; };
  std::string none_found;
};

// Adds every accepted file under `folder` (sub-folders included, symbolic links not followed), or
// one item saying why there is none.
void add_folder(const std::string& folder, const FolderWalk& walk, std::vector<InputItem>& items);

// The name results and errors give the item: its path, or `stdin_name` for standard input.
const std::string& input_name(const InputItem& item, const std::string& stdin_name);

// Expands `arguments`: a folder gives every `*.yaml`, `*.yml` and `*.json` file under it (hidden
// folders skipped); anything else is taken as a file. The items are sorted by name and each name
// appears once, so the order of results depends neither on the arguments' order nor on threads.
std::vector<InputItem> expand_inputs(const std::vector<std::string>& arguments, const std::string& stdin_name);

} // namespace ragft::cli
