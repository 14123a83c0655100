#pragma once
// How often the knowledge changes, from the times of the commits that touched the knowledge paths.
// Pure: the caller runs `git log` and passes the commit times.
//
// The method: the commits of the last 365 days before `now`, a commit less than an hour after the
// one before it joining its change (a person committing a folder file by file makes one change,
// not several a second apart); the median of the intervals between consecutive changes and from
// the last one to `now`; that median mapped to the nearest value of `knowledge_updates` on a log
// scale: daily (1 day), weekly (7), monthly (30), quarterly (91), yearly (365). The boundaries are
// the geometric means of neighbours: 2.6, 14.5, 52 and 182 days. One change in the year (a single
// commit or one run of them) is `yearly`; none in a year of history is `never`. `realtime` is
// never measured: data that changes in real time does not live in a repository.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ragft {

struct UpdateFrequency {
  int commits_in_year = 0;           // commits touching the paths in the 365 days before `now`
  int changes_in_year = 0;           // those commits, each run less than an hour apart counted once
  std::optional<double> median_days; // with two commits or more
  std::optional<std::string> value;  // a `knowledge_updates` value; none when history is too short
  std::string reason;                // why `value` is what it is, for the output
};

inline constexpr std::int64_t k_seconds_per_day = 86400;
// A commit less than this many seconds after the one before it is part of the same change.
inline constexpr std::int64_t k_change_gap_seconds = 3600;

// The times of the changes among `sorted_times` (ascending): each run of commits less than
// `k_change_gap_seconds` apart is one change, at the time of its last commit.
std::vector<std::int64_t> change_times(const std::vector<std::int64_t>& sorted_times);

// `commit_times` (Unix seconds, any order) of the commits touching the paths; `history_start`
// the time of the repository's first commit (to tell "no change in a year" from "no history").
UpdateFrequency measure_updates(std::vector<std::int64_t> commit_times, std::int64_t now, std::int64_t history_start);

// The value for a median interval of `days` days.
std::string frequency_for_interval(double days);

} // namespace ragft
