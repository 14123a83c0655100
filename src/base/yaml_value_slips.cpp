#include "base/yaml_value_slips.hpp"
#include "base/yaml_quotes.hpp"

#include <cctype>
#include <string>

#include <fmt/format.h>

namespace ragft::yaml {

namespace {

// The value of a `key: value` line (a list item's too), where it starts (0-based) and its key.
struct Value {
  std::string_view key;
  std::string_view text;
  std::size_t start = 0;
};

std::string_view trim_line_end(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::optional<Value> value_of(std::string_view line) {
  line = trim_line_end(line);
  std::size_t at = line.find_first_not_of(' ');
  if (at == std::string_view::npos) {
    return std::nullopt;
  }
  if (line.substr(at).starts_with("- ")) {
    at = line.find_first_not_of(' ', at + 2);
  }
  const std::size_t colon = line.find(": ", at);
  if (at == std::string_view::npos || line[at] == '"' || line[at] == '\'' || colon == std::string_view::npos) {
    return std::nullopt;
  }
  const std::size_t start = line.find_first_not_of(' ', colon + 2);
  if (start == std::string_view::npos) {
    return std::nullopt;
  }
  return Value{line.substr(at, colon - at), line.substr(start), start};
}

// `text` in quotes as YAML reads it back: double quotes, or single ones (each `'` doubled) when
// it holds a `"`.
std::string yaml_quoted(std::string_view text) {
  if (text.find('"') == std::string_view::npos) {
    return fmt::format("\"{}\"", text);
  }
  std::string out = "'";
  for (const char c : text) {
    out += c == '\'' ? std::string("''") : std::string(1, c);
  }
  return out + "'";
}

SyntaxHint at(int number, std::size_t column, std::string message) {
  return SyntaxHint{number, static_cast<int>(column) + 1, std::move(message)};
}

bool starts_with_digit(std::string_view s) {
  const std::size_t first = s.find_first_not_of(' ');
  return first != std::string_view::npos && std::isdigit(static_cast<unsigned char>(s[first])) != 0;
}

std::string dash_slip(const Value& v) {
  if (v.text == "-") {
    return "`-` alone starts a list item in YAML, not a value (an empty cell of a spreadsheet?): for a value not "
           "known yet, write `unknown` or leave the line out";
  }
  const std::string_view item = v.text.substr(2);
  if (item.find(": ") != std::string_view::npos) {
    return fmt::format("`- ` starts a list item in YAML, and a list cannot start on the line of `{}:`: write `{}` on "
                       "a line of its own below `{}:`, indented further, without the dash",
                       v.key, item, v.key);
  }
  return fmt::format("`- ` starts a list item in YAML, and a list cannot start on the line of `{}:`: write the value "
                     "without the dash (`{}: {}`)",
                     v.key, v.key, item);
}

std::string block_slip(const Value& v) {
  const char c = v.text.front();
  if (c == '>' && starts_with_digit(v.text.substr(1))) {
    return fmt::format("`>` at the start of a value starts a YAML block of text on the lines below, not \"more "
                       "than\": write one whole number, your best estimate: {}",
                       v.text.substr(v.text.find_first_not_of("> ")));
  }
  return fmt::format("`{}` at the start of a value starts a YAML block of text on the lines below: to keep the value "
                     "on this line, put it in quotes: `{}: {}`",
                     c, v.key, yaml_quoted(v.text));
}

// A value starting with `*`: Markdown emphasis around a value (`**medium**`), asterisks alone (`**`, an
// emphasis or a blank left from a template), or a YAML alias (`*500`).
std::string asterisk_slip(const Value& v) {
  const auto first = v.text.find_first_not_of('*');
  if (first == std::string_view::npos) {
    return fmt::format("`{}` is no value: a `*` starts a YAML alias, and around a value it is Markdown emphasis: "
                       "write the value itself (`{}: ...`), or leave the line out if the value is not known",
                       v.text, v.key);
  }
  if (v.text.back() == '*') {
    return fmt::format("`*` around a value is Markdown emphasis, not YAML: write the value without the asterisks "
                       "(`{}: {}`)",
                       v.key, v.text.substr(first, v.text.find_last_not_of('*') - first + 1));
  }
  const std::string_view rest = v.text.substr(1);
  return fmt::format("a value starting with `*` is a YAML alias, a reference to a value marked `&{}` elsewhere: "
                     "write the value without the `*` (`{}: {}`), or in quotes to keep it (`{}: {}`)",
                     rest, v.key, rest, v.key, yaml_quoted(v.text));
}

std::string indicator_slip(const Value& v) {
  const char c = v.text.front();
  const std::string_view rest = v.text.substr(1);
  switch (c) {
  case '*':
    return asterisk_slip(v);
  case '&':
    return fmt::format("a value starting with `&` names a YAML anchor: write the value in quotes (`{}: {}`)", v.key,
                       yaml_quoted(v.text));
  case '!':
    return fmt::format("a value starting with `!` is a YAML type tag: write the value without the `!` (`{}: {}`), or "
                       "in quotes to keep it",
                       v.key, rest);
  case '`':
    return fmt::format("backticks are Markdown, not YAML quotes: write the value without them (`{}: {}`)", v.key,
                       trim_line_end(std::string_view(v.text).substr(1, v.text.find('`', 1) - 1)));
  default:
    return fmt::format("`{}` cannot start a value in YAML (it is reserved for YAML's own syntax): put the value in "
                       "quotes: `{}: {}`",
                       c, v.key, yaml_quoted(v.text));
  }
}

std::optional<SyntaxHint> quote_slip(const Value& v, int number) {
  const std::size_t close = closing_quote(v.text, 1, v.text.front());
  if (close == std::string_view::npos || close + 1 >= v.text.size()) {
    return std::nullopt;
  }
  const std::string_view after = v.text.substr(close + 1);
  if (after.starts_with(" #") || after.find_first_not_of(' ') == std::string_view::npos) {
    return std::nullopt;
  }
  const char q = v.text.front();
  const std::string_view inner = v.text.substr(1, v.text.size() - (v.text.back() == q ? 2 : 1));
  return at(number, v.start + close,
            fmt::format("the quoted value ends at this `{}` and more text follows it: to write a `{}` inside a value "
                        "quoted with `{}`, {}; here: `{}: {}`",
                        q, q, q,
                        q == '"' ? "write `\\\"`, or quote the value with `'`"
                                 : "double it (`''`), or quote "
                                   "the value with `\"`",
                        v.key, yaml_quoted(inner)));
}

std::optional<SyntaxHint> colon_slip(const Value& v, int number) {
  if (v.text.front() == '"' || v.text.front() == '\'' || v.text.front() == '[' || v.text.front() == '{') {
    return std::nullopt;
  }
  const std::size_t second = v.text.find(": ");
  if (second != std::string_view::npos) {
    return at(number, v.start + second,
              fmt::format("a second `: ` on this line: YAML reads one `key: value` a line, so `{}` would be another "
                          "key; put the value in quotes: `{}: {}`, or, if what follows the `:` is a note, write it "
                          "after a `#`: `{}: {}  # {}`",
                          v.text.substr(0, second), v.key, yaml_quoted(v.text), v.key, v.text.substr(0, second),
                          v.text.substr(second + 2)));
  }
  if (v.text.back() == ':') {
    return at(number, v.start + v.text.size() - 1,
              fmt::format("the value ends with `:`, which YAML reads as a key: drop the `:`, or put the value in "
                          "quotes: `{}: {}`",
                          v.key, yaml_quoted(v.text)));
  }
  return std::nullopt;
}

bool is_key_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

} // namespace

std::optional<SyntaxHint> value_slip_hint(std::string_view line, int number) {
  const auto v = value_of(line);
  if (!v) {
    return std::nullopt;
  }
  const char c = v->text.front();
  if (v->text == "-" || v->text.starts_with("- ")) {
    return at(number, v->start, dash_slip(*v));
  }
  if (c == '|' || c == '>') {
    return at(number, v->start, block_slip(*v));
  }
  if (std::string_view("*&!`@%").find(c) != std::string_view::npos) {
    return at(number, v->start, indicator_slip(*v));
  }
  if (c == '"' || c == '\'') {
    return quote_slip(*v, number);
  }
  return colon_slip(*v, number);
}

bool looks_like_unspaced_pair(std::string_view text) {
  text = trim_line_end(text);
  const std::size_t colon = text.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon + 1 >= text.size() ||
      std::isalpha(static_cast<unsigned char>(text.front())) == 0) {
    return false;
  }
  for (std::size_t i = 0; i < colon; ++i) {
    if (!is_key_char(text[i])) {
      return false;
    }
  }
  const char next = text[colon + 1];
  return next != ' ' && next != '/' && next != ':' && text.find(": ") == std::string_view::npos;
}

std::optional<std::pair<std::string_view, std::string_view>> assignment_pair(std::string_view text) {
  text = trim_line_end(text);
  const std::size_t equals = text.find('=');
  if (equals == 0 || equals == std::string_view::npos || std::isalpha(static_cast<unsigned char>(text.front())) == 0) {
    return std::nullopt;
  }
  const std::string_view key = trim_line_end(text.substr(0, equals));
  const std::size_t value = text.find_first_not_of(' ', equals + 1);
  for (const char c : key) {
    if (!is_key_char(c)) {
      return std::nullopt;
    }
  }
  if (value == std::string_view::npos) {
    return std::nullopt;
  }
  return std::pair{key, text.substr(value)};
}

std::string key_value_fix(std::string_view text) {
  if (looks_like_unspaced_pair(text)) {
    text = trim_line_end(text);
    const std::size_t colon = text.find(':');
    return fmt::format("YAML reads a key and its value only with a space after the `:`; write `{}: {}`",
                       text.substr(0, colon), text.substr(colon + 1));
  }
  if (const auto pair = assignment_pair(text)) {
    return fmt::format("YAML writes a key and its value with `: `, not `=`; write `{}: {}`", pair->first, pair->second);
  }
  return "";
}

std::optional<SyntaxHint> missing_space_hint(std::string_view line, int number) {
  std::size_t first = line.find_first_not_of(' ');
  if (first != std::string_view::npos && line.substr(first).starts_with("- ")) {
    first = line.find_first_not_of(' ', first + 2);
  }
  if (first == std::string_view::npos || !looks_like_unspaced_pair(line.substr(first))) {
    return std::nullopt;
  }
  const std::string_view pair = trim_line_end(line.substr(first));
  const std::size_t colon = pair.find(':');
  return at(number, first + colon + 1,
            fmt::format("`{}` has no space after the `:`, so YAML reads it as text, not as a key and its value: "
                        "write `{}: {}`",
                        pair, pair.substr(0, colon), pair.substr(colon + 1)));
}

} // namespace ragft::yaml
