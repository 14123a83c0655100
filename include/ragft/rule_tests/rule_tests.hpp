#pragma once
// A rule base's own tests: spec fixtures that record the verdict they expect as `decision` (for the
// project and for each component), run against the rule base, with rule coverage (which rules and
// constraints no test case fires). The default rule base ships with its tests: the scenario suite
// and the examples, compiled into the binary.
//
// A rule base lists its tests under `tests:`, each item either
// - a path (text): a spec file, or a folder of them (.yaml, .yml, .json), relative to the rule
//   base's folder; the CLI reads them; or
// - an inline case (mapping): a spec without the `ragft: 1` line (`project`, `facts`,
//   `components`, `decision`).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/base/diagnostic.hpp>
#include <ragft/rules/rule_base.hpp>
#include <ragft/spec/spec.hpp>

namespace ragft {

// A path listed under `tests:`, with where it is written.
struct TestPath {
  std::string path;
  Location where;
};

struct RuleTestSuite {
  std::vector<SpecDocument> inline_cases; // parsed against the rule base
  std::vector<TestPath> paths;
};

// Reads the `tests:` section (or the section `key`, e.g. `cases:`, which has the same shape) of the
// rule-base `text`, validating inline cases against `rules` (the rule base loaded from the same
// text). Throws InputError when the section is malformed; an inline case with bad facts is a
// Diagnostic in `inline_cases`, like a bad spec file.
RuleTestSuite load_rule_tests(std::string_view text, std::string_view origin, const RuleBase& rules,
                              std::string_view key = "tests");

// A spec file compiled into the binary: its path in the repository and its text.
struct NamedText {
  std::string_view name;
  std::string_view text;
};

// The default rule base's test files (tests/scenarios/ and examples/), as compiled in.
std::vector<NamedText> default_rule_tests();

// One recorded decision of a test case, and the verdict the rule base gives.
struct CaseCheck {
  std::string part; // empty for the project, else the component's name
  Verdict expected = Verdict::rag;
  Verdict got = Verdict::rag;
  Location where;
  bool passed() const { return expected == got; }
};

struct TestCaseResult {
  std::string file;                // the spec's name: file, or file#N
  std::string name;                // the project's name; unique per file in a report
  std::optional<Diagnostic> error; // the case could not be read, or records no decision
  std::vector<CaseCheck> checks;
  bool passed() const;
};

// A rule or constraint and how many test cases (project or component) fire it.
struct CoverageItem {
  std::string id;
  bool constraint = false;
  Location where;
  int hits = 0;
};

struct TestReport {
  std::string rule_base; // its name
  std::vector<TestCaseResult> cases;
  std::vector<CoverageItem> coverage; // constraints, then rules, in rule-base order
  std::optional<double> min_coverage; // the percentage required, if any

  int passed() const;
  int failed() const;              // failed checks or unreadable cases
  int errors() const;              // unreadable cases
  double coverage_percent() const; // 100 when there is nothing to cover
  bool coverage_ok() const;
};

// Runs every case against `rules`. `min_coverage` is recorded for the renderers and `coverage_ok`.
TestReport run_rule_tests(const RuleBase& rules, const std::vector<SpecDocument>& cases,
                          std::optional<double> min_coverage = std::nullopt);

enum class TestFormat { text, json, junit };
std::optional<TestFormat> parse_test_format(std::string_view name);
std::vector<std::string> test_format_names();

// Renders the report; `color` applies to text only.
void render_test_report(std::ostream& out, const TestReport& report, TestFormat format, bool color = false);

} // namespace ragft
