// `ragft rules lint`: every finding, sorted, with positions; rules that can never fire.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include <ragft/rules/lint.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

RuleBase load_fixture(const std::string& name) {
  std::ifstream in(std::string(RAGFT_SOURCE_DIR) + "/tests/fixtures/rules/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return load_rule_base(text.str(), name);
}

std::vector<std::string> lines(const std::vector<LintFinding>& findings) {
  std::vector<std::string> out;
  for (const LintFinding& f : findings) {
    out.push_back(fmt::format("{} {} {}", to_string(f.severity), f.check, f.diagnostic.where.line));
  }
  return out;
}

RuleBase one_rule(const std::string& condition) {
  return load_rule_base(
      "ragft_rules: 1\nname: t\nsources: {s: {title: S, grade: C}}\nfacts:\n"
      "  - {id: n, type: integer, minimum: 1, unit: x, question: N, help: N.}\n"
      "  - {id: c, type: choice, question: C, help: C., choices: [{value: a, help: A.}, {value: b, help: B.}]}\n"
      "rules:\n  - {id: r, condition: " +
          condition + ", points: {rag: 1}, because: x, sources: [s]}\n",
      "t.yaml");
}

bool fires(const std::string& condition) {
  const RuleBase rules = one_rule(condition);
  return can_hold(rules, rules.rules.front().condition);
}

} // namespace

TEST_CASE("the default rule base has no lint errors") {
  for (const LintFinding& f : lint_rule_base(test::rules())) {
    INFO(f.diagnostic.to_string());
    CHECK(f.severity == Severity::warning);
  }
}

TEST_CASE("lint reports every finding, sorted by position") {
  CHECK(lines(lint_rule_base(load_fixture("never-fires.yaml"))) ==
        std::vector<std::string>{"warning choice-without-help 14", "warning unused-fact 19", "error never-fires 24",
                                 "error never-fires 29", "error never-fires 34", "warning no-effect 39"});
}

TEST_CASE("can_hold finds contradictory ranges, choices and values below a fact's minimum") {
  CHECK(fires("{fact: n, gte: 10}"));
  CHECK(fires("{all: [{fact: n, gte: 10}, {fact: n, lt: 11}]}"));
  CHECK_FALSE(fires("{all: [{fact: n, gte: 10}, {fact: n, lt: 10}]}"));
  CHECK_FALSE(fires("{all: [{fact: n, gt: 10}, {fact: n, lte: 10}]}"));
  CHECK_FALSE(fires("{fact: n, lt: 1}"));
  CHECK(fires("{fact: n, is: 1}"));
  CHECK_FALSE(fires("{fact: n, is: 0}"));
  CHECK_FALSE(fires("{all: [{fact: c, is: a}, {fact: c, is: b}]}"));
  CHECK(fires("{any: [{fact: c, is: a}, {fact: c, is: b}]}"));
  CHECK_FALSE(fires("{all: [{fact: c, known: false}, {fact: c, is: a}]}"));
  CHECK(fires("{fact: c, known: false}"));
  CHECK(fires("{not: {fact: c, is: a}}"));
  CHECK_FALSE(fires("{all: [{fact: c, in: [a]}, {not: {fact: c, in: [a, b]}}]}"));
}

TEST_CASE("need levels no rule can reach make a rule that reads them never fire") {
  CHECK_FALSE(fires("{need: knowledge, is: strong}"));
  CHECK(fires("{need: knowledge, is: none}"));
  const Rule& both = *std::find_if(test::rules().rules.begin(), test::rules().rules.end(),
                                   [](const Rule& r) { return r.id == "both-needs"; });
  CHECK(can_hold(test::rules(), both.condition));
}

TEST_CASE("a question whose `when` can never hold is reported") {
  const RuleBase rules = load_rule_base(
      "ragft_rules: 1\nname: t\nsources: {s: {title: S, grade: C}}\nfacts:\n"
      "  - {id: n, type: integer, minimum: 0, unit: x, question: N, help: N.}\n"
      "  - {id: m, type: bool, question: M, help: M., when: {all: [{fact: n, lt: 5}, {fact: n, gt: 9}]}}\n"
      "  - {id: k, type: bool, question: K, help: K., when: {fact: n, gt: 9}}\n"
      "rules:\n  - {id: r, condition: {all: [{fact: m, is: true}, {fact: k, is: true}]}, points: {rag: 1}, "
      "because: x, sources: [s]}\n",
      "t.yaml");
  // `n` is read only by `when` conditions, never by a rule: unused for scoring.
  CHECK(lines(lint_rule_base(rules)) ==
        std::vector<std::string>{"warning unused-fact 5", "warning unreachable-when 6"});
}

