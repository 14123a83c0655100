#include "terminal_prompter.hpp"

#include "interrupt.hpp"

#include <algorithm>
#include <clocale>
#include <optional>
#include <vector>

#include <curses.h>

#include <fmt/format.h>

#include <ragft/ask/key_hints.hpp>
#include <ragft/ask/line_edit.hpp>
#include <ragft/ask/screen_fit.hpp>
#include <ragft/ask/summary_layout.hpp>
#include <ragft/base/wrap.hpp>

namespace ragft::cli {

namespace {

constexpr int k_ctrl_a = 1;
constexpr int k_ctrl_c = 3;
constexpr int k_ctrl_e = 5;
constexpr int k_ctrl_u = 21;
constexpr int k_escape = 27;
constexpr short k_accent = 1;
constexpr short k_alarm = 2;
constexpr short k_good = 3;
// Keys that arrive within this many milliseconds of the one before came with it: a paste, tmux's
// send-keys, or `12` typed as one number. A person's separate keypresses are further apart.
constexpr int k_together_ms = 30;
// How long a first digit waits for a second on a list of 10 or more choices (`1` then `2`: 12).
constexpr int k_second_digit_ms = 700;

enum class Key { none, up, down, first, last, enter, back, help, interrupt, erase, clear, other };

struct KeyName {
  int code;
  Key key;
};

// clang-format off
constexpr KeyName k_keys[] = {
    {KEY_UP, Key::up},         {KEY_DOWN, Key::down},      {'\n', Key::enter},        {'\r', Key::enter},
    {KEY_ENTER, Key::enter},   {KEY_LEFT, Key::back},      {k_escape, Key::back},     {'<', Key::back},
    {'?', Key::help},          {k_ctrl_c, Key::interrupt}, {KEY_BACKSPACE, Key::erase}, {127, Key::erase},
    {8, Key::erase},           {k_ctrl_u, Key::clear},     {'k', Key::up},            {'j', Key::down},
    {KEY_HOME, Key::first},    {KEY_PPAGE, Key::first},    {KEY_END, Key::last},      {KEY_NPAGE, Key::last},
};
// clang-format on

Key classify(int code) {
  for (const KeyName& k : k_keys) {
    if (k.code == code) {
      return k.key;
    }
  }
  return Key::other;
}

// What a key does in a list of `count` entries (a menu, the summary): Up and Down move `cursor`,
// wrapping round, Home/PageUp and End/PageDown to the first and last; Enter chooses the entry
// under it; Left, Esc and Backspace go back.
enum class ListKey { moved, chosen, back, other };

ListKey list_key(Key key, int& cursor, int count) {
  switch (key) {
  case Key::up:
    cursor = (cursor + count - 1) % count;
    return ListKey::moved;
  case Key::down:
    cursor = (cursor + 1) % count;
    return ListKey::moved;
  case Key::first:
  case Key::last:
    cursor = key == Key::first ? 0 : count - 1;
    return ListKey::moved;
  case Key::enter:
    return ListKey::chosen;
  case Key::back:
  case Key::erase:
    return ListKey::back;
  default:
    return ListKey::other;
  }
}

// What to say when `code`, a key typed in a menu of `count` choices, does nothing there: which
// keys do (a printable key or a digit out of range; other keys, such as Right, pass silently).
std::string unused_key_notice(int code, Key key, int count) {
  const bool digit = code >= '0' && code <= '9'; // read as a number by ask_menu
  if (key != Key::other || digit || code < 32 || code > 126) {
    return "";
  }
  return fmt::format("`{}` is not a choice here: press 1-{} or Up/Down then Enter", static_cast<char>(code), count);
}

// What Esc or Left says where there is no question to go back to: on question 1, that it is the
// first; later, that the answers before it were given, and where they are changed (as line mode
// says it).
std::string no_way_back(const Screen& screen) {
  if (screen.number <= 1) {
    return "This is the first question: there is no question before it to go back to.";
  }
  return "This is the first question asked: the answers before it were given (from the answers file, --set or the "
         "repository); change them in the summary at the end.";
}

// `text` in the lines `put_wrapped` draws it in from `column`.
std::vector<std::string> wrapped_at(int column, std::string_view text) {
  return wrap_words(text, std::max(10, COLS - column - 1));
}

int put_wrapped(int row, int column, std::string_view text, attr_t attributes = A_NORMAL) {
  attron(attributes);
  for (const std::string& line : wrapped_at(column, text)) {
    mvaddnstr(row++, column, line.c_str(), COLS - column);
  }
  attroff(attributes);
  return row;
}

// The keys that work on this screen, fitted to the terminal's width; "back" only where there is
// somewhere to go back to.
void put_footer(std::vector<KeyHint> hints, bool can_go_back) {
  if (!can_go_back) {
    std::erase_if(hints, [](const KeyHint& hint) { return hint.text.ends_with(" back"); });
  }
  attron(A_DIM);
  mvaddnstr(LINES - 1, 0, fit_key_hints(hints, static_cast<std::size_t>(std::max(COLS, 0))).c_str(), COLS);
  attroff(A_DIM);
}

// Ranks: the hints a narrow terminal drops first are the highest; the last left are how to go
// on (Enter) and how to stop (Ctrl-C). At 30 columns a menu keeps `Enter choose  Ctrl-C quit`.
const std::vector<KeyHint> k_menu_keys = {
    {"Up/Down move", "", 2}, {"Enter choose", "", 0},          {"1-N pick", "", 4},
    {"? help", "", 3},       {"Left/Esc back", "Esc back", 3}, {"Ctrl-C quit", "", 1}};
// The menu's keys, with `pick` ("1-8 pick", which must outlive them) for the numbers.
std::vector<KeyHint> menu_keys(const std::string& pick) {
  std::vector<KeyHint> keys = k_menu_keys;
  keys[2].text = pick;
  return keys;
}

const std::vector<KeyHint> k_typed_keys = {{"Type the answer", "", 4}, {"Enter accept", "", 0},
                                           {"Left/Right move", "", 5}, {"? help (empty field)", "? help", 3},
                                           {"Esc back", "", 3},        {"Ctrl-C quit", "", 1}};
const std::vector<KeyHint> k_summary_keys = {{"Up/Down move", "", 2},
                                             {"Enter change / show the result", "Enter choose", 0},
                                             {"Left/Esc back", "Esc back", 3},
                                             {"Ctrl-C quit", "", 1}};

// Moves or edits the typed field for the keys that do that: true when `code` was one of them.
bool edit_field(LineEdit& field, int code) {
  switch (code) {
  case KEY_LEFT:
    return field.left();
  case KEY_RIGHT:
    return field.right();
  case KEY_HOME:
  case k_ctrl_a:
    field.home();
    return true;
  case KEY_END:
  case k_ctrl_e:
    field.end();
    return true;
  case KEY_DC:
    field.erase_at();
    return true;
  default:
    break;
  }
  if (classify(code) == Key::erase) {
    field.erase_before(); // at the start it does nothing: Backspace never leaves the question
    return true;
  }
  if (classify(code) == Key::clear) {
    field.clear();
    return true;
  }
  return false;
}

// Draws the typed field at `row` (the part around the cursor when it is wider than the screen)
// and puts the terminal's cursor where the field's is.
void draw_field(int row, const LineEdit& field) {
  const FieldView view = field.view(static_cast<std::size_t>(std::max(1, COLS - 5)));
  mvaddstr(row, 2, "> ");
  addnstr(view.text.data(), static_cast<int>(view.text.size()));
  move(row, std::min(COLS - 1, 4 + static_cast<int>(view.cursor_column)));
}

// One row of a list that may scroll: its text, how it is drawn, and its column.
struct Line {
  std::string text;
  attr_t attributes = A_NORMAL;
  int column = 2;
};

void put_line(int row, const Line& line) {
  attron(line.attributes);
  mvaddnstr(row, line.column, line.text.c_str(), std::max(0, COLS - line.column));
  attroff(line.attributes);
}

// Adds `text`, wrapped from `column`, to the messages above the footer, each line drawn so.
void add_message(std::vector<Line>& lines, std::string_view text, attr_t attributes, int column = 0) {
  for (std::string& line : wrapped_at(column, text)) {
    lines.push_back(Line{std::move(line), attributes, column});
  }
}

// The messages of a screen: a refused answer's `error` after "! ", then `notice`, each on lines of
// its own, so that neither runs over the other.
std::vector<Line> message_lines(const std::string& error, std::string_view notice, attr_t error_attributes) {
  std::vector<Line> lines;
  if (!error.empty()) {
    add_message(lines, "! " + error, error_attributes);
  }
  add_message(lines, notice, A_BOLD);
  return lines;
}

// Draws the messages in the `rows` rows above the footer, down to it: as many lines as fit, the
// first first.
void put_messages(const std::vector<Line>& lines, std::size_t rows) {
  const std::size_t shown = std::min(lines.size(), rows);
  int row = LINES - 1 - static_cast<int>(shown);
  for (std::size_t i = 0; i < shown; ++i) {
    put_line(row++, lines[i]);
  }
}

// Draws `lines` in the rows [row, row + height). When they do not fit, the first row says "more
// above" when there is more above, the last "more below" when there is more below, and lines
// [first, end) (the cursor's) are in view (scroll_window).
void draw_scrolled(const std::vector<Line>& lines, int row, int height, int first, int end) {
  const ScrollWindow window = scroll_window(static_cast<int>(lines.size()), height, first, end);
  if (window.above) {
    put_line(row++, Line{"^ more above", A_BOLD});
  }
  for (int i = window.top; i < window.top + window.shown; ++i) {
    put_line(row++, lines[static_cast<std::size_t>(i)]);
  }
  if (window.below) {
    put_line(row, Line{"v more below", A_BOLD});
  }
}

// Each choice's help, wrapped under it.
std::vector<std::vector<std::string>> choice_help(const std::vector<MenuItem>& items) {
  std::vector<std::vector<std::string>> help;
  help.reserve(items.size());
  for (const MenuItem& item : items) {
    help.push_back(wrap_words(item.help, std::max(10, COLS - 9)));
  }
  return help;
}

// The menu in the rows `rows` (from its first row down to the messages): every choice, the
// cursor's highlighted, with its help under it, and the others' where all of it fits
// (menu_help_shown); scrolled so that the cursor's choice and its help are in view.
void draw_menu(const std::vector<MenuItem>& items, int cursor, AnswerRows rows) {
  const int row = rows.top;
  const int height = std::max(3, rows.end - row);
  const std::vector<std::vector<std::string>> help = choice_help(items);
  std::vector<std::size_t> help_lines;
  help_lines.reserve(help.size());
  for (const auto& lines : help) {
    help_lines.push_back(lines.size());
  }
  const std::vector<bool> shown = menu_help_shown(help_lines, cursor, height);
  std::vector<Line> lines;
  int first = 0;
  int end = 0;
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    const auto at = static_cast<std::size_t>(i);
    first = i == cursor ? static_cast<int>(lines.size()) : first;
    lines.push_back(Line{fmt::format("{} {}) {}", i == cursor ? '>' : ' ', i + 1, items[at].label),
                         i == cursor ? A_REVERSE : A_NORMAL});
    for (const std::string& text : shown[at] ? help[at] : std::vector<std::string>{}) {
      lines.push_back(Line{text, A_DIM, 8});
    }
    end = i == cursor ? static_cast<int>(lines.size()) : end;
  }
  draw_scrolled(lines, row, height, first, end);
}

// The rows a menu needs in view, the blank above it included: every line of a short one, else the
// three that show where the cursor is ("more above", its line, "more below").
std::size_t menu_rows(const std::vector<MenuItem>& items) {
  std::size_t lines = 0;
  for (const MenuItem& item : items) {
    lines += 1 + wrap_words(item.help, std::max(10, COLS - 9)).size();
  }
  return 1 + std::min<std::size_t>(lines, 3);
}

// The rows a typed field needs, the blank above it included: its hint, a blank and the field.
std::size_t typed_rows(std::string_view hint) { return 3 + wrapped_at(2, hint).size(); }

// The help lines that fit (`fit`), the last saying that the rest needs a taller terminal when cut.
int put_help(int row, const std::string& help, const QuestionFit& fit) {
  std::vector<std::string> lines = wrapped_at(2, help);
  lines.resize(fit.help_lines);
  if (fit.help_cut && !lines.empty()) {
    lines.back() = "... (more on a taller terminal)";
  }
  attron(A_DIM);
  for (const std::string& line : lines) {
    mvaddnstr(row++, 2, line.c_str(), std::max(0, COLS - 2));
  }
  attroff(A_DIM);
  return row;
}

// What a terminal too short for the question shows instead of it, until it is made taller.
void put_too_small() {
  erase();
  put_wrapped(0, 0,
              fmt::format("This terminal ({} rows) is too short for this question. Make it taller, or quit with Ctrl-C "
                          "and run `ragft ask --plain`.",
                          LINES),
              A_BOLD);
}

// The summary's rows and "Show the result", scrolled so that the cursor is in view; under them a
// refused answer's error (drawn with `error_attributes`) and the question of the row under the
// cursor, wrapped whole above the footer.
void draw_summary_rows(const Screen& screen, int cursor, attr_t error_attributes) {
  const int count = static_cast<int>(screen.rows.size()) + 1;
  const std::size_t label_width = summary_label_width(screen.rows);
  std::vector<Line> lines;
  lines.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    const bool last = i == count - 1;
    const std::string text =
        last ? "Show the result" : summary_row_text(screen.rows[static_cast<std::size_t>(i)], label_width);
    lines.push_back(Line{fmt::format("{} {}", i == cursor ? '>' : ' ', text),
                         i == cursor ? A_REVERSE : (last ? A_BOLD : A_NORMAL)});
  }
  std::vector<Line> messages = message_lines(screen.error, "", error_attributes);
  if (cursor < count - 1) {
    add_message(messages, screen.rows[static_cast<std::size_t>(cursor)].text, A_DIM, 2);
  }
  const int list_rows = summary_list_rows(LINES, messages.size());
  draw_scrolled(lines, k_rows_above_question, list_rows, cursor, cursor + 1);
  put_messages(messages, static_cast<std::size_t>(std::max(0, LINES - 1 - k_rows_above_question - list_rows)));
}

