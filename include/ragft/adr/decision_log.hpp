#pragma once
// A decision log kept in one file: several decisions written as the sections of one Markdown file
// (`## ADR-001: Use Postgres`, `## Decision 2: …`, `## 003. …`; in a file named as a log,
// `DECISIONS.md`, `decision-log.md`, also `## 9. …`), each with its own status and decision, as a
// person reads them. Each section is read as an ADR of its own, named by its heading's anchor
// (`docs/adr/design-drift.md#adr-001-use-postgres`), its lines those of the file. A single ADR with
// `##` sub-headings stays one ADR. Pure: text in, records out.

#include <string>
#include <string_view>
#include <vector>

#include <ragft/adr/adr.hpp>

namespace ragft {

// One decision of a log: its heading (plain text), the heading's anchor as GitHub and GitLab make
// it (`adr-001-use-postgres`; `-1`, `-2` after a repeated one), the number it gives, and the
// byte range of its section in the text (from the heading's line to the next heading at its level
// or above).
struct LogSection {
  std::string heading;
  std::string anchor;
  long number = -1;
  int level = 2; // the heading's
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The decisions of `text` (valid UTF-8, no BOM) when it is a decision log: two or more headings at
// one level that open with a decision's number (`ADR-001`, `ADR 12`, `DEC-003`, `Decision 4`,
// `Entscheidung 2`, a zero-padded `001.`, or in a file named as a log any `9.` and any identifier of
// up to five letters, a dash and a number, `AD-001`), none of them a template's section (`## 2.
// Decision`). `path` is the file's name or path: a file named as a log is `DECISIONS.md`,
// `decision-log.md`, ..., or a `log.md` in a folder named so (`decisions/log.md`). Empty when it is
// none: fewer such headings, a file named by an ADR number (`0005-stack.md`, one ADR), or one whose
// level-1 title is itself a decision's number (`# ADR-005: Stack`, its `## Decision 1`, `## Decision
// 2` are its parts).
std::vector<LogSection> decision_log_sections(std::string_view text, std::string_view path);

// The anchor GitHub gives a heading: lowercased, spaces as `-`, punctuation but `-` and `_` left out,
// letters beyond ASCII kept (`ADR-001: Priorité LLM` gives `adr-001-priorité-llm`), punctuation and
// symbols beyond ASCII left out as well (`ADR-002 — Router → Planner ✅` gives `adr-002--router--planner-`).
std::string heading_anchor(std::string_view heading);

// Reads the ADRs of one file: each decision of a decision log (`decision_log_sections`) as its own
// record (`AdrRecord::section`, its title the section's heading, its lines the file's), else the
// file as one ADR (`read_adr`). A log whose status or ragft facts are written before its first
// decision (the front matter, the preamble) is one ADR: what it writes there holds for the whole.
std::vector<AdrRecord> read_adr_file(std::string_view text, std::string_view origin, const RuleBase& rules,
                                     const InputLimits& limits = InputLimits{});

} // namespace ragft
