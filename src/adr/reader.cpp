// Reading one ADR: the Markdown outline first, then each part the check needs.

#include <ragft/adr/adr.hpp>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "adr/context.hpp"
#include "adr/words.hpp"

namespace ragft {

namespace adr_detail {

Location Context::at_offset(std::size_t offset) const {
  if (offset == std::string::npos) {
    return Location{record.file, 0, 0};
  }
  return Location{record.file, index.line(offset), index.column(offset)};
}

Location Context::at(const md::Block& block, std::size_t pos) const { return at_offset(block.source_of(pos)); }

} // namespace adr_detail

namespace {

using adr_detail::Context;

// A title that names only the kind of document, as a template's first heading does:
// `Architecture Decision Record (ADR)`, `ADR`.
bool is_generic_title(std::string_view title) {
  const std::vector<std::string> words = adr_words::name_words(title);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) {
    return w == "architecture" || w == "architectural" || w == "decision" || w == "record" || w == "adr" || w == "any";
  });
}

// A `## Title` (or `## 1. Title`) section's first paragraph, under a generic first heading: the
// ADR's own title (`ADR-0001 — Planner routing contract`), as templates that give the title a
// section write it.
void title_section(Context& ctx) {
  const std::vector<md::Block>& blocks = ctx.document.blocks;
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (blocks[i].kind == md::BlockKind::heading && adr_words::normalise_label(blocks[i].text) == "title") {
      const md::Block& next = blocks[i + 1];
      if (next.kind == md::BlockKind::paragraph && !adr_words::trim(next.text).empty()) {
        const std::string line = next.text.substr(0, next.text.find('\n'));
        ctx.record.title = AdrText{std::string(adr_words::trim(line)), ctx.at(next, 0)};
      }
      return;
    }
  }
}

// The first level-1 heading, else the first heading that is not a template's section (an ADR
// written without a title has none: its `## Context` is no title); a front matter `title`
// replaces it.
void read_title(Context& ctx) {
  const md::Block* first = nullptr;
  bool headings = false;
  for (const md::Block& b : ctx.document.blocks) {
    if (b.kind != md::BlockKind::heading) {
      continue;
    }
    if (b.level == 1) {
      first = &b;
      break;
    }
    if (!headings && !adr_words::is_section_heading(adr_words::normalise_label(b.text))) {
      first = &b;
    }
    headings = true;
  }
  if (first != nullptr) {
    ctx.record.title = AdrText{std::string(adr_words::trim(first->text)), ctx.at(*first, 0)};
  }
  if (first != nullptr && is_generic_title(first->text)) {
    title_section(ctx);
  }
}

} // namespace

AdrRecord read_adr(std::string_view text, std::string_view origin, const RuleBase& rules, const InputLimits& limits) {
  return adr_detail::read_adr_at(text, origin, rules, limits, 2);
}

AdrRecord adr_detail::read_adr_at(std::string_view text, std::string_view origin, const RuleBase& rules,
                                  const InputLimits& limits, int sections_level) {
  AdrRecord record;
  record.file = std::string(origin);
  // Markdown is not YAML, and its prose may hold long lines (an inline base64 image) and odd bytes:
  // only the size limit applies to the file; odd bytes are read as U+FFFD and their position kept.
  // The ragft block's YAML is checked against every limit on its own.
  if (text.size() > limits.max_bytes) {
    InputLimits size_only;
    size_only.max_bytes = limits.max_bytes;
    record.unreadable = true;
    record.errors.push_back(*check_input(text, origin, size_only));
    return record;
  }
  std::size_t first_invalid = 0;
  const std::string valid = valid_utf8(strip_bom(text), first_invalid);
  const std::string_view body = valid;
  const md::Document document = md::parse_markdown(body);
  const md::LineIndex index(body);
  Context ctx{record, body, document, index, rules, limits, sections_level};
  if (first_invalid != std::string::npos) {
    record.odd_bytes = ctx.at_offset(first_invalid);
  }
  read_title(ctx);
  adr_detail::read_front_matter(ctx);
  adr_detail::read_fenced_facts(ctx);
  adr_detail::find_misplaced_facts(ctx);
  adr_detail::read_status(ctx);
  adr_detail::read_decision(ctx);
  return record;
}

} // namespace ragft
