// `ragft check [PATH...]`: the CI check on architecture decision records. Reads the ADRs, scores
// again those that carry facts, and reports where a recorded decision and its facts disagree.

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <iterator>

#include <fmt/format.h>

#include <ragft/adr/check.hpp>
#include <ragft/adr/decision_log.hpp>
#include <ragft/adr/findings.hpp>
#include <ragft/adr/search.hpp>
#include <ragft/render/check.hpp>

#include "adr_inputs.hpp"
#include "artifact_base.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "measure_repo.hpp"
#include "outputs.hpp"
#include "repo_config_file.hpp"
#include "terminal.hpp"
#include "usage_hints.hpp"

namespace ragft::cli {

namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::vector<std::string> formats;
  std::string rules;
  std::string fail_on = "warning";
  bool no_fail = false;
  bool verbose = false;
  bool no_color = false;
  bool force = false;
  bool no_charts = false;
};

constexpr const char* k_check_footer =
    R"(With no PATH, the ADR folder is found as the ADR tools find it: .adr-dir, .log4brains.yml
(adrFolder, and each package's), then docs/decisions, docs/adr, doc/adr, docs/architecture/decisions,
doc/architecture/decisions, adr/, with the other folders named for ADRs that a search of the tree
finds (not in an archive; only named when .adr-dir or .log4brains.yml names the folder); else the
tree is searched (to depth 6, not node_modules, vendor, build output, examples or tests) for folders
named adr, adrs, *-adrs, decisions, decision-records, ... and for numbered ADR files
(adr-001-*.md), and says what it found on stderr. Sub-folders are
searched; README, LICENSE, CHANGELOG, CONTRIBUTING,
CODE_OF_CONDUCT, templates and notes (no number in the name, no status, decision or facts) are
skipped, and an index.md is an ADR only when its folder holds no other (--verbose says why each file
was skipped). A PATH that is a folder not named for ADRs (docs, .) is narrowed to the ADR folders
found in it, as above; its other Markdown files are not ADRs. The working folder or a repository's
top folder that holds no ADR folder is not read whole: no ADR folder found (exit 2), as with no PATH.
A folder that holds no ADR is an error (exit 2); ADRs in AsciiDoc, reStructuredText or MDX are
named on stderr as not read (ragft reads Markdown). A decision log kept in one file (sections
`## ADR-001: ...`, `## Decision 2: ...`) is read as one ADR per section, named file#anchor; one
outside the ADR folders (DECISIONS.md) is read when named.

An ADR takes part when it carries facts: a `ragft:` key in its front matter, or a fenced ```ragft
block (a spec without the `ragft: 1` line). Its recorded decision is read from the block's
`decision`, MADR's `Chosen option: "..."`, or the first sentence of its Decision section. An ADR
without facts never fails the check (at most a note).

Examples:
  ragft check
  ragft check docs/decisions --format github --format sarif=ragft.sarif
  ragft check --format junit=ragft-junit.xml --fail-on error

Formats: text, json, jsonl, csv, markdown, sarif, github, junit (NAME or NAME=FILE, repeatable).

A finding that is known and accepted is silenced in the ADR itself: `ragft-ignore` in its ragft block
lists rule ids, each with a `reason`, e.g.
  ragft-ignore: [{rule: adr-decision-contradicts, reason: "piloting fine-tuning on purpose"}]

Exit codes: 0 no finding at or above --fail-on (default: warning); 1 such findings; 2 an ADR cannot
be read or its ragft block is invalid, no ADR folder, or a usage error. --fail-on defaults to warning
here, and to note in `ragft score`: an ADR's notes (such as an ADR without facts) are advice that
should not fail a build, while a spec's only findings are contradictions of its recorded decision.)";

using CheckOutput = BasicOutput<CheckRenderer>;

// The folder of the first ADR: the repository its locations are relative to when the check runs
// from outside one.
std::filesystem::path first_adr_folder(const std::vector<AdrRecord>& records) {
  return records.empty() ? std::filesystem::path{} : std::filesystem::path(records.front().file).parent_path();
}

CheckOutput make_output(const CheckOptions& options, const OutputSpec& spec, const ArtifactBase& base) {
  CheckOutput output;
  output.spec = spec;
  CheckRenderOptions render{false, options.verbose, !options.no_charts, *parse_severity(options.fail_on), base};
  render.color = spec.path.empty() && use_color(options.no_color, stdout);
  open_output(output, options.force);
  output.renderer = make_check_renderer(spec.format, render);
  return output;
}

// GitHub Actions: with `--format github`, the full Markdown report goes to `$GITHUB_STEP_SUMMARY`.
void add_step_summary(std::vector<CheckOutput>& outputs, bool charts) {
  if (const std::string path = step_summary_path(specs_of(outputs)); !path.empty()) {
    CheckRenderOptions markdown;
    markdown.charts = charts;
    outputs.push_back(appended_output(path, make_check_renderer(Format::markdown, markdown)));
  }
}

// A problem that keeps ADRs from being read: said on stderr now, and in every format at the end;
// it makes the run exit 2.
void add_input_error(CheckSummary& summary, Diagnostic problem, InputProblem kind) {
  print_error("ragft: " + problem.to_string());
  add_input_problem(summary, std::move(problem), kind);
}

// What to say of the decision logs kept in one file that the search found, when it found no ADR
// folder: a log is read only when named (many are an agent's notes rather than records a team
// reviews), each of its decision sections as an ADR.
std::string decision_logs_text(const std::vector<std::string>& logs) {
  if (logs.empty()) {
    return "";
  }
  constexpr std::size_t k_named = 3;
  const std::vector<std::string> named(logs.begin(),
                                       logs.begin() + static_cast<std::ptrdiff_t>(std::min(logs.size(), k_named)));
  const std::string more = logs.size() > k_named ? fmt::format(" and {} more", logs.size() - k_named) : "";
  return fmt::format("; found {} decision log(s) kept in one file ({}{}), not read unless named: name one to read each "
                     "of its decisions (its `## ADR-001: ...` or `## 1. ...` sections) as an ADR ({} check {}), or "
                     "give each decision its own file in an ADR folder (docs/decisions/0001-<title>.md)",
                     logs.size(), fmt::join(named, ", "), more, ragft_command(), logs.front());
}

