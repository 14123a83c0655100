#include <ragft/engine/engine.hpp>

#include <ragft/engine/robustness.hpp>

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "engine/weighted_decider.hpp"
#include "rules/because.hpp"

namespace ragft {

namespace {

constexpr double k_epsilon = 1e-9;

// The verdict with the most points among those `eligible`, ties broken by `order` (RuleIndex::trial_order).
// By construction only an eligible verdict is returned, whatever the tie order holds (the loader also
// refuses one that is not a permutation); when all are blocked, the caller makes every verdict
// eligible and says so (`Outcome::all_blocked`).
Verdict best_verdict(const PerVerdict<double>& scores, const PerVerdict<bool>& eligible,
                     const std::array<Verdict, k_verdict_count>& order) {
  std::optional<Verdict> best;
  for (Verdict v : order) {
    if (eligible[v] && (!best || scores[v] > scores[*best] + k_epsilon)) {
      best = v;
    }
  }
  return best.value_or(Verdict::rag); // unreachable: callers pass at least one eligible verdict
}

std::size_t index_of(const RuleBase& rules, const Rule* rule);

// The multiplier of `rule`'s points: 1 on the default path, `weights[i]` for the i-th rule otherwise.
double weight_of(const RuleBase& rules, const Rule* rule, const std::vector<double>* weights) {
  return weights == nullptr ? 1.0 : (*weights)[index_of(rules, rule)];
}

std::size_t index_of(const RuleBase& rules, const Rule* rule) {
  return static_cast<std::size_t>(rule - rules.rules.data());
}

NeedLevel level_of(double points, double strong) {
  if (points >= strong - k_epsilon) {
    return NeedLevel::strong;
  }
  return points > k_epsilon ? NeedLevel::some : NeedLevel::none;
}

NeedScore need_score(const RuleBase& rules, const std::vector<const Rule*>& fired, Need need, Verdict side,
                     const std::vector<double>* weights) {
  NeedScore score;
  for (const Rule* rule : fired) {
    if (rule->need == need) {
      score.points += std::max(0.0, rule->points[side]) * weight_of(rules, rule, weights);
    }
  }
  score.level = level_of(score.points, rules.decision.strong_need);
  return score;
}

// The index of a pair of need levels in the weighted decider's table of second passes.
std::size_t pair_index(NeedLevel knowledge, NeedLevel behaviour) {
  return static_cast<std::size_t>(knowledge) * k_need_levels + static_cast<std::size_t>(behaviour);
}

// sums[d] += coefficient * weights[d] for d in [0, count): the inner loop of the block kernel, kept
// free of aliasing so that the compiler runs it in vector lanes. GCC also makes an AVX2 copy, chosen
// at load time on processors that have it (four lanes instead of SSE2's two); AVX2 does not bring
// fused multiply-add, so each lane rounds the product and the sum as SSE2 does: the same sums.
// Four draws at a time, then the rest one by one: GCC's -O2 (the build `make` makes) vectorises a
// loop only when it needs no remainder, but it packs the four statements of a group into vector
// lanes; a plain loop over `count` ran one draw at a time there.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
void add_scaled(double* __restrict sums, const double* __restrict weights, double coefficient, std::size_t count) {
  if (coefficient == 0) {
    return; // adds nothing a comparison can see (at most turns -0 into +0)
  }
  constexpr std::size_t k_group = 4;
  std::size_t d = 0;
  for (; d + k_group <= count; d += k_group) {
    for (std::size_t k = 0; k < k_group; ++k) {
      sums[d + k] += coefficient * weights[d + k];
    }
  }
  for (; d < count; ++d) {
    sums[d] += coefficient * weights[d];
  }
}

// The rules and constraints that hold for `facts`. Rules that read need levels fire in a second
// pass, after the needs are scored from the others.
struct Firing {
  std::vector<const Rule*> rules;
  std::vector<const Constraint*> constraints;
  NeedScore knowledge;
  NeedScore behaviour;
};

// The first pass: the rules whose conditions read facts only.
std::vector<const Rule*> fire_on_facts(const RuleBase& rules, const FactSet& facts) {
  std::vector<const Rule*> fired;
  for (const Rule& rule : rules.rules) {
    if (!rule.reads_needs && evaluate(rule.condition, facts) == Truth::yes) {
      fired.push_back(&rule);
    }
  }
  return fired;
}

// The second pass over `firing.rules` (the first pass): needs, the rules that read them, constraints.
void fire_on_needs(const RuleBase& rules, const FactSet& facts, Firing& firing, const std::vector<double>* weights) {
  firing.knowledge = need_score(rules, firing.rules, Need::knowledge, Verdict::rag, weights);
  firing.behaviour = need_score(rules, firing.rules, Need::behaviour, Verdict::fine_tune, weights);
  const NeedLevels levels = {NeedLevel::none, firing.knowledge.level, firing.behaviour.level};
  for (const Rule& rule : rules.rules) {
    if (rule.reads_needs && evaluate(rule.condition, facts, &levels) == Truth::yes) {
      firing.rules.push_back(&rule);
    }
  }
  for (const Constraint& constraint : rules.constraints) {
    if (evaluate(constraint.condition, facts, &levels) == Truth::yes) {
      firing.constraints.push_back(&constraint);
    }
  }
}

Firing fire(const RuleBase& rules, const FactSet& facts) {
  Firing firing;
  firing.rules = fire_on_facts(rules, facts);
  fire_on_needs(rules, facts, firing, nullptr);
  return firing;
}

void settle(const RuleBase& rules, Outcome& outcome);

Outcome outcome_of(const RuleBase& rules, const Firing& firing, const std::vector<double>* weights = nullptr) {
  Outcome outcome;
  for (const Rule* rule : firing.rules) {
    const double w = weight_of(rules, rule, weights);
    for (Verdict v : k_verdicts) {
      outcome.scores[v] += rule->points[v] * w;
    }
  }
  for (const Constraint* constraint : firing.constraints) {
    for (Verdict v : constraint->blocks) {
      outcome.blocked[v] = true;
    }
  }
  settle(rules, outcome);
  return outcome;
}

// Picks the verdict of `outcome` from its scores and blocks (and says whether all were blocked).
void settle(const RuleBase& rules, Outcome& outcome) {
  PerVerdict<bool> eligible;
  for (Verdict v : k_verdicts) {
    eligible[v] = !outcome.blocked[v];
  }
  outcome.all_blocked = !eligible[Verdict::rag] && !eligible[Verdict::fine_tune] && !eligible[Verdict::hybrid];
  if (outcome.all_blocked) {
    eligible = PerVerdict<bool>{{true, true, true}};
  }
  outcome.verdict = best_verdict(outcome.scores, eligible, rules.index.trial_order);
}

// The best other verdict the constraints leave (every other, when all are blocked); nothing when the
// verdict is the only one left. Of equal scores, the first in `k_verdicts` order.
std::optional<Verdict> runner_up(const Outcome& outcome) {
  std::optional<Verdict> best;
  for (Verdict v : k_verdicts) {
    if (v != outcome.verdict && (outcome.all_blocked || !outcome.blocked[v]) &&
        (!best || outcome.scores[v] > outcome.scores[*best])) {
      best = v;
    }
  }
  return best;
}

// Lead of the verdict over its runner-up; nothing when it is the only one left.
std::optional<double> lead(const Outcome& outcome) {
  const std::optional<Verdict> second = runner_up(outcome);
  if (!second) {
    return std::nullopt;
  }
  return outcome.scores[outcome.verdict] - outcome.scores[*second];
}

std::optional<DecisiveUnknown> probe_unknown(const RuleBase& rules, const OneFactChange& change, const FactSet& facts,
                                             int fact, const Outcome& current) {
  DecisiveUnknown result;
  result.fact = fact;
  FactSet trial = facts;
  const double base_lead = lead(current).value_or(0);
  for (const FactValue& value : rules.index.probe_values[static_cast<std::size_t>(fact)]) {
    trial[static_cast<std::size_t>(fact)] = value;
    const Outcome outcome = change.decide(trial, fact);
    if (outcome.verdict != current.verdict) {
      if (std::find(result.could_become.begin(), result.could_become.end(), outcome.verdict) ==
          result.could_become.end()) {
        result.could_become.push_back(outcome.verdict);
      }
      result.swing =
          std::max(result.swing, base_lead + outcome.scores[outcome.verdict] - outcome.scores[current.verdict]);
    }
  }
  if (result.could_become.empty()) {
    return std::nullopt;
  }
  return result;
}

std::vector<DecisiveUnknown> decisive_unknowns(const RuleBase& rules, const FactSet& facts, const Outcome& current) {
  const OneFactChange change(rules, facts);
  std::vector<DecisiveUnknown> out;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (!facts[i].known()) {
      if (auto d = probe_unknown(rules, change, facts, static_cast<int>(i), current)) {
        out.push_back(std::move(*d));
      }
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const DecisiveUnknown& a, const DecisiveUnknown& b) { return a.swing > b.swing; });
  return out;
}

Confidence lower(Confidence c) { return c == Confidence::high ? Confidence::medium : Confidence::low; }

// One certainty. The margin sets the level (high at `high_margin` points or more, or when every
// other verdict is blocked; medium at `medium_margin`); a verdict that a constraint resting on
// unknown facts could block is at most medium (its feasibility is unknown, not assumed); more
// unknown facts than `max_unknown_share` lower it one level (the verdict rests on few facts), and
// more than `nearly_all_unknown_share` make it low (it rests on one or two: a reader who answered
// one question of 19 was told "medium", readers22; two unknown facts together could overturn it).
// `evaluate` then makes a medium one low for a rule of mixed evidence (`mixed_evidence_of`), and
// lowers it one level more when the weight perturbation does not keep the verdict.
Confidence confidence_of(const Evaluation& e, const DecisionParams& params, std::size_t fact_count) {
  if (e.all_blocked) {
    return Confidence::low;
  }
  Confidence c = Confidence::low;
  if (e.forced || e.margin >= params.high_margin - k_epsilon) {
    c = Confidence::high;
  } else if (e.margin >= params.medium_margin - k_epsilon) {
    c = Confidence::medium;
  }
  // High means nothing unknown could change it: neither a constraint an unknown fact leaves open
  // nor an unknown fact that, by some value, would give another verdict.
  if (!e.unknown_blockers.empty() || !e.decisive_unknowns.empty()) {
    c = std::min(c, Confidence::medium);
  }
  const double unknown_share =
      fact_count == 0 ? 0.0 : static_cast<double>(e.unknown_facts) / static_cast<double>(fact_count);
  if (unknown_share > params.max_unknown_share + k_epsilon) {
    c = lower(c);
  }
  if (unknown_share > nearly_all_unknown_share(params) + k_epsilon) {
    c = Confidence::low;
  }
  return c;
}

// The rules with `mixed_evidence` that fired: published decisions with facts like these went every
// way, and medium verdicts they fired for were right about as often as low ones, so such a verdict
// is low. A high one (a clear lead nothing unknown could overturn) stays: those were all right.
std::vector<const Rule*> mixed_evidence_of(const Evaluation& e) {
  std::vector<const Rule*> out;
  for (const FiredRule& fired : e.fired) {
    if (fired.rule->mixed_evidence) {
      out.push_back(fired.rule);
    }
  }
  return out;
}

// The constraints that would block `verdict` whose conditions the unknown facts leave open.
std::vector<const Constraint*> unknown_blockers(const RuleBase& rules, const FactSet& facts, const Evaluation& e) {
  const NeedLevels levels = {NeedLevel::none, e.knowledge.level, e.behaviour.level};
  std::vector<const Constraint*> out;
  for (const Constraint& constraint : rules.constraints) {
    const auto& blocks = constraint.blocks;
    if (std::find(blocks.begin(), blocks.end(), e.verdict) != blocks.end() &&
        evaluate(constraint.condition, facts, &levels) == Truth::unknown) {
      out.push_back(&constraint);
    }
  }
  return out;
}

// 003 and 004: when behaviour matters but fine-tuning is not yet feasible, start with RAG.
std::optional<std::string> advice_for(const Evaluation& e) {
  if (e.verdict != Verdict::rag || e.behaviour.level == NeedLevel::none) {
    return std::nullopt;
  }
  std::vector<std::string> steps;
  for (const Blocker& b : e.blockers) {
    const auto& blocks = b.constraint->blocks;
    if (std::find(blocks.begin(), blocks.end(), Verdict::hybrid) != blocks.end()) {
      steps.push_back(b.unblock);
    }
  }
  if (steps.empty()) {
    return std::nullopt;
  }
  return fmt::format("Behaviour matters too (behaviour need {:g}) but fine-tuning is not feasible yet: start with "
                     "RAG, and add fine-tuning when this changes: {}",
                     e.behaviour.points, fmt::join(steps, " "));
}

} // namespace

