#pragma once
// Findings: the recorded decisions that contradict their facts, and invalid inputs, in the shape
// that CI formats (SARIF, GitHub annotations, JUnit) report. Built from the report model; the
// renderers only format them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/base/diagnostic.hpp>
#include <ragft/base/severity.hpp>
#include <ragft/model/verdict.hpp>

namespace ragft {

struct ResultEntry;

// Ordered: a finding "at or above" a severity compares with >=.

// What a kind of finding means, for SARIF's `tool.driver.rules` and for titles.
struct FindingRule {
  std::string_view id;
  std::string_view title;       // short description
  std::string_view description; // full description
  std::string_view help;        // how to resolve it
  // The level its findings have, or the strongest when it depends (a contradiction's confidence):
  // SARIF's `defaultConfiguration.level`, which viewers show for the rule.
  Severity level = Severity::error;
};

// Every kind of finding, in a fixed order (a SARIF `ruleIndex` is a position in this table).
const std::vector<FindingRule>& finding_rules();
std::size_t finding_rule_index(std::string_view id);

struct Finding {
  std::string rule; // a `FindingRule::id`
  Severity severity = Severity::error;
  std::string subject; // unique in a run: `file` or `file#N`, then ` / component` for a component
  Location where;      // the `decision` value, or the error's position (file = the real path)
  std::string uri;     // `where.file` as a relative URI reference (SARIF, percent-encoded)
  std::string message;
  std::string fingerprint; // stable across runs and line moves: 16 hex digits
};

// The findings of one scored spec: one per recorded decision (project or component) that
// contradicts its verdict. Severity follows the verdict's confidence: high = error,
// medium = warning, low = note.
std::vector<Finding> make_findings(const ResultEntry& entry);

// The finding of an input that could not be read or is invalid (always an error).
Finding make_error_finding(const Diagnostic& diagnostic);

// `path` as a URI reference: `\` becomes `/`, a leading `./` is dropped, and bytes outside
// RFC 3986's unreserved set and `/` are percent-encoded.
std::string path_to_uri(std::string_view path);

// Where the files of a run are: the working folder and the repository root (absolute paths with
// `/`; `repo_root` empty when the run is outside a repository).
struct ArtifactBase {
  std::string cwd;
  std::string repo_root;
};

// A SARIF artifact location: `uri` relative to the repository root with `base_id` `%SRCROOT%`
// (as GitHub code scanning expects), or an absolute `file://` URI with `base_id` "" for a file
// outside the repository (or when there is none).
struct ArtifactUri {
  std::string uri;
  std::string base_id;
};
ArtifactUri artifact_uri(std::string_view path, const ArtifactBase& base);

// `path` relative to the repository root, with `/` (`docs/adr/0001-x.md`), as GitHub's annotations
// (`::error file=...`) and code scanning need it from whatever folder ragft ran in; `path` as given,
// without `./` and `x/..` (lexically normal), when it is outside the repository or there is none.
std::string repo_relative_path(std::string_view path, const ArtifactBase& base);

// `id` (`adr-facts-missing`) in PascalCase (`AdrFactsMissing`), a SARIF rule's `name`.
std::string pascal_case(std::string_view id);

// A 64-bit FNV-1a hash of `text`, as 16 lowercase hex digits.
std::string fingerprint_of(std::string_view text);

} // namespace ragft
