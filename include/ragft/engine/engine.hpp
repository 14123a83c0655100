#pragma once
// The scoring engine: pure functions from facts to an explained evaluation.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <ragft/rules/rule_base.hpp>

namespace ragft {

enum class Confidence { low, medium, high };
std::string_view to_string(Confidence confidence);

// The share of unknown facts above which a verdict rests on one or two facts and is low, whatever
// its lead: half-way from `max_unknown_share` (above which it is one level lower) to all unknown
// (2 of 19 facts known or fewer, with the default rule base's 0.75).
double nearly_all_unknown_share(const DecisionParams& params);

// A rule that fired, with its points and its rationale with the facts quoted.
struct FiredRule {
  const Rule* rule = nullptr;
  std::string because;
};

// A constraint that holds, blocking some verdicts.
struct Blocker {
  const Constraint* constraint = nullptr;
  std::string because;
  std::string unblock;
};

struct NeedScore {
  double points = 0;
  NeedLevel level = NeedLevel::none;
};

// An unknown fact whose answer alone could change the verdict, and the verdicts it could give.
struct DecisiveUnknown {
  int fact = -1;
  std::vector<Verdict> could_become;
  double swing = 0; // the largest change of the winning margin any value of it makes
};

struct Evaluation {
  PerVerdict<double> scores;
  PerVerdict<bool> blocked;
  Verdict verdict = Verdict::rag;
  bool all_blocked = false;
  std::vector<FiredRule> fired; // in rule-base order; rules that read needs last
  std::vector<Blocker> blockers;
  NeedScore knowledge;
  NeedScore behaviour;
  double margin = 0;                // lead over `runner_up` (0 if none)
  std::optional<Verdict> runner_up; // the best other unblocked verdict; none when it is the only one
  bool forced = false;              // the only unblocked verdict
  int unknown_facts = 0;
  // The rules with `mixed_evidence` that made a medium confidence low: they fired, and published
  // decisions with facts like these went every way (a high confidence stays; empty otherwise).
  std::vector<const Rule*> mixed_evidence;
  std::vector<DecisiveUnknown> decisive_unknowns; // most decisive first
  // The constraints that would block the verdict and hold or not depending on unknown facts
  // (e.g. too few examples, with labeled_examples unknown): the verdict's feasibility is unknown.
  std::vector<const Constraint*> unknown_blockers;
  // False when fewer than 80% of the weight-perturbation draws (robustness.hpp, default options)
  // keep the verdict; only worked out when it could lower the confidence (medium or high).
  bool weights_robust = true;
  // One certainty (high/medium/low), from the margin, the unknown blockers, the share of unknown
  // facts and the weight perturbation; see `evaluate` in engine.cpp and docs/accuracy.md for its
  // measured calibration.
  Confidence confidence = Confidence::low;
  std::optional<std::string> advice; // e.g. "start with RAG, add fine-tuning when ..."
};

// Scores `facts` with `rules`: fires rules, applies constraints, picks the best unblocked verdict
// (ties broken by the rule base's tie order), and explains it.
Evaluation evaluate(const RuleBase& rules, const FactSet& facts);

// The scores, blocks and verdict only: what `evaluate` computes before explaining it.
struct Outcome {
  PerVerdict<double> scores;
  PerVerdict<bool> blocked;
  Verdict verdict = Verdict::rag;
  bool all_blocked = false;
};
Outcome decide(const RuleBase& rules, const FactSet& facts);

// The levels a need can have (NeedLevel: none, some, strong), and so the pairs of a knowledge and a
// behaviour level that the second pass of the rules depends on.
constexpr std::size_t k_need_levels = 3;
constexpr std::size_t k_need_level_pairs = k_need_levels * k_need_levels;

// Decides a set of facts again with one fact changed (what decisive unknowns and flips ask, value
// after value): only the rules and constraints that read that fact are evaluated again (each
// fact's readers: `RuleIndex`); the rest keep what they gave on the original facts. `decide(trial,
// fact)` is `ragft::decide(rules, trial)` for any `trial` that differs from the original facts in
// `fact` only, scores summed in the same order. Not for use by two threads at once (its cache).
class OneFactChange {
public:
  OneFactChange(const RuleBase& rules, const FactSet& facts);
  Outcome decide(const FactSet& trial, int fact) const;

private:
  // What the second pass gives on the original facts for one pair of need levels: the rules that
  // read needs and fire, and the constraints that hold (indices, ascending).
  struct SecondPass {
    std::vector<std::size_t> rules;
    std::vector<std::size_t> constraints;
  };
  // The second pass at `levels`, made when a trial first reaches that pair of need levels (most
  // trials keep the levels of the original facts).
  const SecondPass& pass_of(const NeedLevels& levels) const;

  const RuleBase& m_rules;
  FactSet m_facts;                  // the original facts
  std::vector<std::size_t> m_fired; // the rules fired in the first pass on the original facts
  // Keyed on the pair of need levels, as `pair_index` (engine.cpp) numbers it.
  mutable std::array<std::optional<SecondPass>, k_need_level_pairs> m_second;
};

} // namespace ragft
