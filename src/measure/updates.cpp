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

std::vector<std::int64_t> change_times(const std::vector<std::int64_t>& sorted_times) {
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < sorted_times.size(); ++i) {
    if (i > 0 && sorted_times[i] - sorted_times[i - 1] < k_change_gap_seconds) {
      out.back() = sorted_times[i]; // the run goes on: it ends at this commit
    } else {
      out.push_back(sorted_times[i]);
    }
  }
  return out;
}

namespace {

// "the 5 commits", or "the 2 changes (3 commits; commits less than an hour apart are one change)".
std::string changes_phrase(const UpdateFrequency& u) {
  if (u.changes_in_year == u.commits_in_year) {
    return fmt::format("the {} commits", u.commits_in_year);
  }
  return fmt::format("the {} changes ({} commits; commits less than an hour apart are one change)", u.changes_in_year,
                     u.commits_in_year);
}

} // namespace

UpdateFrequency measure_updates(std::vector<std::int64_t> times, std::int64_t now, std::int64_t history_start) {
  UpdateFrequency out;
  std::erase_if(times, [&](std::int64_t t) { return t <= now - k_year || t > now; });
  std::sort(times.begin(), times.end());
  out.commits_in_year = static_cast<int>(times.size());
  const std::vector<std::int64_t> changes = change_times(times);
  out.changes_in_year = static_cast<int>(changes.size());
  if (changes.size() >= 2) {
    // The time since the last change is an interval too (the next change is at least that far
    // off): knowledge that changed daily for a week and then not for months is not daily.
    std::vector<double> intervals;
    intervals.reserve(changes.size());
    for (std::size_t i = 1; i <= changes.size(); ++i) {
      const std::int64_t end = i < changes.size() ? changes[i] : now;
      intervals.push_back(static_cast<double>(end - changes[i - 1]) / k_seconds_per_day);
    }
    out.median_days = median(intervals);
    out.value = frequency_for_interval(*out.median_days);
    out.reason = fmt::format("median {:.1f} days between {} of the last year that touch the knowledge paths "
                             "and from the last one to today ({:.1f} days)",
                             *out.median_days, changes_phrase(out), intervals.back());
  } else if (history_start <= 0 || history_start > now - k_year) {
    out.reason = fmt::format("{} commit(s) touch the knowledge paths in a history shorter than a year: too few to tell",
                             times.size());
  } else if (changes.size() == 1) {
    out.value = "yearly";
    out.reason = times.size() == 1 ? std::string("one commit in the last year touches the knowledge paths")
                                   : fmt::format("one change in the last year touches the knowledge paths ({} commits "
                                                 "less than an hour apart)",
                                                 times.size());
  } else {
    out.value = "never";
    out.reason = "no commit in the last year touches the knowledge paths (the history is longer than a year)";
  }
  return out;
}

} // namespace ragft
