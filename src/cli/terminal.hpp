#pragma once
// What the terminal around ragft allows.

#include <cstdio>
#include <string_view>

namespace ragft::cli {

// Colour only on a terminal, never with NO_COLOR set, `--no-color`, or TERM=dumb.
bool use_color(bool no_color_flag, std::FILE* stream);

// Writes `message` and a line end to stderr, with every control character in it escaped
// (`escape_text`), so that no value quoted in it can start a line of its own (a GitHub workflow
// command, a forged diagnostic) or a terminal escape sequence.
void print_error(std::string_view message);

} // namespace ragft::cli