double nearly_all_unknown_share(const DecisionParams& params) { return (1.0 + params.max_unknown_share) / 2.0; }

std::string_view to_string(Confidence confidence) {
  switch (confidence) {
  case Confidence::low:
    return "low";
  case Confidence::medium:
    return "medium";
  case Confidence::high:
    return "high";
  }
  return "low";
}

std::string_view to_string(Need need) {
  switch (need) {
  case Need::knowledge:
    return "knowledge";
  case Need::behaviour:
    return "behaviour";
  case Need::none:
    return "none";
  }
  return "none";
}

std::string_view to_string(NeedLevel level) {
  switch (level) {
  case NeedLevel::none:
    return "none";
  case NeedLevel::some:
    return "some";
  case NeedLevel::strong:
    return "strong";
  }
  return "none";
}

Outcome decide(const RuleBase& rules, const FactSet& facts) { return outcome_of(rules, fire(rules, facts)); }

WeightedDecider::WeightedDecider(const RuleBase& rules, FactSet facts)
    : m_rules(rules), m_facts(std::move(facts)), m_fired(fire_on_facts(rules, m_facts)) {}

const WeightedDecider::SecondPass& WeightedDecider::pass_of(std::size_t pair) const {
  std::optional<SecondPass>& pass = m_second[pair];
  if (!pass) {
    const auto knowledge = static_cast<NeedLevel>(pair / k_need_levels);
    const auto behaviour = static_cast<NeedLevel>(pair % k_need_levels);
    pass = make_second_pass(m_rules, m_facts, NeedLevels{NeedLevel::none, knowledge, behaviour});
  }
  return *pass;
}

