#include <ragft/base/repo_config.hpp>

#include <fmt/format.h>

#include <ragft/base/input_limits.hpp>
#include <ragft/base/severity.hpp>
#include <ragft/base/suggest.hpp>

#include "base/measure_section_reader.hpp"
#include "base/yaml_reader.hpp"

namespace ragft {

namespace {

const std::vector<std::string> k_config_keys = {"rules", "adr_folder", "fail_on", "ignore", "measure"};

std::string read_severity(const yaml::Reader& in, const YAML::Node& node) {
  std::string value = in.string(node, "`fail_on`");
  if (!parse_severity(value)) {
    in.fail(node, fmt::format("`{}` is not a severity{}; expected error, warning or note", value,
                              did_you_mean(value, {"error", "warning", "note"})));
  }
  return value;
}

// `adr_folder: docs/adr` or `adr_folder: [a/docs/adr, b/docs/adr]` (a monorepo's folders).
std::vector<std::string> read_adr_folders(const yaml::Reader& in, const YAML::Node& node) {
  if (!node.IsSequence()) {
    return {in.string(node, "`adr_folder` (a folder, or a list of folders)")};
  }
  std::vector<std::string> folders = in.string_list(node, "`adr_folder` (a list of folders)");
  if (folders.empty()) {
    in.fail(node, "`adr_folder` is an empty list; expected a folder or a list of folders, e.g. "
                  "`adr_folder: [services/a/docs/adr, services/b/docs/adr]` (or leave the key out to look for them)");
  }
  return folders;
}

} // namespace

RepoConfig parse_repo_config(std::string_view text, std::string_view origin) {
  const yaml::Reader in{std::string(origin)};
  const std::vector<YAML::Node> documents = in.load_all(text);
  RepoConfig config;
  config.origin = std::string(origin);
  if (documents.empty() || documents.front().IsNull()) {
    return config;
  }
  for (const yaml::Entry& e : in.entries(documents.front(), k_config_keys, "`.ragft.yaml`")) {
    if (e.key == "rules") {
      config.rules = in.string(e.value, "`rules` (a rule base file)");
    } else if (e.key == "adr_folder") {
      config.adr_folders = read_adr_folders(in, e.value);
    } else if (e.key == "fail_on") {
      config.fail_on = read_severity(in, e.value);
    } else if (e.key == "measure") {
      config.measure = read_measure_section(in, e.value);
    } else {
      config.ignore = in.string_list(e.value, "`ignore` (a list of path patterns)");
    }
  }
  return config;
}

} // namespace ragft
