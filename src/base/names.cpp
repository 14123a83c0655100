#include <ragft/base/names.hpp>

#include <cctype>

#include <fmt/format.h>

#include <ragft/base/input_limits.hpp>

namespace ragft {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

// The control character's name in words, for a message.
std::string control_name(unsigned char byte) {
  switch (byte) {
  case '\n':
  case '\r':
    return "a line break";
  case '\t':
    return "a tab";
  default:
    return fmt::format("a control character (0x{:02x})", byte);
  }
}

} // namespace

// Control characters are looked for first: a NUL is a control character to a person, though not
// UTF-8 text to the input scan.
std::string name_problem(std::string_view name) {
  std::size_t chars = 0;
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_continuation(byte)) {
      continue;
    }
    ++chars;
    if (byte < 0x20 || byte == 0x7f) {
      return fmt::format("holds {} (character {})", control_name(byte), chars);
    }
  }
  std::size_t invalid = 0;
  valid_utf8(name, invalid);
  if (invalid != std::string_view::npos) {
    return fmt::format("is not UTF-8 text (byte {} is 0x{:02x})", invalid + 1,
                       static_cast<unsigned char>(name[invalid]));
  }
  if (chars > k_max_name_chars) {
    return fmt::format("is {} characters long", chars);
  }
  return "";
}

std::string abbreviated(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(text[i]))) {
      continue;
    }
    if (chars == max_chars) {
      return std::string(text.substr(0, i)) + "…";
    }
    ++chars;
  }
  return std::string(text);
}

std::string slug(std::string_view text, std::size_t max_chars, std::string_view fallback) {
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && std::isalnum(u) != 0) {
      out.push_back(static_cast<char>(std::tolower(u)));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  out = out.substr(0, max_chars);
  while (!out.empty() && out.back() == '-') {
    out.pop_back();
  }
  return out.empty() ? std::string(fallback) : out;
}

} // namespace ragft
