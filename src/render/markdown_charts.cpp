#include "render/markdown_charts.hpp"

#include <ragft/render/charts.hpp>

#include <cmath>
#include <sstream>

#include <fmt/format.h>

namespace ragft {

namespace {

// The colour of each verdict's line (indexed by `Verdict`), said in words beside the chart too.
constexpr std::string_view k_palette = "#1f77b4, #ff7f0e, #2ca02c";
constexpr std::string_view k_colour_names[] = {"blue", "orange", "green"};
constexpr Confidence k_confidences[] = {Confidence::high, Confidence::medium, Confidence::low};
// A portfolio slice's colour: the verdict's hue (as its line's), lighter as confidence falls;
// indexed by `Verdict`, then high, medium, low.
constexpr std::string_view k_slice_colours[3][3] = {
    {"#3182bd", "#6baed6", "#c6dbef"}, {"#e6550d", "#fd8d3c", "#fdd0a2"}, {"#31a354", "#74c476", "#c7e9c0"}};

std::string chart_money(double x) { return group_thousands(std::llround(x)); }

void open_xychart(std::ostream& out, std::string_view palette, bool data_labels) {
  out << "```mermaid\n";
  out << fmt::format(R"(%%{{init: {{"xyChart": {{"showDataLabel": {}}}, )"
                     R"("themeVariables": {{"xyChart": {{"plotColorPalette": "{}"}}}}}}}}%%)",
                     data_labels ? "true" : "false", palette)
      << '\n';
  out << "xychart-beta\n";
}

std::string verdict_categories() {
  return fmt::format("[\"{}\", \"{}\", \"{}\"]", to_string(Verdict::rag), to_string(Verdict::fine_tune),
                     to_string(Verdict::hybrid));
}

void score_table(std::ostream& out, const Assessment& a, bool project_level) {
  out << "| Verdict | Score (points) | |\n|---|--:|---|\n";
  const std::string_view winner = project_level ? "what the project-level facts alone point to" : "the verdict";
  for (Verdict v : k_verdicts) {
    std::string note = v == a.verdict ? std::string(winner) : "";
    if (a.blocked[v]) {
      note += note.empty() ? "blocked" : ", blocked";
    }
    const std::string name = v == a.verdict ? fmt::format("**{}**", to_string(v)) : std::string(to_string(v));
    out << fmt::format("| {} | {:g} | {} |\n", name, a.scores[v], note);
  }
}

std::string cost_values(const std::vector<double>& values) {
  std::vector<std::string> cells;
  cells.reserve(values.size());
  for (double x : values) {
    cells.push_back(fmt::format("{}", std::llround(x)));
  }
  return fmt::format("[{}]", fmt::join(cells, ", "));
}

void cost_lines(std::ostream& out, const CostReport& c) {
  const int horizon = c.estimate.inputs.horizon_months;
  std::vector<int> months;
  for (int m = 0; m <= horizon; ++m) {
    months.push_back(m);
  }
  out << fmt::format("  title \"Cumulative cost over {} months\"\n", horizon);
  out << fmt::format("  x-axis \"month\" [{}]\n", fmt::join(months, ", "));
  PerVerdict<std::vector<double>> cumulative;
  for (Verdict v : k_verdicts) {
    cumulative[v] = c.estimate.verdicts[v].cumulative;
  }
  out << fmt::format("  y-axis \"cumulative cost ({})\" 0 --> {:.0f}\n", c.currency, zero_based_axis_top(cumulative));
  for (Verdict v : k_verdicts) {
    out << fmt::format("  line \"{}\" {}\n", to_string(v), cost_values(c.estimate.verdicts[v].cumulative));
  }
}

void cost_table(std::ostream& out, const CostReport& c) {
  out << fmt::format("| Month | rag ({0}) | fine-tune ({0}) | hybrid ({0}) |\n|--:|--:|--:|--:|\n", c.currency);
  const PerVerdict<VerdictCost>& vc = c.estimate.verdicts;
  for (std::size_t m = 0; m < vc[Verdict::rag].cumulative.size(); ++m) {
    out << fmt::format("| {} | {} | {} | {} |\n", m, chart_money(vc[Verdict::rag].cumulative[m]),
                       chart_money(vc[Verdict::fine_tune].cumulative[m]),
                       chart_money(vc[Verdict::hybrid].cumulative[m]));
  }
}

void portfolio_table(std::ostream& out, const VerdictCounts& counts) {
  out << "| Verdict | high | medium | low | all |\n|---|--:|--:|--:|--:|\n";
  for (Verdict v : k_verdicts) {
    const auto& n = counts.counts[v];
    out << fmt::format("| {} | {} | {} | {} | {} |\n", to_string(v), n[static_cast<std::size_t>(Confidence::high)],
                       n[static_cast<std::size_t>(Confidence::medium)], n[static_cast<std::size_t>(Confidence::low)],
                       counts.per_verdict[v]);
  }
}

} // namespace

std::string_view project_level_note(bool project_level) {
  return project_level ? "The verdict comes from the components; these are the scores of the project-level facts "
                         "alone, without any component's own facts.\n\n"
                       : "";
}

void markdown_score_chart(std::ostream& out, const Assessment& a, bool project_level) {
  if (!a.score_axis) {
    return;
  }
  open_xychart(out, "#1f77b4, #555555", true);
  // Mermaid's bars rise from the bottom of the axis: with a negative score, the title says where
  // that is and a line marks zero.
  const std::string_view title = project_level ? "Score per verdict, project-level facts alone" : "Score per verdict";
  out << (a.score_axis->low < 0 ? fmt::format("  title \"{} (bars rise from {:g})\"\n", title, a.score_axis->low)
                                : fmt::format("  title \"{}\"\n", title));
  out << fmt::format("  x-axis \"verdict\" {}\n", verdict_categories());
  out << fmt::format("  y-axis \"score (points)\" {:g} --> {:g}\n", a.score_axis->low, a.score_axis->high);
  out << fmt::format("  bar [{:g}, {:g}, {:g}]\n", a.scores[Verdict::rag], a.scores[Verdict::fine_tune],
                     a.scores[Verdict::hybrid]);
  if (a.score_axis->low < 0) {
    out << "  line \"zero\" [0, 0, 0]\n";
  }
  out << "```\n\n";
  score_table(out, a, project_level);
}

void markdown_cost_chart(std::ostream& out, const CostReport& c) {
  if (c.estimate.verdicts[Verdict::rag].cumulative.size() < 2) {
    return;
  }
  open_xychart(out, k_palette, false);
  cost_lines(out, c);
  out << "```\n\n";
  out << fmt::format("Lines: rag {}, fine-tune {}, hybrid {}; month 0 is the one-off cost.\n\n", k_colour_names[0],
                     k_colour_names[1], k_colour_names[2]);
  cost_table(out, c);
  out << "\nBreak-even:\n\n";
  for (const std::string& line : c.break_evens) {
    out << "- " << markdown_cell(line) << '\n';
  }
}

void markdown_portfolio_chart(std::ostream& out, const VerdictCounts& counts) {
  if (counts.total == 0) {
    return;
  }
  std::vector<std::string> colours; // Mermaid colours the slices pie1, pie2, ... in their order
  std::string slices;
  for (Verdict v : k_verdicts) {
    for (std::size_t i = 0; i < 3; ++i) {
      if (const int n = counts.counts[v][static_cast<std::size_t>(k_confidences[i])]; n > 0) {
        colours.push_back(
            fmt::format("\"pie{}\": \"{}\"", colours.size() + 1, k_slice_colours[static_cast<int>(v)][i]));
        slices += fmt::format("  \"{}, {} confidence\" : {}\n", to_string(v), to_string(k_confidences[i]), n);
      }
    }
  }
  out << fmt::format("```mermaid\n%%{{init: {{\"themeVariables\": {{{}}}}}}}%%\n", fmt::join(colours, ", "));
  out << "pie showData\n  title Verdicts by confidence\n" << slices << "```\n\n";
  portfolio_table(out, counts);
}

std::string adr_charts_section(const ResultEntry& entry, const CostReport& cost) {
  const Assessment& a = entry.assessment;
  std::ostringstream out;
  out << "\n## Scores and Costs\n\n"
         "<!-- Written by `ragft adr new` as Mermaid charts, which GitHub and GitLab draw; delete this "
         "section if it does not help. `ragft check` does not read it. -->\n";
  if (a.score_axis) {
    out << "\n### Scores\n\n" << project_level_note(entry.from_components);
    markdown_score_chart(out, a, entry.from_components);
  }
  out << fmt::format("\n### Cumulative Cost ({}, prices: {})\n\n", cost.currency, markdown_cell(cost.prices_origin));
  markdown_cost_chart(out, cost);
  return out.str();
}

} // namespace ragft