// "No ADR folder found" in `root` (`.`: the working folder), where the ADR tools put one (`how`)
// nor by searching its tree; with the decision logs kept in one file that the search saw, and the
// ways to point ragft at the ADRs.
Diagnostic no_adr_folder_problem(const std::string& root, const std::string& how) {
  const std::string where = root == "." ? "" : " in " + root;
  return Diagnostic{Location{}, fmt::format("no ADR folder found{} (looked for {}; {}){}; give the ADR files or "
                                            "folders as arguments ({} check PATH...), or set adr_folder in .ragft.yaml",
                                            where, how, adr_search_description(),
                                            decision_logs_text(decision_logs_in_tree(root)), ragft_command())};
}

// True when `path` is where ragft itself looks for the ADR folder, the top folder of a repository
// (it holds `.git`) or the working folder, and is no ADR folder itself: not named for ADRs and
// holding no numbered Markdown file (`0001-use-rag.md`). Given and holding no ADR folder, its
// Markdown files are a repository's documents (README, guides, notes), not ADRs.
bool is_search_root(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(path, ec) || !(fs::exists(fs::path(path) / ".git", ec) || fs::equivalent(path, ".", ec))) {
    return false;
  }
  const fs::path absolute = fs::absolute(path, ec).lexically_normal();
  const std::string name = (absolute.filename().empty() ? absolute.parent_path() : absolute).filename().string();
  if (is_adr_folder_name(name)) {
    return false;
  }
  for (const fs::directory_entry& entry : fs::directory_iterator(path, ec)) {
    if (entry.is_regular_file(ec) && (is_numbered_markdown_file(entry.path().filename().string()) ||
                                      is_adr_numbered_file(entry.path().filename().string()))) {
      return false;
    }
  }
  return true;
}

// The folders ragft found and reads in place of the one the ADR tools would name: those the search
// of the tree finds (`given` empty), or the ADR folders in a folder given that is none (`given`,
// with `outside`, its other Markdown files). Said on stderr once the ADRs are read, so that the line
// leaves out a folder then found to hold drafts, plans or notes, said on a line of its own.
// The line of the ADR folders the search finds beside those where the ADR tools put them
// (`conventional`) is said then too: `folders` those read with them, `not_read` those only named.
struct FoundFoldersLine {
  std::string given;
  std::vector<FoundAdrFolder> folders;
  std::vector<SkippedFile> outside;
  std::vector<std::string> conventional; // not empty: the line of the folders found beside these
  std::vector<FoundAdrFolder> not_read;
};

