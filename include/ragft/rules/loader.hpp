#pragma once
// Reading and validating a rule base.

#include <string_view>

#include <ragft/rules/rule_base.hpp>

namespace ragft {

// Parses and validates a rule base from YAML `text`; `origin` names it in messages. Throws
// `InputError` (with `origin:line:col`) on the first problem: unknown facts or values in conditions,
// duplicate ids, unknown sources, malformed conditions, placeholders naming unknown facts.
RuleBase load_rule_base(std::string_view text, std::string_view origin);

// The rule base compiled into the binary (rules/default.yaml), parsed once.
const RuleBase& default_rule_base();

// The text of the compiled-in rule base.
std::string_view default_rule_base_text();

} // namespace ragft
