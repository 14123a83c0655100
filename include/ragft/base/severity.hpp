#pragma once
// How serious a finding is, in the order CI tools use (SARIF levels, `--fail-on`).

#include <optional>
#include <string_view>

namespace ragft {

enum class Severity { note = 0, warning = 1, error = 2 };

// "note", "warning", "error".
std::string_view to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view text);

} // namespace ragft