// No ADR folder where the ADR tools put one: the folders a search of the tree finds (said on
// stderr, a guess the user should see, once they are read: `lines`), or the problem that says where
// ragft looked (and which decision logs kept in one file it saw).
std::vector<std::string> searched_adr_paths(const std::string& how, std::vector<FoundAdrFolder>& found,
                                            std::vector<FoundFoldersLine>& lines, CheckSummary& summary) {
  found = search_adr_tree(".");
  if (found.empty()) {
    add_input_error(summary, no_adr_folder_problem(".", how), InputProblem::no_adr_folder);
    return {};
  }
  lines.push_back(FoundFoldersLine{"", found, {}, {}, {}});
  return adr_paths_of(found);
}

std::string searched_text(const std::vector<FoundAdrFolder>& found) {
  return fmt::format("ragft: no ADR folder where the ADR tools put one; checking the ADRs found by searching the "
                     "tree: {} (give PATH... or set adr_folder in .ragft.yaml to choose)",
                     found_folders_text(found));
}

// What stderr says of a folder given that is not named for ADRs but holds the ADR folders `within`,
// read in its place; `outside` are the Markdown files in it but outside those folders.
std::string narrowed_text(const std::string& path, const std::vector<FoundAdrFolder>& within,
                          const std::vector<SkippedFile>& outside) {
  std::string text = fmt::format("ragft: {} is not an ADR folder; checking the ADR folders in it: {}", path,
                                 found_folders_text(within));
  if (outside.empty()) {
    return text;
  }
  return fmt::format("{} (the {} other Markdown file{} in it {} not ADRs: --verbose names {}; name a file to read "
                     "it as one)",
                     text, outside.size(), outside.size() == 1 ? "" : "s", outside.size() == 1 ? "is" : "are",
                     outside.size() == 1 ? "it" : "them");
}

// The paths given, each folder that holds ADR folders below it replaced by them (said on stderr:
// the research notes, plans and daily notes beside an ADR folder are no ADRs, added to `outside`);
// those found by their files are added to `found`.
std::vector<std::string> given_adr_paths(const std::vector<std::string>& given, std::vector<FoundAdrFolder>& found,
                                         std::vector<SkippedFile>& outside, std::vector<FoundFoldersLine>& lines,
                                         CheckSummary& summary) {
  std::vector<std::string> paths;
  for (const std::string& path : given) {
    std::vector<FoundAdrFolder> within = adr_folders_within(path);
    if (within.empty() && is_search_root(path)) {
      add_input_error(summary, no_adr_folder_problem(path, adr_tool_places()), InputProblem::no_adr_folder);
      continue;
    }
    if (within.empty()) {
      paths.push_back(path);
      continue;
    }
    const std::vector<SkippedFile> beside = files_outside(path, within);
    lines.push_back(FoundFoldersLine{path, within, beside, {}, {}});
    outside.insert(outside.end(), beside.begin(), beside.end());
    const std::vector<std::string> read = adr_paths_of(within);
    paths.insert(paths.end(), read.begin(), read.end());
    std::copy_if(within.begin(), within.end(), std::back_inserter(found),
                 [](const FoundAdrFolder& f) { return !f.by_name || f.beside; });
  }
  return paths;
}

// What stderr says of the ADR folders the search of the tree finds beside those where the ADR tools
// put them (`conventional`): those read with them (`read`) and those not read (`named`); "" when none.
std::string beside_text(const std::vector<std::string>& conventional, const std::vector<FoundAdrFolder>& read,
                        const std::vector<FoundAdrFolder>& named) {
  if (read.empty() && named.empty()) {
    return "";
  }
  if (named.empty()) {
    return fmt::format("ragft: checking {} and the other ADR folders found by searching the tree: {} (give PATH... "
                       "or set adr_folder in .ragft.yaml to choose)",
                       fmt::join(conventional, ", "), found_folders_text(read));
  }
  if (read.empty()) {
    return fmt::format("ragft: checking {}; other ADR folders found by searching the tree are not checked: {} "
                       "(give PATH... or list them in adr_folder in .ragft.yaml to check them)",
                       fmt::join(conventional, ", "), found_folders_text(named));
  }
  return fmt::format("ragft: checking {} and the other ADR folders found by searching the tree: {}; not "
                     "checked: {} (give PATH... or set adr_folder in .ragft.yaml to choose)",
                     fmt::join(conventional, ", "), found_folders_text(read), found_folders_text(named));
}

