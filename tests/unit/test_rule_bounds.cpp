// Rule bases that cannot lie: the loader refuses a `tie_order` that is not a permutation of the
// verdicts, points that are not finite or beyond ±1000, decision values out of range and whole
// numbers beyond ±(2^53 - 1); the engine returns a blocked verdict for no `tie_order` at all.

#include <catch2/catch.hpp>

#include <ragft/base/diagnostic.hpp>
#include <ragft/engine/engine.hpp>
#include <ragft/rules/loader.hpp>
#include <ragft/spec/spec.hpp>

using namespace ragft;

namespace {

// A rule base whose one rule gives hybrid 5 points when the speed is fast, and whose constraint
// blocks `blocks` then; `decision` and `extra` go into it as they are.
std::string rule_base(const std::string& blocks, const std::string& decision = "", const std::string& points = "5",
                      const std::string& threshold = "3") {
  return "ragft_rules: 1\nname: bounds\nsources:\n  s1: {title: A source, grade: C}\n" + decision +
         "facts:\n"
         "  - {id: speed, type: choice, question: 'Speed?', help: Speed., choices: [{value: slow, help: Slow.}, "
         "{value: fast, help: Fast.}]}\n"
         "  - {id: count, type: integer, question: 'How many?', help: Count.}\n"
         "constraints:\n"
         "  - {id: blocks-them, condition: {fact: speed, is: fast}, blocks: " +
         blocks +
         ", because: Blocked., unblock: Slow down., sources: [s1]}\n"
         "rules:\n"
         "  - {id: fast-hybrid, condition: {fact: speed, is: fast}, points: {hybrid: " +
         points +
         "}, because: Fast., sources: [s1]}\n"
         "  - {id: many, condition: {fact: count, gte: " +
         threshold + "}, points: {rag: 1}, because: Many., sources: [s1]}\n";
}

FactSet fast(const RuleBase& rules) {
  auto documents = parse_specs("ragft: 1\nproject: p\nfacts: {speed: fast}\n", "p.yaml", rules);
  REQUIRE(documents.size() == 1);
  REQUIRE(std::holds_alternative<Spec>(documents.front()));
  return std::get<Spec>(documents.front()).facts;
}

std::string load_error(const std::string& text) {
  try {
    load_rule_base(text, "r.yaml");
  } catch (const InputError& e) {
    return e.diagnostic().to_string();
  }
  return "";
}

} // namespace

TEST_CASE("a blocked verdict is never returned, whatever tie_order holds") {
  RuleBase rules = load_rule_base(rule_base("[hybrid]"), "r.yaml");
  rules.decision.tie_order = {Verdict::hybrid, Verdict::hybrid, Verdict::hybrid}; // past the loader, as a bug might
  const Evaluation e = evaluate(rules, fast(rules));
  CHECK(e.scores[Verdict::hybrid] == 5);
  CHECK(e.blocked[Verdict::hybrid]);
  CHECK_FALSE(e.all_blocked);
  CHECK(e.verdict != Verdict::hybrid);
  CHECK(e.verdict == Verdict::rag); // rag and fine-tune tie at 0; rag comes first among the unlisted
  rules.decision.tie_order = {};
  CHECK(evaluate(rules, fast(rules)).verdict == Verdict::rag);
}

TEST_CASE("when every verdict is blocked, the best-scoring one is shown and marked all_blocked") {
  const RuleBase rules = load_rule_base(rule_base("[rag, fine-tune, hybrid]"), "r.yaml");
  const Evaluation e = evaluate(rules, fast(rules));
  CHECK(e.all_blocked);
  CHECK(e.verdict == Verdict::hybrid);
}

TEST_CASE("the loader refuses a tie_order that is not a permutation of the verdicts") {
  const std::string error = load_error(rule_base("[hybrid]", "decision:\n  tie_order: [hybrid, hybrid, hybrid]\n"));
  CHECK(error.find("r.yaml:6:14: `tie_order` must list each of rag, fine-tune and hybrid once (`rag` is missing, "
                   "`fine-tune` is missing, `hybrid` is listed 3 times)") == 0);
  CHECK(load_error(rule_base("[hybrid]", "decision:\n  tie_order: [rag, hybrid]\n")).find("`fine-tune` is missing") !=
        std::string::npos);
  CHECK(load_error(rule_base("[hybrid]", "decision:\n  tie_order: [hybrid, rag, fine-tune]\n")).empty());
}

TEST_CASE("the loader refuses points that are not finite or beyond ±1000") {
  CHECK(load_error(rule_base("[hybrid]", "", "1e308"))
            .find("points for `hybrid` must be a number from -1000 to 1000, got 1e+308") != std::string::npos);
  CHECK(load_error(rule_base("[hybrid]", "", "nan")).find("must be a number from -1000 to 1000, got nan") !=
        std::string::npos);
  CHECK(load_error(rule_base("[hybrid]", "", "-inf")).find("got -inf") != std::string::npos);
  CHECK(load_error(rule_base("[hybrid]", "", "-1000.5")).find("got -1000.5") != std::string::npos);
  CHECK(load_error(rule_base("[hybrid]", "", "-1000")).empty());
}

TEST_CASE("the loader refuses decision values that are not finite or out of range") {
  CHECK(load_error(rule_base("[hybrid]", "decision: {high_margin: nan}\n"))
            .find("`high_margin` must be a number from 0 to 1,000,000, got nan") != std::string::npos);
  CHECK(load_error(rule_base("[hybrid]", "decision: {strong_need: 1e300}\n")).find("got 1e+300") != std::string::npos);
  CHECK(load_error(rule_base("[hybrid]", "decision: {max_unknown_share: 1.5}\n"))
            .find("`max_unknown_share` must be a number from 0 to 1, got 1.5") != std::string::npos);
}

TEST_CASE("the loader refuses whole numbers beyond the safe integer range") {
  CHECK(load_error(rule_base("[hybrid]", "", "5", "9007199254740992"))
            .find("r.yaml:12:46: the value of `gte` must be within ±9,007,199,254,740,991") != std::string::npos);
  CHECK(load_error(rule_base("[hybrid]", "", "5", "-9223372036854775807")).find("must be within") != std::string::npos);
  CHECK(load_error(rule_base("[hybrid]", "", "5", "9007199254740991")).empty());
}
