// The body of an ADR: its status mentions and supersession links, and its recorded decision, read
// from headings, paragraphs, list items and table rows (never from code blocks).

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>

#include "adr/context.hpp"
#include "adr/words.hpp"

namespace ragft::adr_detail {

namespace {

using adr_words::lower;
using adr_words::trim;

// Each line of a block's text with its position in the text.
struct Line {
  std::string_view text;
  std::size_t pos = 0;
};

std::vector<Line> lines_of(const std::string& text) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    lines.push_back(Line{std::string_view(text).substr(pos, end - pos), pos});
    pos = end + 1;
  }
  return lines;
}

bool is_prose(const md::Block& b) {
  return b.kind == md::BlockKind::paragraph || b.kind == md::BlockKind::list_item || b.kind == md::BlockKind::heading;
}

// `Label: value` at the start of a line (`Label：value` too, a full-width colon): the value's
// position in the line, or npos.
std::size_t labelled_value(std::string_view line, bool (*is_label)(std::string_view)) {
  const auto [colon, after] = adr_words::label_colon(line);
  if (colon > adr_words::k_max_label_length || !is_label(adr_words::normalise_label(line.substr(0, colon)))) {
    return std::string_view::npos;
  }
  const std::size_t value = line.find_first_not_of(" \t*_:", after); // `Status:: x` (AsciiDoc)
  return value == std::string_view::npos ? line.size() : value;
}

// A status label after another one on its line, as a formatter joins the metadata labels (`**Date**:
// 2025-11-27 **Status**: Proposed`): its value's position in `line`, as `labelled_value`'s.
std::size_t joined_status_value(std::string_view line) {
  const auto [colon, after] = adr_words::label_colon(line);
  if (colon > adr_words::k_max_label_length) {
    return std::string_view::npos;
  }
  return adr_words::later_label_value(line, colon, adr_words::is_status_label);
}

// The position of the status in `line`: after a status label that opens it, or in a status place
// after one a formatter has joined to the label before it.
std::size_t status_value(std::string_view line, bool status_place) {
  const std::size_t value = labelled_value(line, adr_words::is_status_label);
  return value == std::string_view::npos && status_place ? joined_status_value(line) : value;
}

constexpr std::array<std::string_view, 7> k_link_starts = {
    "superseded by", "superceded by", "replaced by", "supersedes", "supercedes", "replaces", "amended by"};

// `target` without the YAML brackets and quotes around all of it: `[]`, `""`, `['ADR-0022']`.
std::string_view unwrapped(std::string_view target) {
  target = trim(target);
  while (target.size() >= 2 && std::string_view("[{\"'").find(target.front()) != std::string_view::npos &&
         target.back() == std::string_view("]}\"'")[std::string_view("[{\"'").find(target.front())]) {
    target = trim(target.substr(1, target.size() - 2));
  }
  return target;
}

// "Superseded by: None", "—", "n/a", "None (subject to re-evaluation)", and the empty YAML list,
// map or string a front matter template leaves (`Superseded-by: []`, `superseded_by: ~`): no link.
bool is_no_target(std::string_view target) {
  static constexpr std::array<std::string_view, 11> k_none = {"",  "none", "n/a", "na",   "-",      "—",
                                                              "–", "tbd",  "~",   "null", "nothing"};
  std::string first = lower(unwrapped(target));
  first = first.substr(0, first.find_first_of(" \t(,;"));
  while (!first.empty() && (first.back() == '.' || first.back() == '*' || first.back() == '_')) {
    first.pop_back();
  }
  return std::find(k_none.begin(), k_none.end(), first) != k_none.end();
}

// A target whose number is written as letters (`ADR-00X-amadeus-….md`, `ADR-XXXX`, `[000X-...]`,
// `ADR-NNN`): a template's placeholder, or an instruction to fill one in (`Add a line: Superseded by:
// ADR-00X-…`, written in an ADR about the ADRs it replaces), naming no ADR.
bool names_placeholder_number(std::string_view target) {
  const std::vector<std::string> words = adr_words::name_words(target);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    const std::size_t letters = w.find_first_not_of('0');
    if (w.size() < 3 || letters == std::string::npos) {
      return false;
    }
    const char letter = w[letters];
    return (letter == 'x' || letter == 'n') && w.find_first_not_of(letter, letters) == std::string::npos;
  });
}

