#pragma once
// How often the knowledge changes, from the times of the commits that touched the knowledge paths.
// Pure: the caller runs `git log` and passes the commit times.
//
// The method: the commits of the last 365 days before `now`; the median of the intervals between
// consecutive ones; that median mapped to the nearest value of `knowledge_updates` on a log scale:
// daily (1 day), weekly (7), monthly (30), quarterly (91), yearly (365). The boundaries are the
// geometric means of neighbours: 2.6, 14.5, 52 and 182 days. One commit in the year is `yearly`;
// none in a year of history is `never`. `realtime` is never measured: data that changes in real
// time does not live in a repository.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ragft {

struct UpdateFrequency {
  int commits_in_year = 0;            // commits touching the paths in the 365 days before `now`
  std::optional<double> median_days;  // with two commits or more
  std::optional<std::string> value;   // a `knowledge_updates` value; none when history is too short
  std::string reason;                 // why `value` is what it is, for the output
};

inline constexpr std::int64_t k_seconds_per_day = 86400;

// `commit_times` (Unix seconds, any order) of the commits touching the paths; `history_start`
// the time of the repository's first commit (to tell "no change in a year" from "no history").
UpdateFrequency measure_updates(std::vector<std::int64_t> commit_times, std::int64_t now, std::int64_t history_start);

// The value for a median interval of `days` days.
std::string frequency_for_interval(double days);

} // namespace ragft