int suggested_index(const std::vector<MenuItem>& items, const Screen& screen) {
  for (std::size_t i = 0; screen.suggested && i < items.size(); ++i) {
    if (items[i].value == *screen.suggested) {
      return static_cast<int>(i);
    }
  }
  return 0;
}

// What Enter does in a typed field, and how to answer "don't know".
std::string typed_hint(const Screen& screen, bool is_number) {
  if (!is_number) {
    return screen.suggested_text.empty() ? "" : fmt::format("Enter keeps: {}", screen.suggested_text);
  }
  if (screen.suggested_text.empty()) {
    return "Type a whole number, or press Enter if you don't know.";
  }
  return fmt::format("Enter keeps: {}. Type another whole number, or `unknown` if you don't know.",
                     screen.suggested_text);
}

} // namespace

std::unique_ptr<TerminalPrompter> TerminalPrompter::open(bool color) {
  std::FILE* tty = std::fopen("/dev/tty", "r+");
  if (tty == nullptr) {
    return nullptr;
  }
  std::setlocale(LC_ALL, "");
  SCREEN* screen = newterm(nullptr, tty, tty);
  if (screen == nullptr) {
    std::fclose(tty);
    return nullptr;
  }
  return std::unique_ptr<TerminalPrompter>(new TerminalPrompter(tty, screen, color));
}

