// A YAML front matter that does not parse, read line by line as a person reads it. Documentation
// sites write a front matter of `Key: value` lines with a list of Markdown links under one of them
// (`References:` then `- [LangGraph — Supervisor Patterns](https://...)`, a flow sequence and then
// text, to YAML): the whole front matter is then no YAML, yet its `Status:` line says the ADR's
// status. Its top-level `key: value` lines (no indentation, not a list item or a comment) give the
// title, status and supersession keys, as a parsed front matter's do; nothing else is read from it
// (never facts: a front matter that mentions `ragft` is an error when it does not parse).

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "adr/context.hpp"
#include "adr/words.hpp"

namespace ragft::adr_detail {

namespace {

struct LooseLine {
  std::string key; // lowercased
  std::string value;
  int value_column = 1;
};

bool is_key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// `"text"` or `'text'` as its text; a plain value as written, before a ` #` comment.
std::string scalar_text(std::string_view v) {
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    return std::string(v.substr(1, v.size() - 2));
  }
  return std::string(adr_words::trim(v.substr(0, v.find(" #"))));
}

// A top-level `key: value` line: the key one word of letters, digits, `-` and `_` at the line's
// start, a value after the colon.
std::optional<LooseLine> top_level_key(std::string_view line) {
  std::size_t end = 0;
  while (end < line.size() && is_key_char(line[end])) {
    ++end;
  }
  if (end == 0 || end >= line.size() || line[end] != ':') {
    return std::nullopt;
  }
  const std::size_t value_start = line.find_first_not_of(" \t\r", end + 1);
  if (value_start == std::string_view::npos || value_start == end + 1) { // `key:` alone, or `a:b`
    return std::nullopt;
  }
  std::string_view value = line.substr(value_start);
  while (!value.empty() && (value.back() == '\r' || value.back() == ' ')) {
    value.remove_suffix(1);
  }
  return LooseLine{adr_words::lower(line.substr(0, end)), scalar_text(value), static_cast<int>(value_start) + 1};
}

} // namespace

void read_loose_front_matter(Context& ctx) {
  const md::FrontMatter& front = ctx.document.front_matter;
  std::string_view rest = front.yaml;
  for (int line = front.first_line; !rest.empty(); ++line) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    const std::string_view text = rest.substr(0, end);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    if (const std::optional<LooseLine> kv = top_level_key(text)) {
      read_front_matter_key(ctx, kv->key, kv->value, Location{ctx.record.file, line, kv->value_column});
    }
  }
}

} // namespace ragft::adr_detail
