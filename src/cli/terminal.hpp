#pragma once
// What the terminal around ragft allows.

#include <cstdio>
#include <string>
#include <string_view>

#include <ragft/base/diagnostic.hpp>

namespace ragft::cli {

// Colour only on a terminal, never with NO_COLOR set, `--no-color`, or TERM=dumb.
bool use_color(bool no_color_flag, std::FILE* stream);

// Writes `message` and a line end to stderr, with every control character in it escaped
// (`escape_text`), so that no value quoted in it can start a line of its own (a GitHub workflow
// command, a forged diagnostic) or a terminal escape sequence.
void print_error(std::string_view message);

// Each error of `diagnostic` (itself and its `also`) as `print_error` does, one line each.
void print_error(const Diagnostic& diagnostic);

// The width to wrap text output to: the terminal's columns when `stream` is a terminal (80 if it
// does not say), else 0 (piped output is never wrapped).
int output_width(std::FILE* stream);

// Keeps how ragft was started (`argv[0]`), for `ragft_command`.
void remember_invocation(const char* argv0);

// How to run this ragft again in a suggested command: "ragft" when the `ragft` found on PATH is
// this very program, else the path it was started by ("build/ragft" right after `make`).
std::string ragft_command();

} // namespace ragft::cli
