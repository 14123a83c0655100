#include <ragft/report/result_rows.hpp>

namespace ragft {

std::vector<ResultRow> result_rows(const ResultEntry& entry) {
  std::vector<ResultRow> rows;
  rows.reserve(entry.components.size() + 1);
  rows.push_back(ResultRow{entry.file, entry.project, "", entry.verdict, entry.assessment.scores, entry.confidence,
                           entry.decision, entry.from_components});
  for (const ComponentEntry& c : entry.components) {
    const Assessment& a = c.assessment;
    rows.push_back(ResultRow{entry.file, entry.project, c.name, a.verdict, a.scores, a.confidence, c.decision, false});
  }
  return rows;
}

} // namespace ragft
