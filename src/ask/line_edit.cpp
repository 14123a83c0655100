#include <ragft/ask/line_edit.hpp>

#include <algorithm>
#include <utility>

namespace ragft {

namespace {

bool continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// The start of the character before `at` (0 at the start).
std::size_t previous_start(const std::string& text, std::size_t at) {
  std::size_t i = at == 0 ? 0 : at - 1;
  while (i > 0 && continuation(text[i])) {
    --i;
  }
  return i;
}

// The start of the character after the one at `at` (the size at the end).
std::size_t next_start(const std::string& text, std::size_t at) {
  std::size_t i = std::min(at + 1, text.size());
  while (i < text.size() && continuation(text[i])) {
    ++i;
  }
  return i;
}

// The byte offset of character `n` of `text` (its size when it has fewer).
std::size_t byte_of_character(const std::string& text, std::size_t n) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < n && at < text.size(); ++i) {
    at = next_start(text, at);
  }
  return at;
}

} // namespace

LineEdit::LineEdit(std::string text) : m_text(std::move(text)), m_cursor(m_text.size()) {}

std::size_t LineEdit::cursor_column() const {
  return static_cast<std::size_t>(std::count_if(m_text.begin(), m_text.begin() + static_cast<std::ptrdiff_t>(m_cursor),
                                                [](char c) { return !continuation(c); }));
}

void LineEdit::insert(char byte) {
  m_text.insert(m_cursor, 1, byte);
  ++m_cursor;
}

bool LineEdit::left() {
  if (m_cursor == 0) {
    return false;
  }
  m_cursor = previous_start(m_text, m_cursor);
  return true;
}

bool LineEdit::right() {
  if (m_cursor == m_text.size()) {
    return false;
  }
  m_cursor = next_start(m_text, m_cursor);
  return true;
}

bool LineEdit::erase_before() {
  if (m_cursor == 0) {
    return false;
  }
  const std::size_t start = previous_start(m_text, m_cursor);
  m_text.erase(start, m_cursor - start);
  m_cursor = start;
  return true;
}

bool LineEdit::erase_at() {
  if (m_cursor == m_text.size()) {
    return false;
  }
  m_text.erase(m_cursor, next_start(m_text, m_cursor) - m_cursor);
  return true;
}

void LineEdit::clear() {
  m_text.clear();
  m_cursor = 0;
}

FieldView LineEdit::view(std::size_t width) const {
  const std::size_t column = cursor_column();
  const std::size_t skipped = width > 0 && column >= width ? column - width + 1 : 0;
  const std::size_t from = byte_of_character(m_text, skipped);
  const std::size_t to = from + byte_of_character(m_text.substr(from), width);
  return FieldView{std::string_view(m_text).substr(from, to - from), column - skipped};
}

} // namespace ragft
