#include <ragft/ask/answer.hpp>

#include <fmt/format.h>

#include <ragft/base/numbers.hpp>
#include <ragft/base/text.hpp>

#include <ragft/spec/loose_values.hpp>

namespace ragft {

namespace {

AnswerCheck failure(std::string message) { return AnswerCheck{FactValue{}, std::move(message)}; }

// The words of a spec file (spec/loose_values.hpp): yes/y/true/on, no/n/false/off.
AnswerCheck parse_boolean(const FactDef& fact, std::string_view word) {
  if (const auto value = loose::boolean(word)) {
    return AnswerCheck{FactValue::boolean(*value), ""};
  }
  return failure(fmt::format("`{}` is not an answer to a yes/no question; expected yes or no{}", word,
                             loose::boolean_hint(fact, word, false)));
}

// What to write instead of `word`, which is no whole number: what a spec file's reader says
// (spec/loose_values.hpp: "; write 10000" for `10k`), else where commas go.
std::string integer_advice(const FactDef& fact, std::string_view word) {
  if (std::string hint = loose::integer_hint(fact, word, false); !hint.empty()) {
    return hint;
  }
  return is_misgrouped_number(word) ? " (commas only between groups of three: 12,000)" : "";
}

AnswerCheck parse_integer_answer(const FactDef& fact, std::string_view word) {
  const auto n = parse_grouped_integer(word);
  if (!n) {
    return failure(fmt::format("`{}` is not a whole number; expected a number of {}{}", word,
                               fact.unit.empty() ? "items" : fact.unit, integer_advice(fact, word)));
  }
  const FactValue value = FactValue::integer(*n);
  if (std::string error = check_answer(fact, value); !error.empty()) {
    return failure(std::move(error));
  }
  return AnswerCheck{value, ""};
}

// As in a spec file: any case, spaces or dashes for underscores, when that names one choice only.
AnswerCheck parse_choice(const FactDef& fact, std::string_view word) {
  if (const auto index = loose::choice_index(fact, word)) {
    return AnswerCheck{FactValue::choice(*index), ""};
  }
  return failure(fmt::format("`{}` is not a choice{}; expected one of: {}, or unknown", word,
                             loose::choice_hint(fact, word), fmt::join(fact.choice_values(), ", ")));
}

} // namespace

AnswerCheck parse_answer(const FactDef& fact, std::string_view text) {
  const std::string word = trimmed_lower(text);
  if (word.empty()) {
    return failure("an answer is needed");
  }
  if (word == "unknown" || loose::is_unknown_word(word)) {
    return AnswerCheck{FactValue{}, ""};
  }
  switch (fact.type) {
  case FactType::boolean:
    return parse_boolean(fact, word);
  case FactType::integer:
    return parse_integer_answer(fact, word);
  case FactType::choice:
    return parse_choice(fact, word);
  }
  return failure("unknown fact type");
}

std::string check_answer(const FactDef& fact, const FactValue& value) {
  if (!value.known()) {
    return "";
  }
  if (fact.type == FactType::integer && value.as_integer() < fact.minimum) {
    return fmt::format("{} must be at least {}, got {}", fact.unit.empty() ? "the number" : fact.unit, fact.minimum,
                       group_thousands(value.as_integer()));
  }
  if (fact.type == FactType::choice &&
      (value.as_choice() < 0 || value.as_choice() >= static_cast<int>(fact.choices.size()))) {
    return fmt::format("choice {} does not exist; there are {}", value.as_choice() + 1, fact.choices.size());
  }
  if (fact.type == FactType::boolean && value.as_integer() != 0 && value.as_integer() != 1) {
    return "expected yes or no";
  }
  return "";
}

FactValue default_answer(const FactDef& fact) {
  if (!fact.default_value) {
    return FactValue{};
  }
  return parse_answer(fact, *fact.default_value).value;
}

} // namespace ragft
