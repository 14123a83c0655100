#pragma once
// One validation for every source of answers: typed in a prompt, chosen from a menu, given with
// `--set`, read from a spec file, or a rule base's default.

#include <string>
#include <string_view>

#include <ragft/model/facts.hpp>

namespace ragft {

// A value read from text, or why the text is not a valid answer (`error` is then non-empty).
struct AnswerCheck {
  FactValue value;
  std::string error;

  bool ok() const { return error.empty(); }
};

// Reads `text` as an answer to `fact`: a choice's value, a whole number at or above the minimum
// (`1,000` and `1_000` allowed), yes/no/true/false, or `unknown` ("don't know"). The error says
// what was expected and suggests the closest choice.
AnswerCheck parse_answer(const FactDef& fact, std::string_view text);

// Why `value` is not a valid answer to `fact` (a choice out of range, a number below the
// minimum), or "" when it is. Unknown is always valid.
std::string check_answer(const FactDef& fact, const FactValue& value);

// The fact's default as a value, or unknown when it has none.
FactValue default_answer(const FactDef& fact);

} // namespace ragft
