#include <ragft/ask/summary_layout.hpp>

#include <ragft/base/wrap.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

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
  return row.label + std::string(padding + k_summary_gap, ' ') + row.value;
}

std::vector<std::string> summary_row_lines(const SummaryRow& row, std::size_t label_width, std::size_t columns) {
  const std::string first = summary_row_text(row, label_width);
  if (columns == 0 || static_cast<std::size_t>(display_width(first)) <= columns) {
    return {first};
  }
  const std::size_t value_column =
      static_cast<std::size_t>(display_width(first)) - static_cast<std::size_t>(display_width(row.value));
  const bool under_value = value_column + k_summary_value_min <= columns;
  const std::size_t indent = under_value ? value_column : 4;
  std::vector<std::string> lines;
  if (under_value) {
    const std::vector<std::string> value = wrap_words(row.value, static_cast<int>(columns - indent));
    lines.push_back(first.substr(0, first.size() - row.value.size()) + (value.empty() ? "" : value.front()));
    for (std::size_t i = 1; i < value.size(); ++i) {
      lines.push_back(std::string(indent, ' ') + value[i]);
    }
    return lines;
  }
  lines.push_back(row.label); // the value on the lines below, indented
  for (const std::string& line : wrap_words(row.value, static_cast<int>(columns > indent ? columns - indent : 1))) {
    lines.push_back(std::string(indent, ' ') + line);
  }
  return lines;
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
  return fmt::format("leaning: {} (rag {}, fine-tune {}, hybrid {})", leaning_name(leaning), score(Verdict::rag),
                     score(Verdict::fine_tune), score(Verdict::hybrid));
}

} // namespace

std::string leaning_name(const Outcome& leaning) {
  std::vector<std::string> tied;
  for (const Verdict v : k_verdicts) {
    if (!leaning.blocked[v] && leaning.scores[v] == leaning.scores[leaning.verdict]) {
      tied.emplace_back(to_string(v));
    }
  }
  if (leaning.all_blocked || tied.size() < 2) {
    return std::string(to_string(leaning.verdict));
  }
  const std::string last = tied.back();
  tied.pop_back();
  return fmt::format("{} and {} tied", fmt::join(tied, ", "), last);
}

std::string leaning_text(const Screen& screen, std::size_t columns) {
  if (screen.known_facts == 0) {
    return "";
  }
  std::string full = leaning_line(screen.leaning, true);
  return full.size() <= columns ? full : leaning_line(screen.leaning, false);
}

} // namespace ragft
