#include <ragft/ask/summary_layout.hpp>

#include <ragft/base/wrap.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace ragft {

std::size_t summary_label_width(const std::vector<SummaryRow>& rows) {
  std::size_t width = 0;
  for (const SummaryRow& row : rows) {
    width = std::max(width, static_cast<std::size_t>(display_width(row.label)));
  }
  return std::min(width, k_summary_label_column_max);
}

std::string summary_row_text(const SummaryRow& row, std::size_t label_width) {
  const auto used = static_cast<std::size_t>(display_width(row.label));
  const std::size_t padding = used < label_width ? label_width - used : 0;
  return row.label + std::string(padding + 1, ' ') + row.value;
}

std::string summary_title(std::size_t columns) {
  constexpr std::array<std::string_view, 4> k_titles = {
      "ragft ask  summary: check the answers, Enter on one to change it",
      "summary: check the answers, Enter on one to change it", "summary: Enter on an answer to change it", "summary"};
  for (const std::string_view title : k_titles) {
    if (title.size() <= columns) {
      return std::string(title);
    }
  }
  return std::string(k_titles.back().substr(0, columns));
}

namespace {

std::string leaning_line(const Outcome& leaning, bool blocked_scores) {
  const auto score = [&leaning, blocked_scores](Verdict v) {
    if (!leaning.blocked[v]) {
      return fmt::format("{:g}", leaning.scores[v]);
    }
    return blocked_scores ? fmt::format("{:g} blocked", leaning.scores[v]) : std::string("blocked");
  };
  return fmt::format("leaning: {} (rag {}, fine-tune {}, hybrid {})", to_string(leaning.verdict), score(Verdict::rag),
                     score(Verdict::fine_tune), score(Verdict::hybrid));
}

} // namespace

std::string leaning_text(const Screen& screen, std::size_t columns) {
  if (screen.known_facts == 0) {
    return "";
  }
  std::string full = leaning_line(screen.leaning, true);
  return full.size() <= columns ? full : leaning_line(screen.leaning, false);
}

} // namespace ragft
