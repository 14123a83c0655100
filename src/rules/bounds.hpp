#pragma once
// The ranges a rule base's numbers must lie in, so that no rule base can lie: no sum of points,
// margin or threshold can overflow, lose precision or compare as NaN, and `tie_order` ranks each
// verdict exactly once. Each check returns what is wrong, in words, or nothing.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/model/verdict.hpp>

namespace ragft {

constexpr double k_max_points = 1000;                                    // |points| of one rule
constexpr double k_max_decision_value = 1'000'000;                       // strong_need and the margins
constexpr std::int64_t k_max_safe_integer = (std::int64_t{1} << 53) - 1; // the largest exact JSON number

// A rule's points for one verdict: finite, within ±`k_max_points`.
std::optional<std::string> points_problem(std::string_view what, double value);

// A value of `decision:`: finite, from 0 to `k_max_decision_value` (`max_unknown_share`: 0 to 1).
std::optional<std::string> decision_problem(std::string_view key, double value);

// A whole number in a condition, a default or a minimum: within ±`k_max_safe_integer`.
std::optional<std::string> integer_problem(std::string_view what, std::int64_t value);

// `tie_order`: each of the three verdicts once.
std::optional<std::string> tie_order_problem(const std::vector<Verdict>& order);

} // namespace ragft
