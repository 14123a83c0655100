#pragma once
// Reading one spec from an already parsed YAML node, e.g. an inline test case of a rule base.
// Internal to the library.

#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include <ragft/spec.hpp>

namespace ragft {

// As `parse_specs`, for one document given as a node; `name` becomes the spec's name.
SpecDocument parse_spec_node(const YAML::Node& node, std::string_view origin, std::string name,
                             const RuleBase& rules);

} // namespace ragft
