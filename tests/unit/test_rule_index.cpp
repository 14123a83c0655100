// The rule base's index (RuleIndex): what the engine reads per spec, derived once at load. Each
// expected value is read off the small rule base below.

#include <catch2/catch.hpp>

#include <ragft/rules/loader.hpp>

namespace {

using namespace ragft;

// Rules 0-3 in order: `a` reads docs and speed (docs twice), `b` reads speed, `c` reads a need
// level and docs (fires in the second pass: not a first-pass reader), `d` reads docs.
const char* const k_rules = R"(ragft_rules: 1
name: index
version: "1"
decision: {tie_order: [hybrid, fine-tune, rag]}
sources:
  s1: {title: A source, grade: C}
facts:
  - {id: speed, type: choice, question: "Speed?", help: Speed., choices: [{value: slow, help: S.}, {value: fast, help: F.}]}
  - {id: docs, type: integer, minimum: 0, question: "Docs?", help: Docs.}
  - {id: team, type: integer, minimum: 2, question: "Team?", help: Team.}
constraints:
  - id: tiny-team
    condition: {fact: team, lt: 3}
    blocks: [fine-tune]
    because: Too small.
    unblock: Grow.
    sources: [s1]
rules:
  - id: a
    condition: {all: [{fact: docs, gte: 10}, {fact: speed, is: fast}, {fact: docs, lte: 99}]}
    points: {rag: 1}
    because: A.
    sources: [s1]
  - id: b
    condition: {fact: speed, is: slow}
    points: {fine-tune: 1}
    because: B.
    sources: [s1]
  - id: c
    condition: {all: [{need: knowledge, is: strong}, {fact: docs, gt: 500}]}
    points: {hybrid: 1}
    because: C.
    sources: [s1]
  - id: d
    condition: {fact: docs, is: 0}
    points: {rag: -1}
    because: D.
    sources: [s1]
)";

} // namespace

TEST_CASE("the index lists each fact's first-pass readers in rule order, once each") {
  const RuleBase rules = load_rule_base(k_rules, "index.yaml");
  const auto& readers = rules.index.first_pass_readers;
  REQUIRE(readers.size() == 3);
  CHECK(readers[0] == std::vector<std::size_t>{0, 1}); // speed: a, b
  CHECK(readers[1] == std::vector<std::size_t>{0, 3}); // docs: a (twice in its condition), d; not c
  CHECK(readers[2].empty());                           // team: only a constraint reads it
}

TEST_CASE("the index lists each fact's second-pass readers and constraint readers") {
  const RuleBase rules = load_rule_base(k_rules, "index.yaml");
  const auto& second = rules.index.second_pass_readers;
  REQUIRE(second.size() == 3);
  CHECK(second[0].empty());                        // speed: read by first-pass rules only
  CHECK(second[1] == std::vector<std::size_t>{2}); // docs: c, which reads a need level
  CHECK(second[2].empty());
  const auto& constraints = rules.index.constraint_readers;
  REQUIRE(constraints.size() == 3);
  CHECK(constraints[0].empty());
  CHECK(constraints[1].empty());
  CHECK(constraints[2] == std::vector<std::size_t>{0}); // team: tiny-team
}

TEST_CASE("the index has the range starts of integer facts, constraints included") {
  const RuleBase rules = load_rule_base(k_rules, "index.yaml");
  const auto& starts = rules.index.range_starts;
  REQUIRE(starts.size() == 3);
  CHECK(starts[0].empty()); // a choice
  // docs: minimum 0; `is 0` splits at 0 and 1; gte 10 at 10; lte 99 at 100; gt 500 at 501.
  CHECK(starts[1] == std::vector<std::int64_t>{0, 1, 10, 100, 501});
  // team: minimum 2; the constraint's lt 3 splits at 3.
  CHECK(starts[2] == std::vector<std::int64_t>{2, 3});
}

TEST_CASE("the index has the values decisive unknowns try for each fact") {
  const RuleBase rules = load_rule_base(k_rules, "index.yaml");
  const auto& probes = rules.index.probe_values;
  REQUIRE(probes.size() == 3);
  CHECK(probes[0] == std::vector<FactValue>{FactValue::choice(0), FactValue::choice(1)}); // slow, fast
  // docs: its minimum 0, and each threshold with its neighbours: is 0 (-1 is below the minimum),
  // gte 10, lte 99, gt 500.
  std::vector<FactValue> docs;
  docs.reserve(11);
  for (std::int64_t n : {0, 1, 9, 10, 11, 98, 99, 100, 499, 500, 501}) {
    docs.push_back(FactValue::integer(n));
  }
  CHECK(probes[1] == docs);
  // team: minimum 2; the constraint's lt 3 gives 2, 3 and 4.
  CHECK(probes[2] == std::vector<FactValue>{FactValue::integer(2), FactValue::integer(3), FactValue::integer(4)});
}

TEST_CASE("the index tries verdicts in the decision's tie order") {
  const RuleBase rules = load_rule_base(k_rules, "index.yaml");
  CHECK(rules.index.trial_order ==
        std::array<Verdict, k_verdict_count>{Verdict::hybrid, Verdict::fine_tune, Verdict::rag});
}