// `ADR 0053 §7 "Detection and Bootstrap"`, `section 3 of ADR-12`: a part of an ADR is superseded,
// and the rest of it stays in force. So is a part the words after the ADR name, or say the rest
// stays: `[ADR 0006](0006-x.md) (thresholds only — its loop design remains in force)`, `ADR-3 in
// part`, `ADR-3 (partially)`. So do words that say the new ADR extends the old one, which stays
// in force: `ADR-031 (extends hybrid strategy to multi-cloud)`, `Extends ADR-017 (…)`.
bool names_a_part(std::string_view target) {
  const std::string lowered = lower(target);
  static constexpr std::array<std::string_view, 13> k_part{
      "\xC2\xA7",           "section", "part of", "parts of", "in part", "partial", "partly", "in force", " only)",
      " only \xE2\x80\x94", " only -", "extends", "extended"};
  return std::any_of(k_part.begin(), k_part.end(),
                     [&](std::string_view w) { return lowered.find(w) != std::string::npos; });
}

// The links of `b` whose text starts on `line` (links are in text order): each link belongs to
// one line, so a paragraph of N "Superseded by [X](x.md)" lines gives N links, not N x N.
std::pair<std::vector<md::Link>::const_iterator, std::vector<md::Link>::const_iterator> links_on(const md::Block& b,
                                                                                                 const Line& line) {
  const auto before = [](const md::Link& link, std::size_t pos) { return link.pos < pos; };
  const auto first = std::lower_bound(b.links.begin(), b.links.end(), line.pos, before);
  const auto last = std::lower_bound(first, b.links.end(), line.pos + line.text.size() + 1, before);
  return {first, last};
}

// A sentence that says the ADR itself is superseded (`This decision has been superseded by decision:
// [0009 …](0009-….md)`, `This ADR is superseded by ADR-031`, as an ADR with no Status section writes
// it under its title): the length of its opening words before `superseded by`, 0 when there is none.
// Only `this` and a `by`: `The decision was replaced by …` may tell of another one, and `This ADR is
// superseded when a subsequent ADR …` names no ADR that supersedes it.
std::size_t self_supersession_opener(std::string_view lowered) {
  constexpr std::array<std::string_view, 6> k_nouns = {"architecture decision record ",
                                                       "architectural decision record ",
                                                       "decision record ",
                                                       "decision ",
                                                       "record ",
                                                       "adr "};
  constexpr std::array<std::string_view, 5> k_verbs = {"has been ", "had been ", "is now ", "was ", "is "};
  if (lowered.rfind("this ", 0) != 0) {
    return 0;
  }
  std::size_t at = 5;
  const auto noun = std::find_if(k_nouns.begin(), k_nouns.end(),
                                 [&](std::string_view n) { return lowered.substr(at, n.size()) == n; });
  if (noun == k_nouns.end()) {
    return 0;
  }
  at += noun->size();
  const auto verb = std::find_if(k_verbs.begin(), k_verbs.end(),
                                 [&](std::string_view v) { return lowered.substr(at, v.size()) == v; });
  if (verb == k_verbs.end()) {
    return 0;
  }
  at += verb->size();
  const std::string_view rest = lowered.substr(at);
  const bool by = std::any_of(k_link_starts.begin(), k_link_starts.end(), [&](std::string_view start) {
    return start.ends_with(" by") && start != "amended by" && rest.rfind(start, 0) == 0;
  });
  return by ? at : 0;
}

// "Supersedes [X](x.md)" or "Superseded by X" starting a line (after an optional status label, or
// after `This decision has been`: see self_supersession_opener).
void read_links(Context& ctx, const md::Block& b, const Line& line, std::size_t from) {
  std::string lowered = lower(trim(line.text.substr(from)));
  if (const std::size_t opener = self_supersession_opener(lowered); opener > 0) {
    from = line.text.find_first_not_of(" \t", from) + opener;
    lowered.erase(0, opener);
  }
  for (std::string_view start : k_link_starts) {
    if (lowered.rfind(start, 0) != 0 || start == "amended by") {
      continue;
    }
    const bool by = start.find(" by") != std::string_view::npos;
    const Location where = ctx.at(b, line.pos + from);
    std::string_view target = trim(line.text.substr(from).substr(start.size()));
    target.remove_prefix(std::min(target.find_first_not_of(": "), target.size()));
    if (is_no_target(target) || names_a_part(target) || names_placeholder_number(target)) {
      return;
    }
    const auto on_line = links_on(b, line);
    if (on_line.first == on_line.second) {
      ctx.record.links.push_back(AdrLink{std::string(target), by, where});
    }
    for (auto link = on_line.first; link != on_line.second; ++link) {
      ctx.record.links.push_back(AdrLink{link->target, by, where});
    }
    return;
  }
}

