// fit_key_hints (ask): the footer of `ragft ask` says which keys work in the width there is.

#include <catch2/catch.hpp>

#include <ragft/ask/key_hints.hpp>

using ragft::fit_key_hints;
using ragft::KeyHint;

namespace {

const std::vector<KeyHint> k_menu = {{"Up/Down move", "", 0},   {"Enter choose", "", 0},  {"1-9 pick", "", 2},
                                     {"? help", "", 1},          {"Left/Esc back", "Esc back", 1},
                                     {"Ctrl-C quit", "", 0}};

} // namespace

TEST_CASE("every hint in full when the terminal is wide enough") {
  CHECK(fit_key_hints(k_menu, 80) == "Up/Down move  Enter choose  1-9 pick  ? help  Left/Esc back  Ctrl-C quit");
}

TEST_CASE("narrower: short forms first, then the highest rank dropped") {
  // 73 columns in full; short forms give 67, so 70 keeps everything.
  CHECK(fit_key_hints(k_menu, 70) == "Up/Down move  Enter choose  1-9 pick  ? help  Esc back  Ctrl-C quit");
  // 60 columns (a small terminal): "1-9 pick" (rank 2) goes, the rest fits in 57.
  CHECK(fit_key_hints(k_menu, 60) == "Up/Down move  Enter choose  ? help  Esc back  Ctrl-C quit");
  // 40 columns: rank 1 goes too; rank 0 stays even where it does not fit.
  CHECK(fit_key_hints(k_menu, 40) == "Up/Down move  Enter choose  Ctrl-C quit");
  CHECK(fit_key_hints(k_menu, 10) == "Up/Down move  Enter choose  Ctrl-C quit");
}

TEST_CASE("no hints, no footer") { CHECK(fit_key_hints({}, 80).empty()); }
