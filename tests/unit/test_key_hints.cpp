// fit_key_hints (ask): the footer of `ragft ask` says which keys work in the width there is.

#include <catch2/catch.hpp>

#include <ragft/ask/key_hints.hpp>

#include <algorithm>
#include <string>

using ragft::fit_key_hints;
using ragft::KeyHint;

namespace {

// The ranks of `ragft ask`'s menu footer (terminal_prompter.cpp): the pick digits go first, help
// and back next, then the arrows, then Ctrl-C; Enter stays longest.
const std::vector<KeyHint> k_menu = {{"Up/Down move", "", 2}, {"Enter choose", "", 0},          {"1-9 pick", "", 4},
                                     {"? help", "", 3},       {"Left/Esc back", "Esc back", 3}, {"Ctrl-C quit", "", 1}};

// The footer split back into its hints (two spaces apart).
std::vector<std::string> shown_hints(const std::string& footer) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at < footer.size();) {
    const std::size_t gap = footer.find("  ", at);
    out.push_back(footer.substr(at, gap == std::string::npos ? std::string::npos : gap - at));
    at = gap == std::string::npos ? footer.size() : gap + 2;
  }
  return out;
}

} // namespace

TEST_CASE("every hint in full when the terminal is wide enough") {
  CHECK(fit_key_hints(k_menu, 80) == "Up/Down move  Enter choose  1-9 pick  ? help  Left/Esc back  Ctrl-C quit");
}

TEST_CASE("narrower: short forms first, then the highest rank dropped") {
  // 73 columns in full; short forms give 67, so 70 keeps everything.
  CHECK(fit_key_hints(k_menu, 70) == "Up/Down move  Enter choose  1-9 pick  ? help  Esc back  Ctrl-C quit");
  // 60 columns (a small terminal): "1-9 pick" (rank 4) goes, the rest fits in 57.
  CHECK(fit_key_hints(k_menu, 60) == "Up/Down move  Enter choose  ? help  Esc back  Ctrl-C quit");
  // 40 columns: help and back (rank 3) go too: 39.
  CHECK(fit_key_hints(k_menu, 40) == "Up/Down move  Enter choose  Ctrl-C quit");
  // 30 columns (a narrow split pane): the arrows go; how to go on and how to stop stay, whole (25).
  CHECK(fit_key_hints(k_menu, 30) == "Enter choose  Ctrl-C quit");
  CHECK(fit_key_hints(k_menu, 20) == "Enter choose");
}

TEST_CASE("a hint is shown whole or not at all, at every width") {
  // Before, rank 0 was never dropped and the terminal cut the line: "... Enter choose  Ct" at 30.
  CHECK(fit_key_hints(k_menu, 10).empty());
  for (std::size_t width = 0; width <= 80; ++width) {
    const std::string footer = fit_key_hints(k_menu, width);
    INFO("width " << width << ": " << footer);
    CHECK(footer.size() <= width);
    for (const std::string& shown : shown_hints(footer)) {
      const bool whole = std::any_of(k_menu.begin(), k_menu.end(), [&](const KeyHint& hint) {
        return shown == hint.text || shown == hint.short_text;
      });
      CHECK(whole);
    }
  }
}

TEST_CASE("no hints, no footer") { CHECK(fit_key_hints({}, 80).empty()); }
