#pragma once
// Conditions on facts, evaluated in three-valued (Kleene) logic: a condition on an unknown fact is
// neither true nor false, so a rule fires only when its condition is known to hold.

#include <cstdint>
#include <memory>
#include <vector>

#include <ragft/model/facts.hpp>
#include <ragft/model/need.hpp>

namespace ragft {

enum class Truth { no, unknown, yes };

enum class ConditionKind {
  is, // fact equals one value (choice index, bool or integer)
  in, // fact is one of several choices
  lt, // numeric comparisons on integer facts
  lte,
  gt,
  gte,
  known, // the fact has a value (true) or not (false); never unknown itself
  need,  // a need's level is one of `operands` (NeedLevel values)
  all,
  any,
  negate
};

struct Condition {
  ConditionKind kind = ConditionKind::all;
  int fact = -1;                      // index into the rule base's facts, for leaf conditions
  Need need = Need::none;             // for `need` conditions
  std::vector<std::int64_t> operands; // values to compare with (choice indices, 0/1, numbers)
  std::vector<Condition> children;    // for all, any, negate
  Location where;
};

// `needs` are the need levels, for conditions that read them; without them such conditions are
// unknown.
Truth evaluate(const Condition& condition, const FactSet& facts, const NeedLevels* needs = nullptr);

// True when the condition reads a need level anywhere.
bool reads_needs(const Condition& condition);

// Calls `visit(fact_index)` for each fact the condition reads.
template <typename F> void for_each_fact(const Condition& condition, F&& visit) {
  if (condition.fact >= 0) {
    visit(condition.fact);
  }
  for (const Condition& child : condition.children) {
    for_each_fact(child, visit);
  }
}

// Calls `visit(fact_index)` for each fact that makes a holding condition hold with these facts:
// as for_each_fact, except that the branches of an `any` that do not hold are skipped (a fact
// that only failed to exclude the rule, e.g. private_data: false in "private or unknown or a
// lookup task", did not make it fire). `needs` as for `evaluate`.
template <typename F>
void for_each_holding_fact(const Condition& condition, const FactSet& facts, const NeedLevels* needs, F&& visit) {
  if (condition.fact >= 0) {
    visit(condition.fact);
  }
  for (const Condition& child : condition.children) {
    if (condition.kind == ConditionKind::any && evaluate(child, facts, needs) != Truth::yes) {
      continue;
    }
    for_each_holding_fact(child, facts, needs, visit);
  }
}

// The known facts that make a holding condition hold (for_each_holding_fact), each once, in the
// order first met: what a report names as the facts that made a rule fire.
std::vector<int> holding_known_facts(const Condition& condition, const FactSet& facts, const NeedLevels* needs);

// The integer values at which a condition on `fact` changes outcome (each threshold and its
// neighbours), used to probe what a fact's value would change.
std::vector<std::int64_t> boundary_values(const Condition& condition, int fact);

} // namespace ragft
