#pragma once
// "Did you mean ...?" suggestions for misspelt keys and values.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ragft {

// Edit distance (insertions, deletions, substitutions and adjacent swaps), case-insensitive.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely misspelling.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean `x`?)" or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// The `count` candidates nearest to `word`, nearest first: by edit distance to the whole candidate or
// (plus one) to one of its `_`-separated words, so `examples` finds `labeled_examples`. Ties keep
// the candidates' order.
std::vector<std::string> nearest_names(std::string_view word, const std::vector<std::string>& candidates,
                                       std::size_t count);

// What a reader of "unknown X `word`" needs instead of every name: " (did you mean `x`?)" when one is
// close, else "; the nearest are `a`, `b`, `c`".
std::string nearest_hint(std::string_view word, const std::vector<std::string>& candidates);

} // namespace ragft