void add_status(Context& ctx, const md::Block& b, const Line& line, std::size_t value) {
  if (value >= line.text.size()) { // a line of only `:` under a Status heading holds no status
    return;
  }
  const std::string_view text = trim(line.text.substr(value));
  if (!text.empty()) {
    ctx.record.status_mentions.push_back(AdrText{std::string(text), ctx.at(b, line.pos + value)});
    read_links(ctx, b, line, value);
  }
}

// A table row `| Status | Accepted |` of a metadata table. A header row counts only when its value
// is a known status: `| Status | Owner |` heads a table whose column is named Status.
void read_status_row(Context& ctx, const md::Block& b) {
  const std::size_t tab = b.text.find('\t');
  if (tab == std::string::npos || !adr_words::is_status_label(adr_words::normalise_label(b.text.substr(0, tab)))) {
    return;
  }
  const std::size_t value = b.text.find_first_not_of(" \t", tab);
  const std::size_t end = std::min(b.text.find('\t', tab + 1), b.text.size());
  if (value >= end) {
    return;
  }
  const std::string text(trim(b.text.substr(value, end - value)));
  const AdrStatus status = parse_adr_status(text);
  if (b.level == 0 || (status != AdrStatus::other && status != AdrStatus::none)) {
    ctx.record.status_mentions.push_back(AdrText{text, ctx.at(b, value)});
  }
}

// Where a person reads an ADR's status: the preamble (before the first section other than a
// Status one: MADR 2's `* Status: accepted`, a bold `**Status:** Accepted` line, a metadata table)
// and the Status sections (`## Status`, then its first line). A table or a `Status:` line further
// down (a task list, a history) is not the ADR's status.
struct StatusScan {
  bool preamble = true;
  int section_level = 0;          // the level of the Status heading whose section this is; 0: none
  bool in_status_section = false; // under a `Status` heading, its value not yet read
  bool titled = false;            // a heading was seen: the first is the title, whatever its level
  int heading_level = 0;          // the level of the last heading
  std::optional<AdrText> late;    // a bold `**Status:** x` paragraph further down (see read_late_status)
  bool decision_opened = false;   // under a Decision heading, its first paragraph not yet read
  std::optional<AdrText> outcome; // the status a Decision section opens with (see read_outcome)
};

// A Status heading opens a section whose first line is the status; a Metadata heading one where
// status labels are read as in the preamble.
// A decision titled as a Decision heading (`## Decision: Embed the MCP servers` over its own
// `### Decision`, `titled_decision`) is a title too: its `**Status**:` line is the preamble's.
void enter_heading(StatusScan& scan, const md::Block& b, bool titled_decision) {
  const std::string label = adr_words::normalise_label(b.text);
  const bool status = adr_words::is_status_label(label);
  const bool metadata = adr_words::is_metadata_heading(label);
  const bool first = !scan.titled;
  scan.titled = true;
  if (b.level < 2 || (first && !status && !metadata) || (titled_decision && scan.preamble)) {
    return; // the title, at any level (`### ADR-011: ...` of a generated ADR)
  }
  if (scan.section_level == 0 || b.level <= scan.section_level) {
    scan.section_level = status || metadata ? b.level : 0;
    scan.in_status_section = status;
  }
  scan.preamble = scan.preamble &&
                  (status || metadata || labelled_value(b.text, adr_words::is_status_label) != std::string_view::npos);
}

// A line that is only a status label (`**Status**`, `**8. Decision Status**`, `Status:`), as a
// paragraph of a converted document or a definition list's term: its value is on the next line.
bool is_bare_status_label(const md::Block& b, std::string_view line) {
  const std::size_t colon = line.find(':');
  return b.kind == md::BlockKind::paragraph &&
         (colon == std::string_view::npos || trim(line.substr(colon + 1)).empty()) &&
         adr_words::is_status_label(adr_words::normalise_label(line));
}

