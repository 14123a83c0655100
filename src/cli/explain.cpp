// `ragft explain SPEC...`: why this verdict, how sure, what would change it, and what it will cost.

#include <iostream>

#include <ragft/engine/project.hpp>
#include <ragft/explain/explain.hpp>
#include <ragft/explain/prices.hpp>
#include <ragft/render/explain.hpp>
#include <ragft/spec/spec.hpp>

#include "commands.hpp"
#include "input.hpp"
#include "measure_repo.hpp"
#include "number_options.hpp"
#include "terminal.hpp"
#include "usage_hints.hpp"

namespace ragft::cli {

namespace {

struct ExplainOptions {
  std::vector<std::string> files;
  std::string format = "text";
  std::string rules;
  std::string prices;
  PerturbationOptions perturbation;
  bool no_color = false;
  bool measure = false;
  bool no_charts = false;
};

constexpr const char* k_explain_examples = R"(Examples:
  ragft explain specs/acme.yaml
  ragft explain specs/acme.yaml --format json | jq '.results[0].flips'
  ragft explain specs/acme.yaml --format markdown > review.md   # with Mermaid charts
  ragft explain specs/acme.yaml --prices my-prices.yaml --seed 7 --draws 5000
  ragft explain docs/adr/0003-use-rag.md   # an ADR: the facts of its ragft block, as `ragft check` scores them

Exit codes: 0 explained, and every recorded decision agrees with its facts; 1 a recorded `decision`
contradicts the facts; 2 a file, the rule base or the price sheet could not be read or is invalid.)";

const PriceSheet& load_prices(const std::string& path) {
  if (path.empty()) {
    return default_price_sheet();
  }
  static PriceSheet custom;
  Diagnostic error;
  const auto text = read_input(path, error);
  if (!text) {
    throw InputError(error);
  }
  custom = load_price_sheet(*text, path);
  return custom;
}

// With `--measure`, the unknown facts filled from the spec's repository first.
ExplainEntry explain_spec(const ExplainOptions& options, const RuleBase& rules, const PriceSheet& prices,
                          const Spec& spec, const std::string& path) {
  if (!options.measure) {
    return make_explain_entry(rules, score_project(rules, spec), prices, options.perturbation);
  }
  static MeasureCache cache;
  const SpecMeasurement m = measure_spec(cache, path, spec, rules);
  ExplainEntry entry = make_explain_entry(rules, score_project(rules, m.filled.spec), prices, options.perturbation);
  add_measured(entry.result, rules, m.filled, m.measured);
  return entry;
}

// The specs of one file: a spec file's documents, or the facts of each ADR of a Markdown file.
std::vector<SpecDocument> read_specs(const std::string& path, const RuleBase& rules) {
  Diagnostic error;
  const auto text = read_input(path, error);
  if (!text) {
    return {SpecDocument(error)};
  }
  return parse_input_specs(*text, path == "-" ? "<stdin>" : path, rules);
}

// Explains every spec of one file; returns the number of failures and counts contradictions.
int explain_file(const ExplainOptions& options, const RuleBase& rules, const PriceSheet& prices,
                 const std::string& path, ExplainRenderer& renderer, int& contradicting) {
  int failed = 0;
  for (const SpecDocument& document : read_specs(path, rules)) {
    if (const auto* diagnostic = std::get_if<Diagnostic>(&document)) {
      print_error(*diagnostic);
      renderer.error(std::cout, *diagnostic);
      ++failed;
      continue;
    }
    const ExplainEntry entry = explain_spec(options, rules, prices, std::get<Spec>(document), path);
    contradicting += entry.result.contradicts() ? 1 : 0;
    renderer.result(std::cout, entry);
  }
  return failed;
}

int run_explain(const ExplainOptions& options) {
  const RuleBase& rules = load_rules(options.rules);
  const PriceSheet& prices = load_prices(options.prices);
  RenderOptions render;
  render.color = use_color(options.no_color, stdout);
  render.width = output_width(stdout);
  render.charts = !options.no_charts;
  const auto renderer = make_explain_renderer(*parse_format(options.format), render);
  int failed = 0;
  int contradicting = 0;
  renderer->begin(std::cout);
  for (const std::string& path : options.files) {
    failed += explain_file(options, rules, prices, path, *renderer, contradicting);
  }
  renderer->end(std::cout);
  std::cout.flush();
  if (failed > 0) {
    return 2;
  }
  return contradicting > 0 ? 1 : 0;
}

} // namespace

void setup_explain(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* sub =
      app.add_subcommand("explain", "Explain a verdict: facts, rules, evidence, what would flip it, how sure, cost");
  sub->footer(k_explain_examples);
  sub->add_option("files", options->files,
                  "Spec files (YAML or JSON), ADRs (Markdown with a ragft block), or - for standard input")
      ->required();
  sub->add_option("-f,--format", options->format, "Output format")
      ->check(one_of(explain_format_names()))
      ->default_str("text");
  sub->add_option("--rules", options->rules, "Rule base to use instead of the built-in one")->type_name("FILE");
  sub->add_option("--prices", options->prices, "Price sheet to use instead of the built-in rules/prices.yaml")
      ->type_name("FILE");
  sub->add_option("--seed", options->perturbation.seed, "Seed of the weight perturbation")
      ->check(unsigned_number())
      ->default_str("1");
  sub->add_option("--draws", options->perturbation.draws, "Draws of the weight perturbation")
      ->check(CLI::Range(1, 1000000))
      ->default_str("2000");
  sub->add_option("--spread", options->perturbation.spread, "Each rule weight varies within 1 +/- this")
      ->check(finite_range(0.0, 1.0))
      ->default_str("0.3");
  sub->add_flag("--measure", options->measure,
                "Fill unknown facts from the spec's repository (see `ragft measure`) "
                "and warn where stated and measured facts differ");
  sub->add_flag("--no-charts", options->no_charts,
                "Markdown: leave out the Mermaid charts and their tables (the other tables stay)");
  sub->add_flag("--no-color", options->no_color, "Never colour the output (also: NO_COLOR, TERM=dumb)");
  sub->callback([options, &exit_code] { exit_code = run_explain(*options); });
}

} // namespace ragft::cli
