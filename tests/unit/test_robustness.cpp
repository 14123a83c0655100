// How sure: the weight path of the engine and the perturbation analysis.

#include <catch2/catch.hpp>

#include <chrono>

#include <ragft/robustness.hpp>
#include <ragft/rule_base_loader.hpp>

namespace {

using namespace ragft;

FactSet facts_of(const RuleBase& rules, std::initializer_list<std::pair<const char*, FactValue>> values) {
  FactSet facts(rules.facts.size());
  for (const auto& [id, value] : values) {
    facts[static_cast<std::size_t>(*rules.fact_index(id))] = value;
  }
  return facts;
}

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
  const auto index = static_cast<std::size_t>(
      std::find_if(rules.rules.begin(), rules.rules.end(), [](const Rule& r) { return r.id == "large-knowledge-base"; }) - rules.rules.begin());
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
  const FactSet facts = facts_of(rules, {{"labeled_examples", FactValue::integer(0)}, {"budget", FactValue::choice(0)}});
  const Robustness r = perturb(rules, {facts});
  CHECK(r.verdict == Verdict::rag);
  CHECK(r.share == 1.0);
  CHECK(r.band == Band::robust);
  CHECK_FALSE(r.critical.has_value());
}

TEST_CASE("perturbation runs well under a second") {
  const RuleBase& rules = default_rule_base();
  const FactSet facts = close_call(rules);
  const auto start = std::chrono::steady_clock::now();
  perturb(rules, {facts, facts, facts}, PerturbationOptions{1, 5000, 0.3});
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 0.5);
}
