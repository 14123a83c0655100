#pragma once
// Text helpers shared by the readers of values as people write them (loose_values.cpp,
// loose_choices.cpp); internal to spec.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/base/text.hpp> // trimmed_lower

namespace ragft::loose {

// What a value's error adds when `text` is a word people write for "not known".
inline constexpr std::string_view k_unknown_hint =
    " (for a value not known yet, write `unknown` or leave the line out)";

// `text` without the typographic quotes around it (“weekly” -> weekly), as a word processor or a
// chat writes them.
std::string without_typographic_quotes(std::string_view text);

// A value written with a note after it: `Medium ($5k/month)`, `Yes - mandatory`, `None, we use
// APIs`: the value ("Medium") and the note ("$5k/month"); nullopt when `text` has no such note.
struct Noted {
  std::string value;
  std::string note;
};
std::optional<Noted> split_note(std::string_view text);

// "; write `medium` alone, and a note after a `#`: `medium  # $5k/month`".
std::string note_hint(std::string_view value, const Noted& noted);

// `text` in lower case without spaces, dashes and underscores: "Strict-Schema" -> "strictschema".
std::string squeezed(std::string_view text);

// `text` in lower case with letters and digits only: "Q&A" -> "qa", "Latency (ms)" -> "latencyms".
std::string letters_only(std::string_view text);

// The words of `text` in lower case, split at anything but a letter or a digit: "e.g. JSON." ->
// {"e", "g", "json"}.
std::vector<std::string> lower_words(std::string_view text);

} // namespace ragft::loose