WeightedDecider::SecondPass WeightedDecider::make_second_pass(const RuleBase& rules, const FactSet& facts,
                                                              const NeedLevels& levels) {
  SecondPass pass;
  for (const Rule& rule : rules.rules) {
    if (rule.reads_needs && evaluate(rule.condition, facts, &levels) == Truth::yes) {
      pass.rules.push_back(&rule);
    }
  }
  Firing firing;
  for (const Constraint& constraint : rules.constraints) {
    if (evaluate(constraint.condition, facts, &levels) == Truth::yes) {
      firing.constraints.push_back(&constraint);
    }
  }
  const Outcome blocks = outcome_of(rules, firing);
  pass.all_blocked = blocks.all_blocked;
  for (Verdict v : k_verdicts) {
    pass.eligible[v] = blocks.all_blocked || !blocks.blocked[v];
  }
  return pass;
}

const WeightedDecider::SecondPass& WeightedDecider::second_pass(const std::vector<double>& weights) const {
  const NeedScore knowledge = need_score(m_rules, m_fired, Need::knowledge, Verdict::rag, &weights);
  const NeedScore behaviour = need_score(m_rules, m_fired, Need::behaviour, Verdict::fine_tune, &weights);
  return pass_of(pair_index(knowledge.level, behaviour.level));
}

