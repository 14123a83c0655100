#pragma once
// Reading a rule base that is already YAML values: the compiled-in one, read from rules/default.yaml
// when ragft is built (tools/encode_values.cpp). Internal to the library.

#include <string_view>

#include <ragft/rules/rule_base.hpp>

#include "base/yaml_value.hpp"

namespace ragft {

// As `load_rule_base` (loader.hpp) over values instead of text. `origin` names the file they came from.
RuleBase load_rule_base_values(const yaml::ValueDocuments& documents, std::string_view origin);

} // namespace ragft
