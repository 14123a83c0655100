// TOML front matter (`+++` ... `+++`, as Hugo and Zola sites write it): its top-level `title`,
// `status` and supersession keys are read as the YAML front matter's are. Only `key = value`
// lines before the first table are read, as strings; the facts are never read from TOML (the
// contract reads them from YAML), so a `ragft` key or `[ragft]` table says where to put them.

#include <optional>
#include <string>
#include <string_view>

#include "adr/context.hpp"
#include "adr/words.hpp"

namespace ragft::adr_detail {

namespace {

struct TomlLine {
  std::string key;   // lowercased, quotes removed
  std::string value; // the string's text, or a bare value as written
  int value_column = 1;
};

// The text of a TOML value: a basic ("...", with `\"` and `\\`), literal ('...') or multi-line
// string on one line, else the bare value before a comment.
std::string value_text(std::string_view v) {
  for (std::string_view quote : {"\"\"\"", "'''", "\"", "'"}) {
    if (!v.starts_with(quote)) {
      continue;
    }
    v.remove_prefix(quote.size());
    std::string out;
    for (std::size_t i = 0; i < v.size() && !v.substr(i).starts_with(quote); ++i) {
      const bool escape = quote.front() == '"' && v[i] == '\\' && i + 1 < v.size();
      out += escape ? v[++i] : v[i];
    }
    return out;
  }
  return std::string(adr_words::trim(v.substr(0, v.find(" #"))));
}

std::optional<TomlLine> key_value(std::string_view line) {
  const std::size_t equals = line.find('=');
  if (equals == std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view key = adr_words::trim(line.substr(0, equals));
  if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front()) {
    key = key.substr(1, key.size() - 2);
  }
  const std::size_t value_start = line.find_first_not_of(" \t", equals + 1);
  if (value_start == std::string_view::npos) {
    return std::nullopt;
  }
  return TomlLine{adr_words::lower(key), value_text(line.substr(value_start)), static_cast<int>(value_start) + 1};
}

void read_key(Context& ctx, const TomlLine& kv, const Location& where) {
  if ((kv.key == "ragft" || kv.key.starts_with("ragft.")) && !ctx.record.facts_elsewhere) {
    ctx.record.facts_elsewhere = AdrText{
        "ragft facts are in the TOML front matter (+++), where they are not read (only YAML front matter, between "
        "--- lines, or a ```ragft block is), so the ADR is checked as one without facts; move them into a ```ragft "
        "block in the body",
        Location{where.file, where.line, 1}};
  } else {
    read_front_matter_key(ctx, kv.key, kv.value, where);
  }
}

} // namespace

void read_toml_front_matter(Context& ctx) {
  const md::FrontMatter& front = ctx.document.front_matter;
  std::string_view rest = front.toml;
  for (int line = front.first_line; !rest.empty(); ++line) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    const std::string_view raw = rest.substr(0, end);
    const std::string_view text = adr_words::trim(raw);
    rest.remove_prefix(std::min(end + 1, rest.size()));
    if (text.starts_with("[")) { // a table: `[ragft]` names the facts' place, other tables end the top level
      const TomlLine table{adr_words::lower(adr_words::trim(text.substr(1, text.find(']') - 1))), "", 1};
      read_key(ctx, table, Location{ctx.record.file, line, 1});
      return;
    }
    if (const std::optional<TomlLine> kv = text.starts_with("#") ? std::nullopt : key_value(raw)) {
      read_key(ctx, *kv, Location{ctx.record.file, line, kv->value_column});
    }
  }
}

} // namespace ragft::adr_detail
