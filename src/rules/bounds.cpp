#include "rules/bounds.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include <ragft/model/facts.hpp>

namespace ragft {

std::optional<std::string> points_problem(std::string_view what, double value) {
  if (std::isfinite(value) && std::fabs(value) <= k_max_points) {
    return std::nullopt;
  }
  return fmt::format("{} must be a number from {:g} to {:g}, got {:g}", what, -k_max_points, k_max_points, value);
}

std::optional<std::string> decision_problem(std::string_view key, double value) {
  const double top = key == "max_unknown_share" ? 1.0 : k_max_decision_value;
  if (std::isfinite(value) && value >= 0 && value <= top) {
    return std::nullopt;
  }
  return fmt::format("`{}` must be a number from 0 to {}, got {:g}", key,
                     group_thousands(static_cast<std::int64_t>(top)), value);
}

std::optional<std::string> integer_problem(std::string_view what, std::int64_t value) {
  if (value >= -k_max_safe_integer && value <= k_max_safe_integer) {
    return std::nullopt;
  }
  return fmt::format("{} must be within ±{} (2^53 - 1, the largest whole number every JSON reader keeps exactly), "
                     "got {}",
                     what, group_thousands(k_max_safe_integer), group_thousands(value));
}

std::optional<std::string> tie_order_problem(const std::vector<Verdict>& order) {
  std::vector<std::string> problems;
  for (Verdict v : k_verdicts) {
    const auto times = std::count(order.begin(), order.end(), v);
    if (times == 0) {
      problems.push_back(fmt::format("`{}` is missing", to_string(v)));
    } else if (times > 1) {
      problems.push_back(fmt::format("`{}` is listed {} times", to_string(v), times));
    }
  }
  if (problems.empty() && order.size() == k_verdict_count) {
    return std::nullopt;
  }
  return fmt::format("`tie_order` must list each of rag, fine-tune and hybrid once ({}); e.g. `tie_order: [rag, "
                     "hybrid, fine-tune]`",
                     problems.empty() ? "too many entries" : fmt::format("{}", fmt::join(problems, ", ")));
}

} // namespace ragft