// The ADR folders the search of the tree finds beside those where the ADR tools put them: those
// read with them (named for ADRs, outside an archive) and those not read, said on stderr in one line
// once the ADRs are read (`lines`).
std::vector<FoundAdrFolder> adr_folders_beside(const std::vector<std::string>& folders, const std::string& how,
                                               std::vector<FoundFoldersLine>& lines) {
  OtherAdrFolders others = other_adr_folders(".", folders, how);
  if (others.read.empty() && others.named.empty()) {
    return {};
  }
  lines.push_back(FoundFoldersLine{"", others.read, {}, folders, others.named});
  return std::move(others.read);
}

// The ADR paths to read: those given (a folder that holds ADR folders narrowed to them, the files
// outside them in `outside`), the repository's ADR folders, or what the search of the tree finds
// (then `found`); none, with the problem in `summary`, when nothing is found.
std::vector<std::string> adr_paths(const CheckOptions& options, std::vector<FoundAdrFolder>& found,
                                   std::vector<SkippedFile>& outside, std::vector<FoundFoldersLine>& lines,
                                   CheckSummary& summary) {
  if (!options.paths.empty()) {
    return given_adr_paths(options.paths, found, outside, lines, summary);
  }
  std::string how;
  std::vector<std::string> folders = find_adr_folders(".", how);
  if (folders.empty()) {
    return searched_adr_paths(how, found, lines, summary);
  }
  if (options.verbose) {
    print_error(fmt::format("ragft: checking the ADRs in {} (found by {})", fmt::join(folders, ", "), how));
  }
  std::vector<FoundAdrFolder> beside = adr_folders_beside(folders, how, lines);
  for (FoundAdrFolder& f : beside) {
    folders.push_back(f.path);
  }
  found.insert(found.end(), beside.begin(), beside.end());
  return folders;
}

// The ADRs of one file: one, or each decision of a decision log kept in one file.
std::vector<AdrRecord> read_file_records(const InputItem& item, const RuleBase& rules) {
  AdrRecord record;
  record.file = item.path;
  Diagnostic error;
  std::optional<std::string> text;
  if (item.error.empty()) {
    text = read_input(item.path, error);
  } else {
    error = Diagnostic{Location{item.path, 0, 0}, item.error};
  }
  if (!text) {
    record.unreadable = true;
    record.errors.push_back(error);
    return {std::move(record)};
  }
  return read_adr_file(*text, item.path, rules);
}

// The ADRs, read, with each supersession resolved on both sides.
std::vector<AdrRecord> read_records(const std::vector<InputItem>& items, const RuleBase& rules) {
  std::vector<AdrRecord> records;
  records.reserve(items.size());
  for (const InputItem& item : items) {
    std::vector<AdrRecord> read = read_file_records(item, rules);
    std::move(read.begin(), read.end(), std::back_inserter(records));
  }
  resolve_supersession(records);
  return records;
}

int exit_code(const CheckOptions& options, const CheckSummary& summary) {
  if (!run_completed(summary)) {
    return 2;
  }
  if (options.no_fail) {
    return 0;
  }
  const auto fail_on = static_cast<std::size_t>(*parse_severity(options.fail_on));
  for (std::size_t s = fail_on; s < summary.findings.size(); ++s) {
    if (summary.findings[s] > 0) {
      return 1;
    }
  }
  return 0;
}

void finish(std::vector<CheckOutput>& outputs, const CheckSummary& summary, bool force) {
  for (CheckOutput& o : outputs) {
    finish_output(o, summary, force);
  }
}

bool text_on_stdout(const std::vector<CheckOutput>& outputs) {
  return std::any_of(outputs.begin(), outputs.end(), [](const CheckOutput& o) {
    return o.spec.path.empty() && (o.spec.format == Format::text || o.spec.format == Format::markdown);
  });
}

// The options with what `.ragft.yaml` sets where no flag did.
CheckOptions with_repo_config(CheckOptions options, const std::optional<RepoConfig>& config, bool fail_on_given) {
  if (!config) {
    return options;
  }
  if (options.rules.empty() && config->rules) {
    options.rules = *config->rules;
  }
  if (options.paths.empty()) {
    options.paths = config->adr_folders;
  }
  if (!fail_on_given && config->fail_on) {
    options.fail_on = *config->fail_on;
  }
  return options;
}