// `8. Decision Status`: a numbered label, a converted document's heading wherever it is (its
// tables' rules may make Markdown headings of the lines above them).
bool is_numbered(std::string_view line) {
  const std::size_t digits = line.find_first_not_of("0123456789");
  return digits > 0 && digits != std::string_view::npos && (line[digits] == '.' || line[digits] == ')');
}

// Whether `b` is in bold from its start: `**Status:** …`, `**Approved**: …`.
bool opens_bold(const Context& ctx, const md::Block& b) {
  const std::size_t source = b.source_of(0);
  return source != std::string::npos && source >= 2 &&
         (ctx.text.substr(source - 2, 2) == "**" || ctx.text.substr(source - 2, 2) == "__");
}

// A paragraph that opens with a bold `**Status:** Accepted` further down, in a section of the ADR
// (not a sub-section's, such as a component's or an option's): the ADR's status when it writes
// none where a status is read (an ADR that states it at the end).
void read_late_status(Context& ctx, const md::Block& b, StatusScan& scan) {
  const bool bold = opens_bold(ctx, b);
  const std::string_view first_line = std::string_view(b.text).substr(0, b.text.find('\n'));
  const std::size_t value = labelled_value(first_line, adr_words::is_status_label);
  if (b.kind == md::BlockKind::paragraph && bold && scan.heading_level <= ctx.sections_level &&
      value < first_line.size()) {
    scan.late = AdrText{std::string(trim(first_line.substr(value))), ctx.at(b, value)};
  }
}

// The status a Decision section's first paragraph opens with, in bold: a status label's value
// (`**Status:** ✅ **APPROVED** for implementation`) or a status word as the label of the decision
// (`**Approved**: Implement sliding window compaction`), where a proposal records its outcome.
void read_outcome(Context& ctx, const md::Block& b, StatusScan& scan) {
  scan.decision_opened = false;
  const std::string_view line = std::string_view(b.text).substr(0, b.text.find('\n'));
  if (b.kind != md::BlockKind::paragraph || !opens_bold(ctx, b)) {
    return;
  }
  const std::size_t value = labelled_value(line, adr_words::is_status_label);
  if (value < line.size()) {
    scan.outcome = AdrText{std::string(trim(line.substr(value))), ctx.at(b, value)};
    return;
  }
  const std::size_t colon = line.find(':');
  const AdrStatus status =
      colon <= adr_words::k_max_label_length ? parse_adr_status(trim(line.substr(0, colon))) : AdrStatus::none;
  if (status != AdrStatus::none && status != AdrStatus::other &&
      line.substr(0, colon).find(' ') == std::string_view::npos) {
    scan.outcome = AdrText{std::string(trim(line.substr(0, colon))), ctx.at(b, 0)};
  }
}

void enter_block_heading(Context& ctx, const md::Block& b, StatusScan& scan) {
  const auto i = static_cast<std::size_t>(&b - ctx.document.blocks.data());
  enter_heading(scan, b, titles_decision(ctx.document.blocks, i));
  scan.heading_level = b.level;
  scan.decision_opened = b.level >= 2 && b.level <= ctx.sections_level && !scan.outcome &&
                         adr_words::is_decision_heading(adr_words::normalise_label(b.text));
}

void scan_block(Context& ctx, const md::Block& b, StatusScan& scan) {
  if (b.kind == md::BlockKind::heading) {
    enter_block_heading(ctx, b, scan);
  } else if (scan.decision_opened && is_prose(b) && !trim(b.text).empty()) {
    read_outcome(ctx, b, scan);
  }
  const bool status_place = scan.preamble || scan.section_level > 0 || b.kind == md::BlockKind::heading;
  if (b.kind == md::BlockKind::table_row) {
    if (status_place) {
      read_status_row(ctx, b);
    }
    return;
  }
  // A Status section's checklist (`- [ ] Proposed`, `- [x] Accepted`): the ticked box is the status.
  if (!is_prose(b) || (scan.in_status_section && b.task == 1)) {
    return;
  }
  if (!status_place && !scan.late) {
    read_late_status(ctx, b, scan);
  }
  for (const Line& line : lines_of(b.text)) {
    const std::size_t value = status_value(line.text, status_place);
    if (value < line.text.size() && status_place) {
      add_status(ctx, b, line, value);
    } else if ((status_place || is_numbered(line.text)) && is_bare_status_label(b, line.text)) {
      scan.in_status_section = true;
    } else if (scan.in_status_section && b.kind != md::BlockKind::heading && !trim(line.text).empty()) {
      add_status(ctx, b, line, line.text.find_first_not_of(" \t:")); // `: Accepted` under a definition's term
      scan.in_status_section = false;
    } else {
      read_links(ctx, b, line, 0);
    }
  }
}