Outcome WeightedDecider::decide(const std::vector<double>& weights) const {
  const SecondPass& pass = second_pass(weights);
  Outcome outcome;
  for (const auto* fired : {&m_fired, &pass.rules}) {
    for (const Rule* rule : *fired) {
      const double w = weight_of(m_rules, rule, &weights);
      for (Verdict v : k_verdicts) {
        outcome.scores[v] += rule->points[v] * w;
      }
    }
  }
  for (Verdict v : k_verdicts) {
    outcome.blocked[v] = !pass.all_blocked && !pass.eligible[v];
  }
  outcome.all_blocked = pass.all_blocked;
  outcome.verdict = best_verdict(outcome.scores, pass.eligible, m_rules.index.trial_order);
  return outcome;
}

std::vector<double> WeightBlock::draw(std::size_t index) const {
  const std::size_t rules = count == 0 ? 0 : weights.size() / count;
  std::vector<double> out(rules);
  for (std::size_t i = 0; i < rules; ++i) {
    out[i] = weights[i * count + index];
  }
  return out;
}

std::vector<double> WeightedDecider::need_sums(const WeightBlock& block, Need need, Verdict side) const {
  std::vector<double> sums(block.count, 0.0);
  for (const Rule* rule : m_fired) {
    if (rule->need == need) {
      add_scaled(sums.data(), block.of_rule(index_of(m_rules, rule)), std::max(0.0, rule->points[side]), block.count);
    }
  }
  return sums;
}

