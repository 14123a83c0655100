#pragma once
// Writing a new ADR (`ragft adr new`): a MADR 4 record of a project's RAG / fine-tuning decision,
// with its facts in the front matter, the three options with pros and cons taken from the
// rationale, and the recommended verdict as the chosen option. `ragft check` reads it back and
// finds it consistent.

#include <string>
#include <string_view>
#include <vector>

#include <ragft/report/report.hpp>
#include <ragft/rules/rule_base.hpp>
#include <ragft/spec/spec.hpp>

namespace ragft {

struct AdrDraft {
  std::string title;    // empty: "Use <verdict> for <project>"
  std::string date;     // YYYY-MM-DD
  std::string appendix; // Markdown added at the end (`adr new`: the charts section); may be empty
};

// The Markdown of the ADR for `spec`, scored as `entry`.
std::string write_adr(const RuleBase& rules, const Spec& spec, const ResultEntry& entry, const AdrDraft& draft);

// Why `text` (what `write_adr` made of `spec`, scored as `verdict`, titled `title`) would not be
// read back by `ragft check` as an ADR with that title, those facts and that decision: the reader's
// own message, or what differs; empty when it reads back the same. `adr new` checks this before it
// writes anything.
std::string adr_read_back_problem(const RuleBase& rules, std::string_view text, const Spec& spec, Verdict verdict,
                                  std::string_view title);

// The default title: "Use RAG for Acme support assistant".
std::string default_adr_title(const ResultEntry& entry);

// The file name of the next ADR among `existing` file names of one folder, in their numbering
// style: `0007-slug.md` after `0006-...`, `ADR-013-slug.md` after `ADR-012-...`, `20261122-slug.md`
// (`date` without dashes) after date-numbered ones; `0001-slug.md` in an empty folder.
std::string next_adr_file_name(const std::vector<std::string>& existing, std::string_view title, std::string_view date);

// `title` as a file-name slug: lowercase words joined by `-`, at most 100 characters.
std::string slug_of(std::string_view title);

} // namespace ragft
