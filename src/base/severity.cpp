#include <ragft/base/severity.hpp>

namespace ragft {

namespace {

struct SeverityName {
  std::string_view name;
  Severity severity;
};

constexpr SeverityName k_severities[] = {
    {"note", Severity::note},
    {"warning", Severity::warning},
    {"error", Severity::error},
};

} // namespace

std::string_view to_string(Severity severity) { return k_severities[static_cast<int>(severity)].name; }

// Defined here, beside the enum, not in report/: `.ragft.yaml`'s `fail_on` (base) reads it, and a
// program that links only base (the fuzz target fuzz_config) must find it.
std::optional<Severity> parse_severity(std::string_view text) {
  for (const SeverityName& s : k_severities) {
    if (s.name == text) {
      return s.severity;
    }
  }
  return std::nullopt;
}

} // namespace ragft