std::optional<std::size_t> WeightedDecider::common_pair(const WeightBlock& block) const {
  if (!block.range) {
    return std::nullopt;
  }
  const std::size_t n = m_rules.rules.size();
  const std::vector<double> lows(n, block.range->first);
  const std::vector<double> highs(n, block.range->second);
  const auto pair = [&](const std::vector<double>& weights) {
    return pair_index(need_score(m_rules, m_fired, Need::knowledge, Verdict::rag, &weights).level,
                      need_score(m_rules, m_fired, Need::behaviour, Verdict::fine_tune, &weights).level);
  };
  const std::size_t low = pair(lows);
  return low == pair(highs) ? std::optional(low) : std::nullopt;
}

std::vector<std::size_t> WeightedDecider::need_pairs(const WeightBlock& block) const {
  if (const std::optional<std::size_t> common = common_pair(block)) {
    return std::vector<std::size_t>(block.count, *common);
  }
  const std::vector<double> knowledge = need_sums(block, Need::knowledge, Verdict::rag);
  const std::vector<double> behaviour = need_sums(block, Need::behaviour, Verdict::fine_tune);
  const double strong = m_rules.decision.strong_need;
  std::vector<std::size_t> pairs(block.count);
  for (std::size_t d = 0; d < block.count; ++d) {
    pairs[d] = pair_index(level_of(knowledge[d], strong), level_of(behaviour[d], strong));
  }
  return pairs;
}

// Adds each rule's points times its weights to `scores` of the verdicts in `summed`, rule by rule
// over the whole block.
void WeightedDecider::add_rules(const std::vector<const Rule*>& rules, const WeightBlock& block,
                                const PerVerdict<bool>& summed, PerVerdict<std::vector<double>>& scores) const {
  for (const Rule* rule : rules) {
    for (Verdict v : k_verdicts) {
      if (summed[v]) {
        add_scaled(scores[v].data(), block.of_rule(index_of(m_rules, rule)), rule->points[v], block.count);
      }
    }
  }
}

