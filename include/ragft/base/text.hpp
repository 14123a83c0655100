#pragma once
// The small text helpers every module needs: surrounding whitespace removed, ASCII lowercased.
// Bytes of 0x80 and above are left as they are (UTF-8 text stays valid; `adr_words::lower` also
// lowercases Latin-1 letters for the ADR reader).

#include <string>
#include <string_view>

namespace ragft {

// `text` without the spaces, tabs, carriage returns and line feeds around it.
std::string_view trim(std::string_view text);

// `text` with A-Z lowercased, every other byte kept.
std::string ascii_lower(std::string_view text);

// `ascii_lower(trim(text))`: how a typed word or a written value is compared with a name.
std::string trimmed_lower(std::string_view text);

} // namespace ragft
