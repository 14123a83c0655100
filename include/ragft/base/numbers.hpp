#pragma once
// Whole numbers as people write them: "12000", or with commas between groups of three ("12,000",
// "1,500,000"). One reading for spec files, `--set` and `ragft ask`.

#include <cstdint>
#include <optional>
#include <string_view>

namespace ragft {

// The value of `text` (an optional sign, then digits, plain or grouped in threes by commas), or
// nothing: "1,50" and "12,00,0" are not numbers.
std::optional<std::int64_t> parse_grouped_integer(std::string_view text);

// True when `text` has digits and commas, but not in groups of three ("1,50").
bool is_misgrouped_number(std::string_view text);

} // namespace ragft
