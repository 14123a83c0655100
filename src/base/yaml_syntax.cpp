#include "base/yaml_syntax.hpp"
#include "base/yaml_quotes.hpp"
#include "base/yaml_value_slips.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace ragft::yaml {

namespace {

struct TextLine {
  std::string_view text;
  int indent = 0;
};

std::string_view content_of(std::string_view line) {
  const std::size_t hash = line.find(" #");
  line = line.substr(0, hash);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  return line;
}

// A line after which a deeper indentation is expected: a key with its value below, a block
// scalar, or a sequence item.
bool opens_block(std::string_view line) {
  const std::string_view c = content_of(line);
  if (c.empty()) {
    return false;
  }
  const std::string_view trimmed = c.substr(c.find_first_not_of(' '));
  return c.back() == ':' || c.back() == '|' || c.back() == '>' || c.ends_with("|-") || c.ends_with(">-") ||
         trimmed.starts_with("- ") || trimmed == "-";
}

std::optional<SyntaxHint> tab_hint(std::string_view line, int number) {
  const std::size_t end = line.find_first_not_of(" \t");
  const std::size_t tab = line.substr(0, end).find('\t');
  if (tab == std::string_view::npos) {
    return std::nullopt;
  }
  return SyntaxHint{number, static_cast<int>(tab) + 1,
                    "a tab character in the indentation; YAML indents with spaces only: replace the tab with spaces"};
}

// A line that YAML cannot read but people write: a JSON-style comment, or `?` for a value not known.
std::optional<SyntaxHint> content_hint(std::string_view line, int number) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return std::nullopt;
  }
  const std::string_view rest = line.substr(first);
  if (rest.starts_with("```") || rest.starts_with("~~~")) {
    return SyntaxHint{number, static_cast<int>(first) + 1,
                      fmt::format("a Markdown code fence ({}), as copied from a chat or a page, is not YAML; delete "
                                  "this line, the {} line that closes the block, and any text before or after them, "
                                  "so that the file holds the spec alone",
                                  rest.substr(0, 3), rest.substr(0, 3))};
  }
  if (rest.starts_with("//") || rest.starts_with("/*")) {
    return SyntaxHint{number, static_cast<int>(first) + 1, comment_slip(rest.substr(0, 2))};
  }
  const std::string_view c = content_of(line);
  if (c.ends_with(": ?")) {
    return SyntaxHint{number, static_cast<int>(c.size()),
                      "`?` alone is YAML syntax (it starts a complex key), not a value; for a value not known yet, "
                      "write `unknown` or leave the line out"};
  }
  return std::nullopt;
}

std::optional<SyntaxHint> indent_hint(const TextLine& line, int number, const TextLine& previous,
                                      const std::vector<int>& levels) {
  const bool deeper_allowed = opens_block(previous.text);
  if (line.indent > previous.indent && !deeper_allowed) {
    return SyntaxHint{number, line.indent + 1,
                      fmt::format("this line is indented by {} spaces, expected {} like the line above (the line "
                                  "above does not end with `:`, so nothing can be nested under it)",
                                  line.indent, previous.indent)};
  }
  const bool known_level = std::find(levels.begin(), levels.end(), line.indent) != levels.end();
  if (line.indent < previous.indent && !known_level) {
    SyntaxHint hint;
    hint.line = number;
    hint.column = line.indent + 1;
    hint.message = fmt::format("this line is indented by {} spaces, which matches no line it could belong to; "
                               "expected {}",
                               line.indent, fmt::join(levels, " or "));
    return hint;
  }
  return std::nullopt;
}

// A slip that makes this line's text something else than `key: value` (the error line's value too).
std::optional<SyntaxHint> line_slip_hint(std::string_view line, int number, int error_line) {
  if (auto hint = missing_space_hint(line, number)) {
    return hint;
  }
  return number == error_line ? value_slip_hint(line, number) : std::nullopt;
}

} // namespace

std::optional<SyntaxHint> open_quote_hint(std::string_view text, int error_line) {
  const auto open = find_open_quote(text);
  if (!open || open->line >= error_line || (open->closed_line != 0 && open->closed_line < error_line)) {
    return std::nullopt;
  }
  if (open->closed_line == 0) {
    return SyntaxHint{open->line, open->column,
                      fmt::format("this `{}` opens a quoted value that is never closed, so YAML reads the rest of the "
                                  "file as part of the value: add the closing `{}` at the end of the value",
                                  open->quote, open->quote)};
  }
  return SyntaxHint{open->line, open->column,
                    fmt::format("this `{}` opens a quoted value that is not closed on its line, so YAML reads the "
                                "lines below as part of the value, up to the `{}` on line {}: add the closing `{}` at "
                                "the end of this line's value",
                                open->quote, open->quote, open->closed_line, open->quote)};
}

namespace {

// A quote or a `{`/`[` left open at or before `error_line`, which the error follows from.
std::optional<SyntaxHint> left_open_hint(std::string_view text, int error_line) {
  if (auto quote = open_quote_hint(text, error_line)) {
    return quote;
  }
  const auto flow = find_open_flow(text);
  if (!flow || flow->line > error_line) {
    return std::nullopt;
  }
  return SyntaxHint{flow->line, flow->column,
                    fmt::format("this `{}` is never closed: add the `{}` after the last of the values it holds",
                                flow->quote, flow->quote == '{' ? '}' : ']')};
}

} // namespace

std::string comment_slip(std::string_view token) {
  return fmt::format("`{}` starts no comment: JSON has no comments; delete the comment, or write the spec in YAML, "
                     "where a comment starts with `#`",
                     token);
}

std::optional<SyntaxHint> find_syntax_hint(std::string_view text, int error_line) {
  if (auto open = left_open_hint(text, error_line)) {
    return open;
  }
  std::vector<int> levels; // the indentations of the enclosing lines, outermost first
  std::optional<TextLine> previous;
  int number = 0;
  for (std::size_t start = 0; start <= text.size() && number < error_line;) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view raw = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (auto tab = tab_hint(raw, number)) {
      return tab;
    }
    if (auto content = content_hint(raw, number)) {
      return content;
    }
    if (auto slip = line_slip_hint(raw, number, error_line)) {
      return slip;
    }
    const std::size_t first = raw.find_first_not_of(' ');
    if (first == std::string_view::npos || raw[first] == '#' || raw[first] == '\r' || raw.starts_with("---")) {
      continue;
    }
    const TextLine line{raw, static_cast<int>(first)};
    if (previous) {
      if (auto hint = indent_hint(line, number, *previous, levels)) {
        return hint;
      }
    }
    while (!levels.empty() && levels.back() > line.indent) {
      levels.pop_back();
    }
    if (levels.empty() || levels.back() != line.indent) {
      levels.push_back(line.indent);
    }
    previous = line;
  }
  return std::nullopt;
}

} // namespace ragft::yaml
