#pragma once
// Rationale templates: `because` texts that quote facts. Internal to the library.
//
// `{fact_id}` quotes a fact's value: a choice by its `phrase` (or the value, underscores as spaces),
// an integer with thousands grouped, a bool as yes/no. `{fact_id|one|many}` quotes an integer fact
// with the noun that agrees with it ("1 document", "120 documents"). An "a" or "A" right before a
// quoted value that begins with a vowel sound becomes "an" ("an extraction task", "an 800 ms budget").

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <ragft/rules/rule_base.hpp>

namespace ragft {

// One `{...}` of a template: the fact it quotes and, if given, its singular and plural nouns.
struct Placeholder {
  std::string id;
  std::optional<std::pair<std::string, std::string>> forms;
};

// The placeholders of `text`, in order of appearance.
std::vector<Placeholder> parse_placeholders(std::string_view text);

// `text` with each placeholder replaced by the fact's value as a person reads it ("600,000").
std::string render_because(std::string_view text, const RuleBase& rules, const FactSet& facts);

} // namespace ragft
