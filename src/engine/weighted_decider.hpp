#pragma once
// The perturbation analysis's internals (robustness.cpp; the unit tests use them too): a block of
// rule weightings, and a decider that decides one set of facts again under many weightings.
// Internal to the engine module: implemented in engine.cpp beside the scoring they re-sum.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include <ragft/engine/engine.hpp>

namespace ragft {

// A block of weightings for the perturbation analysis, stored rule by rule so that a decider can
// sum each rule's points over all the draws of the block at once: `weights[rule * count + draw]`.
struct WeightBlock {
  std::size_t count = 0;
  std::vector<double> weights;
  // Which draws gave each rule a weight of 1 or more, as bits (draw d: bit d % 64 of word d / 64 of
  // the rule's `words()`), and how many: what the critical rule's tally counts, kept with the draws
  // so that each analysis only counts bits. Filled by `mark_raised` (robustness.cpp).
  std::vector<std::uint64_t> raised;
  std::vector<int> raised_count;
  // The least and the greatest weight of any rule in any draw of the block (also `mark_raised`;
  // none before it, and then nothing is assumed of them).
  std::optional<std::pair<double, double>> range;

  const double* of_rule(std::size_t rule) const { return weights.data() + rule * count; }
  const std::uint64_t* raised_of_rule(std::size_t rule) const { return raised.data() + rule * words(); }
  std::size_t words() const { return (count + 63) / 64; }
  // The weights of one draw, one per rule (for `WeightedDecider::decide`).
  std::vector<double> draw(std::size_t index) const;
  void mark_raised();
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
  // the unit weights: for every pair of need levels some weighting can give (need points grow with
  // weights, so those between the levels of the lowest and the highest weights), the verdict is
  // eligible and its worst-case lead over every other eligible verdict stays positive. A proof, so
  // sampling can be skipped when it holds (it may fail for a verdict no draw changes).
  bool stable_within(double spread) const;

private:
  // What the second pass gives for one pair of need levels: the rules that read needs and fire,
  // and which verdicts the constraints block. Made when a pair is first met (pass_of): most
  // projects meet one or two of the nine.
  struct SecondPass {
    std::vector<const Rule*> rules;
    PerVerdict<bool> eligible;
    bool all_blocked = false;
  };

  bool wins_everywhere(Verdict verdict, const SecondPass& pass, double spread) const;
  // The second pass for the need levels `levels` (indexed by Need).
  static SecondPass make_second_pass(const RuleBase& rules, const FactSet& facts, const NeedLevels& levels);
  const SecondPass& second_pass(const std::vector<double>& weights) const;
  // The second pass of the pair `pair_index` (engine.cpp) numbers, made on first use.
  const SecondPass& pass_of(std::size_t pair) const;

  void add_rules(const std::vector<const Rule*>& rules, const WeightBlock& block, const PerVerdict<bool>& summed,
                 PerVerdict<std::vector<double>>& scores) const;
  // The verdict of every draw of a block whose draws share one second pass, from each verdict's
  // sums (`eligible`: the verdicts that pass leaves open).
  void pick_verdicts(const PerVerdict<std::vector<double>>& scores, const PerVerdict<bool>& eligible, std::size_t count,
                     Verdict* out) const;
  // The verdicts of a block whose draws differ in their need levels (`pairs`, as need_pairs gives
  // them), from the first pass's sums `scores`: each pair of need levels met adds its second pass
  // and picks over the whole block, as the usual case does, and gives its verdicts to the draws
  // that have it (the same sums in the same order as draw by draw).
  void decide_by_pair(const WeightBlock& block, const std::vector<std::size_t>& pairs,
                      const PerVerdict<std::vector<double>>& scores, Verdict* out) const;
  // The need levels of every draw of `block`, as `pair_index` (engine.cpp) numbers them.
  std::vector<std::size_t> need_pairs(const WeightBlock& block) const;
  // The need levels every draw of `block` has when its lowest and highest weights, given to every
  // rule, give the same ones: need points only grow with the weights (in floating point too, each
  // product and sum being rounded monotonically), so no draw's points then need summing.
  std::optional<std::size_t> common_pair(const WeightBlock& block) const;
  // The points of `need` (on the `side` of the verdict that answers it) for every draw of `block`.
  std::vector<double> need_sums(const WeightBlock& block, Need need, Verdict side) const;

  const RuleBase& m_rules;
  FactSet m_facts;
  std::vector<const Rule*> m_fired;
  // By knowledge level * k_need_levels + behaviour level; filled by pass_of (a cache: the decider
  // is used by one thread at a time).
  mutable std::array<std::optional<SecondPass>, k_need_level_pairs> m_second;
};

} // namespace ragft
