#include <ragft/report/result_rows.hpp>

#include <algorithm>

namespace ragft {

std::vector<ResultRow> result_rows(const ResultEntry& entry) {
  std::vector<ResultRow> rows;
  rows.reserve(entry.components.size() + 1);
  rows.push_back(ResultRow{entry.file, entry.project, "", entry.verdict, entry.assessment.scores, entry.confidence,
                           entry.decision, entry.from_components, entry.assessment.blocked});
  for (const ComponentEntry& c : entry.components) {
    const Assessment& a = c.assessment;
    rows.push_back(
        ResultRow{entry.file, entry.project, c.name, a.verdict, a.scores, a.confidence, c.decision, false, a.blocked});
  }
  return rows;
}

bool score_blocked(const ResultRow& row, Verdict v) { return !row.project_level_scores && row.blocked[v]; }

bool any_score_blocked(const ResultRow& row) {
  return std::any_of(k_verdicts.begin(), k_verdicts.end(), [&](Verdict v) { return score_blocked(row, v); });
}

} // namespace ragft
