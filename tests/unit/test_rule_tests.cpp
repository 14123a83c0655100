// `ragft rules test`: the default rule base's own tests, inline cases, coverage, and the reports.

#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include <ragft/rule_tests/rule_tests.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

std::vector<SpecDocument> builtin_cases() {
  std::vector<SpecDocument> cases;
  for (const NamedText& test : default_rule_tests()) {
    for (SpecDocument& document : parse_specs(test.text, test.name, test::rules())) {
      cases.push_back(std::move(document));
    }
  }
  return cases;
}

const std::string k_custom = "ragft_rules: 1\n"
                             "name: custom\n"
                             "extends: default\n"
                             "tests:\n"
                             "  - project: Daily news\n" // line 5
                             "    facts: {knowledge_updates: daily}\n"
                             "    decision: fine-tune\n" // line 7: wrong
                             "  - project: Daily news\n"
                             "    facts: {knowledge_updates: daily}\n"
                             "    decision: rag\n"
                             "  - project: Typo\n"
                             "    facts: {knowledge_updates: dayly}\n" // line 12
                             "  - ../specs\n";

std::string render(const TestReport& report, TestFormat format) {
  std::ostringstream out;
  render_test_report(out, report, format);
  return out.str();
}

} // namespace

TEST_CASE("the default rule base ships with its tests, and they all pass at 100% rule coverage") {
  const TestReport report = run_rule_tests(test::rules(), builtin_cases(), 100.0);
  CHECK(report.cases.size() >= 15);
  CHECK(report.failed() == 0);
  CHECK(report.coverage_percent() == Approx(100.0));
  CHECK(report.coverage_ok());
  CHECK(report.coverage.size() == test::rules().rules.size() + test::rules().constraints.size());
}

TEST_CASE("tests: lists paths and inline cases, inline cases are validated with positions") {
  const RuleBase rules = load_rule_base(k_custom, "custom.yaml");
  const RuleTestSuite suite = load_rule_tests(k_custom, "custom.yaml", rules);
  REQUIRE(suite.paths.size() == 1);
  CHECK(suite.paths[0].path == "../specs");
  CHECK(suite.paths[0].where.line == 13);
  REQUIRE(suite.inline_cases.size() == 3);
  REQUIRE(std::holds_alternative<Diagnostic>(suite.inline_cases[2]));
  CHECK(std::get<Diagnostic>(suite.inline_cases[2]).to_string().rfind("custom.yaml:12:32: `dayly` is not a value", 0) ==
        0);
}

TEST_CASE("a failing case says what was expected and what the rule base gives, names stay unique") {
  const RuleBase rules = load_rule_base(k_custom, "custom.yaml");
  const TestReport report = run_rule_tests(rules, load_rule_tests(k_custom, "custom.yaml", rules).inline_cases, 50.0);
  REQUIRE(report.cases.size() == 3);
  CHECK_FALSE(report.cases[0].passed());
  CHECK(report.cases[0].checks.at(0).expected == Verdict::fine_tune);
  CHECK(report.cases[0].checks.at(0).got == Verdict::rag);
  CHECK(report.cases[0].checks.at(0).where.line == 7);
  CHECK(report.cases[1].passed());
  CHECK(report.cases[1].name == "Daily news (2)");
  CHECK(report.errors() == 1);
  CHECK(report.failed() == 2);
  CHECK_FALSE(report.coverage_ok());
  const std::string text = render(report, TestFormat::text);
  CHECK_THAT(text,
             Catch::Contains("FAIL  custom.yaml  Daily news\n      project: expected fine-tune, got rag (line 7)"));
  CHECK_THAT(text, Catch::Contains("not fired by any case: rule `private-data` (rules/default.yaml:"));
}

TEST_CASE("a case without a recorded decision is an error, not a pass") {
  Spec spec = test::spec("ragft: 1\nproject: nothing expected\n");
  const TestReport report = run_rule_tests(test::rules(), {spec});
  REQUIRE(report.cases.size() == 1);
  CHECK(report.errors() == 1);
}

TEST_CASE("JSON and JUnit reports") {
  const RuleBase rules = load_rule_base(k_custom, "custom.yaml");
  const TestReport report = run_rule_tests(rules, load_rule_tests(k_custom, "custom.yaml", rules).inline_cases, 50.0);
  const auto json = nlohmann::json::parse(render(report, TestFormat::json));
  CHECK(json["ragft_rule_tests"] == 1);
  CHECK(json["summary"]["failed"] == 2);
  CHECK(json["cases"][0]["checks"][0]["expected"] == "fine-tune");
  CHECK(json["coverage"]["ok"] == false);
  const std::string junit = render(report, TestFormat::junit);
  CHECK_THAT(junit,
             Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ragft rules test\" "
                               "tests=\"4\" failures=\"2\" errors=\"1\">"));
  CHECK_THAT(junit, Catch::Contains("<testcase classname=\"custom.yaml\" name=\"Daily news (2)\"/>"));
  CHECK_THAT(junit, Catch::Contains("<failure message=\"project: expected fine-tune, got rag (line 7)\">"));
  CHECK_THAT(junit, Catch::Contains("name=\"rule coverage of custom\">"));
}
