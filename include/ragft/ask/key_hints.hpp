#pragma once
// The footer of `ragft ask`'s screens: which keys do what, fitted to the terminal's width. Pure:
// the terminal prompter draws it.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ragft {

struct KeyHint {
  std::string_view text;       // e.g. "Left/Esc back"
  std::string_view short_text; // used when the long ones do not fit, e.g. "Esc back" ("" = text)
  int rank = 0;                // hints of the highest rank are dropped first when even the short
                               // ones do not fit; rank 0 last (give the ones that matter most
                               // ranks of their own, so that a narrow terminal keeps them)
};

// The hints in their order, two spaces apart: all in full when that fits in `width` columns, else
// all short, else short without the highest-ranked ones, rank by rank, until it fits. A hint is
// shown whole or not at all, never cut: a terminal too narrow for even the lowest rank gets no
// footer. Widths count characters, so hints are plain ASCII.
std::string fit_key_hints(const std::vector<KeyHint>& hints, std::size_t width);

} // namespace ragft