void WeightedDecider::decide_block(const WeightBlock& block, Verdict* out) const {
  const std::vector<std::size_t> pairs = need_pairs(block);
  const bool one_pass =
      !pairs.empty() && std::all_of(pairs.begin(), pairs.end(), [&](std::size_t p) { return p == pairs.front(); });
  // The usual case: every draw has the same need levels, so the second pass adds the same rules to
  // every draw (in the same order as draw by draw), and a verdict it blocks is never compared: its
  // sums are skipped.
  const PerVerdict<bool> summed = one_pass ? pass_of(pairs.front()).eligible : PerVerdict<bool>{{true, true, true}};
  PerVerdict<std::vector<double>> scores;
  for (Verdict v : k_verdicts) {
    scores[v].assign(block.count, 0.0);
  }
  add_rules(m_fired, block, summed, scores);
  if (one_pass) {
    add_rules(pass_of(pairs.front()).rules, block, summed, scores);
    pick_verdicts(scores, summed, block.count, out);
    return;
  }
  decide_by_pair(block, pairs, scores, out);
}

void WeightedDecider::decide_by_pair(const WeightBlock& block, const std::vector<std::size_t>& pairs,
                                     const PerVerdict<std::vector<double>>& scores, Verdict* out) const {
  std::vector<Verdict> verdicts(block.count);
  std::vector<bool> done(k_need_level_pairs, false);
  for (const std::size_t pair : pairs) {
    if (done[pair]) {
      continue;
    }
    done[pair] = true;
    const SecondPass& pass = pass_of(pair);
    PerVerdict<std::vector<double>> with = scores;
    add_rules(pass.rules, block, PerVerdict<bool>{{true, true, true}}, with);
    pick_verdicts(with, pass.eligible, block.count, verdicts.data());
    for (std::size_t d = 0; d < block.count; ++d) {
      out[d] = pairs[d] == pair ? verdicts[d] : out[d];
    }
  }
}

// best_verdict for every draw of a block at once, verdict by verdict in trial order: a later
// verdict takes a draw only with more points than the best so far by more than k_epsilon.
void WeightedDecider::pick_verdicts(const PerVerdict<std::vector<double>>& scores, const PerVerdict<bool>& eligible,
                                    std::size_t count, Verdict* out) const {
  std::vector<double> kept; // per draw, the points of the verdict it has so far
  for (Verdict v : m_rules.index.trial_order) {
    if (!eligible[v]) {
      continue;
    }
    const double* s = scores[v].data();
    if (kept.empty()) {
      std::fill(out, out + count, v);
      kept.assign(s, s + count);
      continue;
    }
    for (std::size_t d = 0; d < count; ++d) {
      const bool more = s[d] > kept[d] + k_epsilon;
      kept[d] = more ? s[d] : kept[d];
      out[d] = more ? v : out[d];
    }
  }
}

// Whether `verdict` beats every other verdict `pass` leaves eligible under every weighting in
// [1 - spread, 1 + spread], with the rules that fired on the facts and those of `pass`: the least
// lead of a linear sum over a box is at its corners, each rule's weight at the end that hurts most.
bool WeightedDecider::wins_everywhere(Verdict verdict, const SecondPass& pass, double spread) const {
  if (!pass.eligible[verdict]) {
    return false;
  }
  for (Verdict v : k_verdicts) {
    if (v == verdict || !pass.eligible[v]) {
      continue;
    }
    double worst = 0;
    for (const auto* rules : {&m_fired, &pass.rules}) {
      for (const Rule* rule : *rules) {
        const double d = rule->points[verdict] - rule->points[v];
        worst += d * (d > 0 ? 1.0 - spread : 1.0 + spread);
      }
    }
    if (worst <= k_epsilon) {
      return false;
    }
  }
  return true;
}

