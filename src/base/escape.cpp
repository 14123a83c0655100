#include <ragft/base/escape.hpp>

#include <cctype>

#include <fmt/format.h>

#include "base/utf8.hpp"

namespace ragft {

namespace {

// The length of the UTF-8 sequence at `i`, or 0 when it is not valid UTF-8.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  const std::size_t n = lead < 0x80                    ? 1
                        : lead >= 0xC2 && lead <= 0xDF ? 2
                        : lead >= 0xE0 && lead <= 0xEF ? 3
                        : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                       : 0;
  if (n == 0 || i + n > s.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
      return 0;
    }
  }
  return n;
}

// C1 controls, line and paragraph separators, and the bidirectional embeddings, overrides and
// isolates that reorder what a terminal shows.
bool is_hidden_format(char32_t c) {
  return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

std::string ascii_control(char c) {
  switch (c) {
  case '\n':
    return "\\n";
  case '\r':
    return "\\r";
  case '\t':
    return "\\t";
  default:
    return fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
  }
}

// `escape_text`, keeping tab, CR and LF when `keep_breaks`.
std::string escape_controls(std::string_view text, bool keep_breaks) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(text, i);
    if (n == 0) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    const std::string_view seq = text.substr(i, n);
    const char32_t c = utf8::code_point(seq);
    const bool control = c < 0x20 || c == 0x7F;
    if (control && !(keep_breaks && (c == '\n' || c == '\r' || c == '\t'))) {
      out += ascii_control(text[i]);
    } else if (is_hidden_format(c)) {
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(c));
    } else {
      out += seq;
    }
    i += n;
  }
  return out;
}

// `text` with each character found in `from` replaced by the matching string of `to`.
template <std::size_t N>
std::string replace_each(std::string_view text, std::string_view from, const std::string_view (&to)[N]) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const std::size_t k = from.find(c);
    if (k == std::string_view::npos) {
      out += c;
    } else {
      out += to[k];
    }
  }
  return out;
}

} // namespace

std::string escape_text(std::string_view text) { return escape_controls(text, false); }

std::string csv_cell(std::string_view text) {
  std::string cell = escape_text(text);
  if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos) {
    cell.insert(0, 1, '\'');
  }
  if (cell.find_first_of(",\"\r\n") == std::string::npos) {
    return cell;
  }
  static constexpr std::string_view quote[] = {"\"\""};
  return "\"" + replace_each(cell, "\"", quote) + "\"";
}

namespace {

// Whether the `&` at `at` starts a character reference (`&amp;`, `&#60;`, `&#x3C;`): what Markdown
// would show as another character. A `&` that starts none (Q&A, R&D) shows as itself.
bool starts_reference(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  const bool numeric = i < text.size() && text[i] == '#';
  i += numeric && i + 1 < text.size() && (text[i + 1] == 'x' || text[i + 1] == 'X') ? 2 : (numeric ? 1 : 0);
  const std::size_t start = i;
  while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])) != 0) {
    ++i;
  }
  return i > start && i < text.size() && text[i] == ';';
}

// Whether the `<` at `at` could start HTML (a tag, a comment, a declaration, an autolink): followed
// by a letter, `/`, `!` or `?`. "<500 ms" is text.
bool starts_markup(std::string_view text, std::size_t at) {
  const char next = at + 1 < text.size() ? text[at + 1] : ' ';
  return std::isalpha(static_cast<unsigned char>(next)) != 0 || next == '/' || next == '!' || next == '?';
}

} // namespace

std::string markdown_text(std::string_view text) {
  const std::string plain = escape_text(text);
  std::string out;
  out.reserve(plain.size());
  for (std::size_t i = 0; i < plain.size(); ++i) {
    const char c = plain[i];
    if (c == '&' && starts_reference(plain, i)) {
      out += "&amp;";
    } else if (c == '<' && starts_markup(plain, i)) {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '\\' || c == '|') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

// Whether the `_` at `at` stands between two letters or digits: intraword, where it opens no emphasis.
bool intraword(std::string_view text, std::size_t at) {
  const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  return at > 0 && at + 1 < text.size() && alnum(text[at - 1]) && alnum(text[at + 1]);
}

} // namespace

std::string markdown_literal(std::string_view text) {
  constexpr std::string_view k_markup = "\\`*[]~<|";
  const std::string plain = escape_text(text);
  std::string out;
  out.reserve(plain.size());
  for (std::size_t i = 0; i < plain.size(); ++i) {
    const char c = plain[i];
    const bool opens = k_markup.find(c) != std::string_view::npos || (c == '_' && !intraword(plain, i)) ||
                       (c == '&' && starts_reference(plain, i));
    if (opens) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string markdown_code(std::string_view text) {
  if (text.find('`') != std::string_view::npos) {
    return markdown_text(text);
  }
  static constexpr std::string_view to[] = {"\\|"};
  return "`" + replace_each(escape_text(text), "|", to) + "`";
}

std::string github_data(std::string_view text) {
  static constexpr std::string_view to[] = {"%25", "%0D", "%0A"};
  return replace_each(escape_controls(text, true), "%\r\n", to);
}

std::string github_property(std::string_view text) {
  static constexpr std::string_view to[] = {"%3A", "%2C"};
  return replace_each(github_data(text), ":,", to);
}

std::string xml_text(std::string_view text) {
  std::string kept;
  for (char c : text) {
    const bool forbidden = static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
    kept += forbidden ? ' ' : c;
  }
  static constexpr std::string_view to[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#9;", "&#10;", "&#13;"};
  return replace_each(kept, "&<>\"'\t\n\r", to);
}

} // namespace ragft
