#pragma once
// The full-screen questionnaire: ncurses drawn on /dev/tty, so stdout stays clean for the report.
// Arrow-key menus for choices and yes/no (every choice with its help under it; the cursor starts on
// the previous answer, else the default, else "don't know"), a typed field for numbers and the
// project's name, `?` for the question's help, back, the summary, and the current leaning. A list
// taller than the terminal scrolls with "more above" / "more below" lines.

#include <cstddef>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/ask/prompter.hpp>

typedef struct screen SCREEN; // NOLINT: ncurses' own name

namespace ragft::cli {

// The rows a question screen leaves for its answer: [top, end), above the messages and the footer;
// `top` is -1 when the terminal is too short for the question.
struct AnswerRows {
  int top = -1;
  int end = 0;
};

class TerminalPrompter : public Prompter {
public:
  // Starts curses on /dev/tty; nullptr when there is no terminal to draw on. `color` allows
  // colour (never with NO_COLOR or --no-color).
  static std::unique_ptr<TerminalPrompter> open(bool color);
  ~TerminalPrompter() override;
  TerminalPrompter(const TerminalPrompter&) = delete;
  TerminalPrompter& operator=(const TerminalPrompter&) = delete;

  // Throws `Interrupted` on Ctrl-C; the terminal is restored when the prompter is destroyed.
  Action ask(const RuleBase& rules, const Screen& screen) override;

private:
  TerminalPrompter(std::FILE* tty, SCREEN* screen, bool color);
  Action ask_menu(const RuleBase& rules, const Screen& screen);
  Action ask_typed(const RuleBase& rules, const Screen& screen);
  Action ask_summary(const Screen& screen);
  // Draws the question (and its help when `help`, as much as fits above an answer that needs
  // `answer_rows` rows), and at the bottom the refused answer's error and `notice`: the rows left
  // for the answer.
  AnswerRows draw_question(const RuleBase& rules, const Screen& screen, bool help, std::size_t answer_rows,
                           std::string_view notice);
  void draw_header(const Screen& screen);
  int read_key();
  int key_within(int milliseconds);
  int read_number(int first, int count);
  std::optional<Action> pick_by_number(int code, const std::vector<MenuItem>& items, std::string& notice);

  std::FILE* m_tty = nullptr;
  SCREEN* m_screen = nullptr;
  bool m_color = false;
};

} // namespace ragft::cli
