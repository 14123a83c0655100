#pragma once
// Reading one spec from an already parsed YAML node, e.g. an inline test case of a rule base.
// Internal to the library.

#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include <ragft/spec/spec.hpp>

namespace ragft {

// As `parse_specs`, for one document given as a node; `name` becomes the spec's name.
SpecDocument parse_spec_node(const YAML::Node& node, std::string_view origin, std::string name, const RuleBase& rules);

// How a spec embedded in another document (an ADR's ragft block) is read.
struct EmbeddedSpecShape {
  std::string project;                  // the project's name unless the block sets `project`
  std::vector<std::string> extra_keys;  // further keys allowed in the block, read by the caller
  std::string what = "the ragft block"; // names the mapping in messages
};

// As `parse_spec_node` for an embedded spec: `ragft: 1` is optional and `project` defaults.
SpecDocument parse_embedded_spec_node(const YAML::Node& node, std::string_view origin, std::string name,
                                      const RuleBase& rules, const EmbeddedSpecShape& shape);

} // namespace ragft