// A path given that does not exist (a file item the walk did not find): nothing is there to read,
// so it is said as no ADR read, with the nearest path that does exist, not as an unreadable ADR.
std::optional<Diagnostic> path_not_found(const InputItem& item) {
  std::error_code ec;
  if (!item.error.empty() || item.path == "-" ||
      std::filesystem::exists(std::filesystem::symlink_status(item.path, ec))) {
    return std::nullopt;
  }
  Diagnostic error;
  if (read_input(item.path, error)) {
    return std::nullopt; // made in the meantime: read as an ADR
  }
  return error;
}

// The ADR files to read, and the files passed over; `ignored` gets those `.ragft.yaml` leaves out.
// A folder that cannot be searched, or a path that does not exist, is said on stderr and counted
// (exit 2), never as an ADR.
AdrInputs adr_inputs(const std::vector<std::string>& paths, const std::optional<RepoConfig>& config,
                     CheckSummary& summary, std::vector<std::string>& ignored) {
  AdrInputs inputs = expand_adr_inputs(paths);
  std::erase_if(inputs.items, [&](const InputItem& item) {
    if (!item.error.empty()) {
      add_input_error(summary, Diagnostic{Location{item.path, 0, 0}, item.error}, InputProblem::folder_unsearchable);
      return true;
    }
    if (auto missing = path_not_found(item)) {
      add_input_error(summary, std::move(*missing), InputProblem::path_not_found);
      return true;
    }
    const bool ignore = config && is_ignored(*config, item.path);
    if (ignore) {
      ignored.push_back(item.path);
    }
    return ignore;
  });
  return inputs;
}

// Each folder of `paths` that holds none of the ADRs `held`: an error (exit 2), but for one found
// beside the ADR tools' folders (`found`, `beside`), which is said on stderr and not checked.
void say_folders_without_adrs(const std::vector<std::string>& paths, const std::vector<FoundAdrFolder>& found,
                              const std::vector<std::string>& held, const std::vector<SkippedFile>& skipped,
                              CheckSummary& summary) {
  std::vector<std::string> required;
  std::copy_if(paths.begin(), paths.end(), std::back_inserter(required), [&](const std::string& path) {
    return std::none_of(found.begin(), found.end(),
                        [&](const FoundAdrFolder& f) { return f.beside && f.path == path; });
  });
  for (Diagnostic& problem : folders_without_adrs(required, held, skipped)) {
    add_input_error(summary, std::move(problem), InputProblem::folder_without_adrs);
  }
  for (const FoundAdrFolder& f : found) {
    if (f.beside && folders_without_adrs({f.path}, held, skipped).size() == 1) {
      std::cerr << fmt::format("ragft: {}: found by searching the tree, but holds no ADR of its own (--verbose says "
                               "why each file was skipped); not checked\n",
                               f.path);
    }
  }
}

// The paths a person named: `paths` but the files the search found named `adr-` without a number
// (`adr-draft-spec.md` beside `adr-001-x.md`), which may be notes beside the ADRs, as in any ADR folder.
std::vector<std::string> named_paths(std::vector<std::string> paths, const std::vector<FoundAdrFolder>& found) {
  std::erase_if(paths, [&](const std::string& path) {
    const std::string_view name = std::string_view(path).substr(path.rfind('/') + 1);
    return !is_adr_numbered_file(name) && is_adr_named_file(name) &&
           std::any_of(found.begin(), found.end(), [&](const FoundAdrFolder& f) {
             return std::find(f.files.begin(), f.files.end(), path) != f.files.end();
           });
  });
  return paths;
}

// The lines that name the folders found (`lines`), each without those of `dropped`; a line left
// with no folder is not said (the lines of the folders dropped say why), and the line of the folders
// found beside the ADR tools' ones names only those still read and those not read.
void say_found_folders(const std::vector<FoundFoldersLine>& lines, const std::vector<std::string>& dropped) {
  for (const FoundFoldersLine& line : lines) {
    std::vector<FoundAdrFolder> kept;
    std::copy_if(line.folders.begin(), line.folders.end(), std::back_inserter(kept), [&](const FoundAdrFolder& f) {
      return std::find(dropped.begin(), dropped.end(), f.path) == dropped.end();
    });
    if (!line.conventional.empty()) {
      if (const std::string text = beside_text(line.conventional, kept, line.not_read); !text.empty()) {
        print_error(text);
      }
    } else if (!kept.empty()) {
      print_error(line.given.empty() ? searched_text(kept) : narrowed_text(line.given, kept, line.outside));
    }
  }
}

