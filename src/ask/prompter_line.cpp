// Line mode: numbered prompts, one answer per line. Plain text only, so it reads well in pipes,
// logs and screen readers.

#include <ragft/ask/prompter.hpp>

#include <istream>
#include <optional>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ragft/ask/answer.hpp>
#include <ragft/ask/summary_layout.hpp>
#include <ragft/base/text.hpp>
#include <ragft/base/wrap.hpp>

namespace ragft {

namespace {

std::string leaning_note(const Screen& screen) {
  if (screen.known_facts == 0) {
    return "";
  }
  return fmt::format(" (leaning: {})", leaning_name(screen.leaning));
}

// The columns to wrap to: a line of `width` characters would make the terminal break it itself.
int wrap_width(int width) { return width > 1 ? width - 1 : 0; }

void print_menu(std::ostream& out, const std::vector<MenuItem>& items, int width) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    out << wrap_hanging(items[i].label, wrap_width(width), fmt::format("  {}) ", i + 1), "     ");
  }
}

void print_help(std::ostream& out, const RuleBase& rules, int question, int width) {
  out << wrap_hanging(question_help(rules, question), wrap_width(width), "  ", "  ");
  for (const MenuItem& item : menu(rules, question)) {
    out << wrap_hanging(fmt::format("{}: {}", item.label, item.help.empty() ? "-" : item.help), wrap_width(width),
                        "    ", "      ");
  }
}

// A prompt, its last line left open for the answer: "...(? help, < back): ". The keys' hint
// (`hint`, with the answer Enter keeps and the colon) is kept whole, on the line of `what` if it
// fits there, else on a line of its own (readers21: at 60 columns, broken at its spaces, it read
// "(? help, <" / "back): ", a key parted from what it does).
void print_prompt(std::ostream& out, std::string_view what, std::string_view hint, int width) {
  const int room = wrap_width(width);
  std::string text = wrap_hanging(what, room, "", "");
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
    text.pop_back();
  }
  const std::size_t newline = text.rfind('\n');
  const std::size_t start = newline == std::string::npos ? 0 : newline + 1;
  const bool fits = room <= 0 || display_width(std::string_view(text).substr(start)) + 1 + display_width(hint) <= room;
  out << text << (fits ? ' ' : '\n') << hint << ' '; // the answer is typed after the last line
}

std::string prompt_what(const RuleBase& rules, const Screen& screen, std::size_t choices) {
  if (screen.question == k_project_question) {
    return "Name";
  }
  const FactDef& fact = rules.facts[static_cast<std::size_t>(fact_of(screen.question))];
  const std::string what = choices == 0
                               ? fmt::format("A number{}", fact.unit.empty() ? "" : fmt::format(" of {}", fact.unit))
                               : fmt::format("1-{} or a value", choices);
  if (screen.suggested_text.empty()) {
    return what + ", or press Enter if you don't know";
  }
  return choices == 0 ? what + ", or unknown" : what;
}

// The keys' hint after the prompt's words: "(? help, < back):", or with the answer Enter keeps:
// "(? help, < back) [12,000]:". The whole prompt reads "A number of documents, or press Enter if
// you don't know (? help, < back): ".
std::string prompt_hint(const Screen& screen) {
  const std::string back = screen.can_go_back ? ", < back" : "";
  const std::string suggested = screen.suggested_text.empty() ? "" : fmt::format(" [{}]", screen.suggested_text);
  return fmt::format("(? help{}){}:", back, suggested);
}

// The number `line` is, when it is one of up to three digits and there is a menu to pick from.
std::optional<std::size_t> menu_number(const std::vector<MenuItem>& items, const std::string& line) {
  if (items.empty() || line.empty() || line.find_first_not_of("0123456789") != std::string::npos || line.size() >= 4) {
    return std::nullopt;
  }
  return std::stoul(line);
}

// `2` picks the second menu entry; anything else is typed text for the engine to read.
Action read_answer(const std::vector<MenuItem>& items, const std::string& line) {
  if (const auto n = menu_number(items, line); n && *n >= 1 && *n <= items.size()) {
    return Action::picked(items[*n - 1].value);
  }
  return Action::typed(line);
}

} // namespace

