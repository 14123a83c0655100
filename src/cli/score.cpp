// `ragft score FILE...`: score spec files and report the verdicts.

#include <iostream>

#include <fmt/format.h>

#include <ragft/project.hpp>
#include <ragft/render.hpp>
#include <ragft/spec.hpp>

#include "commands.hpp"
#include "input.hpp"
#include "terminal.hpp"

namespace ragft::cli {

namespace {

struct ScoreOptions {
  std::vector<std::string> files;
  std::string format = "text";
  std::string rules;
  bool no_color = false;
  int reasons = 6;
};

constexpr const char* k_score_examples = R"(Examples:
  ragft score examples/support-assistant.yaml
  ragft score examples/*.yaml --format json > verdicts.json
  ragft score --rules my-rules.yaml specs/acme.yaml

Exit codes: 0 scored, and every recorded decision agrees with its facts; 1 a recorded `decision`
contradicts the facts; 2 a file could not be read or is invalid (every other file is still scored).)";

void report_error(Renderer& renderer, const Diagnostic& diagnostic, Summary& summary) {
  std::cerr << diagnostic.to_string() << '\n';
  renderer.error(std::cout, diagnostic);
  ++summary.failed;
}

void score_file(const RuleBase& rules, const std::string& path, Renderer& renderer, Summary& summary) {
  Diagnostic error;
  const auto text = read_input(path, error);
  if (!text) {
    report_error(renderer, error, summary);
    return;
  }
  for (const SpecDocument& document : parse_specs(*text, path == "-" ? "<stdin>" : path, rules)) {
    if (const auto* diagnostic = std::get_if<Diagnostic>(&document)) {
      report_error(renderer, *diagnostic, summary);
      continue;
    }
    const Spec& spec = std::get<Spec>(document);
    const ResultEntry entry = make_result_entry(rules, score_project(rules, spec));
    add_to_summary(summary, entry);
    renderer.result(std::cout, entry);
  }
}

int run_score(const ScoreOptions& options) {
  const RuleBase& rules = load_rules(options.rules);
  RenderOptions render;
  render.color = use_color(options.no_color, stdout);
  render.max_reasons = options.reasons;
  const auto renderer = make_renderer(*parse_format(options.format), render);
  Summary summary;
  renderer->begin(std::cout);
  for (const std::string& path : options.files) {
    score_file(rules, path, *renderer, summary);
  }
  renderer->end(std::cout, summary);
  std::cout.flush();
  if (summary.failed > 0) {
    return 2;
  }
  return summary.contradicting > 0 ? 1 : 0;
}

} // namespace

void setup_score(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* sub = app.add_subcommand("score", "Score project spec files: rag, fine-tune or hybrid, and why");
  sub->footer(k_score_examples);
  sub->add_option("files", options->files, "Spec files (YAML or JSON); - reads standard input")->required();
  sub->add_option("-f,--format", options->format, "Output format")
      ->check(CLI::IsMember(format_names()))
      ->default_str("text");
  sub->add_option("--rules", options->rules, "Rule base to use instead of the built-in one")->type_name("FILE");
  sub->add_option("--reasons", options->reasons, "Reasons shown per verdict in text output (0 = all)")
      ->check(CLI::NonNegativeNumber)
      ->default_str("6");
  sub->add_flag("--no-color", options->no_color, "Never colour the output (also: NO_COLOR, TERM=dumb)");
  sub->callback([options, &exit_code] { exit_code = run_score(*options); });
}

} // namespace ragft::cli
