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
