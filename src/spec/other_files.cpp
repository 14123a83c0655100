#include <ragft/spec/spec.hpp>

#include <algorithm>
#include <optional>
#include <string>

#include <yaml-cpp/yaml.h>

#include <ragft/base/diagnostic.hpp>
#include <ragft/base/input_limits.hpp>
#include <ragft/base/suggest.hpp>

#include "base/yaml_documents.hpp"

namespace ragft {

namespace {

// The keys that make a mapping a spec, however badly the rest is written: the version, the name and
// the facts, one of which every spec attempt writes. A spec's other keys are not among them: other
// files have them too (a Helm chart's `description`, OpenAPI's and a UI translation's `components`:
// chainlit's 19 translations in a real repository were read as broken specs).
const std::vector<std::string> k_spec_marks = {"ragft", "project", "facts"};

bool marks_a_spec(const std::string& key) {
  return std::find(k_spec_marks.begin(), k_spec_marks.end(), key) != k_spec_marks.end() ||
         closest_match(key, k_spec_marks).has_value();
}

bool has_key(const YAML::Node& map, std::string_view key) {
  return std::any_of(map.begin(), map.end(),
                     [&](const auto& entry) { return entry.first.IsScalar() && entry.first.Scalar() == key; });
}

// A rule base (`ragft_rules: 1`) defines facts of its own, under `facts:`: it is no spec for that.
bool is_rule_base(const YAML::Node& root) { return root.IsMap() && has_key(root, "ragft_rules"); }

// True when `root` holds a key of a spec, or a misspelling of one, and is no rule base.
bool reads_as_spec(const YAML::Node& root) {
  if (!root.IsMap() || is_rule_base(root)) {
    return false;
  }
  return std::any_of(root.begin(), root.end(),
                     [](const auto& entry) { return entry.first.IsScalar() && marks_a_spec(entry.first.Scalar()); });
}

} // namespace

std::optional<std::string> other_yaml_file(std::string_view text) {
  constexpr int k_max_documents = 1000;
  if (check_input(text, "")) {
    return std::nullopt; // too large, too deep, binary: said as it is, and never read as a tree
  }
  try {
    const std::vector<YAML::Node> documents = yaml::parse_documents(text, "", k_max_documents);
    const bool any_value = std::any_of(documents.begin(), documents.end(),
                                       [](const YAML::Node& d) { return d.IsDefined() && !d.IsNull(); });
    if (!any_value || std::any_of(documents.begin(), documents.end(), reads_as_spec)) {
      return std::nullopt;
    }
    return std::any_of(documents.begin(), documents.end(), is_rule_base) ? "a rule base" : "";
  } catch (const YAML::Exception&) {
    return std::nullopt; // broken YAML may be a spec being written: its errors are said
  } catch (const InputError&) {
    return std::nullopt;
  }
}

} // namespace ragft
