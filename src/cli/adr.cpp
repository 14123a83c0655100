// `ragft adr new --from SPEC`: write the next ADR of the repository's ADR folder from a spec.

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include <fmt/format.h>

#include <ragft/adr/writer.hpp>
#include <ragft/base/names.hpp>
#include <ragft/engine/project.hpp>
#include <ragft/explain/explain.hpp>
#include <ragft/explain/prices.hpp>
#include <ragft/render/charts.hpp>
#include <ragft/spec/spec.hpp>

#include "adr_inputs.hpp"
#include "atomic_file.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "measure_repo.hpp"
#include "repo_config_file.hpp"
#include "terminal.hpp"

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

struct AdrNewOptions {
  std::string from;
  std::string dir;
  std::string title;
  std::string rules;
  bool measure = false;
  bool no_charts = false;
};

constexpr const char* k_adr_new_footer = R"(Examples:
  ragft adr new --from specs/acme.yaml
  ragft adr new --from specs/acme.yaml --dir docs/decisions --title "Use RAG for the Acme assistant"

Writes the next-numbered MADR 4 record (numbering style from the folder's existing ADRs; without
--dir the folder is found as `ragft check` finds it, else docs/decisions is created): status
proposed, the spec's facts in the front matter, the three options with pros and cons from the
rationale, the recommended verdict as the chosen option, and a last section of Mermaid charts of
the scores and the cumulative cost (delete it freely; --no-charts leaves it out). An existing file
is never replaced.
Prints the new file's path. Exit codes: 0 written; 2 the spec is invalid, the file cannot be written,
or the search of the tree found several ADR folders (choose one with --dir).)";

std::string today() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:04}-{:02}-{:02}", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

Spec load_one_spec(const RuleBase& rules, const std::string& path) {
  Diagnostic error;
  const auto text = read_input(path, error);
  if (!text) {
    throw InputError(error);
  }
  std::vector<SpecDocument> documents = parse_specs(*text, path == "-" ? "<stdin>" : path, rules);
  if (documents.size() != 1) {
    throw InputError(Diagnostic{Location{path, 1, 1}, "an ADR records one project; this file holds several documents"});
  }
  if (const auto* diagnostic = std::get_if<Diagnostic>(&documents.front())) {
    throw InputError(*diagnostic);
  }
  return std::get<Spec>(documents.front());
}

// With no ADR folder where the ADR tools put one: the one a search of the tree finds, said on
// stderr; "" when none. Several are a choice for the user (--dir), not a guess.
std::string searched_adr_folder() {
  const std::vector<FoundAdrFolder> found = search_adr_tree(".");
  if (found.size() > 1) {
    throw std::invalid_argument(fmt::format(
        "several ADR folders found by searching the tree ({}); choose one with --dir", found_folders_text(found)));
  }
  if (found.empty()) {
    return "";
  }
  print_error(
      fmt::format("ragft: no ADR folder where the ADR tools put one; writing into {}, found by searching the tree",
                  found.front().path));
  return found.front().path;
}

// The folder `adr_folder` in `.ragft.yaml` names, if one; several are a choice to make with --dir.
std::string configured_adr_folder() {
  const std::optional<RepoConfig> config = find_repo_config();
  if (!config || config->adr_folders.empty()) {
    return "";
  }
  if (config->adr_folders.size() > 1) {
    throw std::invalid_argument(fmt::format("`adr_folder` in .ragft.yaml names several ADR folders ({}); choose one "
                                            "with --dir",
                                            fmt::join(config->adr_folders, ", ")));
  }
  return config->adr_folders.front();
}

std::string adr_folder(const std::string& dir) {
  if (!dir.empty()) {
    return dir;
  }
  if (std::string configured = configured_adr_folder(); !configured.empty()) {
    return configured;
  }
  std::string how;
  std::string folder = find_adr_folder(".", how);
  if (folder.empty()) {
    folder = searched_adr_folder();
  }
  if (folder.empty()) {
    folder = "docs/decisions";
    fs::create_directories(folder);
    print_error(fmt::format("ragft: no ADR folder found ({}); created {}", how, folder));
  }
  return folder;
}

std::vector<std::string> file_names(const std::string& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    names.push_back(entry.path().filename().string());
  }
  return names;
}

