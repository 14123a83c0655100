#pragma once
// Plain words for a value written on one line that YAML cannot read, as people write them by hand:
// a dash for an empty cell, a value starting with a YAML indicator (`*`, `&`, `!`, `@`, `` ` ``,
// `%`, `|`, `>`), a second `: ` in a value, a quote inside a quoted value, `key:value` without the
// space. yaml-cpp names these by its own terms ("illegal block entry", "unknown token"); these hints
// name what was written and how to write it. Internal to the library.

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/yaml_syntax.hpp"

namespace ragft::yaml {

// The slip in the value of `key: value` line `line` (1-based `number`), where yaml-cpp stopped.
std::optional<SyntaxHint> value_slip_hint(std::string_view line, int number);

// A `key:value` line without the space after the colon, which YAML reads as text, not a key.
std::optional<SyntaxHint> missing_space_hint(std::string_view line, int number);

// Whether `text` (a value read as text where a mapping was expected) is a `key:value` without the
// space, such as `budget:low`.
bool looks_like_unspaced_pair(std::string_view text);

// For `text` read as one word where a key and its value were meant (`budget:low`, `budget = low`),
// why and the line to write; "" for any other text.
std::string key_value_fix(std::string_view text);

// The key and value of `text` written as an assignment, `budget = low` or `budget=low` (a key of
// letters, digits and `_`), as configuration files other than YAML write them.
std::optional<std::pair<std::string_view, std::string_view>> assignment_pair(std::string_view text);

} // namespace ragft::yaml
