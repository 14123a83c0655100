// What would flip it: every threshold is checked against the rule base by brute force.

#include <catch2/catch.hpp>

#include <random>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <ragft/engine/flips.hpp>
#include <ragft/report/report.hpp>
#include <ragft/rules/loader.hpp>

#include "helpers.hpp"
#include <ragft/spec/spec.hpp>

namespace {

using namespace ragft;

std::vector<Spec> scenario_specs() {
  std::vector<Spec> specs;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(RAGFT_SOURCE_DIR) + "/tests/scenarios")) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    for (auto& doc : parse_specs(text.str(), entry.path().string(), default_rule_base())) {
      specs.push_back(std::get<Spec>(doc));
    }
  }
  return specs;
}

// Every fact set of the scenarios: each project's and each component's.
std::vector<FactSet> scenario_fact_sets() {
  std::vector<FactSet> sets;
  for (const Spec& spec : scenario_specs()) {
    sets.push_back(spec.facts);
    for (const Component& c : spec.components) {
      sets.push_back(c.facts);
    }
  }
  return sets;
}

Verdict verdict_with(const RuleBase& rules, FactSet facts, int fact, FactValue value) {
  facts[static_cast<std::size_t>(fact)] = value;
  return decide(rules, facts).verdict;
}

using test::facts_of;

// Each range of a known integer fact's flip gives its verdict at both ends, and every value between
// the current one and the range keeps the current verdict.
void check_integer_flip(const RuleBase& rules, const FactSet& facts, const FactFlips& flips) {
  const Verdict current = decide(rules, facts).verdict;
  const std::int64_t v = facts[static_cast<std::size_t>(flips.fact)].as_integer();
  for (const FlipOption& option : flips.options) {
    CHECK(verdict_with(rules, facts, flips.fact, FactValue::integer(option.low)) == option.becomes);
    if (option.high) {
      CHECK(verdict_with(rules, facts, flips.fact, FactValue::integer(*option.high)) == option.becomes);
    }
    const std::int64_t from = option.low > v ? v : option.high.value_or(v) + 1;
    const std::int64_t to = option.low > v ? option.low : v + 1;
    if (to - from <= 200000) {
      for (std::int64_t x = from; x < to; ++x) {
        REQUIRE(verdict_with(rules, facts, flips.fact, FactValue::integer(x)) == current);
      }
    }
  }
}

} // namespace

TEST_CASE("range starts come from the rule base's thresholds") {
  const RuleBase& rules = default_rule_base();
  const int examples = *rules.fact_index("labeled_examples");
  // too-few-examples: lt 10; few-examples: gte 10, lt 100; some-examples: gte 100, lt 1000;
  // enough-examples: gte 1000; many-examples: gte 10000.
  CHECK(range_starts(rules, examples) == std::vector<std::int64_t>{0, 10, 100, 1000, 10000});
  const int launch = *rules.fact_index("launch_weeks");
  // urgent-launch: lte 4 (splits at 5); time-to-train: gte 12.
  CHECK(range_starts(rules, launch) == std::vector<std::int64_t>{0, 5, 12});
  const int docs = *rules.fact_index("knowledge_base_docs");
  // no-knowledge-base: is 0; knowledge-base: gte 1, lt 10000; small-knowledge-base: lt 500; large: gte 10000.
  CHECK(range_starts(rules, docs) == std::vector<std::int64_t>{0, 1, 500, 10000});
}

TEST_CASE("an integer flip names the exact threshold") {
  const RuleBase& rules = default_rule_base();
  // A support assistant with 5 examples: under the minimum of 10 a fine-tuning job needs, so rag
  // (this test had 50 examples while the block was at 100).
  const FactSet facts = facts_of(rules, {{"knowledge_updates", FactValue::choice(3)},
                                         {"domain_terminology", FactValue::choice(2)},
                                         {"style_requirement", FactValue::choice(2)},
                                         {"labeled_examples", FactValue::integer(5)}});
  REQUIRE(decide(rules, facts).verdict == Verdict::rag);
  const auto flips = find_flips(rules, facts);
  const auto it = std::find_if(flips.begin(), flips.end(),
                               [&](const FactFlips& f) { return f.fact == *rules.fact_index("labeled_examples"); });
  REQUIRE(it != flips.end());
  REQUIRE(it->options.size() == 1);
  // From 10 examples a hybrid is no longer blocked; few-examples (-1.5) still leaves it well ahead.
  CHECK(it->options[0].low == 10);
  CHECK(it->options[0].becomes == Verdict::hybrid);
  Assessment a = make_assessment(rules, evaluate(rules, facts));
  add_every_flip(a, rules, facts);
  const auto entry =
      std::find_if(a.flips.begin(), a.flips.end(), [](const FlipEntry& f) { return f.fact == "labeled_examples"; });
  REQUIRE(entry != a.flips.end());
  // In words: the fact's label, not its id.
  CHECK(entry->summary == "labelled examples: 10 or more (now 5) would make it hybrid");
}

