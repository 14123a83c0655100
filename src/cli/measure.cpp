// `ragft measure [PATH...]`: the facts a repository's own files can answer, each with how it was
// measured, as a spec fragment. A PATH is a repository folder, or a spec or ADR file whose
// `measure:` section says where to look.

#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include <ragft/adr/adr.hpp>
#include <ragft/render/measure.hpp>

#include "commands.hpp"
#include "input.hpp"
#include "measure_repo.hpp"
#include "usage_hints.hpp"

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

struct MeasureOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string rules;
};

constexpr const char* k_measure_footer =
    R"(With no PATH, the repository holding the current folder is measured. A PATH is a repository
folder, or a spec or ADR file: its `measure:` section says where to look (paths relative to the
repository's root). Otherwise `.ragft.yaml`'s `measure:` section, else the defaults:
  knowledge: [docs, knowledge]   documents (.md .markdown .mdx .txt .html .htm .pdf .rst)
  examples:  [data]              training examples (.jsonl .ndjson .json .csv)
  manifests: [.]                 dependency manifests, 3 folders deep

Measured: knowledge_base_docs (documents; bytes, words, estimated tokens against the ~200,000-token
long-context threshold), labeled_examples (distinct well-formed examples with an output),
knowledge_updates (mean interval between the last year's changes of the knowledge paths, to today);
evidence of a RAG prototype or a fine-tuning pipeline from dependency manifests. Only counts and
sizes are printed, never file contents. See docs/measure.md.

Examples:
  ragft measure
  ragft measure specs/acme.yaml --format json

Exit codes: 0 measured; 2 a PATH cannot be read, a spec or `measure:` section is invalid, or a usage error.)";

// The target of one PATH, or a diagnostic.
std::optional<MeasureTarget> target_of(const std::string& path, const RuleBase& rules, Diagnostic& error) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    return target_for_folder(path);
  }
  const auto text = read_input(path, error);
  if (!text) {
    return std::nullopt;
  }
  if (fs::path(path).extension() == ".md") {
    const AdrRecord record = read_adr(*text, path, rules);
    if (!record.errors.empty()) {
      error = record.errors.front();
      return std::nullopt;
    }
    return target_for_file(path, record.spec ? record.spec->measure : MeasureSection{});
  }
  const std::vector<SpecDocument> docs = parse_specs(*text, path, rules);
  if (const auto* bad = std::get_if<Diagnostic>(&docs.front())) {
    error = *bad;
    return std::nullopt;
  }
  return target_for_file(path, std::get<Spec>(docs.front()).measure);
}

int run_measure(const MeasureOptions& options) {
  const RuleBase& rules = load_rules(options.rules);
  const MeasureFormat format = *parse_measure_format(options.format);
  std::vector<MeasureReport> reports;
  int failed = 0;
  const std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{} : options.paths;
  if (paths.empty()) {
    reports.push_back(make_measure_report(measure_repository(target_for_folder(find_repository_root("."))), rules));
  }
  for (const std::string& path : paths) {
    Diagnostic error;
    if (const auto target = target_of(path, rules, error)) {
      reports.push_back(make_measure_report(measure_repository(*target), rules));
    } else {
      std::cerr << error.to_string() << '\n';
      ++failed;
    }
  }
  render_measure(std::cout, reports, format);
  std::cout.flush();
  return failed > 0 ? 2 : 0;
}

} // namespace

void setup_measure(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<MeasureOptions>();
  CLI::App* sub = app.add_subcommand("measure", "Measure facts in a repository's own files: documents, training "
                                                "examples, how often the knowledge changes");
  sub->footer(k_measure_footer);
  sub->add_option("paths", options->paths, "Repository folders, or spec or ADR files with a `measure:` section");
  sub->add_option("-f,--format", options->format, "Output format")
      ->check(one_of(measure_format_names()))
      ->default_str("text");
  sub->add_option("--rules", options->rules, "Rule base whose facts are measured (default: the built-in one)")
      ->type_name("FILE");
  sub->callback([options, &exit_code] { exit_code = run_measure(*options); });
}

} // namespace ragft::cli
