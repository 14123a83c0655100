// Conditions and source keys as people read them, for `ragft rules show` and lint messages.

#include <ragft/rules/show.hpp>

#include <cctype>

#include <fmt/format.h>

namespace ragft {

namespace {

struct OperatorText {
  ConditionKind kind;
  std::string_view text;
};

// clang-format off
constexpr OperatorText k_comparisons[] = {
    {ConditionKind::lt, "<"},  {ConditionKind::lte, "<="}, {ConditionKind::gt, ">"},
    {ConditionKind::gte, ">="}, {ConditionKind::is, "="},   {ConditionKind::in, "in"},
};
// clang-format on

constexpr std::string_view k_need_levels[] = {"none", "some", "strong"};

std::string operand_text(const FactDef& fact, std::int64_t operand) {
  switch (fact.type) {
  case FactType::choice:
    return fact.choices.at(static_cast<std::size_t>(operand)).value;
  case FactType::boolean:
    return operand != 0 ? "true" : "false";
  case FactType::integer:
    break;
  }
  return std::to_string(operand);
}

std::string operands_text(const Condition& c, const std::vector<std::string>& values) {
  if (c.kind == ConditionKind::in) {
    return fmt::format("[{}]", fmt::join(values, ", "));
  }
  return values.empty() ? "" : values.front();
}

std::string leaf_text(const RuleBase& rules, const Condition& c) {
  const FactDef& fact = rules.facts.at(static_cast<std::size_t>(c.fact));
  if (c.kind == ConditionKind::known) {
    return fmt::format("{} is {}", fact.id, c.operands.front() != 0 ? "known" : "unknown");
  }
  std::vector<std::string> values;
  for (const std::int64_t operand : c.operands) {
    values.push_back(operand_text(fact, operand));
  }
  std::string_view op = "?";
  for (const OperatorText& candidate : k_comparisons) {
    if (candidate.kind == c.kind) {
      op = candidate.text;
    }
  }
  return fmt::format("{} {} {}", fact.id, op, operands_text(c, values));
}

std::string need_text(const Condition& c) {
  std::vector<std::string_view> levels;
  for (const std::int64_t operand : c.operands) {
    levels.push_back(k_need_levels[std::min<std::int64_t>(std::max<std::int64_t>(operand, 0), 2)]);
  }
  if (levels.size() == 1) {
    return fmt::format("{} need is {}", to_string(c.need), levels.front());
  }
  return fmt::format("{} need in [{}]", to_string(c.need), fmt::join(levels, ", "));
}

std::string joined(const RuleBase& rules, const Condition& c, std::string_view word) {
  std::vector<std::string> parts;
  for (const Condition& child : c.children) {
    const bool group = child.kind == ConditionKind::all || child.kind == ConditionKind::any;
    const std::string text = describe_condition(rules, child);
    parts.push_back(group && c.children.size() > 1 ? fmt::format("({})", text) : text);
  }
  return fmt::format("{}", fmt::join(parts, fmt::format(" {} ", word)));
}

} // namespace

std::string describe_condition(const RuleBase& rules, const Condition& condition) {
  switch (condition.kind) {
  case ConditionKind::all:
    return joined(rules, condition, "and");
  case ConditionKind::any:
    return joined(rules, condition, "or");
  case ConditionKind::negate:
    return fmt::format("not ({})", describe_condition(rules, condition.children.front()));
  case ConditionKind::need:
    return need_text(condition);
  default:
    return leaf_text(rules, condition);
  }
}

std::string short_source(std::string_view key) {
  const bool seed = key.size() > 4 && std::isdigit(static_cast<unsigned char>(key[0])) && key[3] == '_';
  return std::string(seed ? key.substr(0, 3) : key);
}

} // namespace ragft
