#include <ragft/ask/screen_fit.hpp>

#include <algorithm>

namespace ragft {

QuestionFit fit_question(int rows, std::size_t question_lines, std::size_t help_lines, std::size_t answer_rows) {
  const long room = static_cast<long>(rows) - k_rows_above_question - k_rows_below_answer -
                    static_cast<long>(question_lines) - static_cast<long>(answer_rows);
  QuestionFit fit;
  if (room < 0) {
    fit.too_small = true;
    return fit;
  }
  const auto left = static_cast<std::size_t>(room);
  fit.help_cut = help_lines > left;
  fit.help_lines = std::min(help_lines, left);
  return fit;
}

} // namespace ragft