bool WeightedDecider::stable_within(double spread) const {
  const std::size_t n = m_rules.rules.size();
  const std::vector<double> lows(n, 1.0 - spread);
  const std::vector<double> highs(n, 1.0 + spread);
  // Need points only grow with the weights, so the levels a weighting can give lie between those of
  // the lowest and the highest weights; each pair of them has its second pass, all checked.
  const auto level = [&](Need need, Verdict side, const std::vector<double>& weights) {
    return static_cast<std::size_t>(need_score(m_rules, m_fired, need, side, &weights).level);
  };
  const Verdict verdict = decide(std::vector<double>(n, 1.0)).verdict;
  const std::size_t knowledge_low = level(Need::knowledge, Verdict::rag, lows);
  const std::size_t knowledge_high = level(Need::knowledge, Verdict::rag, highs);
  const std::size_t behaviour_low = level(Need::behaviour, Verdict::fine_tune, lows);
  const std::size_t behaviour_high = level(Need::behaviour, Verdict::fine_tune, highs);
  for (std::size_t k = knowledge_low; k <= knowledge_high; ++k) {
    for (std::size_t b = behaviour_low; b <= behaviour_high; ++b) {
      if (!wins_everywhere(verdict, pass_of(pair_index(static_cast<NeedLevel>(k), static_cast<NeedLevel>(b))),
                           spread)) {
        return false;
      }
    }
  }
  return true;
}

OneFactChange::OneFactChange(const RuleBase& rules, const FactSet& facts) : m_rules(rules), m_facts(facts) {
  const std::vector<const Rule*> fired = fire_on_facts(rules, facts);
  m_fired.reserve(fired.size());
  for (const Rule* rule : fired) {
    m_fired.push_back(index_of(rules, rule));
  }
}

const OneFactChange::SecondPass& OneFactChange::pass_of(const NeedLevels& levels) const {
  const auto knowledge = levels[static_cast<std::size_t>(Need::knowledge)];
  const auto behaviour = levels[static_cast<std::size_t>(Need::behaviour)];
  std::optional<SecondPass>& pass = m_second[pair_index(knowledge, behaviour)];
  if (!pass) {
    pass = SecondPass{};
    for (std::size_t i = 0; i < m_rules.rules.size(); ++i) {
      const Rule& rule = m_rules.rules[i];
      if (rule.reads_needs && evaluate(rule.condition, m_facts, &levels) == Truth::yes) {
        pass->rules.push_back(i);
      }
    }
    for (std::size_t i = 0; i < m_rules.constraints.size(); ++i) {
      if (evaluate(m_rules.constraints[i].condition, m_facts, &levels) == Truth::yes) {
        pass->constraints.push_back(i);
      }
    }
  }
  return *pass;
}

namespace {

// Calls `holds(i)`, in ascending order, for each item i that holds on the trial facts: those of
// `kept` (ascending: the items that held on the original facts) that do not read the changed fact,
// and those of `readers` (ascending: the items that read it) for which `again(i)` is true.
template <typename Again, typename Holds>
void merge_changed(const std::vector<std::size_t>& kept, const std::vector<std::size_t>& readers, Again again,
                   Holds holds) {
  auto k = kept.begin();
  auto r = readers.begin();
  while (k != kept.end() || r != readers.end()) {
    if (r == readers.end() || (k != kept.end() && *k < *r)) {
      holds(*k++);
      continue;
    }
    const std::size_t i = *r++;
    if (k != kept.end() && *k == i) {
      ++k; // a reader that held on the original facts: asked again
    }
    if (again(i)) {
      holds(i);
    }
  }
}

// What a trial's fired rules add up to, summed rule by rule in firing order as `outcome_of` and
// `need_score` sum them (every weight is 1, and `x * 1.0` is `x`).
struct TrialSums {
  Outcome outcome;
  double knowledge = 0; // need points of the first-pass rules
  double behaviour = 0;

  void add(const Rule& rule) {
    for (Verdict v : k_verdicts) {
      outcome.scores[v] += rule.points[v];
    }
  }
  void add_need(const Rule& rule) {
    if (rule.need == Need::knowledge) {
      knowledge += std::max(0.0, rule.points[Verdict::rag]);
    } else if (rule.need == Need::behaviour) {
      behaviour += std::max(0.0, rule.points[Verdict::fine_tune]);
    }
  }
};

} // namespace

