#include "render/text_chart.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace ragft {

namespace {

// The series' value at column `x` of `width`, interpolated between months.
double value_at(const std::vector<double>& values, int x, int width) {
  const double month = static_cast<double>(x) * static_cast<double>(values.size() - 1) / std::max(1, width - 1);
  const auto lower = static_cast<std::size_t>(std::floor(month));
  const std::size_t upper = std::min(lower + 1, values.size() - 1);
  const double t = month - static_cast<double>(lower);
  return values[lower] * (1 - t) + values[upper] * t;
}

double top_of(const std::vector<ChartSeries>& series) {
  double top = 0;
  for (const ChartSeries& s : series) {
    top = std::max(top, *std::max_element(s.values.begin(), s.values.end()));
  }
  return top > 0 ? top : 1;
}

void plot(std::vector<std::string>& grid, const ChartSeries& s, double top, int height, int width) {
  for (int x = 0; x < width; ++x) {
    const double v = value_at(s.values, x, width);
    const int row = height - 1 - static_cast<int>(std::lround(v / top * (height - 1)));
    char& cell = grid[static_cast<std::size_t>(row)][static_cast<std::size_t>(x)];
    cell = (cell == ' ' || cell == s.glyph) ? s.glyph : '+';
  }
}

} // namespace

std::string text_bar(double value, double top, int width) {
  const int cells = value <= 0 || top <= 0 ? 0 : static_cast<int>(std::lround(value / top * width));
  std::string bar;
  for (int i = 0; i < cells; ++i) {
    bar += "█";
  }
  return bar + std::string(static_cast<std::size_t>(std::max(0, width - cells)), ' ');
}

std::vector<std::string> line_chart(const std::vector<ChartSeries>& series, int height, int width,
                                    std::string (*label)(double)) {
  std::vector<std::string> grid(static_cast<std::size_t>(height), std::string(static_cast<std::size_t>(width), ' '));
  const double top = top_of(series);
  for (const ChartSeries& s : series) {
    if (!s.values.empty()) {
      plot(grid, s, top, height, width);
    }
  }
  std::vector<std::string> lines;
  for (int row = 0; row < height; ++row) {
    const double value = top * (height - 1 - row) / std::max(1, height - 1);
    const bool labelled = row == 0 || row == height - 1 || row == (height - 1) / 2;
    lines.push_back(fmt::format("{:>10} |{}", labelled ? label(value) : "", grid[static_cast<std::size_t>(row)]));
  }
  lines.push_back(fmt::format("{:>10} +{}", "", std::string(static_cast<std::size_t>(width), '-')));
  return lines;
}

} // namespace ragft
