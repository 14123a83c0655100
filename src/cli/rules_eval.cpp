// `ragft rules eval [CASES...]`: how right a rule base is about recorded decisions.

#include <iostream>

#include <fmt/format.h>

#include <ragft/render/eval.hpp>

#include "number_options.hpp"
#include "rule_cases.hpp"
#include "rules.hpp"
#include "terminal.hpp"
#include "usage_hints.hpp"

namespace ragft::cli {

namespace {

struct EvalOptions {
  std::vector<std::string> cases;
  std::string rules;
  std::string format = "text";
  std::optional<double> min_accuracy;
  std::optional<double> min_high_accuracy;
};

constexpr const char* k_eval_footer =
    R"(A case is a spec file whose `decision` records what an organisation chose; cases/ holds
published ones (cases/README.md lists their sources). Without CASES, evaluates the rule base's own
case list (`cases:` in it; the built-in rule base's are compiled in). Reports accuracy, the
confusion matrix, accuracy per confidence level, and for each miss the rules and constraints that
decided it and the runner-up's margin.

Examples:
  ragft rules eval
  ragft rules eval cases/ --min-accuracy 85 --min-high-accuracy 90
  ragft rules eval my-cases/ --rules my-rules.yaml --format markdown

Exit codes: 0 the floors hold; 1 accuracy (or accuracy at high confidence) is below its floor, or
there are no cases; 2 the rule base or a case cannot be read, or a case records no decision.)";

std::vector<SpecDocument> cases_for(const EvalOptions& options, const RuleFile& file) {
  if (!options.cases.empty()) {
    return path_cases(file.rules, options.cases);
  }
  return file.path.empty() ? compiled_cases(file.rules, default_cases()) : listed_cases(file, "cases");
}

bool below(std::optional<double> value, std::optional<double> floor) {
  return floor && value.value_or(0.0) + 1e-9 < *floor;
}

int run_eval(const EvalOptions& options) {
  const RuleFile file = load_rule_file(options.rules);
  const EvalReport report = evaluate_cases(file.rules, cases_for(options, file));
  render_eval_report(std::cout, report, *parse_eval_format(options.format));
  std::cout.flush();
  for (const Diagnostic& error : report.errors) {
    print_error(error);
  }
  if (!report.errors.empty()) {
    return 2;
  }
  if (report.cases.empty()) {
    std::cerr
        << "ragft: no cases to evaluate; name spec files or folders, or list them under `cases:` in the rule base\n";
    return 1;
  }
  if (below(report.accuracy(), options.min_accuracy)) {
    print_error(
        fmt::format("ragft: accuracy {:.1f}% is below --min-accuracy {:g}", report.accuracy(), *options.min_accuracy));
    return 1;
  }
  if (below(report.accuracy_at(Confidence::high), options.min_high_accuracy)) {
    print_error(fmt::format("ragft: accuracy at high confidence {} is below --min-high-accuracy {:g}",
                            report.accuracy_at(Confidence::high)
                                ? fmt::format("{:.1f}%", *report.accuracy_at(Confidence::high))
                                : std::string("(no case at high confidence)"),
                            *options.min_high_accuracy));
    return 1;
  }
  return 0;
}

} // namespace

void setup_rules_eval(CLI::App& rules, int& exit_code) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* sub =
      rules.add_subcommand("eval", "Measure a rule base against recorded decisions: accuracy and calibration");
  sub->footer(k_eval_footer);
  sub->add_option("cases", options->cases, "Case files or folders (default: the rule base's own cases)")
      ->type_name("CASES");
  sub->add_option("--rules", options->rules, "Rule base (default: the built-in one)")->type_name("FILE");
  sub->add_option("-f,--format", options->format, "Output format")
      ->check(one_of(eval_format_names()))
      ->default_str("text");
  sub->add_option("--min-accuracy", options->min_accuracy, "Exit 1 when fewer than this percentage of cases are right")
      ->check(finite_range(0.0, 100.0))
      ->type_name("PCT");
  sub->add_option("--min-high-accuracy", options->min_high_accuracy,
                  "Exit 1 when fewer than this percentage of high-confidence cases are right")
      ->check(finite_range(0.0, 100.0))
      ->type_name("PCT");
  sub->callback([options, &exit_code] { exit_code = run_eval(*options); });
}

} // namespace ragft::cli
