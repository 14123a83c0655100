#include <ragft/ask/answer.hpp>

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include <ragft/base/suggest.hpp>

namespace ragft {

namespace {

const std::vector<std::string> k_unknown_words = {"unknown", "don't know", "dont know"};

std::string trimmed_lower(std::string_view text) {
  std::string out;
  for (const char c : text) {
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  const auto first = out.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) {
    return "";
  }
  return out.substr(first, out.find_last_not_of(" \t\r\n") - first + 1);
}

AnswerCheck failure(std::string message) { return AnswerCheck{FactValue{}, std::move(message)}; }

AnswerCheck parse_boolean(std::string_view word) {
  if (word == "yes" || word == "y" || word == "true") {
    return AnswerCheck{FactValue::boolean(true), ""};
  }
  if (word == "no" || word == "n" || word == "false") {
    return AnswerCheck{FactValue::boolean(false), ""};
  }
  return failure(fmt::format("`{}` is not an answer to a yes/no question; expected yes or no", word));
}

// The digits of `word` grouped in threes by one separator (`,` or `_`): `12,000` and `1_000_000`
// but not `1,5`, `12,00` or `1,000_000`; `word` itself when it has no separator.
std::optional<std::string> ungrouped(std::string_view word) {
  const std::size_t at = word.find_first_of(",_");
  if (at == std::string_view::npos) {
    return std::string(word);
  }
  const char separator = word[at];
  std::string digits;
  std::size_t start = 0;
  for (bool first = true;; first = false) {
    const std::size_t end = word.find(separator, start);
    const std::string_view group = word.substr(start, end == std::string_view::npos ? end : end - start);
    if (first ? group.empty() || group.size() > 3 : group.size() != 3) {
      return std::nullopt;
    }
    digits += group;
    if (end == std::string_view::npos) {
      return digits;
    }
    start = end + 1;
  }
}

std::optional<std::int64_t> parse_grouped(std::string_view word) {
  const bool negative = !word.empty() && word.front() == '-';
  const std::optional<std::string> digits = ungrouped(word.substr(negative ? 1 : 0));
  const auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  if (!digits || digits->empty() || digits->size() > 18 || !std::all_of(digits->begin(), digits->end(), is_digit)) {
    return std::nullopt;
  }
  const std::int64_t n = std::stoll(*digits);
  return negative ? -n : n;
}

AnswerCheck parse_integer_answer(const FactDef& fact, std::string_view word) {
  const auto n = parse_grouped(word);
  if (!n) {
    const bool grouped = word.find_first_of(",_") != std::string_view::npos;
    return failure(fmt::format("`{}` is not a whole number; expected a number of {}{}", word,
                               fact.unit.empty() ? "items" : fact.unit,
                               grouped ? " (separators group three digits: 1,500 or 1_500)" : ""));
  }
  const FactValue value = FactValue::integer(*n);
  if (std::string error = check_answer(fact, value); !error.empty()) {
    return failure(std::move(error));
  }
  return AnswerCheck{value, ""};
}

AnswerCheck parse_choice(const FactDef& fact, std::string_view word) {
  for (std::size_t i = 0; i < fact.choices.size(); ++i) {
    if (trimmed_lower(fact.choices[i].value) == word) {
      return AnswerCheck{FactValue::choice(static_cast<int>(i)), ""};
    }
  }
  return failure(fmt::format("`{}` is not a choice{}; expected one of: {}, or unknown", word,
                             did_you_mean(word, fact.choice_values()), fmt::join(fact.choice_values(), ", ")));
}

} // namespace

AnswerCheck parse_answer(const FactDef& fact, std::string_view text) {
  const std::string word = trimmed_lower(text);
  if (word.empty()) {
    return failure("an answer is needed");
  }
  if (std::find(k_unknown_words.begin(), k_unknown_words.end(), word) != k_unknown_words.end()) {
    return AnswerCheck{FactValue{}, ""};
  }
  switch (fact.type) {
  case FactType::boolean:
    return parse_boolean(word);
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
  if (fact.type == FactType::choice && (value.as_choice() < 0 || value.as_choice() >= static_cast<int>(fact.choices.size()))) {
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
