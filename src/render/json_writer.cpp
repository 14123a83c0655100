#include "render/json_writer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ragft/base/input_limits.hpp>

namespace ragft {

namespace {

// The escape nlohmann's dump writes for a byte below 0x20, '"' and '\\'; empty for any other byte.
std::string_view short_escape(char c) {
  switch (c) {
  case '"':
    return "\\\"";
  case '\\':
    return "\\\\";
  case '\b':
    return "\\b";
  case '\f':
    return "\\f";
  case '\n':
    return "\\n";
  case '\r':
    return "\\r";
  case '\t':
    return "\\t";
  default:
    return {};
  }
}

bool needs_escape(char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; }

// Whether `text` is all printable ASCII other than '"' and '\\': what most of the strings of a
// report are, written as they are. Tests eight bytes at a time: a word has a byte below 0x20, or one
// equal to a given byte, exactly when these classic bit tricks leave a high bit set.
bool plain_ascii(std::string_view text) {
  constexpr std::uint64_t ones = 0x0101010101010101;
  constexpr std::uint64_t highs = 0x8080808080808080;
  const auto has_below = [](std::uint64_t x, std::uint64_t n) { return (x - ones * n) & ~x & highs; };
  const auto has_byte = [&](std::uint64_t x, std::uint64_t b) { return has_below(x ^ (ones * b), 1); };
  std::size_t i = 0;
  for (; i + sizeof(std::uint64_t) <= text.size(); i += sizeof(std::uint64_t)) {
    std::uint64_t x = 0;
    std::memcpy(&x, text.data() + i, sizeof x);
    if (((x & highs) | has_below(x, 0x20) | has_byte(x, '"') | has_byte(x, '\\')) != 0) {
      return false;
    }
  }
  return std::none_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(),
                      [](char c) { return needs_escape(c) || static_cast<unsigned char>(c) >= 0x80; });
}

// Appends `text` escaped: runs of bytes that need no escape are copied at once.
void escape_into(std::string& out, std::string_view text) {
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!needs_escape(c)) {
      continue;
    }
    out.append(text.data() + run, i - run);
    run = i + 1;
    const std::string_view escape = short_escape(c);
    if (!escape.empty()) {
      out += escape;
    } else {
      fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
    }
  }
  out.append(text.data() + run, text.size() - run);
}

} // namespace

void JsonWriter::open(char bracket) {
  separate();
  m_out += bracket;
  ++m_depth;
  m_first = true;
}

// The container closed was an element of the one around it, which so has one: no stack is needed.
void JsonWriter::close(char bracket) {
  m_out += bracket;
  --m_depth;
  m_first = false;
}

void JsonWriter::separate() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_depth > 0 && !m_first) {
    m_out += ',';
  }
  m_first = false;
}

void JsonWriter::key(std::string_view name) {
  separate();
  string(name);
  m_out += ':';
  m_after_key = true;
}

void JsonWriter::null() {
  separate();
  m_out += "null";
}

void JsonWriter::value(bool b) {
  separate();
  m_out += b ? "true" : "false";
}

void JsonWriter::value(double number) {
  separate();
  if (!std::isfinite(number)) {
    m_out += "null"; // as nlohmann writes NaN and infinities
    return;
  }
  std::array<char, 64> buffer{};
  const char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
  m_out.append(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
}

void JsonWriter::value(std::string_view text) {
  separate();
  string(text);
}

void JsonWriter::field(std::string_view name, std::span<const std::string> items) {
  key(name);
  begin_array();
  for (const std::string& item : items) {
    value(item);
  }
  end_array();
}

void JsonWriter::integer(std::int64_t number, bool is_unsigned) {
  if (is_unsigned) {
    fmt::format_to(std::back_inserter(m_out), "{}", static_cast<std::uint64_t>(number));
  } else {
    fmt::format_to(std::back_inserter(m_out), "{}", number);
  }
}

// A JSON string: text that is not valid UTF-8 gets U+FFFD for each bad byte (nlohmann's dump
// would throw instead; a file name need not be UTF-8).
void JsonWriter::string(std::string_view text) {
  m_out += '"';
  if (plain_ascii(text)) {
    m_out += text;
  } else if (first_invalid_utf8(text) == std::string_view::npos) {
    escape_into(m_out, text);
  } else {
    std::size_t first_invalid = 0;
    escape_into(m_out, valid_utf8(text, first_invalid));
  }
  m_out += '"';
}

} // namespace ragft
