// `--summary`: the portfolio in a few lines.

#include <fmt/format.h>

#include <ragft/render/render.hpp>

namespace ragft {

namespace {

constexpr std::size_t k_drivers_shown = 3;

// Each driver in words: "budget "low" (in 2 specs, +3 points in all)"; one point is "+1 point"
// (readers20: a portfolio of three specs read "+1 points in all").
std::string drivers_text(const std::vector<Driver>& drivers) {
  std::vector<std::string> items;
  items.reserve(drivers.size());
  for (const Driver& d : drivers) {
    items.push_back(fmt::format("{} (in {} spec{}, {:+g} point{} in all)", d.words, group_thousands(d.specs),
                                d.specs == 1 ? "" : "s", d.points, d.points == 1.0 ? "" : "s"));
  }
  return items.empty() ? "-" : fmt::format("{}", fmt::join(items, "; "));
}

} // namespace

// The heading names only what the rows count: the closing line after it (`N scored, M failed: ...`)
// says the failures, which readers19 found said twice, and `1 specs` read wrong.
void render_portfolio(std::ostream& out, const Portfolio& portfolio) {
  out << fmt::format("portfolio of the {} spec{} scored: how many got each verdict, and the facts that drove it most\n",
                     group_thousands(portfolio.scored), portfolio.scored == 1 ? "" : "s");
  for (Verdict v : k_verdicts) {
    const int count = portfolio.per_verdict[v];
    const double share = portfolio.scored > 0 ? 100.0 * count / portfolio.scored : 0.0;
    out << fmt::format("  {:<10} {:>7} {:>4.0f}%  driven most by: {}\n", to_string(v), group_thousands(count), share,
                       drivers_text(top_drivers(portfolio, v, k_drivers_shown)));
  }
}

} // namespace ragft
