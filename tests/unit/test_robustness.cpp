// How sure: the weight path of the engine and the perturbation analysis.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

#include <ragft/engine/robustness.hpp>
#include <ragft/rules/loader.hpp>

#include "helpers.hpp"

#include "engine/weighted_decider.hpp"

namespace {

using namespace ragft;

using test::facts_of;

// A close call: hybrid by a small margin over rag.
FactSet close_call(const RuleBase& rules) {
  return facts_of(rules, {{"knowledge_updates", FactValue::choice(4)},
                          {"knowledge_base_docs", FactValue::integer(20000)},
                          {"domain_terminology", FactValue::choice(2)},
                          {"style_requirement", FactValue::choice(1)},
                          {"labeled_examples", FactValue::integer(2000)},
                          {"task_type", FactValue::choice(2)}});
}

} // namespace

TEST_CASE("the weighted decider with all weights 1 decides as the engine does") {
  const RuleBase& rules = default_rule_base();
  const FactSet facts = close_call(rules);
  const Outcome plain = decide(rules, facts);
  const Outcome weighted = WeightedDecider(rules, facts).decide(std::vector<double>(rules.rules.size(), 1.0));
  CHECK(weighted.verdict == plain.verdict);
  for (Verdict v : k_verdicts) {
    CHECK(weighted.scores[v] == Approx(plain.scores[v]));
  }
}

TEST_CASE("a rule's weight multiplies its points") {
  const RuleBase& rules = default_rule_base();
  const FactSet facts = close_call(rules);
  const auto index =
      static_cast<std::size_t>(std::find_if(rules.rules.begin(), rules.rules.end(),
                                            [](const Rule& r) { return r.id == "large-knowledge-base"; }) -
                               rules.rules.begin());
  std::vector<double> weights(rules.rules.size(), 1.0);
  weights[index] = 2.0;
  const Outcome plain = decide(rules, facts);
  const Outcome doubled = WeightedDecider(rules, facts).decide(weights);
  // large-knowledge-base: rag +2, fine-tune -1, hybrid +1.
  CHECK(doubled.scores[Verdict::rag] == Approx(plain.scores[Verdict::rag] + 2));
  CHECK(doubled.scores[Verdict::fine_tune] == Approx(plain.scores[Verdict::fine_tune] - 1));
  CHECK(doubled.scores[Verdict::hybrid] == Approx(plain.scores[Verdict::hybrid] + 1));
}

TEST_CASE("bands") {
  CHECK(band_of(1.0) == Band::robust);
  CHECK(band_of(0.8) == Band::robust);
  CHECK(band_of(0.79) == Band::leaning);
  CHECK(band_of(0.6) == Band::leaning);
  CHECK(band_of(0.59) == Band::contested);
}

TEST_CASE("perturbation is reproducible for a seed and its shares sum to 1") {
  const RuleBase& rules = default_rule_base();
  const FactSet facts = close_call(rules);
  const PerturbationOptions options{42, 3000, 0.3};
  const Robustness a = perturb(rules, {facts}, options);
  const Robustness b = perturb(rules, {facts}, options);
  double sum = 0;
  for (Verdict v : k_verdicts) {
    CHECK(a.shares[v] == b.shares[v]);
    sum += a.shares[v];
  }
  CHECK(sum == Approx(1.0));
  CHECK(a.verdict == decide(rules, facts).verdict);
  CHECK(a.share == a.shares[a.verdict]);
  CHECK(a.band == band_of(a.share));
  REQUIRE(a.critical.has_value() == b.critical.has_value());
  if (a.critical) {
    CHECK(a.critical->rule == b.critical->rule);
  }
}

TEST_CASE("a verdict no weight can move is robust, with no critical rule") {
  const RuleBase& rules = default_rule_base();
  // Too few examples block fine-tune and hybrid: rag whatever the weights.
  const FactSet facts =
      facts_of(rules, {{"labeled_examples", FactValue::integer(0)}, {"budget", FactValue::choice(0)}});
  const Robustness r = perturb(rules, {facts});
  CHECK(r.verdict == Verdict::rag);
  CHECK(r.share == 1.0);
  CHECK(r.band == Band::robust);
  CHECK_FALSE(r.critical.has_value());
}

namespace {

// Random facts: each fact unknown one time in four, else a random choice, truth value, or integer
// near one of the thresholds the rules compare it with (a power of ten, give or take one).
FactSet random_facts_near_thresholds(const RuleBase& rules, std::mt19937_64& random) {
  FactSet facts(rules.facts.size());
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const FactDef& def = rules.facts[i];
    if (random() % 4 == 0) {
      continue;
    }
    if (def.type == FactType::boolean) {
      facts[i] = FactValue::boolean(random() % 2 == 1);
    } else if (def.type == FactType::choice) {
      facts[i] = FactValue::choice(static_cast<int>(random() % def.choices.size()));
    } else {
      std::int64_t n = 1;
      for (auto e = random() % 8; e > 0; --e) {
        n *= 10;
      }
      facts[i] = FactValue::integer(std::max(def.minimum, n + static_cast<std::int64_t>(random() % 3) - 1));
    }
  }
  return facts;
}

