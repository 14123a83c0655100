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
  std::string title;
  AdrStatus status = AdrStatus::none;
  std::string status_written;           // as the file writes it
  bool has_facts = false;
  std::string skipped;                  // why the facts were not scored ("superseded"); "" otherwise
  bool invalid = false;                 // unreadable, or its ragft block is invalid (exit code 2)
  std::optional<AdrDecision> decision;
  std::optional<ResultEntry> result;    // the verdict of the facts, when scored
  std::vector<Finding> findings;        // in the order of the file
  std::vector<SuppressedFinding> suppressed;
};

struct CheckSummary {
  int adrs = 0;
  int scored = 0;
  int skipped = 0;                      // ADRs with facts not in force (superseded, rejected, ...)
  std::array<int, 7> skipped_by_status{}; // those by `AdrStatus`
  int without_facts = 0;
  int invalid = 0;
  // What kept ADRs from being read, said in every format: a folder that could not be searched or
  // holds no ADR (its path in `where.file`), or no ADR folder found at all (no path).
  std::vector<Diagnostic> input_errors;
  int suppressed = 0;
  std::array<int, 3> findings{}; // by `Severity`
  VerdictCounts portfolio;       // the verdicts of the scored ADRs' facts, by confidence
};

// Marks as superseded the records that another record says it supersedes (supersession is often
// written on one side only). A target is matched by file name, stem, or ADR number.
void resolve_supersession(std::vector<AdrRecord>& records);

// Checks one record against `rules`.
AdrEntry check_adr(const AdrRecord& record, const RuleBase& rules);

void add_to_summary(CheckSummary& summary, const AdrEntry& entry);

// True when every input was read (no invalid ADR, no folder error): the check ran to completion
// (exit 0 or 1, SARIF's `executionSuccessful`); false means exit 2.
bool run_completed(const CheckSummary& summary);

// `5 ADR(s): 2 checked, 1 skipped as not in force (1 superseded), 2 without facts; 1 error(s), 0
// warning(s), 1 note(s); 1 suppressed`.
std::string check_summary_text(const CheckSummary& summary);

} // namespace ragft
