#include "spec/loose_text.hpp"

#include <array>
#include <cctype>

#include <fmt/format.h>

namespace ragft::loose {

std::string squeezed(std::string_view text) {
  std::string out;
  for (const char c : trimmed_lower(text)) {
    if (c != ' ' && c != '-' && c != '_') {
      out.push_back(c);
    }
  }
  return out;
}

std::string letters_only(std::string_view text) {
  std::string out;
  for (const char c : trimmed_lower(text)) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      out.push_back(c);
    }
  }
  return out;
}

std::vector<std::string> lower_words(std::string_view text) {
  std::vector<std::string> words(1);
  for (const char c : trimmed_lower(text)) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      words.back().push_back(c);
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) {
    words.pop_back();
  }
  return words;
}

std::optional<Noted> split_note(std::string_view text) {
  constexpr std::array<std::string_view, 6> k_marks = {" (", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", ", ", "; "};
  std::size_t at = std::string_view::npos;
  std::size_t mark = 0;
  for (const std::string_view m : k_marks) {
    if (const std::size_t found = text.find(m); found != std::string_view::npos && found < at) {
      at = found;
      mark = m.size();
    }
  }
  if (at == std::string_view::npos || at == 0) {
    return std::nullopt;
  }
  std::string note(text.substr(at + mark));
  if (text.substr(at, mark) == " (" && note.ends_with(')')) {
    note.pop_back();
    if (note.find(')') < note.find('(')) { // "12,000 (train) + 1,500 (val)": the note keeps its brackets
      note = std::string(text.substr(at + 1));
    }
  }
  return Noted{std::string(text.substr(0, at)), note};
}

std::string note_hint(std::string_view value, const Noted& noted) {
  return fmt::format("; write `{}` alone, and a note after a `#`: `{}  # {}`", value, value, noted.note);
}

std::string without_typographic_quotes(std::string_view text) {
  constexpr std::array<std::string_view, 4> k_quotes = {"\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98", "\xe2\x80\x99"};
  const auto strip = [&](bool front) {
    for (const std::string_view q : k_quotes) {
      if (front && text.starts_with(q)) {
        text.remove_prefix(q.size());
      } else if (!front && text.ends_with(q)) {
        text.remove_suffix(q.size());
      }
    }
  };
  strip(true);
  strip(false);
  return std::string(text);
}

} // namespace ragft::loose
