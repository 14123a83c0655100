// `ragft score FILE|FOLDER|-...`: score spec files, in parallel, and report the verdicts in one or
// more formats.

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <optional>
#include <thread>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <ragft/render/render.hpp>
#include <ragft/report/findings.hpp>

#include "artifact_base.hpp"
#include "batch.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "inputs.hpp"
#include "interrupt.hpp"
#include "ordered_parallel.hpp"
#include "outputs.hpp"
#include "terminal.hpp"
#include "usage_hints.hpp"

namespace ragft::cli {

namespace {

constexpr std::size_t k_window_per_job = 16; // results that may wait for their turn, per thread
constexpr int k_max_jobs = 1024;
constexpr std::size_t k_max_file_size = std::size_t{1} << 30; // 1 GiB: a spec is a few KB

struct ScoreOptions {
  std::vector<std::string> files;
  std::vector<std::string> formats;
  std::string rules;
  std::string stdin_name = "<stdin>";
  std::string fail_on = "note";
  bool no_fail = false;
  bool no_color = false;
  bool summary = false;
  bool details = false;
  bool force = false;
  bool measure = false;
  bool no_charts = false;
  std::size_t max_file_size = InputLimits{}.max_bytes;
  int reasons = 6;
  int jobs = 0;
};

constexpr const char* k_score_examples = R"(Examples:
  ragft score examples/support-assistant.yaml
  ragft score specs/ --format json > verdicts.json
  ragft score specs/ --format sarif=ragft.sarif --format github
  cat spec.yaml | ragft score - --stdin-name specs/acme.yaml
  ragft score --rules my-rules.yaml specs/acme.yaml

Formats: text (details for one file, a table for several), json, jsonl, csv, markdown, sarif, github,
junit. `--format NAME=FILE` writes a file (atomically); at most one format goes to standard output.

Exit codes: 0 scored, and no recorded decision contradicts its facts at or above --fail-on; 1 such a
contradiction (a finding: error at high confidence, warning at medium, note at low); 2 a file could
not be read or is invalid (every other file is still scored first), or a usage error; 130 interrupted.
--fail-on defaults to note: a spec's only findings are contradictions of its own recorded decision,
and any of them is worth a look. `ragft check` defaults to warning, because its notes (e.g. an ADR
without facts) are advice that should not fail a build.)";

// The inputs of a run, found one at a time, with the first two read ahead: whether there is more
// than one decides between the detailed text and the table.
class Inputs {
public:
  Inputs(const std::vector<std::string>& arguments, const std::string& stdin_name) : m_stream(arguments, stdin_name) {
    for (int i = 0; i < 2; ++i) {
      if (auto item = m_stream.next()) {
        m_ahead.push_back(std::move(*item));
      }
    }
  }

  bool several() const { return m_ahead.size() > 1; }

