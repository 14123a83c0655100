#pragma once
// Plain-text charts for a terminal: horizontal bars and a line chart of series over months.
// Internal to the library.

#include <string>
#include <vector>

namespace ragft {

// A bar of `value / top` of `width` cells (nothing for values <= 0).
std::string text_bar(double value, double top, int width);

struct ChartSeries {
  char glyph = '*';
  std::vector<double> values; // one per month, from month 0
};

// A line chart of `series` (all of the same length) over `height` rows and `width` columns, with
// the y axis labelled by `label(value)`. Where series meet, `+` is drawn.
std::vector<std::string> line_chart(const std::vector<ChartSeries>& series, int height, int width,
                                    std::string (*label)(double));

} // namespace ragft