// A status ragft does not know yields to the last known one written elsewhere: a documentation
// site's page status in the front matter (`status: stable`) to the body's `**Status**: Accepted`,
// a later `## Status` section of a specification (`The Status interface gets ...`) to the metadata
// table's `| Status | Implemented |`.
void prefer_known_status(AdrRecord& record) {
  const auto& mentions = record.status_mentions;
  const auto known = std::find_if(mentions.rbegin(), mentions.rend(), [](const AdrText& m) {
    const AdrStatus s = parse_adr_status(m.text);
    return s != AdrStatus::other && s != AdrStatus::none;
  });
  if (known != mentions.rend()) {
    record.status_text = *known;
    record.status = parse_adr_status(known->text);
  }
}

// An ADR that writes no status elsewhere may mark its title (`ADR-034: Simplified LLM
// Configuration [REDUNDANT]`, `[Deprecated] Use X`, `Accepted: Manage the backend with K3S`): a
// person reads that as its status.
void read_title_status(AdrRecord& record) {
  if (!record.title) {
    return;
  }
  const std::string& title = record.title->text;
  auto [at, length] = adr_words::bracketed_status(title);
  if (at == std::string_view::npos) {
    std::tie(at, length) = adr_words::prefixed_status(title);
  }
  if (at == std::string_view::npos) {
    return;
  }
  Location where = record.title->where;
  where.column += static_cast<int>(at);
  record.status_mentions.push_back(AdrText{std::string(trim(std::string_view(title).substr(at, length))), where});
}

// Superseded wins wherever it is written (the update is often added beside the old status);
// else the front matter's status; else the last one written; an unknown one yields to a known one.
void settle_status(AdrRecord& record, bool front_matter) {
  const auto& mentions = record.status_mentions;
  const bool superseded_by_link =
      std::any_of(record.links.begin(), record.links.end(), [](const AdrLink& l) { return l.by; });
  for (const AdrText& m : mentions) {
    if (parse_adr_status(m.text) == AdrStatus::superseded) {
      record.status = AdrStatus::superseded;
      record.status_text = m;
      return;
    }
  }
  if (superseded_by_link) {
    record.status = AdrStatus::superseded;
    return;
  }
  if (!mentions.empty()) {
    record.status_text = front_matter ? mentions.front() : mentions.back();
    record.status = parse_adr_status(record.status_text->text);
  }
  if (record.status == AdrStatus::other) {
    prefer_known_status(record);
  }
}

// A proposal whose Decision section opens with its outcome (`**Status:** ✅ APPROVED`, `**Approved**:
// Implement …`, `**Rejected**: …`) has that status now: the proposal was decided where its decision
// is written, and its status under the title was left as it was.
void settle_outcome(AdrRecord& record, const std::optional<AdrText>& outcome) {
  if (record.status != AdrStatus::proposed || !outcome) {
    return;
  }
  const AdrStatus status = parse_adr_status(outcome->text);
  if (status != AdrStatus::none && status != AdrStatus::other && status != AdrStatus::proposed) {
    record.status = status;
    record.status_text = outcome;
  }
}

} // namespace

void read_status(Context& ctx) {
  const std::size_t from_front_matter = ctx.record.status_mentions.size();
  StatusScan scan;
  for (const md::Block& b : ctx.document.blocks) {
    scan_block(ctx, b, scan);
  }
  if (ctx.record.status_mentions.empty() && scan.late) {
    ctx.record.status_mentions.push_back(*scan.late);
  }
  if (ctx.record.status_mentions.empty() && ctx.record.links.empty()) {
    read_title_status(ctx.record);
  }
  settle_status(ctx.record, from_front_matter > 0);
  settle_outcome(ctx.record, scan.outcome);
}

bool names_linked_adr(std::string_view value) {
  return !is_no_target(value) && !names_a_part(value) && !names_placeholder_number(value);
}

} // namespace ragft::adr_detail
