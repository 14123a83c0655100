#include <catch2/catch.hpp>

#include <algorithm>

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

TEST_CASE("nearest_names ranks by the whole name or one of its words, nearest_hint names a few, not all") {
  const std::vector<std::string> ids = {"knowledge_updates", "knowledge_base_docs", "labeled_examples", "budget"};
  // `examples` is one of labeled_examples's words (distance 0, plus 1 for being a part).
  CHECK(nearest_names("examples", ids, 1) == std::vector<std::string>{"labeled_examples"});
  CHECK(nearest_names("docs", ids, 1) == std::vector<std::string>{"knowledge_base_docs"});
  CHECK(nearest_names("x", ids, 9).size() == 4);
  CHECK(nearest_hint("knowlege_updates", ids) == " (did you mean `knowledge_updates`?)");
  const std::string hint = nearest_hint("citations", ids);
  CHECK(hint.rfind("; the nearest are `", 0) == 0);
  CHECK(std::count(hint.begin(), hint.end(), '`') == 6); // three names
}

TEST_CASE("a word far longer than any name gets no suggestion, and is ranked by its first characters") {
  const std::vector<std::string> ids = {"knowledge_updates", "knowledge_base_docs", "labeled_examples", "budget"};
  const std::string long_word = "budget" + std::string(16000, 'z');
  CHECK_FALSE(closest_match(long_word, ids).has_value());
  // `budget` begins the word's first 64 characters as one of the names' words.
  CHECK(nearest_names(long_word, ids, 1) == std::vector<std::string>{"budget"});
  CHECK(nearest_hint(long_word, ids).rfind("; the nearest are `budget`, `", 0) == 0);
}
