#include <ragft/measure/updates.hpp>

#include <algorithm>

#include <fmt/format.h>

namespace ragft {

namespace {

struct UpdateBand {
  double up_to_days; // the geometric mean of this value's interval and the next one's
  const char* value;
};

constexpr UpdateBand k_bands[] = {
    {2.6458, "daily"},     // sqrt(1 * 7)
    {14.491, "weekly"},    // sqrt(7 * 30)
    {52.249, "monthly"},   // sqrt(30 * 91)
    {182.25, "quarterly"}, // sqrt(91 * 365)
};

constexpr std::int64_t k_year = 365 * k_seconds_per_day;

} // namespace

std::string frequency_for_interval(double days) {
  for (const UpdateBand& b : k_bands) {
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

// The changes with the knowledge base's creation as one: the changes less than `k_creation_seconds`
// after the first commit (`first`), once those days are over, become one change at the last of them.
// Returns how many changes were merged (0 or 1: none).
std::size_t merge_creation(std::vector<std::int64_t>& changes, std::int64_t first, std::int64_t now) {
  if (changes.empty() || now - first < k_creation_seconds) {
    return 0; // the knowledge base is still in its first days: its creation cannot be told apart
  }
  const auto end =
      std::find_if(changes.begin(), changes.end(), [&](std::int64_t c) { return c - first >= k_creation_seconds; });
  const auto merged = static_cast<std::size_t>(end - changes.begin());
  if (merged < 2) {
    return 0;
  }
  changes.erase(changes.begin(), end - 1); // the last change of the creation dates it
  return merged;
}

// How the commits became changes: "" when each commit is one, else "(7 commits; commits less than an
// hour apart are one change; the 4 commits of the knowledge paths' first 14 days are one, their
// creation)".
std::string grouping(const UpdateFrequency& u, bool hour_runs) {
  if (u.changes_in_year == u.commits_in_year) {
    return {};
  }
  std::string out = fmt::format(" ({} commits", u.commits_in_year);
  if (hour_runs) {
    out += "; commits less than an hour apart are one change";
  }
  if (u.creation_commits > 0) {
    out += fmt::format("; the {} commits of the knowledge paths' first 14 days are one change, their creation",
                       u.creation_commits);
  }
  return out + ")";
}

// What the one change of the year was: "" (one commit), " (3 commits less than an hour apart)",
// " (3 commits in their first 14 days, the knowledge base's creation)".
std::string one_change_detail(const UpdateFrequency& u) {
  if (u.commits_in_year == 1) {
    return {};
  }
  return fmt::format(" ({} commits {})", u.commits_in_year,
                     u.creation_commits > 0 ? "in their first 14 days, the knowledge base's creation"
                                            : "less than an hour apart");
}

// Two changes or more in the year: the time from the first to today over their number, the mean of
// the intervals between them and from the last one to today, so a long silence after a burst counts
// for its length (a median counts it once, however long).
void describe_mean(UpdateFrequency& out, const std::vector<std::int64_t>& changes, std::int64_t now, bool hour_runs) {
  const std::string how = grouping(out, hour_runs);
  const double span = static_cast<double>(now - changes.front()) / k_seconds_per_day;
  out.interval_days = span / static_cast<double>(changes.size());
  out.value = frequency_for_interval(*out.interval_days);
  out.reason = fmt::format("a change every {:.1f} days on average: {} {}{} of the last year touch the knowledge "
                           "paths, in the {:.1f} days from the first of them to today (the last {:.1f} days ago)",
                           *out.interval_days, changes.size(), how.empty() ? "commits" : "changes", how, span,
                           static_cast<double>(now - changes.back()) / k_seconds_per_day);
}

// One change in the year or none.
void describe_few(UpdateFrequency& out, const std::vector<std::int64_t>& changes, std::int64_t now,
                  bool short_history) {
  const std::string one = out.commits_in_year == 1 ? "one commit" : "one change";
  const std::string detail = one_change_detail(out);
  const double age = changes.empty() ? 0.0 : static_cast<double>(now - changes.front()) / k_seconds_per_day;
  if (short_history && !changes.empty() && frequency_for_interval(age) == "yearly") {
    out.value = "yearly";
    out.reason = fmt::format("{} touches the knowledge paths{}, {:.1f} days ago, in a history shorter than a year: "
                             "the next change is at least that far off",
                             one, detail, age);
  } else if (short_history) {
    out.reason = fmt::format("{} commit(s) touch the knowledge paths in a history shorter than a year: too few to tell",
                             out.commits_in_year);
  } else if (!changes.empty()) {
    out.value = "yearly";
    out.reason = fmt::format("{} in the last year touches the knowledge paths{}", one, detail);
  } else {
    out.value = "never";
    out.reason = "no commit in the last year touches the knowledge paths (the history is longer than a year)";
  }
}

} // namespace

UpdateFrequency measure_updates(std::vector<std::int64_t> times, std::int64_t now, std::int64_t history_start) {
  UpdateFrequency out;
  std::erase_if(times, [&](std::int64_t t) { return t > now; });
  std::sort(times.begin(), times.end());
  std::vector<std::int64_t> changes = change_times(times);
  const std::int64_t year_start = now - k_year;
  const auto in_year = [&](std::int64_t t) { return t > year_start; };
  out.commits_in_year = static_cast<int>(std::count_if(times.begin(), times.end(), in_year));
  const bool hour_runs = std::count_if(changes.begin(), changes.end(), in_year) < out.commits_in_year;
  const std::size_t merged = times.empty() ? 0 : merge_creation(changes, times.front(), now);
  const std::int64_t created = merged > 0 ? changes.front() : 0; // the creation's change, dated by its end
  std::erase_if(changes, [&](std::int64_t c) { return !in_year(c); });
  out.changes_in_year = static_cast<int>(changes.size());
  if (merged > 0 && in_year(created)) {
    const auto n =
        std::count_if(times.begin(), times.end(), [&](std::int64_t t) { return in_year(t) && t <= created; });
    out.creation_commits = n >= 2 ? static_cast<int>(n) : 0; // one commit of it in the year: nothing merged there
  }
  if (changes.size() >= 2) {
    describe_mean(out, changes, now, hour_runs);
  } else {
    describe_few(out, changes, now, history_start <= 0 || history_start > year_start);
  }
  return out;
}

} // namespace ragft