  std::optional<InputItem> next() {
    if (!m_ahead.empty()) {
      InputItem item = std::move(m_ahead.front());
      m_ahead.pop_front();
      return item;
    }
    return m_stream.next();
  }

private:
  InputStream m_stream;
  std::deque<InputItem> m_ahead;
};

// The state of one run: where results go and what has been counted.
struct Run {
  const ScoreOptions& options;
  std::vector<Output> outputs;
  Summary summary;
  Portfolio portfolio;
  std::vector<std::string> others; // files found in folders that are no specs (`OtherFile`), with their kind
};

bool writes_text_to_stdout(const Run& run) {
  return std::any_of(run.outputs.begin(), run.outputs.end(),
                     [](const Output& o) { return o.spec.path.empty() && o.spec.format == Format::text; });
}

RenderOptions render_options(const ScoreOptions& options, const OutputSpec& spec, bool several) {
  RenderOptions render;
  render.max_reasons = options.reasons;
  render.width = spec.path.empty() ? output_width(stdout) : 0;
  render.table = several && !options.details;
  render.color = spec.path.empty() && use_color(options.no_color, stdout);
  render.inline_errors = !spec.path.empty();
  render.charts = !options.no_charts;
  if (spec.format == Format::github) {
    render.artifacts = artifact_base();
  }
  return render;
}

Output make_output(const ScoreOptions& options, const OutputSpec& spec, bool several) {
  Output output;
  output.spec = spec;
  open_output(output, options.force);
  output.renderer = make_renderer(spec.format, render_options(options, spec, several));
  return output;
}

// Whether any output shows flips or robustness: if none does, they are not computed.
bool shows_analysis(const ScoreOptions& options, const std::vector<Output>& outputs, bool several) {
  return std::any_of(outputs.begin(), outputs.end(), [&](const Output& o) {
    return shows_analysis(o.spec.format, render_options(options, o.spec, several));
  });
}

// GitHub Actions: with `--format github`, a Markdown table is appended to `$GITHUB_STEP_SUMMARY`.
void add_step_summary(std::vector<Output>& outputs, bool charts) {
  if (const std::string path = step_summary_path(specs_of(outputs)); !path.empty()) {
    RenderOptions render;
    render.charts = charts;
    outputs.push_back(appended_output(path, make_renderer(Format::markdown, render)));
  }
}

std::vector<Output> make_outputs(const ScoreOptions& options, bool several) {
  std::vector<Output> outputs;
  for (const OutputSpec& spec : parse_outputs(options.formats)) {
    // With --summary, the portfolio takes the place of the text on standard output.
    if (!(options.summary && spec.path.empty() && spec.format == Format::text)) {
      outputs.push_back(make_output(options, spec, several));
    }
  }
  add_step_summary(outputs, !options.no_charts);
  return outputs;
}

void report_error(Run& run, const Diagnostic& diagnostic) {
  print_error(diagnostic);
  ++run.summary.failed;
  ++run.portfolio.failed;
  for (Output& o : run.outputs) {
    for (const Diagnostic& d : diagnostic.each()) {
      o.renderer->error(*o.stream, d);
    }
  }
}

void report_result(Run& run, const ScoredDocument& scored) {
  add_to_summary(run.summary, scored.entry);
  if (run.options.summary) {
    add_to_portfolio(run.portfolio, scored.entry.verdict, scored.drivers);
  }
  for (Output& o : run.outputs) {
    o.renderer->result(*o.stream, scored.entry);
  }
}

void report_file(Run& run, const FileOutcome& outcome) {
  for (const DocumentOutcome& document : outcome) {
    if (const auto* diagnostic = std::get_if<Diagnostic>(&document)) {
      report_error(run, *diagnostic);
    } else if (const auto* other = std::get_if<OtherFile>(&document)) {
      run.others.push_back(other->kind.empty() ? other->path : fmt::format("{} ({})", other->path, other->kind));
    } else {
      report_result(run, std::get<ScoredDocument>(document));
    }
  }
}

StdinInput read_stdin_if_needed(const std::vector<std::string>& arguments, std::size_t max_bytes) {
  StdinInput input;
  if (std::find(arguments.begin(), arguments.end(), "-") != arguments.end()) {
    input.text = read_input("-", input.error, max_bytes);
  }
  return input;
}

int thread_count(int jobs) {
  if (jobs > 0) {
    return jobs;
  }
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

void finish_outputs(Run& run, bool force) {
  for (Output& o : run.outputs) {
    finish_output(o, run.summary, force);
  }
}

bool nothing_but_others(const Run& run) {
  return run.summary.scored == 0 && run.summary.failed == 0 && !run.others.empty();
}

// The files found in the folders given that are other YAML or JSON files, named on stderr (the
// first few): passed over, or, when nothing else was found, the error that no spec was.
void say_others(const Run& run) {
  if (run.others.empty()) {
    return;
  }
  constexpr std::size_t k_named = 5;
  const std::size_t named = std::min(run.others.size(), k_named);
  const std::string more =
      run.others.size() > named ? fmt::format(" and {} more", run.others.size() - named) : std::string();
  const std::string files = fmt::format(
      "{}{}", fmt::join(run.others.begin(), run.others.begin() + static_cast<std::ptrdiff_t>(named), ", "), more);
  const std::size_t n = run.others.size();
  if (nothing_but_others(run)) {
    std::cerr << fmt::format("ragft: no spec found: the {} YAML or JSON file{} found in the folders given {} no "
                             "ragft spec ({}); a spec has the keys `ragft: 1`, `project` and `facts` (`ragft ask "
                             "--save FILE` writes one)\n",
                             n, n == 1 ? "" : "s", n == 1 ? "is" : "are", files);
    return;
  }
  std::cerr << fmt::format("ragft: passed over {} file{} found in the folders given that {} no ragft spec (no key "
                           "`ragft`, `project` or `facts`): {}; name a file to score it as a spec\n",
                           n, n == 1 ? "" : "s", n == 1 ? "is" : "are", files);
}

// The closing lines: the portfolio (with --summary), then `N scored, M failed` where no text
// output on standard output has shown it: on stdout with --summary, else on stderr.
void print_closing(const Run& run) {
  const int total = run.summary.scored + run.summary.failed;
  if (run.options.summary) {
    render_portfolio(std::cout, run.portfolio);
    std::cout << summary_text(run.summary) << '\n';
  } else if (!writes_text_to_stdout(run) && (total > 1 || run.summary.failed > 0)) {
    std::cerr << summary_text(run.summary) << '\n';
  }
}

int exit_code(const Run& run) {
  if (run.summary.failed > 0 || nothing_but_others(run)) {
    return 2;
  }
  if (run.options.no_fail) {
    return 0;
  }
  const auto fail_on = static_cast<std::size_t>(*parse_severity(run.options.fail_on));
  for (std::size_t s = fail_on; s < run.summary.findings.size(); ++s) {
    if (run.summary.findings[s] > 0) {
      return 1;
    }
  }
  return 0;
}

int run_score(const ScoreOptions& options) {
  const std::atomic<bool>& interrupted = interrupt_flag(); // first, so no temporary file outlives a signal
  std::ios::sync_with_stdio(false);
  const RuleBase& rules = load_rules(options.rules);
  Inputs inputs(options.files, options.stdin_name);
  Run run{options, make_outputs(options, inputs.several()), {}, {}, {}};
  const StdinInput stdin_input = read_stdin_if_needed(options.files, options.max_file_size);
  if (interrupted) {
    std::cerr << "ragft: interrupted; no output file was written\n";
    return interrupted_exit_code();
  }
  std::optional<Perturber> perturber; // its draws are made once, for every file
  if (shows_analysis(options, run.outputs, inputs.several())) {
    perturber.emplace(rules);
  }
  BatchContext context{
      rules, stdin_input, options.stdin_name, options.summary, perturber ? &*perturber : nullptr, InputLimits{}};
  context.limits.max_bytes = options.max_file_size;
  MeasureCache measure_cache;
  context.measure = options.measure ? &measure_cache : nullptr;
  for (Output& o : run.outputs) {
    o.renderer->begin(*o.stream);
  }
  const int jobs = thread_count(options.jobs);
  ordered_parallel<FileOutcome>([&] { return inputs.next(); }, jobs, k_window_per_job * static_cast<std::size_t>(jobs),
                                [&](const InputItem& item) { return score_input(context, item); },
                                [&](FileOutcome& outcome) { report_file(run, outcome); }, interrupted);
  if (interrupted) {
    if (!interrupted_by_closed_output()) {
      std::cout.flush();
      std::cerr << "ragft: interrupted; no output file was written\n";
    }
    return interrupted_exit_code();
  }
  finish_outputs(run, options.force);
  say_others(run);
  print_closing(run);
  std::cout.flush();
  return exit_code(run);
}

} // namespace

void setup_score(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* sub = app.add_subcommand("score", "Score project spec files: rag, fine-tune or hybrid, and why");
  sub->footer(k_score_examples);
  sub->add_option("files", options->files,
                  "Spec files (YAML or JSON), ADRs (Markdown with a ragft block), folders (searched for "
                  "*.yaml, *.yml, *.json), or - for standard input")
      ->required();
  sub->add_option("-f,--format", options->formats, "Output format, NAME or NAME=FILE; repeat for several")
      ->type_name("NAME[=FILE]")
      ->allow_extra_args(false)
      ->default_str("text");
  sub->add_option("-j,--jobs", options->jobs, "Files scored in parallel (0 = one per core)")
      ->check(CLI::Range(0, k_max_jobs))
      ->default_str("0");
  sub->add_option("--stdin-name", options->stdin_name, "The file name that standard input (-) is reported as")
      ->default_str("<stdin>");
  sub->add_option("--fail-on", options->fail_on, "Exit 1 for contradictions at or above this severity")
      ->check(one_of({"error", "warning", "note"}))
      ->default_str("note");
  sub->add_option("--max-file-size", options->max_file_size, "Largest spec file read, in bytes")
      ->check(CLI::Range(std::size_t{1}, k_max_file_size))
      ->default_str("1048576");
  sub->add_flag("--force", options->force, "Replace output files (--format NAME=FILE) that already exist");
  sub->add_flag("--no-fail", options->no_fail,
                "Exit 0 even when decisions contradict their facts (errors still exit 2)");
  sub->add_flag("--measure", options->measure,
                "Fill unknown facts from the spec's repository (see `ragft measure`) "
                "and warn where stated and measured facts differ");
  sub->add_flag("--summary", options->summary,
                "Print a portfolio summary: counts per verdict and the facts driving them");
  sub->add_flag("--details", options->details, "Text: the detailed view for every file, not a table");
  sub->add_flag("--no-charts", options->no_charts,
                "Markdown: leave out the Mermaid charts and their tables (the other tables stay)");
  sub->add_option("--rules", options->rules, "Rule base to use instead of the built-in one")->type_name("FILE");
  sub->add_option("--reasons", options->reasons, "Reasons shown per verdict in text output (0 = all)")
      ->check(CLI::Range(0, 1000))
      ->default_str("6");
  sub->add_flag("--no-color", options->no_color, "Never colour the output (also: NO_COLOR, TERM=dumb)");
  sub->callback([options, &exit_code] { exit_code = run_score(*options); });
}

} // namespace ragft::cli