// The weights of draw `d` as the Perturber's contract spells them out, drawn one number at a time.
std::vector<std::vector<double>> contract_draws(std::size_t rules, const PerturbationOptions& options) {
  std::mt19937_64 generator(options.seed);
  std::vector<std::vector<double>> draws(static_cast<std::size_t>(options.draws), std::vector<double>(rules));
  for (auto& weights : draws) {
    for (double& w : weights) {
      const double u = static_cast<double>(generator() >> 11) * 0x1.0p-53;
      w = 1.0 + options.spread * (2.0 * u - 1.0);
    }
  }
  return draws;
}

// Over `trials` random fact sets, the draws of one block of weights uniform in [low, low + width)
// whose verdict decide_block gives differently from deciding the draw alone. With `marked`, the
// block knows its least and greatest weight (mark_raised), which lets decide_block skip summing
// the need points of every draw when the two ends give the same need levels.
int block_disagreements(std::uint64_t seed, double low, double width, int trials, bool marked = false) {
  const RuleBase& rules = default_rule_base();
  const std::size_t n = rules.rules.size();
  std::mt19937_64 random(seed);
  WeightBlock block{256, std::vector<double>(n * 256), {}, {}, {}};
  for (double& w : block.weights) {
    w = low + width * static_cast<double>(random() >> 11) * 0x1.0p-53;
  }
  if (marked) {
    block.mark_raised();
  }
  int differing = 0;
  for (int trial = 0; trial < trials; ++trial) {
    const WeightedDecider decider(rules, random_facts_near_thresholds(rules, random));
    std::vector<Verdict> verdicts(block.count);
    decider.decide_block(block, verdicts.data());
    for (std::size_t d = 0; d < block.count; ++d) {
      differing += verdicts[d] != decider.decide(block.draw(d)).verdict ? 1 : 0;
    }
  }
  return differing;
}

} // namespace

TEST_CASE("deciding a block of draws at once gives each draw's verdict") {
  // Weights wider than any spread, to reach every need level: draws of one block differ in them.
  CHECK(block_disagreements(7, 0.2, 1.6, 200) == 0);
  // Within ±30% most blocks keep one pair of need levels for every draw: the path that adds the
  // second pass's rules to the whole block and skips the sums of blocked verdicts.
  CHECK(block_disagreements(17, 0.7, 0.6, 300) == 0);
  // The same with the block's weight range known: the need levels are taken from its two ends
  // wherever those agree (most fact sets within ±30%; few within 0.2-1.8).
  CHECK(block_disagreements(7, 0.2, 1.6, 200, true) == 0);
  CHECK(block_disagreements(17, 0.7, 0.6, 300, true) == 0);
}

TEST_CASE("a verdict proven stable within the spread is the verdict of every weighting in it") {
  const RuleBase& rules = default_rule_base();
  const std::size_t n = rules.rules.size();
  std::mt19937_64 random(23);
  int proven = 0;
  int changed = 0;
  for (int trial = 0; trial < 400; ++trial) {
    const WeightedDecider decider(rules, random_facts_near_thresholds(rules, random));
    if (!decider.stable_within(0.3)) {
      continue;
    }
    ++proven;
    const Verdict verdict = decider.decide(std::vector<double>(n, 1.0)).verdict;
    // Corners of the box (where a linear lead is least) and points inside it.
    for (int d = 0; d < 300; ++d) {
      std::vector<double> weights(n);
      for (double& w : weights) {
        w = d % 2 == 0 ? (random() % 2 == 0 ? 0.7 : 1.3) : 0.7 + 0.6 * static_cast<double>(random() >> 11) * 0x1.0p-53;
      }
      changed += decider.decide(weights).verdict != verdict ? 1 : 0;
    }
  }
  CHECK(changed == 0);
  // The proof covers need levels that differ between the lowest and the highest weights: it holds
  // for 206 of these 400 fact sets (and 10,388 of the benchmark's 20,000 specs; 6,092 when it
  // needed the same levels at both ends).
  INFO("proven " << proven);
  CHECK(proven > 100);
}