// `--measure`: the measured facts in place of the stated ones (a difference is told on stderr), and
// the `measure:` section that found them, with its paths written out, so `ragft check` measures
// the same places again.
Spec with_measurement(const RuleBase& rules, Spec spec, const std::string& from) {
  const MeasureTarget target = target_for_file(from == "-" ? "." : from, spec.measure);
  const Measurement m = measure_repository(target);
  const std::vector<MeasuredFact> measured = measured_facts(m, rules);
  for (const FactOriginEntry& e : fill_from_measurement(rules, spec, measured).origins) {
    if (e.differs) {
      std::cerr << fmt::format(
          "ragft: {}: `{}` is stated as {} but measured as {}; the ADR records the measured value\n", from, e.fact,
          e.stated, e.measured);
    }
  }
  spec = with_measured(rules, spec, measured);
  spec.measure = MeasureSection{true, m.knowledge_paths, m.example_paths, m.manifest_paths, spec.measure.where};
  return spec;
}

// The ADR's title (--title, or "Use <verdict> for <project>"), refused when it is not one line of
// text of a sensible length: the file would not read back as the same ADR.
std::string checked_title(const AdrNewOptions& options, const ResultEntry& entry) {
  std::string title = options.title.empty() ? default_adr_title(entry) : options.title;
  if (const std::string problem = name_problem(title); !problem.empty()) {
    throw std::invalid_argument(
        options.title.empty()
            ? fmt::format("{}: the title made from the project's name {}; pass --title TITLE", options.from, problem)
            : fmt::format("--title: the title {}; give one line of UTF-8 text, at most {} characters", problem,
                          k_max_name_chars));
  }
  return title;
}

int run_adr_new(const AdrNewOptions& options) {
  const RuleBase& rules = load_rules(options.rules);
  Spec spec = load_one_spec(rules, options.from);
  if (options.measure) {
    spec = with_measurement(rules, std::move(spec), options.from);
  }
  const ResultEntry entry = make_result_entry(rules, score_project(rules, spec));
  const std::string title = checked_title(options, entry);
  const std::string date = today();
  const std::string folder = adr_folder(options.dir);
  if (!fs::is_directory(folder)) {
    throw InputError(Diagnostic{Location{folder, 0, 0}, "is not a folder; create it or pass another --dir"});
  }
  const std::string path = (fs::path(folder) / next_adr_file_name(file_names(folder), title, date)).string();
  AdrDraft draft{title, date, ""};
  if (!options.no_charts) {
    draft.appendix =
        adr_charts_section(entry, make_spec_cost_report(rules, spec, entry.verdict, default_price_sheet()));
  }
  const std::string text = write_adr(rules, spec, entry, draft);
  if (const std::string problem = adr_read_back_problem(rules, text, spec, entry.verdict, title); !problem.empty()) {
    throw InputError(
        Diagnostic{Location{path, 0, 0}, fmt::format("not written: {}; change the spec or --title", problem)});
  }
  const std::string error = write_file_atomically(path, text, false);
  if (!error.empty()) {
    throw InputError(Diagnostic{Location{path, 0, 0}, error});
  }
  std::cout << path << '\n';
  return 0;
}

} // namespace

void setup_adr(CLI::App& app, int& exit_code) {
  CLI::App* adr = app.add_subcommand("adr", "Architecture decision records: write a new one from a spec");
  adr->require_subcommand(1);
  adr->footer("Examples:\n  ragft adr new --from specs/acme.yaml");
  auto options = std::make_shared<AdrNewOptions>();
  CLI::App* sub = adr->add_subcommand("new", "Write the next ADR (MADR 4) of the ADR folder from a spec file");
  sub->footer(k_adr_new_footer);
  sub->add_option("--from", options->from, "The spec file the ADR records (- reads standard input)")->required();
  sub->add_option("--dir", options->dir, "The ADR folder (default: found as `ragft check` finds it)");
  sub->add_option("--title", options->title, "The title (default: \"Use <verdict> for <project>\")");
  sub->add_option("--rules", options->rules, "Rule base to use instead of the built-in one")->type_name("FILE");
  sub->add_flag("--measure", options->measure,
                "Record the facts measured in the repository (see `ragft measure`) "
                "and the `measure:` section, so `ragft check` notices drift");
  sub->add_flag("--no-charts", options->no_charts, "Leave out the section of Mermaid charts (scores, cumulative cost)");
  sub->callback([options, &exit_code] { exit_code = run_adr_new(*options); });
}

} // namespace ragft::cli
