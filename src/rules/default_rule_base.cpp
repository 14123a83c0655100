#include <ragft/rules/loader.hpp>

#include "base/yaml_value_codec.hpp"
#include "rules/load_values.hpp"

namespace ragft {

namespace detail {
extern const std::string_view k_default_rules_yaml;
extern const std::string_view k_default_rules_values; // k_default_rules_yaml read at build time
} // namespace detail

std::string_view default_rule_base_text() { return detail::k_default_rules_yaml; }

const RuleBase& default_rule_base() {
  static const RuleBase rules =
      load_rule_base_values(yaml::decode_values(detail::k_default_rules_values), "rules/default.yaml");
  return rules;
}

} // namespace ragft