Action LinePrompter::ask(const RuleBase& rules, const Screen& screen) {
  return screen.kind == ScreenKind::summary ? ask_summary(rules, screen) : ask_question(rules, screen);
}

std::string LinePrompter::read_line(const RuleBase& rules, const Screen& screen) {
  m_out.flush();
  std::string line;
  if (!std::getline(m_in, line)) {
    m_out << '\n';
    throw EndOfInput(fmt::format("end of input at {}", describe_position(rules, screen)));
  }
  if (m_echo) {
    m_out << line << '\n';
  }
  return std::string(trim(line));
}

Action LinePrompter::ask_question(const RuleBase& rules, const Screen& screen) {
  const std::vector<MenuItem> items = menu(rules, screen.question);
  if (!screen.error.empty()) {
    m_out << wrap_hanging(screen.error, wrap_width(m_width), "  ! ", "    ");
  }
  if (m_shown != screen.question || screen.error.empty()) {
    fmt::print(m_out, "\nQuestion {} of {}{}\n", screen.number, screen.total, leaning_note(screen));
    m_out << wrap_hanging(question_text(rules, screen.question), wrap_width(m_width), "", "");
    print_menu(m_out, items, m_width);
    m_shown = screen.question;
  }
  for (;;) {
    print_prompt(m_out, prompt_what(rules, screen, items.size()), prompt_hint(screen), m_width);
    const std::string line = read_line(rules, screen);
    if (line == "?") {
      print_help(m_out, rules, screen.question, m_width);
    } else if (line == "<") {
      m_shown = -1;
      return Action::back();
    } else if (const auto n = menu_number(items, line); n && (*n < 1 || *n > items.size())) {
      // a number beside the menu is one of its numbers, mistyped: say which there are
      m_out << wrap_hanging(
          fmt::format("`{}` is not one of the numbers shown: type 1 to {}, or a choice's value", line, items.size()),
          wrap_width(m_width), "  ! ", "    ");
    } else {
      return read_answer(items, line);
    }
  }
}

Action LinePrompter::ask_summary(const RuleBase& rules, const Screen& screen) {
  if (!screen.error.empty()) {
    m_out << wrap_hanging(screen.error, wrap_width(m_width), "  ! ", "    ");
  }
  fmt::print(m_out, "\nSummary{}\n", leaning_note(screen));
  const std::size_t label_width = summary_label_width(screen.rows);
  const int width = wrap_width(m_width);
  constexpr std::size_t k_number_width = 6; // "  14) "
  const std::size_t columns =
      width > static_cast<int>(k_number_width) ? static_cast<std::size_t>(width) - k_number_width : 0;
  for (std::size_t i = 0; i < screen.rows.size(); ++i) {
    const std::vector<std::string> lines = summary_row_lines(screen.rows[i], label_width, columns);
    for (std::size_t l = 0; l < lines.size(); ++l) {
      fmt::print(m_out, "{}{}\n", l == 0 ? fmt::format("  {:>2}) ", i + 1) : std::string(k_number_width, ' '),
                 lines[l]);
    }
  }
  m_shown = -1;
  for (;;) {
    print_prompt(m_out, "Enter shows the result; a number changes that answer", "(? help, < back):", m_width);
    const std::string line = read_line(rules, screen);
    if (line.empty()) {
      return Action::finish();
    }
    if (line == "<") {
      return Action::back();
    }
    if (line.find_first_not_of("0123456789") == std::string::npos && line.size() < 4) {
      const std::size_t n = std::stoul(line);
      if (n >= 1 && n <= screen.rows.size()) {
        return Action::edit(screen.rows[n - 1].question);
      }
    }
    m_out << wrap_hanging(fmt::format("Type a number from 1 to {} to change that answer, < to go back, or press Enter.",
                                      screen.rows.size()),
                          wrap_width(m_width), "  ", "  ");
  }
}

} // namespace ragft
