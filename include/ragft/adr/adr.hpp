#pragma once
// Architecture decision records (contract: "ADRs"): reading one Markdown ADR, in any of the common
// templates (MADR 2, 3 and 4, Nygard/adr-tools, log4brains), into what `ragft check` needs: its
// title, status, supersession links, the project facts it carries and the decision it records.
// Pure: the reader takes text and an origin name and never touches files.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/base/diagnostic.hpp>
#include <ragft/base/input_limits.hpp>
#include <ragft/model/verdict.hpp>
#include <ragft/rules/rule_base.hpp>
#include <ragft/spec/spec.hpp>

namespace ragft {

// The status of an ADR, normalised from its written forms (`Accepted`, `ACCEPTED`, `Superceded by
// ...`, `akzeptiert`, ...). `other` is a value ragft does not know (`on hold`); `none` no status.
enum class AdrStatus { none, proposed, accepted, rejected, deprecated, superseded, other };
std::string_view to_string(AdrStatus status);

// Reads a written status value (its first words); `other` when it is not a known one.
AdrStatus parse_adr_status(std::string_view written);

// A piece of text of the ADR and where it is.
struct AdrText {
  std::string text;
  Location where;
};

// "Supersedes X" (`by` false) or "Superseded by X" (`by` true); `target` is the link target or text.
struct AdrLink {
  std::string target;
  bool by = false;
  Location where;
};

// A `ragft-ignore` entry of the ADR's ragft block: findings of `rule` in this ADR are suppressed.
struct AdrIgnore {
  std::string rule;
  std::string reason;
  Location where;
};

// The decision the ADR records, from the contract's fixed places: the spec's `decision`, MADR's
// `Chosen option: "..."`, or the first sentence of a `Decision` section.
struct AdrDecision {
  std::string text;               // as written (the chosen option, or the sentence)
  std::string place;              // "decision key", "chosen option" or "decision section"
  std::optional<Verdict> verdict; // none: the text names no verdict (or names it ambiguously)
  Location where;
};

struct AdrRecord {
  std::string file;
  std::string section;      // a decision of a log kept in one file: its heading's anchor
                            // (`adr-001-use-postgres`, decision_log.hpp); "" for a file of one ADR
  long section_number = -1; // that decision's number (`ADR-001` gives 1); -1 when none
  std::optional<AdrText> title;
  AdrStatus status = AdrStatus::none;
  std::optional<AdrText> status_text;   // the written value the status was read from
  std::vector<AdrText> status_mentions; // every status the file writes, in order
  std::vector<AdrLink> links;
  std::optional<Location> facts_where;    // where the ragft block is; none: the ADR carries no facts
  std::optional<Spec> spec;               // the facts, when the block is valid
  std::optional<AdrText> facts_elsewhere; // an ADR without facts: ragft facts written where they are
                                          // not read (a ```yaml block, the front matter's top level),
                                          // where, and what to change
  std::vector<Diagnostic> errors;         // why the block is invalid, or why the file is unreadable
  bool unreadable = false;                // the file breaks the input limits (binary, too large, ...)
  std::vector<AdrIgnore> ignores;
  std::optional<AdrDecision> decision;
  std::optional<AdrDecision> prose_decision; // the prose's decision, when it names another verdict
                                             // than the ragft block's `decision`
  std::optional<Location> odd_bytes;         // the first byte that is not UTF-8 (read as U+FFFD)
  bool weighs_fine_tuning = false;           // its prose (not code) names fine-tuning anywhere
};

// How an ADR is named in reports: its file, or `file#anchor` for a decision of a log kept in one
// file (`docs/adr/design-drift.md#adr-001-use-postgres`, a link GitHub follows to its heading).
std::string adr_name(const std::string& file, const std::string& section);
std::string adr_name(const AdrRecord& record);

// Reads one ADR. `rules` gives the facts a ragft block may set. Never throws on bad input: an
// invalid ragft block is in `errors` with its line and column in the ADR file.
AdrRecord read_adr(std::string_view text, std::string_view origin, const RuleBase& rules,
                   const InputLimits& limits = InputLimits{});

// The verdict a decision's text names: RAG, fine-tuning (the aliases as whole words: `ft`), or a
// hybrid of both (both named, or "hybrid" with fine-tuning; "hybrid" alone, as in a hybrid cloud,
// names none). The first clause (split at `;` and ` but `) gives it; when that clause is a
// negation, the next one. Within a clause, what follows "rather than", "instead of", "not", "over" or
// "because" is left out (it names what was rejected), what follows "in favour of" is what was
// kept, and a clause that says "will not", "rejected", "decided against" names nothing. None when
// no verdict is named.
std::optional<Verdict> verdict_of_decision_text(std::string_view text);

} // namespace ragft
