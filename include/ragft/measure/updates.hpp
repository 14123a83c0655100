#pragma once
// How often the knowledge changes, from the times of the commits that touched the knowledge paths.
// Pure: the caller runs `git log` and passes the commit times.
//
// The method: commits less than an hour apart are one change (a person committing a folder file by
// file makes one change, not several a second apart), dated by its last commit; the changes of the
// knowledge base's first 14 days (from the first commit that touched the paths, once those days are
// over) are one change, its creation: writing a knowledge base over a fortnight is not it changing
// daily. Of the changes in the 365 days before `now`, the mean interval: the time from the first of
// them to `now` divided by their number (the intervals between consecutive changes and from the last
// one to `now`, the silence after the last change counted for its whole length). It is mapped to
// the nearest value of `knowledge_updates` on a log scale: daily (1 day), weekly (7), monthly (30),
// quarterly (91), yearly (365); the boundaries are the geometric means of neighbours: 2.6, 14.5, 52
// and 182 days. One change in the year is `yearly` (in a history shorter than a year, only once it
// is 182 days old: the next change is at least that far off); none in a year of history is
// `never`. `realtime` is never measured: data that changes in real time does not live in a
// repository.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ragft {

struct UpdateFrequency {
  int commits_in_year = 0;             // commits touching the paths in the 365 days before `now`
  int changes_in_year = 0;             // those commits as changes (runs under an hour, the creation: once)
  int creation_commits = 0;            // commits of the first 14 days counted as one change (0: none merged)
  std::optional<double> interval_days; // the mean interval, with two changes or more in the year
  std::optional<std::string> value;    // a `knowledge_updates` value; none when history is too short
  std::string reason;                  // why `value` is what it is, for the output
};

inline constexpr std::int64_t k_seconds_per_day = 86400;
// A commit less than this many seconds after the one before it is part of the same change.
inline constexpr std::int64_t k_change_gap_seconds = 3600;
// The changes less than this long after the first commit touching the paths are one change, the
// knowledge base's creation.
inline constexpr std::int64_t k_creation_seconds = 14 * k_seconds_per_day;
// How far back the commits must be given: the year and the creation days before it.
inline constexpr std::int64_t k_history_window_seconds = 365 * k_seconds_per_day + k_creation_seconds;

// The times of the changes among `sorted_times` (ascending): each run of commits less than
// `k_change_gap_seconds` apart is one change, at the time of its last commit.
std::vector<std::int64_t> change_times(const std::vector<std::int64_t>& sorted_times);

// `commit_times` (Unix seconds, any order): the commits touching the paths, the earliest of them
// taken as the knowledge base's creation. Every commit of the `k_history_window_seconds` before
// `now` must be given and, when the paths are older, a time at or before that window's start (older
// commits change nothing but that the creation came before the year).
// `history_start`: the time of the repository's first commit (to tell "no change in a year" from
// "no history").
UpdateFrequency measure_updates(std::vector<std::int64_t> commit_times, std::int64_t now, std::int64_t history_start);

// The value for a mean interval of `days` days.
std::string frequency_for_interval(double days);

} // namespace ragft
