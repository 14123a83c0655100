#pragma once
// Conditions on facts, evaluated in three-valued (Kleene) logic: a condition on an unknown fact is
// neither true nor false, so a rule fires only when its condition is known to hold.

#include <cstdint>
#include <memory>
#include <vector>

#include <ragft/facts.hpp>

namespace ragft {

enum class Truth { no, unknown, yes };

enum class ConditionKind {
  is,      // fact equals one value (choice index, bool or integer)
  in,      // fact is one of several choices
  lt,      // numeric comparisons on integer facts
  lte,
  gt,
  gte,
  known,   // the fact has a value (true) or not (false); never unknown itself
  all,
  any,
  negate
};

struct Condition {
  ConditionKind kind = ConditionKind::all;
  int fact = -1;                        // index into the rule base's facts, for leaf conditions
  std::vector<std::int64_t> operands;   // values to compare with (choice indices, 0/1, numbers)
  std::vector<Condition> children;      // for all, any, negate
  Location where;
};

Truth evaluate(const Condition& condition, const FactSet& facts);

// Calls `visit(fact_index)` for each fact the condition reads.
template <typename F> void for_each_fact(const Condition& condition, F&& visit) {
  if (condition.fact >= 0) {
    visit(condition.fact);
  }
  for (const Condition& child : condition.children) {
    for_each_fact(child, visit);
  }
}

// The integer values at which a condition on `fact` changes outcome (each threshold and its
// neighbours), used to probe what a fact's value would change.
std::vector<std::int64_t> boundary_values(const Condition& condition, int fact);

} // namespace ragft
