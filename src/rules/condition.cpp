#include <ragft/rules/condition.hpp>

#include <algorithm>

namespace ragft {

namespace {

Truth from_bool(bool b) { return b ? Truth::yes : Truth::no; }

Truth compare(const Condition& condition, const FactValue& value) {
  const std::int64_t v = value.as_integer();
  const std::int64_t x = condition.operands.front();
  switch (condition.kind) {
  case ConditionKind::lt:
    return from_bool(v < x);
  case ConditionKind::lte:
    return from_bool(v <= x);
  case ConditionKind::gt:
    return from_bool(v > x);
  case ConditionKind::gte:
    return from_bool(v >= x);
  default:
    return Truth::unknown;
  }
}

Truth evaluate_need(const Condition& condition, const NeedLevels* needs) {
  if (needs == nullptr) {
    return Truth::unknown;
  }
  const auto level = static_cast<std::int64_t>((*needs)[static_cast<std::size_t>(condition.need)]);
  const auto& ops = condition.operands;
  return from_bool(std::find(ops.begin(), ops.end(), level) != ops.end());
}

Truth evaluate_leaf(const Condition& condition, const FactSet& facts, const NeedLevels* needs) {
  if (condition.kind == ConditionKind::need) {
    return evaluate_need(condition, needs);
  }
  const FactValue& value = facts[static_cast<std::size_t>(condition.fact)];
  if (condition.kind == ConditionKind::known) {
    return from_bool(value.known() == (condition.operands.front() != 0));
  }
  if (!value.known()) {
    return Truth::unknown;
  }
  if (condition.kind == ConditionKind::is || condition.kind == ConditionKind::in) {
    const auto& ops = condition.operands;
    return from_bool(std::find(ops.begin(), ops.end(), value.as_integer()) != ops.end());
  }
  return compare(condition, value);
}

Truth evaluate_all(const Condition& condition, const FactSet& facts, const NeedLevels* needs) {
  Truth result = Truth::yes;
  for (const Condition& child : condition.children) {
    const Truth t = evaluate(child, facts, needs);
    if (t == Truth::no) {
      return Truth::no;
    }
    if (t == Truth::unknown) {
      result = Truth::unknown;
    }
  }
  return result;
}

Truth evaluate_any(const Condition& condition, const FactSet& facts, const NeedLevels* needs) {
  Truth result = Truth::no;
  for (const Condition& child : condition.children) {
    const Truth t = evaluate(child, facts, needs);
    if (t == Truth::yes) {
      return Truth::yes;
    }
    if (t == Truth::unknown) {
      result = Truth::unknown;
    }
  }
  return result;
}

Truth negate(Truth t) {
  if (t == Truth::unknown) {
    return t;
  }
  return t == Truth::yes ? Truth::no : Truth::yes;
}

} // namespace

Truth evaluate(const Condition& condition, const FactSet& facts, const NeedLevels* needs) {
  switch (condition.kind) {
  case ConditionKind::all:
    return evaluate_all(condition, facts, needs);
  case ConditionKind::any:
    return evaluate_any(condition, facts, needs);
  case ConditionKind::negate:
    return negate(evaluate(condition.children.front(), facts, needs));
  default:
    return evaluate_leaf(condition, facts, needs);
  }
}

bool reads_needs(const Condition& condition) {
  if (condition.kind == ConditionKind::need) {
    return true;
  }
  return std::any_of(condition.children.begin(), condition.children.end(),
                     [](const Condition& child) { return reads_needs(child); });
}

std::vector<int> holding_known_facts(const Condition& condition, const FactSet& facts, const NeedLevels* needs) {
  std::vector<int> known;
  for_each_holding_fact(condition, facts, needs, [&](int index) {
    const auto i = static_cast<std::size_t>(index);
    if (i < facts.size() && facts[i].known() && std::find(known.begin(), known.end(), index) == known.end()) {
      known.push_back(index);
    }
  });
  return known;
}

std::vector<std::int64_t> boundary_values(const Condition& condition, int fact) {
  std::vector<std::int64_t> values;
  auto collect = [&](const Condition& c, auto&& self) -> void {
    const bool numeric = c.kind == ConditionKind::lt || c.kind == ConditionKind::lte || c.kind == ConditionKind::gt ||
                         c.kind == ConditionKind::gte || c.kind == ConditionKind::is;
    if (c.fact == fact && numeric) {
      for (std::int64_t x : c.operands) {
        values.insert(values.end(), {x - 1, x, x + 1});
      }
    }
    for (const Condition& child : c.children) {
      self(child, self);
    }
  };
  collect(condition, collect);
  return values;
}

} // namespace ragft
