#include <ragft/base/suggest.hpp>

#include <algorithm>
#include <cctype>
#include <utility>

#include <fmt/format.h>

namespace ragft {

namespace {

char fold(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

} // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance over three rows.
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) {
    previous[j] = j;
  }
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && fold(a[i - 1]) == fold(b[j - 2]) && fold(a[i - 2]) == fold(b[j - 1])) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    before.swap(previous);
    previous.swap(current);
  }
  return previous[m];
}

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    // The lengths' difference is a lower bound of the distance: a far longer word (a 16,000-character
    // key) is not compared character by character with every name.
    const std::size_t longer = std::max(word.size(), candidate.size());
    if (longer - std::min(word.size(), candidate.size()) >= best_distance) {
      continue;
    }
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  if (auto match = closest_match(word, candidates)) {
    return fmt::format(" (did you mean `{}`?)", *match);
  }
  return "";
}

namespace {

// A word and a part of a name that begin alike ("documents", "docs") are one step apart.
std::size_t part_distance(std::string_view word, std::string_view part) {
  constexpr std::size_t k_shared = 3;
  std::size_t same = 0;
  while (same < word.size() && same < part.size() && fold(word[same]) == fold(part[same])) {
    ++same;
  }
  return same >= k_shared ? 1 : edit_distance(word, part) + 1;
}

// Names are short: a word is ranked by its first `k_ranked_length` characters, so a key of 16,000
// characters costs what one of 64 does (the ranking of such a word is by its length anyway).
constexpr std::size_t k_ranked_length = 64;

std::size_t name_distance(std::string_view whole_word, std::string_view candidate) {
  const std::string_view word = whole_word.substr(0, k_ranked_length);
  std::size_t best = edit_distance(word, candidate);
  std::size_t start = 0;
  while (start <= candidate.size()) {
    const std::size_t end = std::min(candidate.find('_', start), candidate.size());
    best = std::min(best, part_distance(word, candidate.substr(start, end - start)));
    start = end + 1;
  }
  return best;
}

} // namespace

std::vector<std::string> nearest_names(std::string_view word, const std::vector<std::string>& candidates,
                                       std::size_t count) {
  std::vector<std::pair<std::size_t, std::string>> ranked;
  ranked.reserve(candidates.size());
  for (const std::string& candidate : candidates) {
    ranked.emplace_back(name_distance(word, candidate), candidate);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  out.reserve(std::min(count, ranked.size()));
  for (std::size_t i = 0; i < ranked.size() && i < count; ++i) {
    out.push_back(ranked[i].second);
  }
  return out;
}

std::string nearest_hint(std::string_view word, const std::vector<std::string>& candidates) {
  if (auto match = closest_match(word, candidates)) {
    return fmt::format(" (did you mean `{}`?)", *match);
  }
  const std::vector<std::string> nearest = nearest_names(word, candidates, 3);
  if (nearest.empty()) {
    return "";
  }
  return fmt::format("; the nearest are `{}`", fmt::join(nearest, "`, `"));
}

} // namespace ragft