Outcome OneFactChange::decide(const FactSet& trial, int fact) const {
  const auto f = static_cast<std::size_t>(fact);
  const RuleIndex& index = m_rules.index;
  const auto& rules = m_rules.rules;
  TrialSums sums;
  merge_changed(
      m_fired, index.first_pass_readers[f],
      [&](std::size_t i) { return evaluate(rules[i].condition, trial) == Truth::yes; },
      [&](std::size_t i) {
        sums.add(rules[i]);
        sums.add_need(rules[i]);
      });
  const double strong = m_rules.decision.strong_need;
  const NeedLevels levels = {NeedLevel::none, level_of(sums.knowledge, strong), level_of(sums.behaviour, strong)};
  const SecondPass& pass = pass_of(levels);
  merge_changed(
      pass.rules, index.second_pass_readers[f],
      [&](std::size_t i) { return evaluate(rules[i].condition, trial, &levels) == Truth::yes; },
      [&](std::size_t i) { sums.add(rules[i]); });
  const auto& constraints = m_rules.constraints;
  merge_changed(
      pass.constraints, index.constraint_readers[f],
      [&](std::size_t i) { return evaluate(constraints[i].condition, trial, &levels) == Truth::yes; },
      [&](std::size_t i) {
        for (Verdict v : constraints[i].blocks) {
          sums.outcome.blocked[v] = true;
        }
      });
  settle(m_rules, sums.outcome);
  return sums.outcome;
}

namespace {

// The confidence of `e` (its other parts set): by margin and unknowns, lowered by mixed evidence,
// then by weights that would change the verdict.
void set_confidence(Evaluation& e, const RuleBase& rules, const FactSet& facts) {
  e.confidence = confidence_of(e, rules.decision, facts.size());
  if (e.confidence == Confidence::medium) {
    e.mixed_evidence = mixed_evidence_of(e);
    e.confidence = e.mixed_evidence.empty() ? e.confidence : Confidence::low;
  }
  if (e.confidence != Confidence::low && !e.all_blocked) {
    // Sure only if slightly different rule weights (each within ±30%) would not change it either.
    // Only the band shows here, so sampling stops once it is decided (robustness.hpp).
    PerturbationOptions options;
    options.robust_only = true;
    e.weights_robust = perturb(rules, {facts}, options).band == Band::robust;
    if (!e.weights_robust) {
      e.confidence = lower(e.confidence);
    }
  }
}

} // namespace

Evaluation evaluate(const RuleBase& rules, const FactSet& facts) {
  const Firing firing = fire(rules, facts);
  const Outcome outcome = outcome_of(rules, firing);
  Evaluation e;
  e.scores = outcome.scores;
  e.blocked = outcome.blocked;
  e.verdict = outcome.verdict;
  e.all_blocked = outcome.all_blocked;
  for (const Rule* rule : firing.rules) {
    e.fired.push_back(FiredRule{rule, render_because(rule->because, rules, facts)});
  }
  for (const Constraint* constraint : firing.constraints) {
    e.blockers.push_back(Blocker{constraint, render_because(constraint->because, rules, facts),
                                 render_because(constraint->unblock, rules, facts)});
  }
  e.knowledge = firing.knowledge;
  e.behaviour = firing.behaviour;
  const auto margin = lead(outcome);
  e.runner_up = runner_up(outcome);
  e.forced = !margin.has_value();
  e.margin = margin.value_or(0);
  e.unknown_facts =
      static_cast<int>(std::count_if(facts.begin(), facts.end(), [](const FactValue& v) { return !v.known(); }));
  e.decisive_unknowns = decisive_unknowns(rules, facts, outcome);
  e.unknown_blockers = unknown_blockers(rules, facts, e);
  set_confidence(e, rules, facts);
  e.advice = advice_for(e);
  return e;
}

} // namespace ragft
