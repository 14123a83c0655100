#pragma once
// Reading UTF-8 one character at a time: the input scan, the escapes of text shown on a terminal
// and the display width of wrapped text; internal to base.

#include <cstddef>
#include <string_view>

namespace ragft::utf8 {

// The length of the UTF-8 sequence starting at `s[i]` (1 to 4), or 0 when it is invalid: a byte
// that starts none, a sequence cut short, overlong, a surrogate or past U+10FFFF.
std::size_t sequence_length(std::string_view s, std::size_t i);

// The code point of `seq`, one whole UTF-8 sequence of 1 to 4 bytes.
char32_t code_point(std::string_view seq);

} // namespace ragft::utf8