// Drops, from the records read, the files that are no ADRs of their own: notes beside the ADRs,
// copies of ADRs read elsewhere, translations of ADRs read (held: a folder of translations holds
// ADRs), and folders found by numbered files none of which is an ADR (their paths added to
// `dropped`); the lines that say why each of those folders was dropped.
std::vector<std::string> drop_read_non_adrs(std::vector<AdrRecord>& records, const std::vector<std::string>& paths,
                                            const std::vector<FoundAdrFolder>& found, std::vector<SkippedFile>& skipped,
                                            std::vector<std::string>& held, std::vector<std::string>& dropped) {
  drop_notes(records, named_paths(paths, found), skipped);
  drop_copies(records, found, skipped);
  const std::vector<std::string> translations = drop_translations(records, paths, skipped);
  held.insert(held.end(), translations.begin(), translations.end());
  return drop_folders_of_notes(records, dropped, found, skipped);
}

// Says on stderr the folders found (`lines`) but those dropped and those found beside the ADR
// tools' folders that hold no ADR of their own (each said on a line of its own: the `dropped_lines`
// here, the others by say_folders_without_adrs).
void say_folders_read(const std::vector<FoundFoldersLine>& lines, std::vector<std::string> dropped,
                      const std::vector<std::string>& dropped_lines, const std::vector<FoundAdrFolder>& found,
                      const std::vector<std::string>& held, const std::vector<SkippedFile>& skipped) {
  for (const FoundAdrFolder& f : found) {
    if (f.beside && folders_without_adrs({f.path}, held, skipped).size() == 1) {
      dropped.push_back(f.path);
    }
  }
  say_found_folders(lines, dropped);
  for (const std::string& line : dropped_lines) {
    std::cerr << fmt::format("ragft: {}\n", line);
  }
}

// The ADRs of `paths`, read, without the notes kept beside them; with --verbose, each file passed
// over is named with the reason. ADRs in a format ragft does not read are said on stderr, and so is
// a folder that holds no ADR, which is counted (exit 2).
std::vector<AdrRecord> read_adrs(const CheckOptions& options, const std::optional<RepoConfig>& config,
                                 const RuleBase& rules, CheckSummary& summary) {
  std::vector<FoundAdrFolder> found;
  std::vector<SkippedFile> outside;
  std::vector<FoundFoldersLine> lines; // said once the ADRs are read
  const std::vector<std::string> paths = adr_paths(options, found, outside, lines, summary);
  std::vector<std::string> held; // the ADRs, read or left out by `ignore:`
  AdrInputs inputs = adr_inputs(paths, config, summary, held);
  inputs.skipped.insert(inputs.skipped.end(), outside.begin(), outside.end());
  std::stable_sort(inputs.skipped.begin(), inputs.skipped.end(),
                   [](const SkippedFile& a, const SkippedFile& b) { return a.path < b.path; });
  std::vector<AdrRecord> records = read_records(inputs.items, rules);
  std::vector<std::string> dropped;
  const std::vector<std::string> dropped_lines =
      drop_read_non_adrs(records, paths, found, inputs.skipped, held, dropped);
  std::transform(records.begin(), records.end(), std::back_inserter(held), [](const AdrRecord& r) { return r.file; });
  say_folders_read(lines, dropped, dropped_lines, found, held, inputs.skipped);
  const bool by_files_only =
      std::none_of(found.begin(), found.end(), [](const FoundAdrFolder& f) { return f.by_name; });
  if (!found.empty() && by_files_only && held.empty()) { // held: the ADRs read, or left out by `ignore:`
    // every folder it found by its numbered files was dropped (one found by its name that holds
    // no ADR is said by `folders_without_adrs`)
    add_input_error(summary,
                    Diagnostic{Location{}, "the search of the tree found no ADR: the numbered files it found are "
                                           "not ADRs; give the ADR files or folders as arguments (ragft check "
                                           "PATH...), or set adr_folder in .ragft.yaml"},
                    InputProblem::no_adr_folder);
  }
  if (options.verbose) {
    for (const SkippedFile& s : inputs.skipped) {
      std::cerr << fmt::format("ragft: skipped {}: {}\n", s.path, s.reason);
    }
  }
  if (const std::string unread = unread_formats_text(inputs.skipped, held); !unread.empty()) {
    std::cerr << unread << '\n';
  }
  say_folders_without_adrs(paths, found, held, inputs.skipped, summary);
  return records;
}

