#include <ragft/model/facts.hpp>

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

namespace ragft {

std::string_view to_string(FactType type) {
  switch (type) {
  case FactType::choice:
    return "choice";
  case FactType::integer:
    return "integer";
  case FactType::boolean:
    return "bool";
  }
  return "choice";
}

std::optional<int> FactDef::choice_index(std::string_view value) const {
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (choices[i].value == value) {
      return static_cast<int>(i);
    }
  }
  return std::nullopt;
}

std::vector<std::string> FactDef::choice_values() const {
  std::vector<std::string> values;
  values.reserve(choices.size());
  for (const Choice& choice : choices) {
    values.push_back(choice.value);
  }
  return values;
}

FactValue FactValue::boolean(bool b) {
  FactValue value;
  value.m_known = true;
  value.m_number = b ? 1 : 0;
  return value;
}

FactValue FactValue::integer(std::int64_t n) {
  FactValue value;
  value.m_known = true;
  value.m_number = n;
  return value;
}

FactValue FactValue::choice(int index) {
  FactValue value;
  value.m_known = true;
  value.m_number = index;
  return value;
}

namespace {

std::string underscores_to_spaces(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

} // namespace

std::string fact_label(const FactDef& fact) { return fact.label.empty() ? underscores_to_spaces(fact.id) : fact.label; }

std::string spoken_value(const FactDef& fact, const FactValue& value) {
  const std::string shown = display_value(fact, value);
  return value.known() && fact.type == FactType::choice ? underscores_to_spaces(shown) : shown;
}

std::string spoken_spelling(const FactDef& fact, std::string_view spelling) {
  if (fact.type == FactType::boolean) {
    return spelling == "true" ? "yes" : spelling == "false" ? "no" : std::string(spelling);
  }
  return fact.type == FactType::choice ? underscores_to_spaces(spelling) : std::string(spelling);
}

std::string group_thousands(std::int64_t n) {
  // The magnitude as unsigned: -n overflows for the most negative int64.
  const std::uint64_t magnitude =
      n < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  std::string digits = std::to_string(magnitude);
  std::string out;
  const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    out.push_back(',');
    out.append(digits, i, 3);
  }
  return n < 0 ? "-" + out : out;
}

std::string whole_amount(double x) {
  constexpr double k_exact = 9007199254740992.0; // 2^53
  if (!std::isfinite(x)) {
    return "n/a";
  }
  if (std::fabs(x) >= k_exact) {
    return fmt::format("{:.3g}", x);
  }
  return group_thousands(static_cast<std::int64_t>(std::llround(x)));
}

std::string format_value(const FactDef& fact, const FactValue& value) {
  if (!value.known()) {
    return "unknown";
  }
  switch (fact.type) {
  case FactType::boolean:
    return value.as_bool() ? "true" : "false";
  case FactType::integer:
    return std::to_string(value.as_integer());
  case FactType::choice:
    return fact.choices.at(static_cast<std::size_t>(value.as_choice())).value;
  }
  return "unknown";
}

std::string display_value(const FactDef& fact, const FactValue& value) {
  if (!value.known()) {
    return "unknown";
  }
  switch (fact.type) {
  case FactType::boolean:
    return value.as_bool() ? "yes" : "no";
  case FactType::integer:
    return group_thousands(value.as_integer());
  case FactType::choice:
    return fact.choices.at(static_cast<std::size_t>(value.as_choice())).value;
  }
  return "unknown";
}

} // namespace ragft