TerminalPrompter::TerminalPrompter(std::FILE* tty, SCREEN* screen, bool color)
    : m_tty(tty), m_screen(screen), m_color(color && has_colors()) {
  set_term(m_screen);
  raw(); // Ctrl-C arrives as a key, so the terminal is restored before exiting
  noecho();
  keypad(stdscr, TRUE);
  set_escdelay(50);
  if (m_color) {
    start_color();
    use_default_colors();
    init_pair(k_accent, COLOR_CYAN, -1);
    init_pair(k_alarm, COLOR_RED, -1);
    init_pair(k_good, COLOR_GREEN, -1);
  }
}

TerminalPrompter::~TerminalPrompter() {
  endwin();
  delscreen(m_screen);
  std::fclose(m_tty);
}

int TerminalPrompter::read_key() {
  refresh();
  const int code = getch();
  if (code == ERR && interrupt_requested()) {
    throw Interrupted(); // SIGTERM: the read returned without a key
  }
  if (code == ERR) {
    throw EndOfInput("the terminal closed"); // never spin on a terminal that has gone
  }
  if (classify(code) == Key::interrupt) {
    throw Interrupted();
  }
  return code;
}

// The key typed within `milliseconds`, or ERR when none came.
int TerminalPrompter::key_within(int milliseconds) {
  timeout(milliseconds);
  const int code = getch();
  timeout(-1);
  if (code == ERR && interrupt_requested()) {
    throw Interrupted();
  }
  if (code != ERR && classify(code) == Key::interrupt) {
    throw Interrupted();
  }
  return code;
}

