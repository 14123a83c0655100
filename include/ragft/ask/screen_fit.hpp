#pragma once
// How a question screen of `ragft ask`'s full-screen mode fits a terminal's height. Pure: the
// terminal prompter draws what it says. From the top: the header (two rows and a blank), the
// question, its help when shown, a blank, the answer (a typed field with its hint, or the menu),
// and at the bottom the messages (a refused answer's error, then a notice, each wrapped on lines
// of its own) and the key footer. The answer always gets its rows; the messages get two rows, more
// when their lines need more and the help leaves room; the help gets what is left.

#include <cstddef>
#include <vector>

namespace ragft {

// Rows above the question (title, leaning, a blank) and below the answer at the least (two for the
// messages, one for the footer).
constexpr int k_rows_above_question = 3;
constexpr int k_rows_below_answer = 3;
constexpr std::size_t k_message_rows = 2;

struct QuestionFit {
  // Not even the question and the answer fit: the screen says so instead of drawing them.
  bool too_small = false;
  // Lines of the help to draw: all of them, or as many as fit when `help_cut`, the last of those
  // then being a line that says the rest needs a taller terminal.
  std::size_t help_lines = 0;
  bool help_cut = false;
  // Rows kept above the footer for the messages: two, or as many as their lines need when more
  // and the screen has them after the question and the answer (readers20: a notice of two lines
  // lost its second to the footer, and one drawn under an error of two lines ran over it).
  std::size_t message_rows = k_message_rows;
};

// The fit of a question of `question_lines` wrapped lines with `help_lines` lines of help (0 when
// help is off) and an answer that needs `answer_rows` rows, blank line above it included, with
// `message_lines` wrapped lines of messages under it, on a terminal of `rows` rows.
QuestionFit fit_question(int rows, std::size_t question_lines, std::size_t help_lines, std::size_t answer_rows,
                         std::size_t message_lines = 0);

// The rows of the summary's list on a terminal of `rows` rows, under its title, leaning and a blank,
// above `message_lines` wrapped lines of messages (a refused answer's error, then the question of
// the row under the cursor) and the footer: at least 3, the messages keeping two rows or as many as
// their lines need (readers20: at 80 columns the second line of a row's question went under the
// footer).
int summary_list_rows(int rows, std::size_t message_lines);

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
