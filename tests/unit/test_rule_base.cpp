#include <catch2/catch.hpp>

#include <ragft/rules/loader.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

struct ContractFact {
  std::string id;
  FactType type;
  std::vector<std::string> values;
  std::int64_t minimum;
};

// The table "The facts the default rule base must define" of the contract.
// clang-format off
const std::vector<ContractFact> k_contract_facts = {
    {"knowledge_updates", FactType::choice, {"never", "yearly", "quarterly", "monthly", "weekly", "daily", "realtime"}, 0},
    {"knowledge_base_docs", FactType::integer, {}, 0},
    {"private_data", FactType::boolean, {}, 0},
    {"citations_required", FactType::boolean, {}, 0},
    {"hallucination_tolerance", FactType::choice, {"low", "medium", "high"}, 0},
    {"labeled_examples", FactType::integer, {}, 0},
    {"output_format", FactType::choice, {"free_text", "template", "strict_schema"}, 0},
    {"style_requirement", FactType::choice, {"none", "moderate", "strict"}, 0},
    {"domain_terminology", FactType::choice, {"general", "specialized", "proprietary"}, 0},
    {"domain_reasoning", FactType::boolean, {}, 0},
    {"latency_budget_ms", FactType::integer, {}, 1},
    {"queries_per_day", FactType::integer, {}, 0},
    {"budget", FactType::choice, {"low", "medium", "high"}, 0},
    {"launch_weeks", FactType::integer, {}, 0},
    {"ml_expertise", FactType::choice, {"none", "some", "strong"}, 0},
    {"gpu_access", FactType::choice, {"none", "rented", "dedicated"}, 0},
    {"smaller_model_wanted", FactType::boolean, {}, 0},
    {"existing_rag_quality", FactType::choice, {"none", "poor", "good"}, 0},
    {"task_type", FactType::choice,
     {"question_answering", "search", "conversation", "generation", "summarization", "extraction", "classification"}, 0},
};
// clang-format on

using test::rule_base_error;

// A minimal valid rule base with one fact, to vary in the error tests; its rules start on line 12.
std::string minimal(const std::string& rules) {
  return "ragft_rules: 1\n"
         "name: t\n"
         "sources:\n"
         "  s1: {title: A source, grade: C}\n"
         "facts:\n"
         "  - id: speed\n"
         "    type: choice\n"
         "    question: How fast?\n"
         "    help: Speed.\n"
         "    choices: [{value: slow}, {value: fast}]\n"
         "rules:\n" +
         rules;
}

} // namespace

TEST_CASE("the default rule base defines every fact of the contract, exactly") {
  const RuleBase& rules = test::rules();
  for (const ContractFact& expected : k_contract_facts) {
    INFO(expected.id);
    const auto index = rules.fact_index(expected.id);
    REQUIRE(index.has_value());
    const FactDef& fact = rules.facts[static_cast<std::size_t>(*index)];
    CHECK(fact.type == expected.type);
    CHECK(fact.choice_values() == expected.values);
    CHECK_FALSE(fact.question.empty());
    CHECK_FALSE(fact.help.empty());
    if (fact.type == FactType::integer) {
      CHECK(fact.minimum == expected.minimum);
      CHECK_FALSE(fact.unit.empty());
    }
    for (const Choice& choice : fact.choices) {
      INFO(choice.value);
      CHECK_FALSE(choice.help.empty());
    }
  }
}

TEST_CASE("every rule and constraint of the default rule base cites a known source and explains itself") {
  const RuleBase& rules = test::rules();
  REQUIRE(rules.rules.size() >= 30);
  for (const Rule& rule : rules.rules) {
    INFO(rule.id);
    CHECK_FALSE(rule.because.empty());
    CHECK_FALSE(rule.sources.empty());
  }
  for (const Constraint& constraint : rules.constraints) {
    INFO(constraint.id);
    CHECK_FALSE(constraint.unblock.empty());
    CHECK_FALSE(constraint.sources.empty());
  }
}

TEST_CASE("every seed document is cited by some rule") {
  const RuleBase& rules = test::rules();
  for (const char* seed : {"000_237370defa37ac47.txt", "001_d3793d5a09bd7b68.txt", "002_ff971d2c0fdfbefe.txt",
                           "003_e3ac8a53f64d216f.txt", "004_79165fe7a78df359.txt"}) {
    INFO(seed);
    bool cited = false;
    for (const Rule& rule : rules.rules) {
      cited = cited || std::find(rule.sources.begin(), rule.sources.end(), seed) != rule.sources.end();
    }
    CHECK(cited);
  }
}

