#pragma once
// The inputs of a batch: files, folders searched recursively, and `-` for standard input.

#include <string>
#include <vector>

namespace ragft::cli {

// Kept small: a batch holds one per file (100,000 files: about 10 MB).
struct InputItem {
  std::string path;  // as given or found; `-` for standard input
  std::string error; // why a folder could not be searched, or that it held no spec file
};

// The name results and errors give the item: its path, or `stdin_name` for standard input.
const std::string& input_name(const InputItem& item, const std::string& stdin_name);

// Expands `arguments`: a folder gives every `*.yaml`, `*.yml` and `*.json` file under it (hidden
// folders skipped); anything else is taken as a file. The items are sorted by name and each name
// appears once, so the order of results depends neither on the arguments' order nor on threads.
std::vector<InputItem> expand_inputs(const std::vector<std::string>& arguments, const std::string& stdin_name);

} // namespace ragft::cli
