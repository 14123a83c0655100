#include <ragft/report/charts.hpp>

#include <algorithm>
#include <cmath>

namespace ragft {

void add_to_counts(VerdictCounts& counts, Verdict verdict, Confidence confidence) {
  ++counts.counts[verdict][static_cast<std::size_t>(confidence)];
  ++counts.per_verdict[verdict];
  ++counts.total;
}

std::optional<ScoreAxis> score_axis(const PerVerdict<double>& scores) {
  ScoreAxis axis;
  for (Verdict v : k_verdicts) {
    axis.low = std::min(axis.low, scores[v]);
    axis.high = std::max(axis.high, scores[v]);
  }
  if (axis.low == 0 && axis.high == 0) {
    return std::nullopt;
  }
  return axis;
}

double zero_based_axis_top(const PerVerdict<std::vector<double>>& series) {
  double top = 1;
  for (Verdict v : k_verdicts) {
    for (const double x : series[v]) {
      top = std::max(top, std::ceil(x));
    }
  }
  return top;
}

} // namespace ragft
