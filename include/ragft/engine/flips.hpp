#pragma once
// What would flip it: for each fact, the smallest change of that one fact that changes the verdict.
// An integer fact is split into ranges at the thresholds that the rule base's conditions compare it
// with, so every value in a range gives the same verdict and the thresholds are exact.

#include <cstdint>
#include <optional>
#include <vector>

#include <ragft/engine/engine.hpp>

namespace ragft {

// One change of one fact and the verdict it gives.
struct FlipOption {
  Verdict becomes = Verdict::rag;
  std::vector<FactValue> values;    // choice and bool facts: the values that give `becomes`
  std::int64_t low = 0;             // integer facts: every value in [low, high] gives `becomes`
  std::optional<std::int64_t> high; // none: no upper end
};

struct FactFlips {
  int fact = -1;
  bool known = false;
  std::vector<FlipOption> options; // nearest first; a known integer has at most one below and one above
  double effort = 0;               // size of the smallest change; 0 for an unknown fact (docs/explain.md)
};

// The start of each range of `fact`'s values on which every condition of the rule base is constant,
// ascending, the first being the fact's minimum (computed when the rule base was loaded).
const std::vector<std::int64_t>& range_starts(const RuleBase& rules, int fact);

// The facts that one change could flip: known facts by effort (smallest first, then rule-base order),
// then unknown facts in rule-base order.
std::vector<FactFlips> find_flips(const RuleBase& rules, const FactSet& facts);

// The first known fact of `find_flips` (the smallest change of a known fact), found without
// listing every fact's flips: a fact's values are decided only while nearer than the best so far.
std::optional<FactFlips> find_top_flip(const RuleBase& rules, const FactSet& facts);

} // namespace ragft
