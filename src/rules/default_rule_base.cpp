#include <ragft/rules/loader.hpp>

namespace ragft {

namespace detail {
extern const std::string_view k_default_rules_yaml;
}

std::string_view default_rule_base_text() { return detail::k_default_rules_yaml; }

const RuleBase& default_rule_base() {
  static const RuleBase rules = load_rule_base(default_rule_base_text(), "rules/default.yaml");
  return rules;
}

} // namespace ragft
