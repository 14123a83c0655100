// `extends: default`: inherit the default rule base, override, disable, add; errors keep positions.

#include <catch2/catch.hpp>

#include <ragft/rules/loader.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

const std::string k_head = "ragft_rules: 1\nname: custom\nextends: default\n"; // lines 1-3

using test::rule_base_error;

const Rule* rule(const RuleBase& rules, std::string_view id) {
  for (const Rule& r : rules.rules) {
    if (r.id == id) {
      return &r;
    }
  }
  return nullptr;
}

} // namespace

TEST_CASE("extends: default inherits every fact, rule, constraint and source") {
  const RuleBase rules = load_rule_base(k_head, "custom.yaml");
  const RuleBase& base = default_rule_base();
  CHECK(rules.name == "custom");
  CHECK(rules.version == base.version);
  CHECK(rules.fact_ids() == base.fact_ids());
  CHECK(rules.rules.size() == base.rules.size());
  CHECK(rules.constraints.size() == base.constraints.size());
  CHECK(rules.sources.size() == base.sources.size());
  // Inherited parts keep their place in rules/default.yaml.
  CHECK(rules.rules.front().where.file == "rules/default.yaml");
  CHECK(rules.rules.front().where.line == base.rules.front().where.line);
  CHECK(rules.facts.front().where.file == "rules/default.yaml");
  CHECK(rules.rules.front().condition.where.file == "rules/default.yaml");
}

TEST_CASE("a rule listed again by id overrides only the keys it gives, points per verdict") {
  const RuleBase rules = load_rule_base(k_head + "rules:\n  - {id: low-budget, points: {rag: 3}}\n", "custom.yaml");
  const Rule* low = rule(rules, "low-budget");
  const Rule* base = rule(default_rule_base(), "low-budget");
  REQUIRE(low != nullptr);
  CHECK(low->points[Verdict::rag] == 3);
  CHECK(low->points[Verdict::fine_tune] == base->points[Verdict::fine_tune]);
  CHECK(low->because == base->because);
  CHECK(low->where.file == "custom.yaml");
  CHECK(low->where.line == 5);
  CHECK(low->condition.where.file == "rules/default.yaml");
  CHECK(rules.rules.size() == default_rule_base().rules.size());
}

TEST_CASE("a constraint's threshold can be overridden") {
  const RuleBase rules = load_rule_base(k_head + "constraints:\n  - id: too-few-examples\n"
                                                 "    condition: {fact: labeled_examples, lt: 500}\n",
                                        "custom.yaml");
  CHECK(rules.constraints.front().condition.where.file == "custom.yaml");
  const FactSet facts = [&] {
    FactSet f(rules.facts.size());
    f[static_cast<std::size_t>(*rules.fact_index("labeled_examples"))] = FactValue::integer(300);
    return f;
  }();
  CHECK(evaluate(rules, facts).blocked[Verdict::fine_tune]);
  CHECK_FALSE(evaluate(default_rule_base(), facts).blocked[Verdict::fine_tune]);
}

TEST_CASE("disable switches inherited rules and constraints off, new facts and rules are added") {
  const RuleBase rules =
      load_rule_base(k_head + "disable: [high-volume, citations-need-retrieval]\n"
                              "sources:\n  mine: {title: Our policy, grade: D}\n"
                              "facts:\n  - {id: eu_only, type: bool, question: EU, help: Residency.}\n"
                              "rules:\n  - id: eu\n    condition: {fact: eu_only, is: true}\n"
                              "    points: {rag: 1}\n    because: EU.\n    sources: [mine]\n",
                     "custom.yaml");
  CHECK(rule(rules, "high-volume") == nullptr);
  CHECK(rules.constraints.size() == default_rule_base().constraints.size() - 1);
  CHECK(rules.facts.back().id == "eu_only");
  CHECK(rules.facts.back().where.file == "custom.yaml");
  REQUIRE(rule(rules, "eu") != nullptr);
  CHECK(rule(rules, "eu")->where.line == 10);
  CHECK(rules.sources.at("mine").where.file == "custom.yaml");
}

TEST_CASE("errors in a custom rule base name its own file, line and column") {
  CHECK(rule_base_error("ragft_rules: 1\nname: c\nextends: defualt\n") ==
        "custom.yaml:3:10: cannot extend `defualt` (did you mean `default`?); a rule base can extend: default");
  CHECK(rule_base_error(k_head + "disable: [high-volum]\n") ==
        "custom.yaml:4:11: `disable` names `high-volum`, which is no inherited rule or constraint (did you mean "
        "`high-volume`?)");
  CHECK(rule_base_error("ragft_rules: 1\nname: c\ndisable: [high-volume]\n")
            .rfind("custom.yaml:3:10: `disable` switches off", 0) == 0);
  CHECK(rule_base_error(k_head + "facts:\n  - {id: budget, type: bool, question: Q, help: H.}\n")
            .rfind("custom.yaml:5:10: fact `budget` is inherited from rule base `default`", 0) == 0);
  CHECK(rule_base_error(k_head + "rules:\n  - {id: low-budget, points: {rag: x}}\n") ==
        "custom.yaml:5:36: points for `rag` must be a number, got `x`");
  CHECK(rule_base_error(k_head + "rules:\n  - {id: low-budget, condition: {fact: budgt, is: low}}\n") ==
        "custom.yaml:5:40: unknown fact `budgt` (did you mean `budget`?)");
  CHECK(rule_base_error(k_head + "rules:\n  - id: mine\n    condition: {fact: budget, is: lo}\n    points: {rag: 1}\n"
                                 "    because: x\n    sources: [003]\n") ==
        "custom.yaml:6:35: `lo` is not a choice of fact `budget` (did you mean `low`?); expected one of: low, medium, "
        "high");
  CHECK(rule_base_error(k_head + "rules:\n  - {id: too-few-examples, points: {rag: 1}}\n") ==
        "custom.yaml:5:10: `too-few-examples` is inherited under `constraints:`; override or add it there");
}
