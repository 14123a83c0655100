#include <ragft/spec/unasked.hpp>

#include <ragft/rules/condition.hpp>

#include "base/yaml_reader.hpp"

namespace ragft {

namespace {

std::optional<bool> boolean_word(const std::string& text) {
  if (text == "true" || text == "yes") {
    return true;
  }
  if (text == "false" || text == "no") {
    return false;
  }
  return std::nullopt;
}

} // namespace

FactValue unasked_value(const FactDef& fact) {
  if (!fact.default_value) {
    return FactValue{};
  }
  const std::string& text = *fact.default_value;
  switch (fact.type) {
  case FactType::choice:
    if (const auto index = fact.choice_index(text)) {
      return FactValue::choice(*index);
    }
    break;
  case FactType::boolean:
    if (const auto b = boolean_word(text)) {
      return FactValue::boolean(*b);
    }
    break;
  case FactType::integer:
    if (const auto n = yaml::parse_integer(text)) {
      return FactValue::integer(*n);
    }
    break;
  }
  return FactValue{};
}

void settle_unasked(const RuleBase& rules, FactSet& facts) {
  for (std::size_t i = 0; i < rules.facts.size() && i < facts.size(); ++i) {
    const FactDef& fact = rules.facts[i];
    if (!facts[i].known() && fact.when != nullptr && evaluate(*fact.when, facts) == Truth::no) {
      facts[i] = unasked_value(fact);
    }
  }
}

} // namespace ragft
