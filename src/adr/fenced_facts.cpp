// The fenced ```ragft block of an ADR: found wherever a person sees one (also in raw HTML, as
// inside `<details>`), its YAML read in place so that errors are at the ADR's lines, and the
// mistakes of writing one (an empty block, a fence never closed) told at the fence's line.

#include <algorithm>

#include <fmt/format.h>

#include "adr/context.hpp"
#include "adr/words.hpp"
#include "base/yaml_reader.hpp"

namespace ragft::adr_detail {

namespace {

// A ragft block found in the Markdown: its YAML and where the YAML starts in its block's text.
struct FencedYaml {
  std::string yaml;
  std::size_t pos = 0;
};

// The fence that opens `line` (``` or ~~~, three or more) when its info string names ragft.
std::optional<std::string> ragft_fence(std::string_view line) {
  line = adr_words::trim(line);
  const std::size_t length = line.empty() ? 0 : line.find_first_not_of(line.front());
  if (length < 3 || (line.front() != '`' && line.front() != '~') || length == std::string_view::npos) {
    return std::nullopt;
  }
  return info_names_ragft(line.substr(length)) ? std::optional<std::string>(line.substr(0, length)) : std::nullopt;
}

// A ```ragft fence written inside raw HTML (a `<details>` with no blank line after its
// `<summary>`): Markdown keeps it as HTML text, but a person reads a ragft block there, so ragft
// does too; never in an HTML comment (a block commented out).
std::optional<FencedYaml> fence_in_html(const std::string& html) {
  if (adr_words::trim(html).rfind("<!--", 0) == 0) {
    return std::nullopt;
  }
  std::optional<FencedYaml> found;
  std::string fence;
  for (std::size_t start = 0; start < html.size();) {
    const std::size_t end = std::min(html.find('\n', start), html.size());
    const std::string_view line(html.data() + start, end - start);
    if (!found) {
      if (auto open = ragft_fence(line)) {
        fence = *open;
        found = FencedYaml{"", end + 1};
      }
    } else if (adr_words::trim(line).rfind(fence, 0) == 0) {
      return found;
    } else {
      found->yaml.append(line).push_back('\n');
    }
    start = end + 1;
  }
  return found;
}

std::optional<FencedYaml> fenced_yaml(const md::Block& b) {
  if (b.kind == md::BlockKind::html) {
    return fence_in_html(b.text);
  }
  return b.kind == md::BlockKind::code && info_names_ragft(b.info) ? std::optional<FencedYaml>(FencedYaml{b.text, 0})
                                                                   : std::nullopt;
}

// The start of the line after the one that holds `offset` (the text's size at its end).
std::size_t next_line(std::string_view text, std::size_t offset) {
  const std::size_t end = text.find('\n', offset);
  return end == std::string_view::npos ? text.size() : end + 1;
}

// A line with nothing on it but the markers of the block quotes it is in.
bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r\n>") == std::string_view::npos; }

// Whether a fence closes the code block `b` of `text`: the first line after its YAML (blank lines
// skipped) is a run of three or more of the opening fence's character, in whatever quote or list.
bool is_closed(std::string_view text, const md::Block& b) {
  const std::size_t last = b.segments.empty() ? b.fence : b.segments.back().source;
  const char mark = text[b.fence];
  for (std::size_t pos = next_line(text, last); pos < text.size(); pos = next_line(text, pos)) {
    const std::string_view line = text.substr(pos, next_line(text, pos) - pos);
    if (!is_blank(line)) {
      const std::size_t start = line.find_first_not_of(" \t>");
      return line.substr(start, 3) == std::string(3, mark);
    }
  }
  return false;
}

// The Markdown mistakes of a fenced ragft block, told at its fence; false when it has none.
bool fence_error(Context& ctx, const md::Block& b, const FencedYaml& fenced) {
  if (b.kind != md::BlockKind::code || b.fence == std::string::npos) {
    return false;
  }
  const Location fence = ctx.at_offset(b.fence);
  const std::string marks(ctx.text.substr(b.fence, 3));
  if (!is_closed(ctx.text, b)) {
    ctx.record.errors.push_back(Diagnostic{
        fence, fmt::format("the ragft block opened here is never closed, so the rest of the file is read as its YAML; "
                           "add a {} line after the block's last line",
                           marks)});
  } else if (adr_words::trim(fenced.yaml).empty()) {
    ctx.record.errors.push_back(Diagnostic{
        fence, fmt::format("the ragft block is empty; expected `facts:` with the project's facts between the {} lines",
                           marks)});
  } else {
    return false;
  }
  ctx.record.facts_where = fence;
  return true;
}

// A tab in the indentation of the block's YAML, as written in the file (md4c gives a code block's
// indentation as spaces).
bool tab_error(Context& ctx, const md::Block& b, const FencedYaml& fenced) {
  if (b.kind != md::BlockKind::code || b.fence == std::string::npos) {
    return false;
  }
  const std::size_t newline = ctx.text.rfind('\n', b.fence);
  const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  const std::string_view prefix = ctx.text.substr(line_start, b.fence - line_start);
  const std::size_t first = next_line(ctx.text, b.fence);
  std::size_t last = first;
  for (std::size_t n = std::count(fenced.yaml.begin(), fenced.yaml.end(), '\n'); n > 0 && last < ctx.text.size(); --n) {
    last = next_line(ctx.text, last);
  }
  const std::optional<Diagnostic> tab =
      indentation_tab(ctx.record.file, ctx.text.substr(first, last - first), ctx.at_offset(b.fence).line + 1, prefix);
  if (tab) {
    ctx.record.errors.push_back(*tab);
    ctx.record.facts_where = ctx.at_offset(b.fence);
  }
  return tab.has_value();
}

bool already_has_facts(Context& ctx, const Location& where) {
  if (!ctx.record.facts_where) {
    return false;
  }
  ctx.record.errors.push_back(Diagnostic{where, fmt::format("a second ragft block (the first is at line {}); an ADR "
                                                            "carries one: merge them",
                                                            ctx.record.facts_where->line)});
  return true;
}

} // namespace

bool info_names_ragft(std::string_view info) {
  info = adr_words::trim(info);
  if (!info.empty() && info.front() == '{') { // Pandoc's attributes: ```{.ragft}, ```{.ragft title="x"}
    const std::string inside = adr_words::lower(info.substr(1, info.find('}') - 1));
    const std::size_t at = (" " + inside + " ").find(" .ragft ");
    return at != std::string::npos;
  }
  return adr_words::lower(info.substr(0, info.find_first_of(" \t{,"))) == "ragft";
}

void read_fenced_facts(Context& ctx) {
  for (const md::Block& b : ctx.document.blocks) {
    const std::optional<FencedYaml> fenced = fenced_yaml(b);
    if (!fenced) {
      continue;
    }
    const std::size_t first = b.source_of(fenced->pos < b.text.size() ? fenced->pos : 0);
    const Location where = first == std::string::npos ? ctx.at_offset(b.fence) : ctx.at_offset(first);
    if (already_has_facts(ctx, where) || fence_error(ctx, b, *fenced) || tab_error(ctx, b, *fenced)) {
      continue;
    }
    const int shift = b.kind == md::BlockKind::html ? 0 : std::max(where.column - 1, 0);
    if (const auto node = load_at(ctx, fenced->yaml, std::max(where.line, 1), shift)) {
      read_facts_node(ctx, *node, where, shift);
    } else {
      ctx.record.facts_where = where;
    }
  }
}

} // namespace ragft::adr_detail
