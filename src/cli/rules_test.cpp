// `ragft rules test [FILE]`: run a rule base's own test cases, with rule coverage.

#include <iostream>

#include <fmt/format.h>

#include <ragft/rule_tests/rule_tests.hpp>

#include "number_options.hpp"
#include "rule_cases.hpp"
#include "rules.hpp"
#include "terminal.hpp"
#include "usage_hints.hpp"

namespace ragft::cli {

namespace {

struct TestOptions {
  std::string file;
  std::string format = "text";
  std::optional<double> min_coverage;
  bool no_color = false;
};

constexpr const char* k_test_footer =
    R"(Test cases are spec files that record the verdict they expect as `decision` (for the project
and for each component), listed under `tests:` in the rule base: paths of spec files or folders
(relative to the rule base's folder), or inline cases (a spec without the `ragft: 1` line).
Without FILE, runs the built-in rule base's tests: the scenario suite and the examples.

Examples:
  ragft rules test
  ragft rules test my-rules.yaml --min-coverage 90
  ragft rules test my-rules.yaml --format junit > rules-junit.xml

Exit codes: 0 every case passes (and coverage is at least --min-coverage); 1 a case fails, coverage
is too low, or there are no cases; 2 the rule base or a test file cannot be read or is invalid.)";

int run_test(const TestOptions& options) {
  const RuleFile file = load_rule_file(options.file);
  const std::vector<SpecDocument> cases =
      file.path.empty() ? compiled_cases(file.rules, default_rule_tests()) : listed_cases(file, "tests");
  const TestReport report = run_rule_tests(file.rules, cases, options.min_coverage);
  render_test_report(std::cout, report, *parse_test_format(options.format), use_color(options.no_color, stdout));
  std::cout.flush();
  if (report.cases.empty()) {
    print_error(
        fmt::format("{}: the rule base has no test cases; list spec files or inline cases under `tests:`", file.path));
    return 1;
  }
  if (report.errors() > 0) {
    return 2;
  }
  return report.failed() > 0 || !report.coverage_ok() ? 1 : 0;
}

} // namespace

void setup_rules_test(CLI::App& rules, int& exit_code) {
  auto options = std::make_shared<TestOptions>();
  CLI::App* sub = rules.add_subcommand("test", "Run a rule base's test cases and report rule coverage");
  sub->footer(k_test_footer);
  sub->add_option("file", options->file, "Rule base (default: the built-in one)")->type_name("FILE");
  sub->add_option("-f,--format", options->format, "Output format")
      ->check(one_of(test_format_names()))
      ->default_str("text");
  sub->add_option("--min-coverage", options->min_coverage, "Fail unless this percentage of rules and constraints fire")
      ->check(finite_range(0.0, 100.0))
      ->type_name("PCT");
  sub->add_flag("--no-color", options->no_color, "Never colour the output (also: NO_COLOR, TERM=dumb)");
  sub->callback([options, &exit_code] { exit_code = run_test(*options); });
}

} // namespace ragft::cli
