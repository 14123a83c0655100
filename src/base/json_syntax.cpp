#include "base/json_syntax.hpp"

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

namespace ragft::yaml {

namespace {

using json = nlohmann::json;

// A SAX handler that keeps nothing but the first parse error: the text is checked, no tree is built.
struct ErrorOnly : json::json_sax_t {
  bool null() override { return true; }
  bool boolean(bool /*value*/) override { return true; }
  bool number_integer(number_integer_t /*value*/) override { return true; }
  bool number_unsigned(number_unsigned_t /*value*/) override { return true; }
  bool number_float(number_float_t /*value*/, const string_t& /*text*/) override { return true; }
  bool string(string_t& /*value*/) override { return true; }
  bool binary(binary_t& /*value*/) override { return true; }
  bool start_object(std::size_t /*size*/) override { return true; }
  bool key(string_t& /*value*/) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t /*size*/) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string& /*last_token*/, const json::exception& e) override {
    byte = position;
    message = e.what();
    return false;
  }

  std::size_t byte = 0; // 1-based: the last character the parser read
  std::string message;  // nlohmann's, e.g. "... syntax error while parsing object - unexpected string literal; ..."
};

// A hint at byte `offset` (0-based) of `text`: its line and column, 1-based.
SyntaxHint hint_at(std::string_view text, std::size_t offset, std::string message) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const auto line_start = before.rfind('\n');
  const std::size_t column = line_start == std::string_view::npos ? offset : offset - line_start - 1;
  return SyntaxHint{static_cast<int>(1 + std::count(before.begin(), before.end(), '\n')), static_cast<int>(column + 1),
                    std::move(message)};
}

// Just after the last character before `offset` that is not white space: where a missing `,` goes.
std::size_t after_previous(std::string_view text, std::size_t offset) {
  const auto last = text.substr(0, offset).find_last_not_of(" \t\r\n");
  return last == std::string_view::npos ? 0 : last + 1;
}

// Where the token that ends at `last` (0-based) starts: its opening quote for a string, else `last`.
std::size_t token_start(std::string_view text, std::size_t last) {
  if (last >= text.size() || text[last] != '"' || last == 0) {
    return last;
  }
  for (std::size_t i = last; i-- > 0;) {
    if (text[i] == '"' && (i == 0 || text[i - 1] != '\\')) {
      return i;
    }
  }
  return last;
}

// nlohmann's description without its prefix ("[json.exception.parse_error.101] parse error at
// line 3, column 11: ").
std::string detail_of(const std::string& message) {
  const auto colon = message.find(": ");
  return colon == std::string::npos ? message : message.substr(colon + 2);
}

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

// A value where nlohmann expected the `}` or `]` that ends an object or list: a value of the next
// entry, so the `,` before it is missing.
bool missing_comma(const std::string& detail) {
  if (!has(detail, "expected '}'") && !has(detail, "expected ']'")) {
    return false;
  }
  for (std::string_view value :
       {"unexpected string literal", "unexpected number literal", "unexpected true literal", "unexpected false literal",
        "unexpected null literal", "unexpected '{'", "unexpected '['"}) {
    if (has(detail, value)) {
      return true;
    }
  }
  return false;
}

// The plain-words message for the slips people make in JSON written by hand, or nothing.
std::optional<SyntaxHint> common_slip(std::string_view text, std::size_t last, const std::string& detail) {
  if (has(detail, "unexpected end of input")) {
    return hint_at(text, after_previous(text, text.size()),
                   "invalid JSON: the text ends before every `{` and `[` is closed: add the missing `}` or `]`");
  }
  if (text.substr(last).starts_with("//") || text.substr(last).starts_with("/*")) {
    return hint_at(text, last, "invalid JSON: " + comment_slip(text.substr(last, 2)));
  }
  if (missing_comma(detail)) {
    return hint_at(text, after_previous(text, token_start(text, last)),
                   "invalid JSON: a `,` is missing here: JSON separates the entries of an object or a list with "
                   "commas");
  }
  if (has(detail, "expected ':'")) {
    return hint_at(text, after_previous(text, token_start(text, last)),
                   "invalid JSON: a `:` is missing here, between the key and its value");
  }
  if (has(detail, "control character U+000A")) {
    return hint_at(text, last, "invalid JSON: a string is not closed on its line: add the missing `\"`");
  }
  if (has(detail, "expected end of input")) {
    return hint_at(text, last,
                   "invalid JSON: more follows the `}` or `]` that closes the whole text: remove it, or the "
                   "bracket before it that closes too soon");
  }
  return std::nullopt;
}

SyntaxHint explain(std::string_view text, const ErrorOnly& error) {
  const std::size_t last = error.byte == 0 ? 0 : error.byte - 1;
  const std::string detail = detail_of(error.message);
  if (std::optional<SyntaxHint> slip = common_slip(text, last, detail)) {
    return std::move(*slip);
  }
  return hint_at(text, last, "invalid JSON: " + detail + " (check quotes, commas and brackets near here)");
}

} // namespace

// JSON rather than YAML's flow style: an object whose first key is quoted (or an empty one, or one
// that starts with a comment as JSON written by hand may), or a list. `{project: X, ...}` with a
// slip in it is YAML, and is told about in YAML's terms.
bool reads_as_json(std::string_view text) {
  constexpr std::string_view k_space = " \t\r\n";
  const auto first = text.find_first_not_of(k_space);
  if (first == std::string_view::npos || (text[first] != '{' && text[first] != '[')) {
    return false;
  }
  const auto next = text.find_first_not_of(k_space, first + 1);
  return text[first] == '[' ||
         (next != std::string_view::npos && (text[next] == '"' || text[next] == '}' || text[next] == '/'));
}

std::optional<SyntaxHint> find_json_syntax_hint(std::string_view text) {
  if (!reads_as_json(text)) {
    return std::nullopt;
  }
  ErrorOnly error;
  if (json::sax_parse(text, &error)) {
    return std::nullopt; // valid JSON: what the YAML reader says stands
  }
  return explain(text, error);
}

} // namespace ragft::yaml
