#pragma once
// A one-line text field being edited, as `ragft ask`'s typed answers are: its UTF-8 text and a
// cursor between characters, moved and edited by the keys a person expects (Left/Right, Home/End,
// Backspace before the cursor, Delete under it). Pure: the terminal prompter draws it.

#include <cstddef>
#include <string>
#include <string_view>

namespace ragft {

// What a field `width` characters wide shows: the part of the text around the cursor, and the
// cursor's column in it.
struct FieldView {
  std::string_view text;
  std::size_t cursor_column = 0;
};

class LineEdit {
public:
  // The field holding `text`, the cursor after its end.
  explicit LineEdit(std::string text = {});

  const std::string& text() const { return m_text; }
  // The cursor as a byte offset into `text()`, and as the number of characters before it.
  std::size_t cursor() const { return m_cursor; }
  std::size_t cursor_column() const;

  // Puts one byte at the cursor and moves past it: a character of several bytes arrives as its
  // bytes in turn, as a terminal sends them.
  void insert(char byte);
  // Each returns false when it can do nothing (at the start, at the end, or an empty field).
  bool left();
  bool right();
  bool erase_before();
  bool erase_at();
  void home() { m_cursor = 0; }
  void end() { m_cursor = m_text.size(); }
  void clear();

  // The text scrolled so that the cursor is in view (at the last column when it would be past it).
  FieldView view(std::size_t width) const;

private:
  std::string m_text;
  std::size_t m_cursor;
};

} // namespace ragft
