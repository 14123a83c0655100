#pragma once
// What the terminal around ragft allows.

#include <cstdio>

namespace ragft::cli {

// Colour only on a terminal, never with NO_COLOR set, `--no-color`, or TERM=dumb.
bool use_color(bool no_color_flag, std::FILE* stream);

} // namespace ragft::cli
