#pragma once
// The inputs of a batch: files, folders searched recursively, and `-` for standard input.

#include <optional>
#include <string>
#include <vector>

#include <ragft/diagnostic.hpp>

namespace ragft::cli {

struct InputItem {
  std::string path;  // as given or found; `-` for standard input
  std::string name;  // as results and errors name it (`--stdin-name` for standard input)
  std::optional<Diagnostic> error; // a folder that could not be searched, or held no spec file
};

// Expands `arguments`: a folder gives every `*.yaml`, `*.yml` and `*.json` file under it (hidden
// folders skipped); anything else is taken as a file. The items are sorted by name and each name
// appears once, so the order of results depends neither on the arguments' order nor on threads.
std::vector<InputItem> expand_inputs(const std::vector<std::string>& arguments, const std::string& stdin_name);

} // namespace ragft::cli
