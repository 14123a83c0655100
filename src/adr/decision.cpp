// The decision an ADR records, from the contract's fixed places in order: the ragft block's
// `decision`; MADR's `Chosen option: "X"` line (chosen_option.cpp); the first sentence of a
// `Decision` section. Never guessed from keywords elsewhere.

#include <algorithm>
#include <array>

#include "adr/context.hpp"
#include "adr/words.hpp"

namespace ragft::adr_detail {

namespace {

using adr_words::trim;

// Full-width sentence ends, as Chinese and Japanese write them: `。`, `！`, `？`, `．`. They end a
// sentence where they stand: these languages put no space after them.
constexpr std::string_view k_full_width_ends[] = {"\u3002", "\uFF01", "\uFF1F", "\uFF0E"};

// The length of the full-width sentence end at `at` in `text`, or 0.
std::size_t full_width_end_at(std::string_view text, std::size_t at) {
  for (const std::string_view end : k_full_width_ends) {
    if (text.substr(at, end.size()) == end) {
      return end.size();
    }
  }
  return 0;
}

// Abbreviations whose `.` ends no sentence, as written before it (lowercased): `e.g.`, `i.e.`,
// Spanish `ej.` and `p. ej.`, German `z. B.`, `d. h.`, `u. a.`, `bzw.`, and `vs.`, `cf.`. The first
// letter of a two-part one (`z.` of `z. B.`) ends none when its second part follows.
constexpr std::string_view k_abbreviations[] = {"e.g", "i.e",  "eg",  "ie",   "ej",  "p. ej", "p.ej", "z. b",
                                                "z.b", "d. h", "d.h", "u. a", "u.a", "bzw",   "vs",   "cf"};
constexpr std::string_view k_first_parts[] = {"z. b.", "d. h.", "u. a.", "p. ej."};

// Whether the `.` at `at` ends an abbreviation rather than a sentence.
bool ends_abbreviation(std::string_view text, std::size_t at) {
  const std::string before = adr_words::lower(text.substr(0, at));
  for (std::string_view a : k_abbreviations) {
    if (before.ends_with(a) &&
        (before.size() == a.size() ||
         std::string_view(" (\"'\u201C").find(before[before.size() - a.size() - 1]) != std::string_view::npos)) {
      return true;
    }
  }
  const std::string from = adr_words::lower(text.substr(at > 0 ? at - 1 : 0, 7));
  return at > 0 && (at == 1 || text[at - 2] == ' ' || text[at - 2] == '(') &&
         std::any_of(std::begin(k_first_parts), std::end(k_first_parts),
                     [&](std::string_view p) { return std::string_view(from).starts_with(p); });
}

} // namespace

// The text up to the first sentence end: `.`, `!` or `?` before a space or the end, or a full-width
// `。`, `！`, `？` anywhere. A `.` that ends an abbreviation (`e.g.`, `ej.`, `z. B.`) ends none.
std::size_t first_sentence_length(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (const std::size_t full_width = full_width_end_at(text, i); full_width > 0) {
      return i + full_width;
    }
    const char c = text[i];
    const bool end = i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
    if ((c == '.' || c == '!' || c == '?') && end && !(c == '.' && i + 1 < text.size() && ends_abbreviation(text, i))) {
      return i + 1;
    }
  }
  return text.size();
}

