#pragma once
// Front ends of the questionnaire. A prompter shows a `Screen` and returns what the person did;
// `run_questionnaire` drives one until the answers are finished. Implementations: scripted (tests
// and replays), line mode (numbered prompts on streams, for pipes, TERM=dumb, `--plain` and screen
// readers), and the terminal (ncurses; in the CLI, as it owns the terminal).

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

#include <ragft/ask/questionnaire.hpp>

namespace ragft {

// Ctrl-C: the questionnaire ends at once; nothing is written.
class Interrupted : public std::runtime_error {
public:
  Interrupted() : std::runtime_error("interrupted") {}
};

// The input ended before the answers did; the message names the question.
class EndOfInput : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

class Prompter {
public:
  virtual ~Prompter() = default;
  // Shows `screen` (a question or the summary) and returns the person's action. Throws
  // `Interrupted` or `EndOfInput`.
  virtual Action ask(const RuleBase& rules, const Screen& screen) = 0;
};

// Asks until the answers are finished; returns them. `after_step`, when given, sees the answers
// before the first question and after every action (to keep what Ctrl-C would lose).
AnswerStack run_questionnaire(const RuleBase& rules, AnswerStack answers, Prompter& prompter,
                              const std::function<void(const AnswerStack&)>& after_step = {});

// "question 3 of 20 (`knowledge_updates`: How often ...?)", or "the summary": where input ended.
std::string describe_position(const RuleBase& rules, const Screen& screen);

// Plays back `actions` in order and keeps every screen it was shown. Throws `EndOfInput` when
// the actions run out.
class ScriptedPrompter : public Prompter {
public:
  explicit ScriptedPrompter(std::vector<Action> actions) : m_actions(std::move(actions)) {}
  Action ask(const RuleBase& rules, const Screen& screen) override;
  const std::vector<Screen>& screens() const { return m_screens; }

private:
  std::vector<Action> m_actions;
  std::size_t m_next = 0;
  std::vector<Screen> m_screens;
};

// Numbered prompts written to `out`, answers read line by line from `in`: `2` or the value, an
// empty line for the previous answer, else the default, else "don't know", `?` for help, `<` for
// back. Throws `EndOfInput` at the end of `in`.
// With `echo`, each answer read is written after its prompt (for input that is not typed, so the
// transcript shows it). With a `width` (a terminal's columns), questions, menus, help, errors and
// prompts are broken at spaces into lines shorter than it; 0 writes each as one line (pipes, logs).
class LinePrompter : public Prompter {
public:
  LinePrompter(std::istream& in, std::ostream& out, bool echo = false, int width = 0)
      : m_in(in), m_out(out), m_echo(echo), m_width(width) {}
  Action ask(const RuleBase& rules, const Screen& screen) override;

private:
  Action ask_question(const RuleBase& rules, const Screen& screen);
  Action ask_summary(const RuleBase& rules, const Screen& screen);
  std::string read_line(const RuleBase& rules, const Screen& screen);

  std::istream& m_in;
  std::ostream& m_out;
  bool m_echo = false;
  int m_width = 0;
  int m_shown = -1; // the question last shown in full
};

} // namespace ragft
