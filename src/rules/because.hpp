#pragma once
// Rationale templates: `because` texts that quote facts as {fact_id}. Internal to the library.

#include <string>
#include <string_view>
#include <vector>

#include <ragft/rules/rule_base.hpp>

namespace ragft {

// The fact ids that `text` quotes, in order of appearance.
std::vector<std::string> placeholders(std::string_view text);

// `text` with each {fact_id} replaced by the fact's value as a person reads it ("600,000").
std::string render_because(std::string_view text, const RuleBase& rules, const FactSet& facts);

} // namespace ragft
