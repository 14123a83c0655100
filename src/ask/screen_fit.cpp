#include <ragft/ask/screen_fit.hpp>

#include <algorithm>

namespace ragft {

QuestionFit fit_question(int rows, std::size_t question_lines, std::size_t help_lines, std::size_t answer_rows,
                         std::size_t message_lines) {
  const long room = static_cast<long>(rows) - k_rows_above_question - k_rows_below_answer -
                    static_cast<long>(question_lines) - static_cast<long>(answer_rows);
  QuestionFit fit;
  if (room < 0) {
    fit.too_small = true;
    return fit;
  }
  const std::size_t more = message_lines > k_message_rows ? message_lines - k_message_rows : 0;
  const std::size_t extra = std::min(more, static_cast<std::size_t>(room)); // from the help's rows
  fit.message_rows = k_message_rows + extra;
  const std::size_t left = static_cast<std::size_t>(room) - extra;
  fit.help_cut = help_lines > left;
  fit.help_lines = std::min(help_lines, left);
  return fit;
}

int summary_list_rows(int rows, std::size_t message_lines) {
  const long messages = static_cast<long>(std::max(message_lines, k_message_rows));
  return static_cast<int>(std::max(3L, static_cast<long>(rows) - k_rows_above_question - 1 - messages));
}

ScrollWindow scroll_window(int count, int height, int first, int end) {
  if (count <= height) {
    return ScrollWindow{0, std::max(0, count), false, false};
  }
  const int one_marker = std::max(1, height - 1);
  if (end <= one_marker) {
    return ScrollWindow{0, one_marker, false, true}; // at the top: "more below" alone
  }
  if (first >= count - one_marker) {
    return ScrollWindow{count - one_marker, one_marker, true, false}; // at the bottom: "more above" alone
  }
  const int inner = std::max(1, height - 2);
  const int top = std::clamp(std::min(end - inner, first), 1, std::max(1, count - inner - 1));
  return ScrollWindow{top, inner, true, true};
}

std::vector<bool> menu_help_shown(const std::vector<std::size_t>& help_lines, int cursor, int height) {
  std::size_t all = help_lines.size();
  for (const std::size_t lines : help_lines) {
    all += lines;
  }
  std::vector<bool> shown(help_lines.size(), all <= static_cast<std::size_t>(std::max(0, height)));
  if (cursor >= 0 && static_cast<std::size_t>(cursor) < shown.size()) {
    shown[static_cast<std::size_t>(cursor)] = true;
  }
  return shown;
}

} // namespace ragft
