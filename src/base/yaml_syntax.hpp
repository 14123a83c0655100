#pragma once
// Plainer words for a YAML syntax error: yaml-cpp reports a wrongly indented line as "illegal map
// value" at the next, correct line, and never names a tab. Given the text and where yaml-cpp
// stopped, this finds the line to blame.

#include <optional>
#include <string>
#include <string_view>

namespace ragft::yaml {

struct SyntaxHint {
  int line = 0;   // 1-based
  int column = 0; // 1-based
  std::string message;
};

// What a `//` or `/*` comment (`token`) is told, in a JSON text or a YAML one: JSON has none.
std::string comment_slip(std::string_view token);

// The first tab in an indentation, a quote left open, a `key:value` without its space, the slip in
// the value of line `error_line` (yaml_value_slips.hpp), or the first line indented unlike the
// lines around it, at or before line `error_line` (1-based) of `text`; nothing when none is there.
std::optional<SyntaxHint> find_syntax_hint(std::string_view text, int error_line);

// A quote that opens a value and is not closed on its line, when it explains an error at
// `error_line` (the value it opens runs to that line or to the end of the text); for a text read
// without an error, pass a line past its end to find a quote never closed.
std::optional<SyntaxHint> open_quote_hint(std::string_view text, int error_line);

} // namespace ragft::yaml
