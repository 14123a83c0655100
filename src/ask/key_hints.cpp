#include <ragft/ask/key_hints.hpp>

#include <algorithm>

namespace ragft {

namespace {

std::string joined(const std::vector<KeyHint>& hints, bool shortened) {
  std::string out;
  for (const KeyHint& hint : hints) {
    const std::string_view text = shortened && !hint.short_text.empty() ? hint.short_text : hint.text;
    out += out.empty() ? "" : "  ";
    out += text;
  }
  return out;
}

} // namespace

std::string fit_key_hints(const std::vector<KeyHint>& hints, std::size_t width) {
  if (std::string full = joined(hints, false); full.size() <= width) {
    return full;
  }
  std::vector<KeyHint> kept = hints;
  for (;;) {
    std::string text = joined(kept, true);
    if (text.size() <= width || kept.empty()) {
      return text;
    }
    const int rank = std::max_element(kept.begin(), kept.end(), [](const KeyHint& a, const KeyHint& b) {
                       return a.rank < b.rank;
                     })->rank;
    std::erase_if(kept, [&](const KeyHint& hint) { return hint.rank == rank; });
  }
}

} // namespace ragft
