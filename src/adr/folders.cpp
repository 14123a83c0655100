#include <ragft/adr/folders.hpp>

#include <yaml-cpp/yaml.h>

#include "adr/words.hpp"
#include "base/yaml_reader.hpp"

namespace ragft {

namespace {

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

std::optional<std::string> scalar(const YAML::Node& node) {
  if (node && node.IsScalar() && !node.Scalar().empty()) {
    return node.Scalar();
  }
  return std::nullopt;
}

} // namespace

const std::vector<std::string>& conventional_adr_folders() {
  static const std::vector<std::string> folders = {"docs/decisions", "docs/adr", "doc/adr",
                                                   "docs/architecture/decisions", "adr"};
  return folders;
}

std::optional<std::string> adr_dir_folder(std::string_view text) {
  const std::string_view line = adr_words::trim(text.substr(0, text.find('\n')));
  return line.empty() ? std::nullopt : std::optional<std::string>(line);
}

std::optional<std::string> log4brains_adr_folder(std::string_view yaml_text) {
  try {
    const std::vector<YAML::Node> documents = yaml::Reader(".log4brains.yml").load_all(yaml_text);
    const YAML::Node root = documents.empty() ? YAML::Node() : documents.front();
    if (!root.IsMap()) {
      return std::nullopt;
    }
    if (root["project"] && root["project"].IsMap()) {
      if (auto folder = scalar(root["project"]["adrFolder"])) {
        return folder;
      }
    }
    return scalar(root["adrFolder"]);
  } catch (const InputError&) {
    return std::nullopt;
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
}

bool is_adr_file_name(std::string_view name) {
  const std::string lowered = adr_words::lower(name);
  if (!ends_with(lowered, ".md") && !ends_with(lowered, ".markdown")) {
    return false;
  }
  return lowered != "index.md" && lowered != "readme.md" && lowered.find("template") == std::string::npos;
}

} // namespace ragft