TEST_CASE("the perturbation's shares count the verdicts of the draws its contract defines") {
  const RuleBase& rules = default_rule_base();
  const PerturbationOptions options{11, 1500, 0.3};
  const auto draws = contract_draws(rules.rules.size(), options);
  std::mt19937_64 random(3);
  int sampled = 0;
  for (int trial = 0; trial < 40; ++trial) {
    const std::vector<FactSet> parts = trial % 4 == 0
                                           ? std::vector<FactSet>{random_facts_near_thresholds(rules, random),
                                                                  random_facts_near_thresholds(rules, random)}
                                           : std::vector<FactSet>{random_facts_near_thresholds(rules, random)};
    std::vector<WeightedDecider> deciders;
    for (const FactSet& facts : parts) {
      deciders.emplace_back(rules, facts);
    }
    PerVerdict<int> wins;
    for (const auto& weights : draws) {
      std::vector<Verdict> verdicts;
      for (const WeightedDecider& decider : deciders) {
        verdicts.push_back(decider.decide(weights).verdict);
      }
      ++wins[std::all_of(verdicts.begin(), verdicts.end(), [&](Verdict v) { return v == verdicts.front(); })
                 ? verdicts.front()
                 : Verdict::hybrid];
    }
    const Robustness r = perturb(rules, parts, options);
    if (r.share == 1.0 && !r.critical) {
      // The exact shortcut: no draw may change the verdict.
      CHECK(wins[r.verdict] == options.draws);
      continue;
    }
    ++sampled;
    for (Verdict v : k_verdicts) {
      CHECK(r.shares[v] == static_cast<double>(wins[v]) / options.draws);
    }
  }
  CHECK(sampled > 10); // most random fact sets are close enough to be sampled
}

TEST_CASE("the perturbation gives the same result whether its draws are kept or drawn per call") {
  const RuleBase& rules = default_rule_base();
  const FactSet facts = close_call(rules);
  // More draws than Perturber keeps: drawn block by block on each call.
  const auto many = static_cast<int>(Perturber::k_cached_weight_bytes / (rules.rules.size() * sizeof(double))) + 1;
  const Robustness streamed = perturb(rules, {facts}, PerturbationOptions{5, many, 0.3});
  const std::vector<FactSet> parts = {facts};
  const auto draws = contract_draws(rules.rules.size(), PerturbationOptions{5, many, 0.3});
  const WeightedDecider decider(rules, facts);
  int kept = 0;
  for (const auto& weights : draws) {
    kept += decider.decide(weights).verdict == streamed.verdict ? 1 : 0;
  }
  CHECK(streamed.share == static_cast<double>(kept) / many);
}

TEST_CASE(
    "the sequential stop makes a prefix of the draws, decides the band and keeps the shares within its precision") {
  const RuleBase& rules = default_rule_base();
  const FactSet facts = close_call(rules);
  const Robustness every = perturb(rules, {facts}, PerturbationOptions{1, 2000, 0.3, 0});
  CHECK(every.options.draws == 2000);
  constexpr double precision = 0.02;
  const PerturbationOptions sequential{1, 2000, 0.3, precision};
  const Robustness stopped = perturb(rules, {facts}, sequential);
  // Blocks of 256 draws: the stop comes after a whole block, or at the last draw.
  CHECK(stopped.options.draws <= 2000);
  CHECK((stopped.options.draws % 256 == 0 || stopped.options.draws == 2000));
  CHECK(stopped.band == every.band);
  for (Verdict v : k_verdicts) {
    CHECK(std::fabs(stopped.shares[v] - every.shares[v]) <= precision);
  }
  // It stops only once the critical rule is decided too: the same one as every draw names.
  REQUIRE(every.critical.has_value());
  REQUIRE(stopped.critical.has_value());
  CHECK(stopped.critical->rule == every.critical->rule);
  // The same seed gives the same result, stop included.
  const Robustness again = perturb(rules, {facts}, sequential);
  CHECK(again.options.draws == stopped.options.draws);
  CHECK(again.share == stopped.share);
}

TEST_CASE("the robust-only stop (the engine's confidence) says robust or not as all 2,000 draws do, from a prefix") {
  const RuleBase& rules = default_rule_base();
  std::mt19937_64 random(11);
  int stopped_early = 0;
  for (int n = 0; n < 300; ++n) {
    const FactSet facts = random_facts_near_thresholds(rules, random);
    const Robustness every = perturb(rules, {facts}, PerturbationOptions{1, 2000, 0.3, 0});
    PerturbationOptions robust_only{1, 2000, 0.3, 0};
    robust_only.robust_only = true;
    const Robustness stopped = perturb(rules, {facts}, robust_only);
    INFO("facts " << n << ": share over every draw " << every.share << ", over " << stopped.options.draws << " draws "
                  << stopped.share);
    // A z = 3 interval wholly on one side of 80%: the same answer as every draw, unless the share of
    // every draw itself lies within a few points of 80%.
    if (std::fabs(every.share - 0.8) > 0.05) {
      CHECK((stopped.band == Band::robust) == (every.band == Band::robust));
    }
    CHECK((stopped.options.draws % 256 == 0 || stopped.options.draws == 2000));
    stopped_early += stopped.options.draws < 2000 ? 1 : 0;
  }
  // Most verdicts are clear one way or the other: their band is known long before 2,000 draws.
  CHECK(stopped_early > 0);
}
