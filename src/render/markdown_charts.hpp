#pragma once
// Mermaid charts for the Markdown outputs (fenced ```mermaid blocks, which GitHub and GitLab draw),
// each followed by its numbers in a table, for readers without Mermaid and for screen readers.
// Each writes nothing when its data is missing. They format the report model and compute nothing.
// Internal to the library.

#include <ostream>
#include <string>
#include <string_view>

#include <ragft/explain/explain.hpp>
#include <ragft/report/charts.hpp>
#include <ragft/report/report.hpp>

namespace ragft {

// The three scores of `a` as bars (y axis in points), and a table of them with the verdict and the
// blocked verdicts marked. Nothing when no rule fired (`a.score_axis` is empty). `project_level`:
// `a` is a component project's own part, what its project-level facts alone say, while its verdict
// comes from its components; the title and the table say so.
void markdown_score_chart(std::ostream& out, const Assessment& a, bool project_level);

// "The verdict comes from the components; these are the scores of the project-level facts alone
// ..." for a chart of a component project's own scores; "" otherwise.
std::string_view project_level_note(bool project_level);

// The cumulative cost of each verdict, month by month over the horizon, as lines (y axis in the
// price sheet's currency), then the same numbers as a table and where the costs cross (the
// break-even). Nothing when the horizon holds fewer than two months to draw.
void markdown_cost_chart(std::ostream& out, const CostReport& c);

// How many results got each verdict, by confidence: a pie and a table. Nothing for no result.
void markdown_portfolio_chart(std::ostream& out, const VerdictCounts& counts);

// A Markdown table cell or line of prose: `|` escaped, line breaks as spaces (markdown.cpp).
std::string markdown_cell(std::string_view text);

} // namespace ragft
