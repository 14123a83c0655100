#include <ragft/base/measure_section.hpp>

#include <fmt/format.h>

#include "base/measure_section_reader.hpp"

namespace ragft {

namespace {

const std::vector<std::string> k_keys = {"knowledge", "examples", "manifests"};

// True when `path` is absolute or one of its parts is `..`: it could leave the repository.
bool leaves_repository(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.front() == '\\' || (path.size() > 1 && path[1] == ':')) {
    return true;
  }
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find_first_of("/\\", start);
    if (end == std::string::npos) {
      end = path.size();
    }
    if (path.compare(start, end - start, "..") == 0) {
      return true;
    }
    start = end + 1;
  }
  return false;
}

template <typename Node>
std::vector<std::string> read_paths(const yaml::BasicReader<Node>& in, const yaml::BasicEntry<Node>& e) {
  std::vector<std::string> paths;
  if (e.value.IsScalar()) {
    paths.push_back(in.string(e.value, fmt::format("`measure.{}` (a path)", e.key)));
  } else {
    paths = in.string_list(e.value, fmt::format("`measure.{}` (a list of paths)", e.key));
  }
  for (const std::string& p : paths) {
    if (leaves_repository(p)) {
      in.fail(e.value, fmt::format("`measure.{}`: the path `{}` leaves the repository; only paths inside it are "
                                   "measured: give it relative to the repository's root, without `..`",
                                   e.key, p));
    }
  }
  return paths;
}

std::vector<std::string> or_default(const std::vector<std::string>& given, const std::vector<std::string>& fallback) {
  return given.empty() ? fallback : given;
}

} // namespace

const std::vector<std::string>& default_knowledge_paths() {
  static const std::vector<std::string> paths = {"docs", "knowledge"};
  return paths;
}

const std::vector<std::string>& default_example_paths() {
  static const std::vector<std::string> paths = {"data"};
  return paths;
}

const std::vector<std::string>& default_manifest_paths() {
  static const std::vector<std::string> paths = {"."};
  return paths;
}

std::vector<std::string> knowledge_paths(const MeasureSection& s) {
  return or_default(s.knowledge, default_knowledge_paths());
}
std::vector<std::string> example_paths(const MeasureSection& s) {
  return or_default(s.examples, default_example_paths());
}
std::vector<std::string> manifest_paths(const MeasureSection& s) {
  return or_default(s.manifests, default_manifest_paths());
}

template <typename Node> MeasureSection read_measure_section(const yaml::BasicReader<Node>& in, const Node& node) {
  MeasureSection section;
  section.present = true;
  section.where = in.location(node);
  if (node.IsNull()) {
    return section;
  }
  for (const yaml::BasicEntry<Node>& e : in.entries(node, k_keys, "`measure`")) {
    std::vector<std::string> paths = read_paths(in, e);
    if (e.key == "knowledge") {
      section.knowledge = std::move(paths);
    } else if (e.key == "examples") {
      section.examples = std::move(paths);
    } else {
      section.manifests = std::move(paths);
    }
  }
  return section;
}

template MeasureSection read_measure_section(const yaml::Reader& in, const YAML::Node& node);
template MeasureSection read_measure_section(const yaml::ValueReader& in, const yaml::ValueRef& node);

} // namespace ragft
