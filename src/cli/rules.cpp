// `ragft rules lint|show|test`: the rule base as a product. `test` is in rules_test.cpp.

#include "rules.hpp"
#include "usage_hints.hpp"

#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ragft/rules/lint.hpp>
#include <ragft/rules/loader.hpp>
#include <ragft/rules/show.hpp>

#include "commands.hpp"
#include "input.hpp"

namespace ragft::cli {

namespace {

struct LintOptions {
  std::string file;
  std::string format = "text";
  bool strict = false;
};

struct ShowOptions {
  std::string file;
  std::string format = "text";
};

constexpr const char* k_rules_footer = R"(Examples:
  ragft rules lint my-rules.yaml --strict
  ragft rules test my-rules.yaml --min-coverage 100
  ragft rules eval cases/ --min-accuracy 85
  ragft rules show --format markdown

Without FILE, each works on the built-in rule base (rules/default.yaml). A custom rule base can
start with `extends: default` and change only what differs (docs/rules.md: "Customising the rules").)";

constexpr const char* k_lint_footer = R"(Examples:
  ragft rules lint                       # the built-in rule base
  ragft rules lint my-rules.yaml --strict

Exit codes: 0 no errors (and, with --strict, no warnings); 1 warnings with --strict;
2 errors: the rule base is invalid or has rules that can never fire.)";

std::string finding_text(const LintFinding& f) {
  const Location& w = f.diagnostic.where;
  std::string where = w.file;
  if (w.line > 0) {
    where += fmt::format(":{}:{}", w.line, w.column);
  }
  return fmt::format("{}: {}: {} [{}]", where, to_string(f.severity), f.diagnostic.message, f.check);
}

void print_findings_text(const std::vector<LintFinding>& findings, int errors, int warnings) {
  for (const LintFinding& f : findings) {
    std::cout << finding_text(f) << '\n';
  }
  std::cout << fmt::format("{} error{}, {} warning{}\n", errors, errors == 1 ? "" : "s", warnings,
                           warnings == 1 ? "" : "s");
}

void print_findings_json(const std::vector<LintFinding>& findings, int errors, int warnings) {
  nlohmann::ordered_json j{{"ragft_lint", 1}, {"findings", nlohmann::ordered_json::array()}};
  for (const LintFinding& f : findings) {
    j["findings"].push_back({{"file", f.diagnostic.where.file},
                             {"line", f.diagnostic.where.line},
                             {"column", f.diagnostic.where.column},
                             {"severity", to_string(f.severity)},
                             {"check", f.check},
                             {"message", f.diagnostic.message}});
  }
  j["errors"] = errors;
  j["warnings"] = warnings;
  std::cout << j.dump(2) << '\n';
}

std::vector<LintFinding> lint_file(const std::string& path) {
  try {
    return lint_rule_base(load_rule_file(path).rules);
  } catch (const InputError& e) {
    return {LintFinding{Severity::error, "invalid", e.diagnostic()}};
  }
}

int run_lint(const LintOptions& options) {
  const std::vector<LintFinding> findings = lint_file(options.file);
  const auto errors = static_cast<int>(std::count_if(
      findings.begin(), findings.end(), [](const LintFinding& f) { return f.severity == Severity::error; }));
  const int warnings = static_cast<int>(findings.size()) - errors;
  if (options.format == "json") {
    print_findings_json(findings, errors, warnings);
  } else {
    print_findings_text(findings, errors, warnings);
  }
  if (errors > 0) {
    return 2;
  }
  return options.strict && warnings > 0 ? 1 : 0;
}

int run_show(const ShowOptions& options) {
  const RuleFile file = load_rule_file(options.file);
  render_rule_base(std::cout, file.rules, *parse_show_format(options.format));
  return 0;
}

std::string checks_text() {
  std::string out = "Checks, beyond what loading validates:\n";
  for (const LintCheckInfo& check : lint_checks()) {
    out += fmt::format("  {:<20} {:<8} {}\n", check.id, to_string(check.severity), check.finds);
  }
  return out + "\n" + k_lint_footer;
}

void setup_lint(CLI::App& rules, int& exit_code) {
  auto options = std::make_shared<LintOptions>();
  CLI::App* sub = rules.add_subcommand("lint", "Validate a rule base fully and report every problem");
  sub->footer(checks_text());
  sub->add_option("file", options->file, "Rule base (default: the built-in one)")->type_name("FILE");
  sub->add_option("-f,--format", options->format, "Output format")
      ->check(one_of({"text", "json"}))
      ->default_str("text");
  sub->add_flag("--strict", options->strict, "Exit 1 on warnings too");
  sub->callback([options, &exit_code] { exit_code = run_lint(*options); });
}

void setup_show(CLI::App& rules, int& exit_code) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* sub = rules.add_subcommand("show", "Show facts, constraints, rules and sources of a rule base");
  sub->add_option("file", options->file, "Rule base (default: the built-in one)")->type_name("FILE");
  sub->add_option("-f,--format", options->format, "Output format (markdown: the rule reference of docs/rules.md)")
      ->check(one_of(show_format_names()))
      ->default_str("text");
  sub->callback([options, &exit_code] { exit_code = run_show(*options); });
}

} // namespace

RuleFile load_rule_file(const std::string& path) {
  if (path.empty()) {
    return RuleFile{default_rule_base(), std::string(default_rule_base_text()), ""};
  }
  Diagnostic error;
  auto text = read_input(path, error, k_max_rule_base_bytes);
  if (!text) {
    throw InputError(error);
  }
  const std::string origin = path == "-" ? "<stdin>" : path;
  RuleBase rules = load_rule_base(*text, origin);
  return RuleFile{std::move(rules), std::move(*text), path};
}

void setup_rules(CLI::App& app, int& exit_code) {
  CLI::App* rules = app.add_subcommand("rules", "Lint, test and show rule bases (the built-in one or your own)");
  rules->footer(k_rules_footer);
  rules->require_subcommand(1);
  setup_lint(*rules, exit_code);
  setup_rules_test(*rules, exit_code);
  setup_rules_eval(*rules, exit_code);
  setup_show(*rules, exit_code);
}

} // namespace ragft::cli
