#include "inputs.hpp"

#include <algorithm>
#include <array>
#include <filesystem>

#include <fmt/format.h>

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 3> k_extensions = {".yaml", ".yml", ".json"};

bool is_spec_file(const std::string& name) {
  const std::string ext = fs::path(name).extension().string();
  return std::find(k_extensions.begin(), k_extensions.end(), ext) != k_extensions.end();
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

const FolderWalk k_spec_walk{is_spec_file, [](const std::string&) { return false; },
                             "no spec files (*.yaml, *.yml, *.json) in this folder"};

} // namespace

void add_folder(const std::string& folder, const FolderWalk& walk, std::vector<InputItem>& items) {
  const std::size_t before = items.size();
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    const std::string name = it->path().filename().string();
    if (it->is_directory(type_ec)) {
      if (is_hidden(it->path()) || walk.skip_folder(name)) {
        it.disable_recursion_pending();
      }
    } else if (it->is_regular_file(type_ec) && walk.accept_file(name)) {
      items.push_back(InputItem{it->path().string(), {}});
    }
  }
  if (ec) {
    items.push_back(InputItem{folder, fmt::format("cannot search this folder: {}", ec.message())});
  } else if (items.size() == before) {
    items.push_back(InputItem{folder, walk.none_found});
  }
}

const std::string& input_name(const InputItem& item, const std::string& stdin_name) {
  return item.path == "-" ? stdin_name : item.path;
}

std::vector<InputItem> expand_inputs(const std::vector<std::string>& arguments, const std::string& stdin_name) {
  std::vector<InputItem> items;
  for (const std::string& argument : arguments) {
    std::error_code ec;
    if (argument == "-") {
      items.push_back(InputItem{"-", {}});
    } else if (fs::is_directory(argument, ec)) {
      add_folder(argument, k_spec_walk, items);
    } else {
      items.push_back(InputItem{argument, {}});
    }
  }
  const auto name = [&](const InputItem& item) -> const std::string& { return input_name(item, stdin_name); };
  std::sort(items.begin(), items.end(), [&](const InputItem& a, const InputItem& b) { return name(a) < name(b); });
  items.erase(std::unique(items.begin(), items.end(), [&](const InputItem& a, const InputItem& b) { return name(a) == name(b); }),
              items.end());
  return items;
}

} // namespace ragft::cli
