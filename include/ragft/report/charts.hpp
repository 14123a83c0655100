#pragma once
// The numbers that the charts of the Markdown outputs draw and that the report model does not
// already hold: how many results got each verdict at each confidence (a batch's portfolio), the
// span of a score chart's axis, and the top of a cost chart's axis. Computed once here; renderers only format them.

#include <array>
#include <optional>
#include <vector>

#include <ragft/engine/engine.hpp>
#include <ragft/model/verdict.hpp>

namespace ragft {

// Results per verdict and confidence (`counts[verdict][confidence]`, confidence as `Confidence`).
struct VerdictCounts {
  PerVerdict<std::array<int, 3>> counts;
  PerVerdict<int> per_verdict; // at any confidence
  int total = 0;
};

void add_to_counts(VerdictCounts& counts, Verdict verdict, Confidence confidence);

// The y axis of a bar chart of `scores`: from the lowest score (or 0) to the highest (or 0), so a
// bar's height reads from zero whenever every score is positive. Nothing when every score is 0:
// no rule fired, and there is nothing to draw.
struct ScoreAxis {
  double low = 0;
  double high = 0;
};

std::optional<ScoreAxis> score_axis(const PerVerdict<double>& scores);

// The top of a y axis that starts at 0 for line charts of amounts (the cumulative cost per
// verdict): the highest value rounded up to a whole number, at least 1. An axis from the lowest
// value instead would make small differences look large.
double zero_based_axis_top(const PerVerdict<std::vector<double>>& series);

} // namespace ragft