namespace {

bool is_text(const md::Block& b) { return b.kind == md::BlockKind::paragraph || b.kind == md::BlockKind::list_item; }

// In a line that opens with a `Status:` label, a one-word `Decision:` label further on, as a
// formatter writes the metadata labels on one line (`**Status**: Accepted **Date**: 2026-01-05
// **Decision**: Use RAG`): the position of its text in `line`, or npos.
std::size_t inline_decision(std::string_view line, std::size_t colon) {
  if (!adr_words::is_status_label(adr_words::normalise_label(line.substr(0, colon)))) {
    return std::string_view::npos;
  }
  const std::size_t value = adr_words::later_label_value(line, colon, adr_words::is_decision_heading);
  return value < line.size() ? value : std::string_view::npos;
}

// `Decision: text` starting a line of `b` (`**Decision:** Use RAG.`, a `Decision:` line among
// `Status:` and `Context:` lines), or after the status on its line: the text's position in `b`'s
// text, or npos.
std::size_t labelled_decision(const md::Block& b) {
  std::size_t pos = 0;
  while (pos < b.text.size()) {
    const std::size_t end = std::min(b.text.find('\n', pos), b.text.size());
    const std::string_view line = std::string_view(b.text).substr(pos, end - pos);
    const std::size_t colon = line.find(':');
    const std::size_t value =
        colon <= adr_words::k_max_label_length ? line.find_first_not_of(" \t*_", colon + 1) : std::string_view::npos;
    if (value != std::string_view::npos &&
        adr_words::is_decision_heading(adr_words::normalise_label(line.substr(0, colon)))) {
      return pos + value;
    }
    if (const std::size_t inline_value =
            value != std::string_view::npos ? inline_decision(line, colon) : std::string_view::npos;
        inline_value != std::string_view::npos) {
      return pos + inline_value;
    }
    pos = end + 1;
  }
  return std::string::npos;
}

// A paragraph that is only a Decision label, as documents converted from a word processor write
// their headings (`**3. Decision**`): a heading below every real one, so any heading ends its section.
constexpr int k_label_heading_level = 7;

bool is_label_heading(const md::Block& b) {
  return b.kind == md::BlockKind::paragraph && b.text.find('\n') == std::string::npos &&
         adr_words::is_decision_heading(adr_words::normalise_label(b.text)) &&
         labelled_decision(b) == std::string::npos;
}

// A sentence that is only an answer: `No.`, `Yes!`.
bool is_bare_answer(std::string_view sentence) {
  const std::string word = adr_words::lower(sentence.substr(0, sentence.find_last_not_of(".!,") + 1));
  return word == "no" || word == "yes";
}

// The length of a first sentence of `text` that is a status alone (`Accepted.`, `Approved.`,
// written on a Decision line before the decision: `Decision: Accepted. We use RAG.`) up to the
// next sentence; 0 when it is none, or nothing follows it.
std::size_t status_sentence_length(std::string_view text) {
  const std::size_t first = first_sentence_length(text);
  const std::size_t next = text.find_first_not_of(" \t\n", first);
  return next != std::string_view::npos && adr_words::is_status_alone(text.substr(0, first)) ? next : 0;
}

// The sentence after the first of `text` (`first` long), with a bare answer (`RAG? No. We
// fine-tune.`) read together with the sentence after it.
std::string next_sentence(std::string_view text, std::size_t first) {
  std::string_view rest = trim(text.substr(first));
  std::string next = first_sentence_of(rest);
  if (is_bare_answer(next)) {
    rest = trim(rest.substr(first_sentence_length(rest)));
    if (!rest.empty()) {
      next += " " + first_sentence_of(rest);
    }
  }
  return next;
}

// The first sentence of `b` (block `i`)'s text from `start`; when it only weighs an option (`We
// considered fine-tuning.`) or asks (`RAG or fine-tuning?`) and the next one names an approach (`We
// chose RAG.`), the two, a decision label before it left out (`Choice: ...`); when it opens a list (`We will:`), with
// the list; when it is complete before its `:` and names no approach, with what it introduces up to the next heading at
// `section_level` or above (`We chose the following stack:` then `### RAG pipeline`).
AdrDecision sentence_at(Context& ctx, std::size_t i, std::size_t start, int section_level) {
  const md::Block& b = ctx.document.blocks[i];
  start += decision_label_length(std::string_view(b.text).substr(start));  // `Choice: X` quotes X
  start += status_sentence_length(std::string_view(b.text).substr(start)); // `Accepted. We use RAG.`
  const std::string_view text = std::string_view(b.text).substr(start);
  std::string sentence = first_sentence_of(text);
  std::optional<Verdict> verdict = verdict_of_decision_text(sentence);
  const std::size_t first = first_sentence_length(text);
  const bool asks = sentence.ends_with('?') || sentence.ends_with("\uFF1F"); // `RAG or fine-tuning?`, `？`
  if ((adr_words::deliberates(sentence) || asks) && first < text.size()) {
    const std::string next = next_sentence(text, first);
    const std::optional<Verdict> chosen = verdict_of_decision_text(next);
    // `RAG? No.`: the question's option declined, and nothing named instead
    const std::string answer = adr_words::lower(next.substr(0, next.find_first_of(" .,;!")));
    const bool declined = asks && (answer == "no" || answer == "not");
    if (chosen || declined) {
      sentence += " " + next;
      verdict = chosen;
    }
  }
  AdrDecision decision{sentence, "decision section", verdict, ctx.at(b, start)};
  if (first >= trim(text).size()) {
    read_label_item_on(ctx, i, decision);
    read_list_after(ctx, i, decision);
    read_on_after(ctx, i, section_level, decision);
    read_following_after(ctx, i, decision);
  }
  return decision;
}

// The level of the Decision section `b` opens (a heading, or, `b` being at most the first heading
// (`headings` counts those up to `b`), a paragraph that is only a Decision label), `section_level`
// when `b` is inside the current section's sub-sections; 0 when it ends it. A Decision heading of
// level 1 opens one too when it is not the ADR's title (`# 39. Observability`, `## Context`, then
// `# Decision`).
int section_after(const md::Block& b, int section_level, int headings, bool (*opens)(std::string_view)) {
  const bool labels = headings <= 1;
  if (b.kind == md::BlockKind::heading && (section_level == 0 || b.level <= section_level)) {
    return (b.level >= 2 || headings > 1) && opens(adr_words::normalise_label(b.text)) ? b.level : 0;
  }
  return section_level == 0 && labels && is_label_heading(b) ? k_label_heading_level : section_level;
}

// A proposal template's section that says what it proposes, read as the decision when an ADR has
// no Decision section: V-Sekai's `## Proposed Solution`, `## Describe the proposed option and
// how it helps to overcome the problem or limitation`, its older `## Describe the feature /
// enhancement and how it helps …` and `## The Strategy` (after `## The Backdrop` and `## The
// Challenge`; 481 proposals in that template's forms). Not `## Solution` alone, nor the section
// that says how the proposal will work.
bool is_proposal_heading(std::string_view label) {
  return label == "proposed solution" || label == "the proposed solution" || label == "the strategy" ||
         label.rfind("describe the proposed option", 0) == 0 || label.rfind("describe the feature", 0) == 0;
}

// True when a paragraph or item follows block `i` before the next heading at `section_level` or above.
bool text_follows(const Context& ctx, std::size_t i, int section_level) {
  for (std::size_t j = i + 1; j < ctx.document.blocks.size(); ++j) {
    const md::Block& b = ctx.document.blocks[j];
    if (b.kind == md::BlockKind::heading && b.level <= section_level) {
      return false; // the section ends (any heading ends a label's: k_label_heading_level)
    }
    if (is_text(b) && b.text.find_first_not_of(" \t\n") != std::string::npos) {
      return true;
    }
  }
  return false;
}

// True when block `i`, a paragraph of one sentence from `start`, is followed by a paragraph before
// the next heading at `section_level` or above, where the decision is said, and either reports
// another party's advice (`The GovUK Notify team recommended that ...`, then `It was decided to
// not go live ...`) or is a question (the template's `What is the change that we're proposing
// and/or doing?` left above the answer; `RAG or fine-tuning?`).
bool leads_to_decision(const Context& ctx, std::size_t i, std::size_t start, int section_level) {
  const md::Block& b = ctx.document.blocks[i];
  const std::string_view text = trim(std::string_view(b.text).substr(start));
  if (first_sentence_length(text) < text.size()) {
    return false;
  }
  const bool asks = b.kind == md::BlockKind::paragraph && (text.ends_with('?') || text.ends_with("\uFF1F"));
  return (asks || reports_advice(text)) && text_follows(ctx, i, section_level);
}

// True when block `i` of a Decision section (`section_level`), a paragraph or item from `start`, is
// passed over for what follows it: the heading said again (`## Decision Outcome` then `*Résultat de
// la décision*`, a translation under each heading; a `**Decision:**` label reads on into what
// follows it), what the decision answers (`- **Risk**: attacker passes a URL ...`), or the advice the
// decision follows (`The X team recommended that ...`) or the question it answers, said in the
// paragraph after it.
bool passed_over(const Context& ctx, std::size_t i, std::size_t start, int section_level) {
  const md::Block& b = ctx.document.blocks[i];
  if (section_level == 0) {
    return false;
  }
  return (is_label_heading(b) && b.text[b.text.find_last_not_of(" \t\n")] != ':') ||
         opens_with_not_decision_label(std::string_view(b.text).substr(start)) ||
         leads_to_decision(ctx, i, start, section_level);
}

// Where the text of block `b` starts (npos when it has none): in a Decision section (`section_level`
// not 0), after the metadata lines it opens with (`**Status:** ✅ APPROVED for implementation`,
// `**Fecha implementación:** 2025-11-09`, `**Reviewers:** @team`): a status, a date or the people
// are no decision, which follows them or is in the next paragraph.
std::size_t decision_start(const md::Block& b, int section_level) {
  std::size_t start = b.text.find_first_not_of(" \t\n");
  if (section_level != 0 && start != std::string::npos) {
    start += metadata_lines_length(std::string_view(b.text).substr(start));
    start = b.text.find_first_not_of(" \t\n", start);
  }
  return start;
}

// True when block `i` is an item of a list right under `heading` (only the empty items of a loose
// list between them).
bool list_right_under(const std::vector<md::Block>& blocks, const md::Block* heading, std::size_t i) {
  const auto at = static_cast<std::size_t>(heading - blocks.data());
  const bool item = blocks[i].kind == md::BlockKind::list_item || blocks[i].depth > 0;
  return item && at < i &&
         std::all_of(blocks.begin() + static_cast<std::ptrdiff_t>(at) + 1,
                     blocks.begin() + static_cast<std::ptrdiff_t>(i),
                     [](const md::Block& b) { return b.kind == md::BlockKind::list_item && trim(b.text).empty(); });
}

// The decision block `i` (text from `start`) of a Decision section (`section_level`) says, under
// the sub-heading the section opens with, if any: the sub-heading over a bold label (`### 1. Use
// RAG` then `**Rationale:**`), the sub-heading before the first item of a list right under it or
// before the first sentence of prose it states the decision over, else the block's first sentence.
AdrDecision section_decision(Context& ctx, std::size_t i, std::size_t start, int section_level,
                             const md::Block* sub_heading) {
  if (sub_heading != nullptr && is_label_paragraph(ctx, ctx.document.blocks[i])) {
    return heading_decision(ctx, *sub_heading);
  }
  AdrDecision decision = sentence_at(ctx, i, start, section_level);
  if (sub_heading != nullptr &&
      (list_right_under(ctx.document.blocks, sub_heading, i) || heading_states_decision(*sub_heading))) {
    // `### ❌ NÃO Implementar` then `1. ❌ Otimização …`; `### Adopt "Fixture-First" …` then prose
    name_by_sub_heading(*sub_heading, decision);
  }
  return decision;
}

// The first sentence of the first paragraph under a Decision heading (`Decision`, `Decision:
// two datasets`, `Decision (proposed)`, `Decision Outcome`), or, before the first heading after
// the title, after a `Decision:` label: an ADR written without headings has its labels for
// sections, while in one with sections a `Decision:` line belongs to a part (an alternative's
// `**Decision:** Rejected.`). Sub-headings inside a section are passed over, so a section that
// opens with one gives its first paragraph, unless that is only a bold label (`### 1. Use RAG`
// then `**Rationale:**`): then the sub-heading names the decision; a list right under it is a
// part of what it names (`### ❌ NÃO Implementar` then `1. ❌ Otimização de N+1 queries`), and so is
// the prose under a sub-heading that states the decision (`### Adopt "Fixture-First" …`).
std::optional<AdrDecision> decision_section(Context& ctx, bool (*opens)(std::string_view)) {
  int headings = 0;
  int section_level = 0;                  // the level of the Decision heading whose section this is; 0: outside
  const md::Block* sub_heading = nullptr; // the sub-heading the section opens with
  for (std::size_t i = 0; i < ctx.document.blocks.size(); ++i) {
    const md::Block& b = ctx.document.blocks[i];
    headings += b.kind == md::BlockKind::heading ? 1 : 0;
    const bool labels = headings <= 1;
    const int next = titles_decision(ctx.document.blocks, i) ? 0 : section_after(b, section_level, headings, opens);
    if (b.kind == md::BlockKind::heading || (next != section_level && next == k_label_heading_level)) {
      sub_heading = next == section_level && next != 0 ? &b : nullptr;
      section_level = next;
      continue;
    }
    if (section_level != 0 && b.kind == md::BlockKind::table_row && b.level == 1) {
      if (auto chosen = table_choice(ctx, i)) {
        return chosen; // an option matrix before any paragraph: its marked row
      }
    }
    const std::size_t start = decision_start(b, section_level);
    if (!is_text(b) || start == std::string::npos) {
      continue;
    }
    if (passed_over(ctx, i, start, section_level)) {
      continue;
    }
    if (section_level != 0) {
      return section_decision(ctx, i, start, section_level, sub_heading);
    }
    if (const std::size_t labelled = labels ? labelled_decision(b) : std::string::npos; labelled != std::string::npos) {
      return sentence_at(ctx, i, labelled, k_label_heading_level);
    }
  }
  return std::nullopt;
}

// The decision the prose records: MADR's chosen option (a line `Chosen option: X`, or a heading
// `## Chosen Option: X`), else the Decision section's first sentence.
std::optional<AdrDecision> prose_decision(Context& ctx) {
  for (std::size_t i = 0; i < ctx.document.blocks.size(); ++i) {
    const md::Block& b = ctx.document.blocks[i];
    if (is_text(b) || (b.kind == md::BlockKind::heading && b.level >= 2)) {
      if (auto chosen = chosen_option_in(ctx, i)) {
        return chosen;
      }
    }
  }
  if (std::optional<AdrDecision> decision = decision_section(ctx, adr_words::is_decision_heading)) {
    return decision;
  }
  std::optional<AdrDecision> proposal = decision_section(ctx, is_proposal_heading);
  if (proposal && !proposal->text.empty() &&
      std::string_view("[{<").find(proposal->text.front()) != std::string_view::npos) {
    return std::nullopt; // `[Explain the core concept in 1-3 sentences.]`: the template's placeholder
  }
  return proposal ? proposal : marked_option_heading(ctx);
}

} // namespace

