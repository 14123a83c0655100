#pragma once
// The flat view of a result for tables (text table, CSV, Markdown): one row for the project, then
// one per component. Built from the report model; renderers only format the rows.

#include <optional>
#include <string>
#include <vector>

#include <ragft/report/report.hpp>

namespace ragft {

struct ResultRow {
  std::string file; // `file` or `file#N`
  std::string project;
  std::string component; // empty on the project's row
  Verdict verdict = Verdict::rag;
  PerVerdict<double> scores;
  Confidence confidence = Confidence::low;
  std::optional<DecisionCheck> decision;
  // The project's row of a project whose verdict comes from its components: `scores` are what the
  // project-level facts alone say, not what decided the verdict.
  bool project_level_scores = false;
  PerVerdict<bool> blocked; // ruled out by a hard limit, whatever its score
};

// True when `v`'s score is one a hard limit rules out, whatever it is: a table that shows scores
// alone reads a blocked score as an option within reach, ahead of the verdict (readers11: rag 8.5,
// hybrid 8.5, verdict rag, hybrid blocked by too few examples) or a close second behind it
// (readers16: rag 13.5, hybrid 12.5, blocked). Never on a row whose scores are project-level only.
bool score_blocked(const ResultRow& row, Verdict v);
// True when some score of the row is `score_blocked`: the table then explains the mark.
bool any_score_blocked(const ResultRow& row);

// The project's row (its overall verdict and confidence, with the project-level scores), then one
// row per component.
std::vector<ResultRow> result_rows(const ResultEntry& entry);

} // namespace ragft
