#pragma once
// Reading and validating a rule base.

#include <cstddef>
#include <string_view>

#include <ragft/rules/rule_base.hpp>

namespace ragft {

// The largest rule base read, in bytes (8 MiB): larger than a spec's limit, as a rule base may
// hold many rules, facts and inline test cases.
inline constexpr std::size_t k_max_rule_base_bytes = std::size_t{8} * 1024 * 1024;

// Parses and validates a rule base from YAML `text`; `origin` names it in messages. Throws
// `InputError` (with `origin:line:col`) on the first problem: unknown facts or values in conditions,
// duplicate ids, unknown sources, malformed conditions, placeholders naming unknown facts.
RuleBase load_rule_base(std::string_view text, std::string_view origin);

// The rule base compiled into the binary (rules/default.yaml), parsed once.
const RuleBase& default_rule_base();

// The text of the compiled-in rule base.
std::string_view default_rule_base_text();

} // namespace ragft
