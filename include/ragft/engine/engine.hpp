#pragma once
// The scoring engine: pure functions from facts to an explained evaluation.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <ragft/rules/rule_base.hpp>

namespace ragft {

enum class Confidence { low, medium, high };
std::string_view to_string(Confidence confidence);


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
  std::vector<FiredRule> fired;   // in rule-base order; rules that read needs last
  std::vector<Blocker> blockers;
  NeedScore knowledge;
  NeedScore behaviour;
  double margin = 0;              // lead over the best other unblocked verdict (0 if none)
  bool forced = false;            // the only unblocked verdict
  int unknown_facts = 0;
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

// Decides a set of facts again with one fact changed (what decisive unknowns and flips ask, value
// after value): only the rules that read that fact are fired again in the first pass; the rest
// keep what they gave on the original facts. `decide(trial, fact)` is `ragft::decide(rules, trial)`
// for any `trial` that differs from the original facts in `fact` only.
class OneFactChange {
public:
  OneFactChange(const RuleBase& rules, const FactSet& facts);
  Outcome decide(const FactSet& trial, int fact) const;

private:
  const RuleBase& m_rules;
  std::vector<bool> m_fired;                       // by rule: fired in the first pass on the original facts
  std::vector<std::vector<std::size_t>> m_readers; // by fact: the first-pass rules whose conditions read it
};

// A block of weightings for the perturbation analysis, stored rule by rule so that a decider can
// sum each rule's points over all the draws of the block at once: `weights[rule * count + draw]`.
struct WeightBlock {
  std::size_t count = 0;
  std::vector<double> weights;

  const double* of_rule(std::size_t rule) const { return weights.data() + rule * count; }
  // The weights of one draw, one per rule (for `WeightedDecider::decide`).
  std::vector<double> draw(std::size_t index) const;
};

// Decides one set of facts again and again under different rule weights (the perturbation analysis
// of robustness.hpp). `weights[i]` multiplies every point of `rules.rules[i]`, in the scores and in
// the need levels; with all weights 1 the outcome is `decide(rules, facts)`. The rules whose
// conditions read facts only are fired once, at construction, so each `decide` only re-sums.
class WeightedDecider {
public:
  WeightedDecider(const RuleBase& rules, FactSet facts);
  Outcome decide(const std::vector<double>& weights) const;

  // The verdict of every draw of `block`, written to `out[0, block.count)`: for each draw `d`, the
  // verdict `decide(block.draw(d))` gives, with the same sums in the same order, but computed rule
  // by rule over all the draws at once (loops the compiler vectorises) rather than draw by draw.
  void decide_block(const WeightBlock& block, Verdict* out) const;

  // The rules that fire on the facts alone (their weights always count).
  const std::vector<const Rule*>& fired() const { return m_fired; }

  // True when every weighting with each weight in [1 - spread, 1 + spread] gives the verdict of
  // the unit weights: the need levels are the same at both ends (need points grow with weights),
  // and the verdict's worst-case lead over every other eligible verdict stays positive. Exact, so
  // sampling can be skipped when it holds.
  bool stable_within(double spread) const;

private:
  // What the second pass gives for one pair of need levels: the rules that read needs and fire,
  // and which verdicts the constraints block. Precomputed for all nine pairs.
  struct SecondPass {
    std::vector<const Rule*> rules;
    PerVerdict<bool> eligible;
    bool all_blocked = false;
  };

  const SecondPass& second_pass(const std::vector<double>& weights) const;

  // The points of `need` (on the `side` of the verdict that answers it) for every draw of `block`.
  std::vector<double> need_sums(const WeightBlock& block, Need need, Verdict side) const;

  const RuleBase& m_rules;
  FactSet m_facts;
  std::vector<const Rule*> m_fired;
  std::array<SecondPass, 9> m_second; // by knowledge level * 3 + behaviour level
};

} // namespace ragft
