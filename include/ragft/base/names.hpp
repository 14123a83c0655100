#pragma once
// Names a person gives on the command line or in the questionnaire (a project's name, an ADR's
// title), and the file names made from them. ragft writes such names into files that it reads back
// later (`ask --save`, `adr new`), so a name must be one line of UTF-8 text of a sensible length:
// anything else would make a file that `score` or `check` refuses.

#include <cstddef>
#include <string>
#include <string_view>

namespace ragft {

// The most characters (code points) in a project's name or an ADR's title (docs/limits.md).
inline constexpr std::size_t k_max_name_chars = 200;

// What is wrong with `name` as a one-line name, in words ("is not UTF-8 text (byte 3 is 0xff)",
// "holds a line break (character 6)", "is 20000 characters long": more than `k_max_name_chars`),
// or empty when nothing is.
std::string name_problem(std::string_view name);

// `text` as a file-name stem: lower-case ASCII letters and digits, each run of other characters
// made one `-`, no `-` at either end, at most `max_chars` characters; `fallback` when nothing is
// left ("Acme support (EU)" -> "acme-support-eu").
std::string slug(std::string_view text, std::size_t max_chars, std::string_view fallback);

// `text` cut to at most `max_chars` characters (code points) with `…` at the end when it was
// longer, for quoting a long value in a message.
std::string abbreviated(std::string_view text, std::size_t max_chars);

} // namespace ragft
