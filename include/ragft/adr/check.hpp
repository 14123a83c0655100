#pragma once
// `ragft check`: the ADRs that carry facts are scored again, and what they record is compared with
// the verdict; the results are findings (adr_findings.hpp) in the report model that every output
// format renders. Pure: records in, entries out.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <ragft/adr/adr.hpp>
#include <ragft/report/findings.hpp>
#include <ragft/report/report.hpp>

namespace ragft {

// A finding that the ADR's `ragft-ignore` suppressed, with the reason it gives.
struct SuppressedFinding {
  Finding finding;
  std::string reason;
};

struct AdrEntry {
  std::string file;
  std::string section; // a decision of a log kept in one file: its heading's anchor (`AdrRecord::section`)
  std::string title;
  AdrStatus status = AdrStatus::none;
  std::string status_written; // as the file writes it
  bool has_facts = false;
  std::string skipped;     // why the facts were not scored ("superseded"); "" otherwise
  bool invalid = false;    // unreadable, or its ragft block is invalid (exit code 2)
  bool unreadable = false; // the file could not be read (so neither its facts)
  std::optional<AdrDecision> decision;
  std::optional<ResultEntry> result; // the verdict of the facts, when scored
  std::vector<Finding> findings;     // in the order of the file
  std::vector<SuppressedFinding> suppressed;
};

// What kept ADRs from being read: no ADR folder found (where the ADR tools put one, nor by the
// search of the tree), a folder that holds no ADR, a folder that could not be searched, a path
// given that does not exist.
enum class InputProblem { no_adr_folder, folder_without_adrs, folder_unsearchable, path_not_found };

struct CheckSummary {
  int adrs = 0;
  int scored = 0;
  int skipped = 0;                        // ADRs with facts not in force (superseded, rejected, ...)
  std::array<int, 7> skipped_by_status{}; // those by `AdrStatus`
  int without_facts = 0;
  int invalid = 0;
  // What kept ADRs from being read, said in every format: a folder that could not be searched or
  // holds no ADR (its path in `where.file`), or no ADR folder found at all (no path).
  std::vector<Diagnostic> input_errors;
  std::vector<InputProblem> input_kinds; // the kind of each of `input_errors`, for the closing line
  int unreadable = 0;                    // ADR files that could not be read (counted among `invalid`)
  int suppressed = 0;
  std::array<int, 3> findings{}; // by `Severity`
  VerdictCounts portfolio;       // the verdicts of the scored ADRs' facts, by confidence
};

// Marks as superseded the records that another record says it supersedes (supersession is often
// written on one side only). A target is matched by file name, stem, or ADR number.
void resolve_supersession(std::vector<AdrRecord>& records);

// The spec `check_adr` scores for `record` (which must carry valid facts): the ragft block's facts,
// with the decision read from the ADR's text (chosen option, Decision section) when the block sets
// none.
Spec adr_spec(const AdrRecord& record);

// The specs of the ADRs of one Markdown file (`read_adr_file`), as `ragft explain` reads them: for
// each ADR, its `adr_spec` named `adr_name`, or why it has none: its ragft block's errors, the
// facts written where they are not read (with what to change), or that it carries no ragft block.
std::vector<SpecDocument> adr_file_specs(std::string_view text, std::string_view origin, const RuleBase& rules);

// Checks one record against `rules`.
AdrEntry check_adr(const AdrRecord& record, const RuleBase& rules);

void add_to_summary(CheckSummary& summary, const AdrEntry& entry);

// Adds a problem that kept ADRs from being read (exit 2), of the kind `kind`.
void add_input_problem(CheckSummary& summary, Diagnostic problem, InputProblem kind);

// True when every input was read (no invalid ADR, no folder error): the check ran to completion
// (exit 0 or 1, SARIF's `executionSuccessful`); false means exit 2.
bool run_completed(const CheckSummary& summary);

// `5 ADR(s): 2 checked, 1 skipped as not in force (1 superseded), 2 without facts; 1 error(s), 0
// warning(s), 1 note(s); 1 suppressed`; what kept ADRs from being read is said as what happened
// (`no ADR folder found, so no ADR was checked; ...`, `..., 1 folder with no ADR (docs/adr)`).
std::string check_summary_text(const CheckSummary& summary);

} // namespace ragft
