#include <catch2/catch.hpp>

#include <ragft/base/suggest.hpp>

using namespace ragft;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps") {
  CHECK(edit_distance("weekly", "weekly") == 0);
  CHECK(edit_distance("wekly", "weekly") == 1);
  CHECK(edit_distance("weeklt", "weekly") == 1);
  CHECK(edit_distance("ewekly", "weekly") == 1);
  CHECK(edit_distance("Daily", "daily") == 0);
  CHECK(edit_distance("", "abc") == 3);
}

TEST_CASE("a close misspelling gets a suggestion, a distant word does not") {
  const std::vector<std::string> values = {"never", "yearly", "quarterly", "monthly", "weekly", "daily", "realtime"};
  CHECK(closest_match("wekly", values) == std::optional<std::string>("weekly"));
  CHECK(closest_match("real-time", values) == std::optional<std::string>("realtime"));
  CHECK_FALSE(closest_match("sometimes", values).has_value());
  CHECK(did_you_mean("dayly", values) == " (did you mean `daily`?)");
  CHECK(did_you_mean("xyz", values).empty());
}