// The number typed from the digit `first` on, in a menu of `count` choices: the digits that came
// with it, and on a list of 10 or more, a second digit typed soon after a first that can start a
// choice's number. The key that ends the number is dropped with it.
int TerminalPrompter::read_number(int first, int count) {
  constexpr int k_largest = 1000; // no menu is longer; more digits only keep it out of range
  int number = first - '0';
  const int wait = count >= 10 && number * 10 <= count ? k_second_digit_ms : k_together_ms;
  for (int code = key_within(wait); code >= '0' && code <= '9'; code = key_within(k_together_ms)) {
    number = std::min(k_largest, number * 10 + (code - '0'));
  }
  return number;
}

// The choice that the number typed from `code` on picks, when `code` is a digit; nullopt otherwise,
// with `notice` saying why when the number is no choice of `items`.
std::optional<Action> TerminalPrompter::pick_by_number(int code, const std::vector<MenuItem>& items,
                                                       std::string& notice) {
  if (code < '0' || code > '9') {
    return std::nullopt;
  }
  const int count = static_cast<int>(items.size());
  const int number = read_number(code, count);
  flushinp(); // keys typed ahead with the answer do not answer the next question unseen
  if (number >= 1 && number <= count) {
    return Action::picked(items[static_cast<std::size_t>(number - 1)].value);
  }
  notice = fmt::format("`{}` is not a choice here: press 1-{} or Up/Down then Enter", number, count);
  return std::nullopt;
}