TEST_CASE("the default rule base's `when` conditions can all hold") {
  for (const LintFinding& f : lint_rule_base(test::rules())) {
    CHECK(f.check != "unreachable-when");
  }
}

TEST_CASE("a text a reader sees may not name a source by its code") {
  const RuleBase rules = load_rule_base(
      "ragft_rules: 1\nname: t\nsources:\n"
      "  003_e3ac8a53f64d216f.txt: {title: Matrix article, grade: C}\n  vertex-sft: {title: Vertex guide, grade: B}\n"
      "facts:\n"
      "  - {id: n, type: integer, minimum: 0, unit: x, question: N, help: \"1,003 or 2003 name no source.\"}\n"
      "rules:\n"
      "  - {id: a, condition: {fact: n, gt: 1}, points: {rag: 1}, because: \"As 003's matrix says.\", "
      "sources: [003_e3ac8a53f64d216f.txt]}\n"
      "  - {id: b, condition: {fact: n, gt: 2}, points: {rag: 1}, because: \"Per (vertex-sft, 003).\", "
      "sources: [vertex-sft]}\n"
      "  - {id: c, condition: {fact: n, gt: 3}, points: {rag: 1}, because: \"The 0031 items.\", sources: "
      "[vertex-sft]}\n",
      "t.yaml");
  std::vector<std::string> found;
  for (const LintFinding& f : lint_rule_base(rules)) {
    if (f.check == "source-code-in-text") {
      found.push_back(fmt::format("{} {}", f.diagnostic.where.line, f.diagnostic.message));
    }
  }
  // Rule a names 003 (line 9); rule b names both vertex-sft and 003 (line 10); the help's 1,003 and
  // 2003 and rule c's 0031 are numbers, not codes.
  const std::string tail = "; name it in words (\"{}\"): the report lists its sources by title";
  CHECK(found ==
        std::vector<std::string>{"9 a text a reader sees names source `003_e3ac8a53f64d216f.txt` by its code `003`" +
                                     fmt::format(fmt::runtime(tail), "Matrix article"),
                                 "10 a text a reader sees names source `003_e3ac8a53f64d216f.txt` by its code `003`" +
                                     fmt::format(fmt::runtime(tail), "Matrix article"),
                                 "10 a text a reader sees names source `vertex-sft` by its code `vertex-sft`" +
                                     fmt::format(fmt::runtime(tail), "Vertex guide")});
}

TEST_CASE("the default rule base names its sources in words") {
  for (const LintFinding& f : lint_rule_base(test::rules())) {
    INFO(f.diagnostic.to_string());
    CHECK(f.check != "source-code-in-text");
  }
}

namespace {

// The not-over-unknown findings of a one-rule base, as "line:column".
std::vector<std::string> not_over_unknown(const std::string& condition) {
  std::vector<std::string> out;
  for (const LintFinding& f : lint_rule_base(one_rule(condition))) {
    if (f.check == "not-over-unknown") {
      out.push_back(fmt::format("{}:{} {}", f.diagnostic.where.line, f.diagnostic.where.column, f.diagnostic.message));
    }
  }
  return out;
}

} // namespace

TEST_CASE("a `not:` that alone keeps a rule from firing while its fact is unknown is reported, with the fix") {
  // "Unless c is a": read by people as firing when c is unknown; three-valued logic says it does not.
  const std::vector<std::string> found = not_over_unknown("{not: {fact: c, is: a}}");
  REQUIRE(found.size() == 1);
  INFO(found[0]);
  CHECK(found[0].rfind("8:24 ", 0) == 0); // the rule's line; the column of `{not: ...}`
  CHECK_THAT(found[0], Catch::Contains("rule `r` never fires while `c` is unknown"));
  CHECK_THAT(found[0], Catch::Contains("(c = a)"));
  CHECK_THAT(found[0], Catch::Contains("`any: [{not: ...}, {fact: c, known: false}]`"));
  // Inside a combination, the same.
  CHECK(not_over_unknown("{all: [{fact: n, gte: 10}, {not: {fact: c, is: a}}]}").size() == 1);
  // The written fix, and a rule that could not fire for an unknown c anyway: nothing to report.
  CHECK(not_over_unknown("{any: [{not: {fact: c, is: a}}, {fact: c, known: false}]}").empty());
  CHECK(not_over_unknown("{all: [{fact: c, known: true}, {not: {fact: c, is: a}}]}").empty());
  CHECK(not_over_unknown("{all: [{fact: c, is: b}, {not: {fact: n, gte: 10}}]}").size() == 1);
  CHECK(not_over_unknown("{fact: c, is: a}").empty());
}

TEST_CASE("the default rule base has no `not:` over a fact that may be unknown") {
  for (const LintFinding& f : lint_rule_base(test::rules())) {
    CHECK(f.check != "not-over-unknown");
  }
}
