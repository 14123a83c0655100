// LineEdit (ask): the typed field of `ragft ask` edits text as a one-line field in any terminal
// program does: the cursor moves by characters, not bytes, and edits happen where it stands.

#include <catch2/catch.hpp>

#include <ragft/ask/line_edit.hpp>

using ragft::LineEdit;

TEST_CASE("a field starts with its text and the cursor after it") {
  const LineEdit edit("10k");
  CHECK(edit.text() == "10k");
  CHECK(edit.cursor() == 3);
  CHECK(edit.cursor_column() == 3);
  CHECK(LineEdit().cursor() == 0);
}

TEST_CASE("Left, Right, Home and End move the cursor, typing inserts where it stands") {
  LineEdit edit("1000");
  CHECK(edit.left());
  CHECK(edit.left());
  edit.insert('0'); // 10|00 -> 100|00
  CHECK(edit.text() == "10000");
  CHECK(edit.cursor() == 3);
  edit.home();
  CHECK_FALSE(edit.left()); // nothing before the start
  edit.insert('2');
  CHECK(edit.text() == "210000");
  edit.end();
  CHECK_FALSE(edit.right()); // nothing after the end
  CHECK(edit.cursor() == 6);
}

TEST_CASE("Backspace erases the character before the cursor, Delete the one under it") {
  LineEdit edit("10k");
  CHECK(edit.erase_before()); // "10k" -> "10"
  CHECK(edit.text() == "10");
  edit.home();
  CHECK_FALSE(edit.erase_before());
  CHECK(edit.erase_at()); // "10" -> "0"
  CHECK(edit.text() == "0");
  CHECK(edit.cursor() == 0);
  edit.end();
  CHECK_FALSE(edit.erase_at());
  edit.clear();
  CHECK(edit.text().empty());
  CHECK(edit.cursor() == 0);
}

TEST_CASE("a character of several bytes is one step and one column") {
  // "Café Ü" in UTF-8: é and Ü are two bytes each.
  LineEdit edit("Caf\xc3\xa9 \xc3\x9c");
  CHECK(edit.cursor_column() == 6);
  CHECK(edit.left()); // before Ü
  CHECK(edit.cursor() == 6);
  CHECK(edit.left()); // before the space
  CHECK(edit.left()); // before é
  CHECK(edit.cursor() == 3);
  CHECK(edit.cursor_column() == 3);
  CHECK(edit.erase_at()); // removes both bytes of é
  CHECK(edit.text() == "Caf \xc3\x9c");
  CHECK(edit.right());
  CHECK(edit.right()); // past Ü: the end
  CHECK(edit.cursor() == edit.text().size());
  CHECK(edit.erase_before()); // removes both bytes of Ü
  CHECK(edit.text() == "Caf ");
  // Bytes typed one at a time in the middle make one character there.
  edit.home();
  edit.insert('\xc3');
  edit.insert('\xa9');
  CHECK(edit.text() == "\xc3\xa9"
                       "Caf ");
  CHECK(edit.cursor_column() == 1);
}

TEST_CASE("a text longer than the field scrolls to keep the cursor in view") {
  LineEdit edit("abcdefghij"); // 10 characters, cursor after j
  // 5 columns: the last 4 characters and the cursor after them.
  CHECK(edit.view(5).text == "ghij");
  CHECK(edit.view(5).cursor_column == 4);
  edit.home();
  CHECK(edit.view(5).text == "abcde");
  CHECK(edit.view(5).cursor_column == 0);
  CHECK(edit.view(20).text == "abcdefghij");
  // Characters of several bytes are never cut.
  const LineEdit accented("\xc3\xa9\xc3\xa9\xc3\xa9"); // three é
  CHECK(accented.view(2).text == "\xc3\xa9");
  CHECK(accented.view(2).cursor_column == 1);
}
