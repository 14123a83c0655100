#include <ragft/measure/updates.hpp>

#include <algorithm>

#include <fmt/format.h>

namespace ragft {

namespace {

struct Band {
  double up_to_days; // the geometric mean of this value's interval and the next one's
  const char* value;
};

constexpr Band k_bands[] = {
    {2.6458, "daily"},     // sqrt(1 * 7)
    {14.491, "weekly"},    // sqrt(7 * 30)
    {52.249, "monthly"},   // sqrt(30 * 91)
    {182.25, "quarterly"}, // sqrt(91 * 365)
};

constexpr std::int64_t k_year = 365 * k_seconds_per_day;

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

std::string frequency_for_interval(double days) {
  for (const Band& b : k_bands) {
    if (days < b.up_to_days) {
      return b.value;
    }
  }
  return "yearly";
}

UpdateFrequency measure_updates(std::vector<std::int64_t> times, std::int64_t now, std::int64_t history_start) {
  UpdateFrequency out;
  std::erase_if(times, [&](std::int64_t t) { return t <= now - k_year || t > now; });
  std::sort(times.begin(), times.end());
  out.commits_in_year = static_cast<int>(times.size());
  if (times.size() >= 2) {
    // The time since the last commit is an interval too (the next change is at least that far
    // off): knowledge that changed daily for a week and then not for months is not daily.
    std::vector<double> intervals;
    intervals.reserve(times.size());
    for (std::size_t i = 1; i <= times.size(); ++i) {
      const std::int64_t end = i < times.size() ? times[i] : now;
      intervals.push_back(static_cast<double>(end - times[i - 1]) / k_seconds_per_day);
    }
    out.median_days = median(intervals);
    out.value = frequency_for_interval(*out.median_days);
    out.reason = fmt::format("median {:.1f} days between the {} commits of the last year that touch the knowledge paths "
                             "and from the last one to today ({:.1f} days)",
                             *out.median_days, times.size(), intervals.back());
  } else if (history_start <= 0 || history_start > now - k_year) {
    out.reason = fmt::format("{} commit(s) touch the knowledge paths in a history shorter than a year: too few to tell",
                             times.size());
  } else if (times.size() == 1) {
    out.value = "yearly";
    out.reason = "one commit in the last year touches the knowledge paths";
  } else {
    out.value = "never";
    out.reason = "no commit in the last year touches the knowledge paths (the history is longer than a year)";
  }
  return out;
}

} // namespace ragft