bool titles_decision(const std::vector<md::Block>& blocks, std::size_t i) {
  const md::Block& title = blocks[i];
  if (title.kind != md::BlockKind::heading || title.level < 2) {
    return false;
  }
  const std::string label = adr_words::normalise_label(title.text);
  if (!adr_words::is_decision_heading(label) || label.find(':') == std::string::npos) {
    return false; // `Decision`, `Decision (proposed)`: a Decision section
  }
  for (std::size_t j = i + 1; j < blocks.size(); ++j) {
    const md::Block& b = blocks[j];
    if (b.kind != md::BlockKind::heading) {
      continue;
    }
    if (b.level <= title.level) {
      return false;
    }
    const std::string sub = adr_words::normalise_label(b.text);
    if (adr_words::is_decision_heading(sub) && sub.find(':') == std::string::npos) {
      return true;
    }
  }
  return false;
}

std::string first_sentence_of(std::string_view text) {
  std::string sentence(trim(text.substr(0, first_sentence_length(text))));
  std::replace(sentence.begin(), sentence.end(), '\n', ' ');
  return sentence;
}

void read_decision(Context& ctx) {
  for (const md::Block& b : ctx.document.blocks) {
    if (b.kind != md::BlockKind::code && b.kind != md::BlockKind::html && adr_words::names_fine_tuning(b.text)) {
      ctx.record.weighs_fine_tuning = true;
      break;
    }
  }
  const AdrRecord& record = ctx.record;
  std::optional<AdrDecision> prose = prose_decision(ctx);
  if (record.spec && record.spec->decision) {
    const RecordedDecision& d = *record.spec->decision;
    ctx.record.decision = AdrDecision{std::string(to_string(d.verdict)), "decision key", d.verdict, d.where};
    if (prose && prose->verdict && *prose->verdict != d.verdict) {
      ctx.record.prose_decision = std::move(prose);
    }
    return;
  }
  ctx.record.decision = std::move(prose);
}

} // namespace ragft::adr_detail
