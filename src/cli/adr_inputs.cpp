#include "adr_inputs.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include <ragft/adr_folders.hpp>

#include "input.hpp"

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
  return is_dir(path) ? path.string() : "";
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

void add_folder(const std::string& folder, std::vector<InputItem>& items) {
  const std::size_t before = items.size();
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_directory(type_ec)) {
      if (is_hidden(it->path()) || it->path().filename() == "templates") {
        it.disable_recursion_pending();
      }
    } else if (it->is_regular_file(type_ec) && is_adr_file_name(it->path().filename().string())) {
      items.push_back(InputItem{it->path().string(), {}});
    }
  }
  if (ec) {
    items.push_back(InputItem{folder, fmt::format("cannot search this folder: {}", ec.message())});
  } else if (items.size() == before) {
    items.push_back(InputItem{folder, "no ADR files (*.md) in this folder"});
  }
}

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
  std::vector<InputItem> items;
  for (const std::string& path : paths) {
    if (is_dir(path)) {
      add_folder(path, items);
    } else {
      items.push_back(InputItem{path, {}});
    }
  }
  std::sort(items.begin(), items.end(), [](const InputItem& a, const InputItem& b) { return a.path < b.path; });
  items.erase(std::unique(items.begin(), items.end(), [](const InputItem& a, const InputItem& b) { return a.path == b.path; }),
              items.end());
  return items;
}

} // namespace ragft::cli
