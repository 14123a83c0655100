#include "adr_inputs.hpp"

#include <filesystem>

#include <fmt/format.h>

#include <ragft/adr/folders.hpp>
#include <ragft/base/diagnostic.hpp>

#include "input.hpp"
#include "reach.hpp"

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

bool is_dir(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

std::optional<std::string> read_small(const fs::path& path) {
  Diagnostic error;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    return std::nullopt;
  }
  return read_input(path.string(), error, 64 * 1024);
}

// A folder named in `file` (relative to the file's folder), if it exists.
std::string configured(const fs::path& root, const fs::path& file, std::optional<std::string> (*parse)(std::string_view)) {
  const auto text = read_small(root / file);
  if (!text) {
    return "";
  }
  const auto folder = parse(*text);
  if (!folder) {
    return "";
  }
  const fs::path path = (root / *folder).lexically_normal();
  if (!is_inside(path, reach_of(root))) {
    throw InputError(Diagnostic{Location{(root / file).lexically_normal().string(), 1, 1},
                                fmt::format("the ADR folder `{}` is outside the repository ({}); name a folder inside it",
                                            *folder, fs::absolute(reach_of(root)).lexically_normal().string())});
  }
  return is_dir(path) ? path.string() : "";
}

const FolderWalk k_adr_walk{[](const std::string& name) { return is_adr_file_name(name); },
                            [](const std::string& name) { return name == "templates"; },
                            "no ADR files (*.md) in this folder"};

} // namespace

std::string find_adr_folder(const std::string& root_name, std::string& how) {
  const fs::path root(root_name);
  if (std::string folder = configured(root, ".adr-dir", adr_dir_folder); !folder.empty()) {
    how = ".adr-dir";
    return folder;
  }
  if (std::string folder = configured(root, ".log4brains.yml", log4brains_adr_folder); !folder.empty()) {
    how = ".log4brains.yml";
    return folder;
  }
  for (const std::string& candidate : conventional_adr_folders()) {
    if (is_dir(root / candidate)) {
      how = candidate;
      return (root / candidate).lexically_normal().string();
    }
  }
  how = fmt::format(".adr-dir, .log4brains.yml (adrFolder), {}", fmt::join(conventional_adr_folders(), ", "));
  return "";
}

std::vector<InputItem> expand_adr_inputs(const std::vector<std::string>& paths) {
  return expand_inputs(paths, "-", k_adr_walk);
}

} // namespace ragft::cli