TEST_CASE("the thresholds of the seeds are in the rule base") {
  // 003: 1,000+ quality examples; vendors and 004: about 100 to start; openai-ft-guide: at least 10
  // for a fine-tuning job to run. (Until December 2026 the block was at 100.)
  CHECK(test::fired(evaluate(test::rules(), test::facts({{"labeled_examples", "1000"}})), "enough-examples"));
  CHECK_FALSE(test::fired(evaluate(test::rules(), test::facts({{"labeled_examples", "999"}})), "enough-examples"));
  const Evaluation none_to_train = evaluate(test::rules(), test::facts({{"labeled_examples", "9"}}));
  CHECK(none_to_train.blocked[Verdict::fine_tune]);
  CHECK(none_to_train.blocked[Verdict::hybrid]);
  CHECK_FALSE(test::fired(none_to_train, "few-examples"));
  for (const char* n : {"10", "99"}) {
    const Evaluation few = evaluate(test::rules(), test::facts({{"labeled_examples", n}}));
    CHECK_FALSE(few.blocked[Verdict::fine_tune]);
    CHECK_FALSE(few.blocked[Verdict::hybrid]);
    CHECK(test::fired(few, "few-examples"));
  }
  const Evaluation enough = evaluate(test::rules(), test::facts({{"labeled_examples", "100"}}));
  CHECK_FALSE(enough.blocked[Verdict::fine_tune]);
  CHECK_FALSE(test::fired(enough, "few-examples"));
  CHECK(test::fired(enough, "some-examples"));
}

TEST_CASE("a minimal custom rule base loads") {
  const RuleBase rules = load_rule_base(minimal("  - id: fast-wins\n"
                                                "    condition: {fact: speed, is: fast}\n"
                                                "    points: {fine-tune: 1}\n"
                                                "    because: It is {speed}.\n"
                                                "    sources: [s1]\n"),
                                        "custom.yaml");
  REQUIRE(rules.rules.size() == 1);
  CHECK(rules.rules[0].points[Verdict::fine_tune] == 1);
  CHECK(rules.rules[0].points[Verdict::rag] == 0);
}

TEST_CASE("a list written as one value, or a value as a list, says how to write it") {
  // `sources` takes a list of source ids; line 16 (the rule starts on line 12), column 14.
  CHECK(rule_base_error(minimal("  - id: fast-wins\n"
                                "    condition: {fact: speed, is: fast}\n"
                                "    points: {fine-tune: 1}\n"
                                "    because: It is {speed}.\n"
                                "    sources: s1\n")) ==
        "custom.yaml:16:14: `sources` must be a list, got `s1`: write the items in brackets, `[s1]`, or each on a "
        "line of its own under it, after `- `");
  // `because` is one text; line 15, column 14.
  CHECK(rule_base_error(minimal("  - id: fast-wins\n"
                                "    condition: {fact: speed, is: fast}\n"
                                "    points: {fine-tune: 1}\n"
                                "    because: [It is fast.]\n"
                                "    sources: [s1]\n"))
            .rfind("custom.yaml:15:14: ", 0) == 0);
  CHECK(rule_base_error(minimal("  - id: fast-wins\n"
                                "    condition: {fact: speed, is: fast}\n"
                                "    points: {fine-tune: 1}\n"
                                "    because: [It is fast.]\n"
                                "    sources: [s1]\n"))
            .ends_with("got a list: it takes one value, written alone, without `[ ]` or `- `: `It is fast.`"));
}

TEST_CASE("a rule may say that the decisions its facts describe went every way") {
  const std::string rule = "  - id: fast-wins\n"
                           "    condition: {fact: speed, is: fast}\n"
                           "    points: {fine-tune: 1}\n"
                           "    because: It is {speed}.\n"
                           "    sources: [s1]\n";
  CHECK_FALSE(load_rule_base(minimal(rule), "custom.yaml").rules[0].mixed_evidence); // unless it says so
  CHECK(load_rule_base(minimal(rule + "    mixed_evidence: true\n"), "custom.yaml").rules[0].mixed_evidence);
  // Line 17 is the key's (the rule starts on line 12), column 21 its value.
  CHECK_THAT(rule_base_error(minimal(rule + "    mixed_evidence: often\n")),
             Catch::StartsWith("custom.yaml:17:21: ") && Catch::Contains("`mixed_evidence`"));
  const Rule* critical = default_rule_base().find_rule("accuracy-critical");
  REQUIRE(critical != nullptr);
  CHECK(critical->mixed_evidence);
}

