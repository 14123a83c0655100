// ragft rules eval: accuracy, the confusion matrix, calibration and what decided each miss.

#include <ragft/rule_tests/eval.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

std::vector<SpecDocument> cases(const std::string& yaml) { return parse_specs(yaml, "cases.yaml", test::rules()); }

} // namespace

TEST_CASE("a case is right when the verdict is the recorded decision, and a miss names what decided it") {
  // Daily-changing private knowledge with citations: the default rule base blocks fine-tune
  // (fast-knowledge-needs-retrieval, citations-need-retrieval), so a recorded `fine-tune` is a miss
  // that those constraints explain, and a recorded `rag` is right.
  const std::string facts = "facts: {knowledge_updates: daily, citations_required: true, private_data: true}\n";
  const EvalReport report =
      evaluate_cases(test::rules(), cases("ragft: 1\nproject: a\ndecision: rag\n" + facts +
                                          "---\nragft: 1\nproject: b\ndecision: fine-tune\n" + facts));
  REQUIRE(report.cases.size() == 2);
  CHECK(report.right() == 1);
  CHECK(report.accuracy() == Approx(50.0));
  const EvalCase& miss = report.cases[1];
  CHECK_FALSE(miss.right());
  CHECK(miss.got == Verdict::rag);
  CHECK(std::find(miss.blockers.begin(), miss.blockers.end(), "fast-knowledge-needs-retrieval") != miss.blockers.end());
  CHECK(std::find(miss.blockers.begin(), miss.blockers.end(), "citations-need-retrieval") != miss.blockers.end());
  REQUIRE_FALSE(miss.pulls.empty());
  // fast-changing-knowledge gives rag 4 and fine-tune -3: the strongest pull, 7 points.
  CHECK(miss.pulls.front().rule == "fast-changing-knowledge");
  CHECK(miss.pulls.front().points == Approx(7.0));
  const auto m = report.confusion();
  CHECK(m[0][0] == 1); // chose rag, got rag
  CHECK(m[1][0] == 1); // chose fine-tune, got rag
  CHECK(m[2][2] == 0);
}

TEST_CASE("calibration counts each case once, at its confidence") {
  const EvalReport report = evaluate_cases(
      test::rules(), cases("ragft: 1\nproject: a\ndecision: rag\nfacts: {knowledge_updates: daily}\n---\n"
                           "ragft: 1\nproject: b\ndecision: hybrid\nfacts: {labeled_examples: 5}\n"));
  int total = 0;
  for (const CalibrationRow& row : report.calibration()) {
    total += row.cases;
    CHECK(row.right <= row.cases);
  }
  CHECK(total == 2);
  // labeled_examples 5 blocks fine-tune and hybrid (too-few-examples): recorded hybrid is a miss.
  CHECK(report.right() == 1);
}

TEST_CASE("a case without a decision is an error, not a silent pass") {
  const EvalReport report = evaluate_cases(test::rules(), cases("ragft: 1\nproject: a\nfacts: {}\n"));
  CHECK(report.cases.empty());
  REQUIRE(report.errors.size() == 1);
  CHECK(report.errors.front().message.find("decision") != std::string::npos);
}

TEST_CASE("the built-in cases are compiled in, each a published decision") {
  const std::vector<NamedText> files = default_cases();
  CHECK(files.size() >= 45);
  for (const NamedText& f : files) {
    CHECK(std::string(f.name).rfind("cases/", 0) == 0);
    CHECK(std::string(f.text).find("# source: http") != std::string::npos);
  }
}