TEST_CASE("a choice flip reads in words, the choices listed as a person lists them") {
  const RuleBase& rules = default_rule_base();
  // A question-answering task: rag; generation, summarization, extraction or classification turn it
  // to fine-tune (the lookup-task and transformation-task rules).
  const FactSet facts = facts_of(rules, {{"task_type", FactValue::choice(0)}, {"output_format", FactValue::choice(1)}});
  Assessment a = make_assessment(rules, evaluate(rules, facts));
  add_every_flip(a, rules, facts);
  const auto entry =
      std::find_if(a.flips.begin(), a.flips.end(), [](const FlipEntry& f) { return f.fact == "task_type"; });
  REQUIRE(entry != a.flips.end());
  CHECK(entry->summary == "main task: generation, summarization, extraction or classification (now question answering) "
                          "would make it fine-tune");
  // The machine-readable values keep the spec's spelling.
  CHECK(entry->changes.front().values ==
        std::vector<std::string>{"generation", "summarization", "extraction", "classification"});
}

TEST_CASE("flip thresholds hold for every scenario, by brute force") {
  const RuleBase& rules = default_rule_base();
  for (const FactSet& facts : scenario_fact_sets()) {
    const Verdict current = decide(rules, facts).verdict;
    for (const FactFlips& flips : find_flips(rules, facts)) {
      const FactDef& def = rules.facts[static_cast<std::size_t>(flips.fact)];
      if (def.type == FactType::integer && flips.known) {
        check_integer_flip(rules, facts, flips);
        continue;
      }
      for (const FlipOption& option : flips.options) {
        CHECK(option.becomes != current);
        for (const FactValue& value : option.values) {
          CHECK(verdict_with(rules, facts, flips.fact, value) == option.becomes);
        }
      }
    }
  }
}

TEST_CASE("facts without a flip change nothing") {
  const RuleBase& rules = default_rule_base();
  for (const FactSet& facts : scenario_fact_sets()) {
    const Verdict current = decide(rules, facts).verdict;
    const auto flips = find_flips(rules, facts);
    for (std::size_t i = 0; i < rules.facts.size(); ++i) {
      const bool has =
          std::any_of(flips.begin(), flips.end(), [&](const FactFlips& f) { return f.fact == static_cast<int>(i); });
      if (has || rules.facts[i].type == FactType::integer) {
        continue;
      }
      const auto n = rules.facts[i].type == FactType::boolean ? 2 : rules.facts[i].choices.size();
      for (std::size_t k = 0; k < n; ++k) {
        const FactValue value = rules.facts[i].type == FactType::boolean ? FactValue::boolean(k == 1)
                                                                         : FactValue::choice(static_cast<int>(k));
        CHECK(verdict_with(rules, facts, static_cast<int>(i), value) == current);
      }
    }
  }
}

TEST_CASE("the top flip is the first known fact of every fact's flips, found without listing them") {
  const RuleBase& rules = default_rule_base();
  std::mt19937_64 random(29);
  int found = 0;
  for (int trial = 0; trial < 400; ++trial) {
    FactSet facts(rules.facts.size());
    for (std::size_t i = 0; i < facts.size(); ++i) {
      const FactDef& def = rules.facts[i];
      if (random() % 5 == 0) {
        continue; // some facts unknown
      }
      if (def.type == FactType::boolean) {
        facts[i] = FactValue::boolean(random() % 2 == 1);
      } else if (def.type == FactType::choice) {
        facts[i] = FactValue::choice(static_cast<int>(random() % def.choices.size()));
      } else {
        facts[i] = FactValue::integer(def.minimum + static_cast<std::int64_t>(random() % 200000));
      }
    }
    const std::vector<FactFlips> every = find_flips(rules, facts);
    const std::optional<FactFlips> top = find_top_flip(rules, facts);
    const bool any_known = !every.empty() && every.front().known;
    INFO("trial " << trial);
    REQUIRE(top.has_value() == any_known);
    if (!top) {
      continue;
    }
    ++found;
    CHECK(top->fact == every.front().fact);
    CHECK(top->effort == every.front().effort);
    REQUIRE(top->options.size() == every.front().options.size());
    for (std::size_t o = 0; o < top->options.size(); ++o) {
      CHECK(top->options[o].becomes == every.front().options[o].becomes);
      CHECK(top->options[o].low == every.front().options[o].low);
      CHECK(top->options[o].high == every.front().options[o].high);
      CHECK(top->options[o].values == every.front().options[o].values);
    }
  }
  CHECK(found > 200);
}