TEST_CASE("a fact is named in words: its label, else its id with spaces") {
  const RuleBase& rules = default_rule_base();
  const FactDef& examples = rules.facts[static_cast<std::size_t>(*rules.fact_index("labeled_examples"))];
  CHECK(fact_label(examples) == "labelled examples");
  CHECK(examples.label == "labelled examples");
  FactDef unlabelled;
  unlabelled.id = "eu_data_only";
  CHECK(fact_label(unlabelled) == "eu data only");
  const FactDef& format = rules.facts[static_cast<std::size_t>(*rules.fact_index("output_format"))];
  CHECK(spoken_value(format, FactValue::choice(2)) == "strict schema");
  CHECK(display_value(format, FactValue::choice(2)) == "strict_schema"); // where a spec is edited
  CHECK(spoken_spelling(format, "free_text") == "free text");
  const FactDef& citations = rules.facts[static_cast<std::size_t>(*rules.fact_index("citations_required"))];
  CHECK(spoken_spelling(citations, "false") == "no");
  // A custom rule base without labels: the id, with spaces for `_` (none here).
  const RuleBase custom = load_rule_base(minimal("  - id: fast-wins\n"
                                                 "    condition: {fact: speed, is: fast}\n"
                                                 "    points: {fine-tune: 1}\n"
                                                 "    because: It is {speed}.\n"
                                                 "    sources: [s1]\n"),
                                         "custom.yaml");
  CHECK(fact_label(custom.facts[0]) == "speed");
}

TEST_CASE("invalid rule bases are refused with file, line, column and a fix") {
  const std::string rule_head = "  - id: r1\n";
  const std::string tail = "    points: {rag: 1}\n    because: x\n    sources: [s1]\n";
  CHECK(rule_base_error(minimal(rule_head + "    condition: {fact: sped, is: fast}\n" + tail)) ==
        "custom.yaml:13:23: unknown fact `sped` (did you mean `speed`?)");
  CHECK(
      rule_base_error(minimal(rule_head + "    condition: {fact: speed, is: fats}\n" + tail)) ==
      "custom.yaml:13:34: `fats` is not a choice of fact `speed` (did you mean `fast`?); expected one of: slow, fast");
  CHECK(rule_base_error(minimal(rule_head + "    condition: {fact: speed, gte: 3}\n" + tail)) ==
        "custom.yaml:13:35: `gte` compares numbers, but fact `speed` is a choice");
  CHECK(rule_base_error(minimal(rule_head + "    condition: {fact: speed}\n" + tail)) ==
        "custom.yaml:13:16: a fact condition needs `fact:` and exactly one operator (is, in, lt, lte, gt, gte, known)");
  const std::string twice = rule_head + "    condition: {fact: speed, is: fast}\n" + tail;
  CHECK(rule_base_error(minimal(twice + twice)) ==
        "custom.yaml:17:9: duplicate id `r1`; rule and constraint ids must be unique");
  CHECK(rule_base_error(minimal(
            rule_head +
            "    condition: {fact: speed, is: fast}\n    points: {rag: 1}\n    because: x\n    sources: [s2]\n")) ==
        "custom.yaml:16:15: unknown source `s2` (did you mean `s1`?); add it under `sources:` first");
  CHECK(
      rule_base_error(minimal(rule_head + "    condition: {fact: speed, is: fast}\n    points: {rag: 1}\n    because: "
                                          "\"{sped}\"\n    sources: [s1]\n")) ==
      "custom.yaml:15:14: the rationale of rule `r1` quotes `{sped}`, which is not a fact (did you mean `speed`?)");
  CHECK(rule_base_error(minimal(rule_head +
                                "    condition: {fact: speed, is: fast}\n    points: {rag: 1, finetune: 2}\n    "
                                "because: x\n    sources: [s1]\n")) ==
        "custom.yaml:14:22: unknown key `finetune` in the points of rule `r1` (did you mean `fine-tune`?); expected "
        "one of: rag, fine-tune, hybrid");
  CHECK(rule_base_error("ragft_rules: 1\nname: [oops\n").rfind("custom.yaml:", 0) == 0);
  // Singular and plural nouns agree with a number; a choice has none.
  CHECK_THAT(
      rule_base_error(minimal(rule_head + "    condition: {fact: speed, is: fast}\n    points: {rag: 1}\n    because: "
                                          "\"{speed|x|xs}\"\n    sources: [s1]\n")),
      Catch::Contains("gives `{speed|...}` a singular and plural; only integer facts take them"));
}
