#pragma once
// Linting a rule base that loaded: problems validation cannot see one node at a time. Loading
// (load_rule_base) already refuses unknown facts and values, duplicate ids, unknown sources and a
// missing `because` or `sources`; lint adds rules that can never fire, rules with no effect, facts
// and sources nothing uses, choices without help, and reports every finding, not just the first.

#include <string>
#include <vector>

#include <ragft/base/diagnostic.hpp>
#include <ragft/base/severity.hpp>
#include <ragft/rules/rule_base.hpp>

namespace ragft {

// One problem lint found; `check` is the id of the check that found it, e.g. `never-fires`.
struct LintFinding {
  Severity severity = Severity::warning;
  std::string check; // the check's id, e.g. `never-fires`
  Diagnostic diagnostic;
};

// Every finding, sorted by file, line and column.
std::vector<LintFinding> lint_rule_base(const RuleBase& rules);

// The lint checks: id, severity and what each finds (for `ragft rules lint --help` and docs/rules.md).
struct LintCheckInfo {
  std::string_view id;
  Severity severity;
  std::string_view finds;
};
std::vector<LintCheckInfo> lint_checks();

// True when some values of the facts it reads (each known or unknown) and some need levels the
// rule base can reach make `condition` hold. Integer facts are probed at their minimum and around
// each threshold, which is exact for the comparisons conditions make.
bool can_hold(const RuleBase& rules, const Condition& condition);

} // namespace ragft
