#pragma once
// Plainer words for a spec written as JSON that does not parse. ragft reads JSON through its YAML
// reader (JSON is YAML's flow style), whose messages speak of indentation and YAML; a person who
// wrote JSON is told what JSON's own rules say instead: a comment, a missing comma, an unclosed
// bracket. Internal to the library.

#include <optional>
#include <string_view>

#include "base/yaml_syntax.hpp"

namespace ragft::yaml {

// Whether `text` reads as JSON rather than YAML's flow style: a list, or an object whose first key
// is quoted (or an empty one, or one that starts with a comment). After white space; no BOM.
bool reads_as_json(std::string_view text);

// What is wrong with `text` as JSON, where, and how to fix it (the whole message, "invalid JSON:
// ..."), when `text` reads as JSON (an object whose first key is quoted, or a list: reads_as_json) and
// is not valid JSON; nothing otherwise.
std::optional<SyntaxHint> find_json_syntax_hint(std::string_view text);

} // namespace ragft::yaml
