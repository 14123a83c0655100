#pragma once
// Showing a rule base: its facts with their questions and choices, its constraints and rules with
// conditions, effects, rationale and sources, and its sources. The Markdown form is docs/rules.md's
// rule reference (scripts/update-rule-reference.sh).

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/rules/rule_base.hpp>

namespace ragft {

enum class ShowFormat { text, json, markdown };
std::optional<ShowFormat> parse_show_format(std::string_view name);
std::vector<std::string> show_format_names();

// A condition as a person reads it: `labeled_examples < 100`, `task_type in [search, conversation]`,
// `knowledge need is strong`, joined with `and`, `or`, `not (...)`.
std::string describe_condition(const RuleBase& rules, const Condition& condition);

// "003_e3ac8a53f64d216f.txt" reads as "003"; other source keys as they are.
std::string short_source(std::string_view key);

void render_rule_base(std::ostream& out, const RuleBase& rules, ShowFormat format);

} // namespace ragft
