// fit_question (ask): on a short terminal the answer keeps its rows and the help gets what is
// left. Row counts worked out by hand from the layout in screen_fit.hpp: 3 rows above the
// question, 3 below the answer.

#include <catch2/catch.hpp>

#include <ragft/ask/screen_fit.hpp>

using ragft::fit_question;

TEST_CASE("on an 80x24 terminal a question with all its help fits") {
  // 24 - 3 - 3 = 18 rows for the question (2), the help (8) and a menu of 3 choices with a blank (4).
  const auto fit = fit_question(24, 2, 8, 4);
  CHECK_FALSE(fit.too_small);
  CHECK(fit.help_lines == 8);
  CHECK_FALSE(fit.help_cut);
}

TEST_CASE("on a 16-row terminal the help is cut so that the menu stays in view") {
  // 16 - 6 = 10 rows: question 2, menu 4 (a blank and three rows), so 4 of the 9 help lines.
  const auto fit = fit_question(16, 2, 9, 4);
  CHECK_FALSE(fit.too_small);
  CHECK(fit.help_lines == 4);
  CHECK(fit.help_cut);
}

TEST_CASE("help that exactly fills what is left is not cut") {
  const auto fit = fit_question(16, 2, 4, 4);
  CHECK(fit.help_lines == 4);
  CHECK_FALSE(fit.help_cut);
}

TEST_CASE("a typed field with its hint needs its rows before any help") {
  // 14 - 6 = 8 rows: question 2, answer 5 (blank, a 2-line hint, blank, field): 1 help line.
  const auto fit = fit_question(14, 2, 3, 5);
  CHECK(fit.help_lines == 1);
  CHECK(fit.help_cut);
}

TEST_CASE("when the question and its answer do not fit, the screen is too small") {
  // 10 - 6 = 4 rows for a 2-line question and a 5-row answer.
  CHECK(fit_question(10, 2, 0, 5).too_small);
  CHECK_FALSE(fit_question(13, 2, 0, 5).too_small); // 7 rows: exactly enough
  CHECK(fit_question(0, 1, 0, 1).too_small);
}

// Messages (a refused answer's error, then a notice) of more than two lines take rows from the
// help, never from the question or the answer (readers20: a 3-line notice lost its end to the
// footer, and one under a 2-line error was drawn over it). Rows worked out by hand as above.
TEST_CASE("messages of two lines or fewer keep the two rows above the footer") {
  CHECK(fit_question(24, 2, 8, 4, 0).message_rows == 2);
  CHECK(fit_question(24, 2, 8, 4, 2).message_rows == 2);
}

TEST_CASE("an error of two lines and a notice of three get five rows, taken from the help") {
  // 16 - 6 = 10 rows: question 2, menu 4; 4 left, 3 of them to the messages: 1 help line, cut.
  const auto fit = fit_question(16, 2, 9, 4, 5);
  CHECK_FALSE(fit.too_small);
  CHECK(fit.message_rows == 5);
  CHECK(fit.help_lines == 1);
  CHECK(fit.help_cut);
}

TEST_CASE("long messages never make a question too small, they get the rows there are") {
  // 13 - 6 = 7 rows: exactly a 2-line question and a 5-row answer, so the messages keep two rows.
  const auto fit = fit_question(13, 2, 0, 5, 6);
  CHECK_FALSE(fit.too_small);
  CHECK(fit.message_rows == 2);
  // 15 rows: 2 more, both to the messages.
  CHECK(fit_question(15, 2, 0, 5, 6).message_rows == 4);
}

using ragft::summary_list_rows;

TEST_CASE("the summary's list leaves the messages the rows their lines need") {
  // 24 rows: title, leaning, a blank, the footer and two message rows leave 18 for the list.
  CHECK(summary_list_rows(24, 1) == 18);
  CHECK(summary_list_rows(24, 2) == 18);
  // An error (1 line) and a row's question wrapped on 2 lines at 80 columns: 17.
  CHECK(summary_list_rows(24, 3) == 17);
  // Never fewer than 3 rows of list.
  CHECK(summary_list_rows(8, 5) == 3);
}

// scroll_window: the windows below are worked out by hand for a list of 12 lines in 8 rows: at
// the top 7 lines and "more below"; at the bottom "more above" and 7 lines; in between both
// markers and 6 lines.
using ragft::scroll_window;

TEST_CASE("a list that fits is drawn whole, without markers") {
  const auto window = scroll_window(5, 8, 4, 5);
  CHECK(window.top == 0);
  CHECK(window.shown == 5);
  CHECK_FALSE(window.above);
  CHECK_FALSE(window.below);
}

TEST_CASE("at the top of a long list the first line is on the first row, with no empty marker row above it") {
  // readers10: a menu of 60x18 at its first choice drew an empty "more above" row under the blank
  // that follows the question: two blank lines above the first choice.
  const auto window = scroll_window(12, 8, 0, 2);
  CHECK(window.top == 0);
  CHECK(window.shown == 7);
  CHECK_FALSE(window.above);
  CHECK(window.below);
}

TEST_CASE("at the bottom of a long list the last line is on the last row, with no empty marker row below it") {
  const auto window = scroll_window(12, 8, 10, 12);
  CHECK(window.top == 5);
  CHECK(window.shown == 7);
  CHECK(window.above);
  CHECK_FALSE(window.below);
}

TEST_CASE("near the bottom of a long list the window that needs one marker is taken") {
  // Lines 6-7 are in the last 7 lines (5-11): "more above" and those 7, not both markers and 6.
  const auto window = scroll_window(12, 8, 6, 8);
  CHECK(window.top == 5);
  CHECK(window.shown == 7);
  CHECK(window.above);
  CHECK_FALSE(window.below);
}

TEST_CASE("in the middle of a long list both markers show and the cursor's lines are in view") {
  // 20 lines in 8 rows, the cursor on lines 9-10: neither in the first 7 (0-6) nor in the last 7
  // (13-19), so both markers and 6 lines, 5-10, the cursor's at the end.
  const auto window = scroll_window(20, 8, 9, 11);
  CHECK(window.top == 5);
  CHECK(window.shown == 6);
  CHECK(window.above);
  CHECK(window.below);
}

// readers16 left it, readers17 decided: at 80x24 the question of how often the knowledge changes
// (8 choices with a line of help each: 16 lines) has 15 rows for its menu (24 rows less 3 above
// the question, 2 of question, a blank and 3 below), so it opened on "don't know" under "more
// above", "1) never" out of view. Then only the cursor's choice keeps its help: 9 lines, all in view.
TEST_CASE("a menu whose help does not all fit shows every choice and the cursor's help alone") {
  using ragft::menu_help_shown;
  const std::vector<std::size_t> one_line_each(8, 1);
  CHECK(menu_help_shown(one_line_each, 7, 15) ==
        std::vector<bool>{false, false, false, false, false, false, false, true});
  CHECK(menu_help_shown(one_line_each, 0, 15) ==
        std::vector<bool>{true, false, false, false, false, false, false, false});
  // 16 rows hold every choice with its help: all of it, as before.
  CHECK(menu_help_shown(one_line_each, 7, 16) == std::vector<bool>(8, true));
  // Help of two lines counts twice: 3 choices with 2, 1 and 0 lines need 6 rows.
  CHECK(menu_help_shown({2, 1, 0}, 2, 6) == std::vector<bool>(3, true));
  CHECK(menu_help_shown({2, 1, 0}, 1, 5) == std::vector<bool>{false, true, false});
}