// Drift: an accepted ADR with a `measure:` section is measured again; `adr-basis-drifted` when
// today's values would change its verdict (error) or differ beyond the tolerance (note).
void add_drift(AdrEntry& entry, const AdrRecord& record, const RuleBase& rules, MeasureCache& cache) {
  if (!entry.result || record.status != AdrStatus::accepted || !record.spec || !record.spec->measure.present) {
    return;
  }
  const std::vector<MeasuredFact> measured = cache.facts(target_for_file(record.file, record.spec->measure), rules);
  std::optional<Finding> drift = basis_drift(rules, record, *record.spec, measured);
  if (!drift) {
    return;
  }
  const auto ignore = std::find_if(record.ignores.begin(), record.ignores.end(),
                                   [](const AdrIgnore& i) { return i.rule == k_adr_basis_drifted; });
  if (ignore != record.ignores.end()) {
    entry.suppressed.push_back(SuppressedFinding{std::move(*drift), ignore->reason});
  } else {
    entry.findings.push_back(std::move(*drift));
  }
}

int run_check(const CheckOptions& given, bool fail_on_given) {
  const std::optional<RepoConfig> config = find_repo_config();
  const CheckOptions options = with_repo_config(given, config, fail_on_given);
  const RuleBase& rules = load_rules(options.rules);
  const std::vector<OutputSpec> specs = parse_outputs(options.formats);
  CheckSummary summary;
  const std::vector<AdrRecord> records = read_adrs(options, config, rules, summary);
  const ArtifactBase base = artifact_base(first_adr_folder(records));
  std::vector<CheckOutput> outputs;
  outputs.reserve(specs.size() + 1); // and the step summary
  for (const OutputSpec& spec : specs) {
    outputs.push_back(make_output(options, spec, base));
  }
  add_step_summary(outputs, !options.no_charts);
  for (CheckOutput& o : outputs) {
    o.renderer->begin(*o.stream);
  }
  MeasureCache measure_cache;
  for (const AdrRecord& record : records) {
    AdrEntry entry = check_adr(record, rules);
    add_drift(entry, record, rules, measure_cache);
    add_to_summary(summary, entry);
    for (CheckOutput& o : outputs) {
      o.renderer->adr(*o.stream, entry);
    }
  }
  finish(outputs, summary, options.force);
  if (!text_on_stdout(outputs)) {
    std::cerr << check_summary_text(summary) << '\n';
    if (const auto next = check_next_step_text(summary)) {
      std::cerr << *next << '\n';
    }
  }
  std::cout.flush();
  return exit_code(options, summary);
}

} // namespace

void setup_check(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* sub = app.add_subcommand("check", "Check architecture decision records: does each recorded decision "
                                              "still follow from its facts?");
  sub->footer(k_check_footer);
  sub->add_option("paths", options->paths, "ADR files or folders (default: the repository's ADR folder)");
  sub->add_option("-f,--format", options->formats, "Output format, NAME or NAME=FILE; repeat for several")
      ->type_name("NAME[=FILE]")
      ->allow_extra_args(false)
      ->default_str("text");
  sub->add_option("--fail-on", options->fail_on, "Exit 1 for findings at or above this severity")
      ->check(one_of({"error", "warning", "note"}))
      ->default_str("warning");
  sub->add_flag("--no-fail", options->no_fail,
                "Exit 0 whatever the findings (unreadable or invalid ADRs still exit 2)");
  sub->add_option("--rules", options->rules, "Rule base to use instead of the built-in one")->type_name("FILE");
  sub->add_flag("-v,--verbose", options->verbose,
                "Also say what happened to each ADR: checked, skipped (and why), no facts");
  sub->add_flag("--force", options->force, "Replace output files (--format NAME=FILE) that already exist");
  sub->add_flag("--no-charts", options->no_charts,
                "Markdown: leave out the Mermaid charts and their tables (the other tables stay)");
  sub->add_flag("--no-color", options->no_color, "Never colour the output (also: NO_COLOR, TERM=dumb)");
  sub->callback(
      [options, sub, &exit_code] { exit_code = run_check(*options, sub->get_option("--fail-on")->count() > 0); });
}

} // namespace ragft::cli