Action TerminalPrompter::ask(const RuleBase& rules, const Screen& screen) {
  if (screen.kind == ScreenKind::summary) {
    return ask_summary(screen);
  }
  return menu(rules, screen.question).empty() ? ask_typed(rules, screen) : ask_menu(rules, screen);
}

AnswerRows TerminalPrompter::draw_question(const RuleBase& rules, const Screen& screen, bool help,
                                           std::size_t answer_rows, std::string_view notice) {
  const std::string question = question_text(rules, screen.question);
  const std::string help_text = help ? question_help(rules, screen.question) : std::string();
  const std::vector<Line> messages =
      message_lines(screen.error, notice, m_color ? COLOR_PAIR(k_alarm) | A_BOLD : A_BOLD);
  const QuestionFit fit = fit_question(LINES, wrapped_at(0, question).size(), wrapped_at(2, help_text).size(),
                                       answer_rows, messages.size());
  if (fit.too_small) {
    put_too_small();
    return AnswerRows{};
  }
  draw_header(screen);
  const int row = put_help(put_wrapped(k_rows_above_question, 0, question, A_BOLD), help_text, fit);
  put_messages(messages, fit.message_rows);
  return AnswerRows{row + 1, LINES - 1 - static_cast<int>(fit.message_rows)};
}

// A cleared screen with the question's number and the leaning on top.
void TerminalPrompter::draw_header(const Screen& screen) {
  erase();
  const attr_t accent = m_color ? COLOR_PAIR(k_accent) : A_NORMAL;
  attron(A_BOLD | accent);
  mvaddstr(0, 0, fmt::format("ragft ask  question {} of {}", screen.number, screen.total).c_str());
  attroff(A_BOLD | accent);
  const std::string leaning = leaning_text(screen, static_cast<std::size_t>(std::max(COLS, 0)));
  attron(m_color ? COLOR_PAIR(k_good) : A_BOLD);
  mvaddnstr(1, 0, leaning.c_str(), COLS);
  attroff(m_color ? COLOR_PAIR(k_good) : A_BOLD);
}

