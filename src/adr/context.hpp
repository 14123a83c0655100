#pragma once
// The state of reading one ADR, shared by the reader's files. Internal to the library.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include <ragft/adr/adr.hpp>

#include "adr/markdown_outline.hpp"

namespace ragft::adr_detail {

struct Context {
  AdrRecord& record;
  std::string_view text;
  const md::Document& document;
  const md::LineIndex& index;
  const RuleBase& rules;
  const InputLimits& limits; // for the YAML of the ragft block
  int sections_level = 2;    // the level of the ADR's sections (`## Context`); 3 for a decision of a
                             // log kept in one file, titled `## ADR-001: ...`

  // Where character `pos` of `block`'s text is in the file.
  Location at(const md::Block& block, std::size_t pos) const;
  Location at_offset(std::size_t offset) const;
};

// `read_adr`, for an ADR whose sections are headings of level `sections_level` (a decision of a log
// kept in one file, titled at level 2, has its sections at level 3).
AdrRecord read_adr_at(std::string_view text, std::string_view origin, const RuleBase& rules, const InputLimits& limits,
                      int sections_level);

// The ragft block of the front matter, if any, and its status, title and supersession keys.
void read_front_matter(Context& ctx);

// One key of a front matter (YAML, TOML or one read line by line), lowercased: `title`, `status`,
// `superseded-by` (`superseded_by`, `supersededBy`) and `supersedes` are read; others are not.
void read_front_matter_key(Context& ctx, std::string_view key, const std::string& value, const Location& where);

// The title, status and supersession keys of a YAML front matter that does not parse, from its
// top-level `key: value` lines.
void read_loose_front_matter(Context& ctx);

// The title, status and supersession keys of a TOML front matter (`+++`); facts written there
// (`ragft`, `[ragft]`) are said to be where they are not read.
void read_toml_front_matter(Context& ctx);

// A fenced ```ragft block, if any.
void read_fenced_facts(Context& ctx);

// Whether a code block's info string names a ragft block: `ragft`, `ragft title="..."`, or
// Pandoc's `{.ragft}`.
bool info_names_ragft(std::string_view info);

// The first tab in the indentation of a line of `text` (YAML whose first line is line
// `first_line` of `file`), after `prefix` (the indentation or quote marks of the block's fence):
// YAML indents with spaces only. yaml-cpp reads a tab there, but a spec file is refused for one
// (as other YAML tools refuse it), so the ragft block is too, with the same words.
std::optional<Diagnostic> indentation_tab(const std::string& file, std::string_view text, int first_line,
                                          std::string_view prefix);

// Parses YAML that starts at line `first_line` of the file, its columns shifted by `shift`;
// errors are recorded. Null on error.
std::optional<YAML::Node> load_at(Context& ctx, std::string_view yaml_text, int first_line, int shift);

// In an ADR without facts: facts written where ragft does not read them (a ```yaml or untagged
// code block, `facts:` at the front matter's top level), into `record.facts_elsewhere`.
void find_misplaced_facts(Context& ctx);

// Reads `node` (a ragft block whose YAML starts at `where`, its columns shifted by `shift`) into
// the record: the spec, or its errors, and the `ragft-ignore` entries.
void read_facts_node(Context& ctx, const YAML::Node& node, const Location& where, int shift);

// The recorded decision, from the contract's places in order.
void read_decision(Context& ctx);

// MADR's chosen option in block `i` (a paragraph, list item or heading): a line that opens with
// `Chosen option:` or its translation (`Gewählte Option:`, `Opción elegida:`, `Выбранный вариант:`,
// `选择的方案：`, …) gives the option after it, or, the label alone on its line, the option on the
// next line or in the block after it (the paragraph, or the list item nested under the label's).
std::optional<AdrDecision> chosen_option_in(Context& ctx, std::size_t i);

// In an ADR with no other place of its decision, the heading of the option it marks as chosen
// (`### Option B: Frontend-Only Implementation (Selected)`, `## Option 2 (chosen)`, `### ✅ Option A`):
// the heading, its mark left out, is the decision.
std::optional<AdrDecision> marked_option_heading(Context& ctx);

// The option of a Decision section's table (its header row at `header` in the document's blocks)
// whose one row a `Chosen`, `Selected` or `Decision` column marks (`✅`, `yes`, `Selected`); none
// when no row, or several, are marked.
std::optional<AdrDecision> table_choice(Context& ctx, std::size_t header);

// True when heading `i` of `blocks` titles a decision as a Decision heading with its subject
// (`## Decision: Embedding All Official Provider MCP Servers`) and its section holds a Decision
// heading of its own (`### Decision`): it is the decision's title, not its Decision section, and
// the metadata under it (`**Status**: …`) is read as a title's.
bool titles_decision(const std::vector<md::Block>& blocks, std::size_t i);

// The first sentence of `text` (up to `.`, `!` or `?` before a space or the end), lines joined.
std::string first_sentence_of(std::string_view text);

// The length of the first sentence of `text`: up to `.`, `!` or `?` before a space or the end, or a
// full-width `。`, `！`, `？` anywhere; a `.` that ends an abbreviation (`e.g.`, `z. B.`) ends none.
std::size_t first_sentence_length(std::string_view text);

// True when `text` opens with a label of what is not the decision, at most three words before a
// `:` ending in `Risk`, `Threat`, `Issue`, `Problem`, `Context`, ... (`Risk: attacker passes a URL
// ...`, `Security risk:`): the item or paragraph says what the decision answers, not what it decides.
bool opens_with_not_decision_label(std::string_view text);

// The length of the metadata lines `text` opens with, up to the text after them: lines that are
// each a label and its value, the label a status's (`**Status:** ✅ APPROVED for implementation`),
// a date's (`**Fecha implementación:** 2025-11-09`, `Decision date: …`) or the people's
// (`**Reviewers:** @team`, `Deciders:`, `Authors:`), `:` or `：` after it. 0 when `text` opens
// with none; `text`'s length when it is only such lines. A value's first sentence is its metadata:
// what follows it on its line (`Status: accepted. We use RAG.`) is text.
std::size_t metadata_lines_length(std::string_view text);

// The length of a decision label that opens `text` with the decision on its line (`Choice: Use
// RAG`, `**Decision:** Use RAG`, `We decided: RAG`, `Décision : …`): the position of the decision's
// text; 0 when `text` opens with none, or the label stands alone.
std::size_t decision_label_length(std::string_view text);

// True when `sentence` reports another party's advice (`The GovUK Notify team recommended that
// ...`, `The vendor advised us to ...`), not said by whoever decides (`We recommended ...`), and
// introduces nothing (no `:` at its end): why the decision was taken, not the decision
// (reported_advice.cpp).
bool reports_advice(std::string_view sentence);

// True when `b` is a label: one line of bold (or italic) text that ends in `:` (`**Rationale:**`),
// a reference in parentheses allowed between the bold words and the `:` (`**Hierarquia Oficial**
// (CLAUDE.md REGRA #8):`).
bool is_label_paragraph(const Context& ctx, const md::Block& b);

// A Decision section's first item, `decision` (read from block `i`), that is only a bold label of at
// most four words (`1. **Prompt Registry**`, `- **Groq**`) over items nested under it: the label and
// the first nested item's first sentence (`Groq: Treat LLM_BASE_URL as the full endpoint`), as a
// person reads on; the verdict, if the label names none, is the sentence's.
void read_label_item_on(const Context& ctx, std::size_t i, AdrDecision& decision);

// The decision a Decision section's sub-heading names (`### 1. Prioritise RAG`), numbering left out.
AdrDecision heading_decision(Context& ctx, const md::Block& heading);

// `decision`, read from the first item of a list right under the sub-heading a Decision section
// opens with, said as a part of what the sub-heading names: `NÃO Implementar: Otimização de N+1
// queries` (`### ❌ NÃO Implementar` then `1. ❌ Otimização de N+1 queries`), the numbering and the
// symbols that open each left out; the verdict is the sub-heading's, else the item's.
void name_by_sub_heading(const md::Block& heading, AdrDecision& decision);

// True when a sub-heading states a decision: it opens with a verb that adopts, moves onto or sets
// up what follows (`### Adopt "Fixture-First" Development Strategy`, `### Usar RAG`), and says more
// than the verb, or it is a statement of three words or more with a copula or modal (`### Stages
// are separate types, not optional fields`); a topic (`### Storage`), `### Use cases` and a question
// (`### Why not LangChain`) do not.
bool heading_states_decision(const md::Block& heading);

// A Decision section's first sentence, `decision` (read from block `i`), that ends in `:` with a
// word that leaves it open (`We will:`, `We have decided to:`, `Use a pipeline that:`) goes on in
// the list after it: the items' first sentences are added to its text, and when the sentence names
// no approach, the approaches the items name are its verdict (both: hybrid). A sentence complete
// before its `:` (`Use Vitest for unit tests:`) stays as written.
void read_list_after(const Context& ctx, std::size_t i, AdrDecision& decision);

// A Decision section's first sentence, `decision` (read from block `i`), complete before the `:` it
// ends with and naming no approach (`We chose the following technology stack:`), goes on in what it
// introduces, up to the next heading at `section_level` or above: each sub-heading and each list
// item's head (its label, else its first words) that names an approach is added to its text, and
// the approaches they name are its verdict (both: hybrid). A sub-heading or a label that says what
// follows was not chosen (`### Alternatives considered`, `**Rejected:**`, `### Risks`) ends it, and
// a sentence that weighs options (`We compared these options:`) is not read on.
void read_on_after(const Context& ctx, std::size_t i, int section_level, AdrDecision& decision);

// A Decision section's first sentence, `decision` (read from block `i`), that names what it chose
// only as `the following …` (`We will use the following model combination for the RAG pipeline:`,
// `Hemos decidido realizar los siguientes cambios estructurales:`), and that nothing after it was
// added to, says it in what follows: the first sentences of the list items right after it (or of
// the paragraph after it) are added to its text, as a person reads on. Its verdict stays as read.
// `the following reasons:` (benefits, risks, properties, steps, options, …) introduces no decision.
void read_following_after(const Context& ctx, std::size_t i, AdrDecision& decision);

// Status mentions and supersession links in the body; then the status they settle on.
void read_status(Context& ctx);

// True when the value of a supersession (`Superseded by: X`, front matter's `superseded_by: X`)
// names an ADR: not `None`, `n/a`, `-`, `TBD`, an empty string, nor a part of one (`section 3 of
// ADR-12`, the rest of which stays in force).
bool names_linked_adr(std::string_view value);

} // namespace ragft::adr_detail
