#pragma once
// Breaking prose into lines for a terminal of a given width: at spaces, never inside a word (a
// word longer than the width gets a line of its own). Widths are a terminal's columns: a CJK or
// fullwidth character takes two, a combining mark none, any other character one (not bytes).

#include <string>
#include <string_view>
#include <vector>

namespace ragft {

// The columns `text` takes on a terminal: 2 for each East Asian wide or fullwidth character
// ("東京" is 4), 0 for a combining mark or zero-width character, 1 for any other ("España" is 6).
int display_width(std::string_view text);

// `text` in lines of at most `width` characters; one line when `width` is 0 or less; none when
// `text` is empty.
std::vector<std::string> wrap_words(std::string_view text, int width);

// `text` wrapped to `width`, its first line after `first` and every other line after `rest` (a
// hanging indent), each line in the room its own lead leaves (at least 20 characters); each line
// ends with '\n'. Without a width, `first` + `text` + '\n'.
std::string wrap_hanging(std::string_view text, int width, std::string_view first, std::string_view rest);

} // namespace ragft