Action TerminalPrompter::ask_menu(const RuleBase& rules, const Screen& screen) {
  const std::vector<MenuItem> items = menu(rules, screen.question);
  const int count = static_cast<int>(items.size());
  int cursor = suggested_index(items, screen);
  bool help = false;
  std::string notice;
  const std::string pick = fmt::format("1-{} pick", count); // the numbers that pick here
  const std::vector<KeyHint> keys = menu_keys(pick);
  for (;;) {
    const AnswerRows rows = draw_question(rules, screen, help, menu_rows(items), notice);
    if (rows.top < 0) {
      read_key(); // only a taller terminal (or Ctrl-C) does anything
      continue;
    }
    draw_menu(items, cursor, rows);
    put_footer(keys, screen.can_go_back);
    const int code = read_key();
    const Key key = classify(code);
    notice = unused_key_notice(code, key, count);
    switch (list_key(key, cursor, count)) {
    case ListKey::chosen:
      return Action::picked(items[static_cast<std::size_t>(cursor)].value);
    case ListKey::back:
      if (screen.can_go_back) {
        return Action::back();
      }
      notice = no_way_back(screen);
      break;
    case ListKey::moved:
      break;
    case ListKey::other:
      help = key == Key::help ? !help : help;
      if (auto picked = pick_by_number(code, items, notice)) { // a digit; nothing for `?`
        return *picked;
      }
    }
  }
}

// A refused answer comes back in the field, to mend rather than retype.
Action TerminalPrompter::ask_typed(const RuleBase& rules, const Screen& screen) {
  LineEdit field(screen.refused_text);
  bool help = false;
  const bool is_number = screen.question != k_project_question;
  std::string notice;
  const std::string hint = typed_hint(screen, is_number);
  for (;;) {
    const AnswerRows rows = draw_question(rules, screen, help, typed_rows(hint), notice);
    if (rows.top < 0) {
      read_key(); // only a taller terminal (or Ctrl-C) does anything
      continue;
    }
    const int row = put_wrapped(rows.top, 2, hint, A_DIM);
    put_footer(k_typed_keys, screen.can_go_back);
    draw_field(row + 1, field);
    curs_set(1);
    const int code = read_key();
    curs_set(0);
    const Key key = classify(code);
    const bool empty = field.text().empty();
    notice.clear();
    if (key == Key::enter) {
      return Action::typed(field.text());
    }
    if (code == k_escape || (code == KEY_LEFT && empty)) { // Esc, or Left from an empty field; Backspace only erases
      if (screen.can_go_back) {
        return Action::back();
      }
      notice = no_way_back(screen);
      continue;
    }
    if (key == Key::help && empty) {
      help = !help;
    } else if (!edit_field(field, code) && code >= 32 && code < 256 && code != 127) {
      field.insert(static_cast<char>(code));
    }
  }
}

Action TerminalPrompter::ask_summary(const Screen& screen) {
  const int count = static_cast<int>(screen.rows.size()) + 1; // the rows, then "Show the result"
  int cursor = count - 1;
  for (;;) {
    erase();
    attron(A_BOLD | (m_color ? COLOR_PAIR(k_accent) : A_NORMAL));
    mvaddstr(0, 0, summary_title(static_cast<std::size_t>(std::max(COLS, 0))).c_str());
    attroff(A_BOLD | (m_color ? COLOR_PAIR(k_accent) : A_NORMAL));
    mvaddnstr(1, 0, leaning_text(screen, static_cast<std::size_t>(std::max(COLS, 0))).c_str(), COLS);
    draw_summary_rows(screen, cursor, A_BOLD);
    put_footer(k_summary_keys, true);
    switch (list_key(classify(read_key()), cursor, count)) {
    case ListKey::chosen:
      return cursor == count - 1 ? Action::finish()
                                 : Action::edit(screen.rows[static_cast<std::size_t>(cursor)].question);
    case ListKey::back:
      return Action::back();
    case ListKey::moved:
    case ListKey::other:
      break;
    }
  }
}

} // namespace ragft::cli
