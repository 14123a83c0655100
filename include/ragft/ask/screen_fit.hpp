#pragma once
// How a question screen of `ragft ask`'s full-screen mode fits a terminal's height. Pure: the
// terminal prompter draws what it says. From the top: the header (two rows and a blank), the
// question, its help when shown, a blank, the answer (a typed field with its hint, or the menu),
// and at the bottom three rows kept for an error, a notice and the key footer. The answer always
// gets its rows; the help gets what is left.

#include <cstddef>
#include <vector>

namespace ragft {

// Rows above the question (title, leaning, a blank) and below the answer (error, notice, footer).
constexpr int k_rows_above_question = 3;
constexpr int k_rows_below_answer = 3;

struct QuestionFit {
  // Not even the question and the answer fit: the screen says so instead of drawing them.
  bool too_small = false;
  // Lines of the help to draw: all of them, or as many as fit when `help_cut`, the last of those
  // then being a line that says the rest needs a taller terminal.
  std::size_t help_lines = 0;
  bool help_cut = false;
};

// The fit of a question of `question_lines` wrapped lines with `help_lines` lines of help (0 when
// help is off) and an answer that needs `answer_rows` rows, blank line above it included, on a
// terminal of `rows` rows.
QuestionFit fit_question(int rows, std::size_t question_lines, std::size_t help_lines, std::size_t answer_rows);

// Which lines of a list of `count` lines (a menu with its help, the summary's rows) are drawn in
// `height` rows so that lines [first, end) (the cursor's) are in view. A list that fits is drawn
// whole. One that does not gives a row to "more above" only when lines are hidden above, and to
// "more below" only when lines are hidden below: at its top the first line is drawn on the first
// row, never under an empty marker row.
struct ScrollWindow {
  int top = 0;        // the first line drawn
  int shown = 0;      // how many lines are drawn from `top`
  bool above = false; // a "more above" row comes first
  bool below = false; // a "more below" row comes after them
};

ScrollWindow scroll_window(int count, int height, int first, int end);

// Which choices of a menu show their help under them in `height` rows, choice `i` having
// `help_lines[i]` lines of it: every one when all the choices and their help fit; else the
// cursor's alone, so that every choice is in view with the one the cursor is on explained (as in
// huh and Inquirer, where a list shows one line a choice), and the list scrolls only when even
// that does not fit. At 80x24, the question of how often the knowledge changes opened on "don't
// know" under "more above", its first choice out of view (readers16).
std::vector<bool> menu_help_shown(const std::vector<std::size_t>& help_lines, int cursor, int height);

} // namespace ragft
