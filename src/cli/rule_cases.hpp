#pragma once
// The spec files that `ragft rules test` and `ragft rules eval` run: listed in a rule base (under
// `tests:` or `cases:`), compiled in with the built-in rule base, or named on the command line.

#include <string>
#include <string_view>
#include <vector>

#include <ragft/rule_tests/rule_tests.hpp>

#include "rules.hpp"

namespace ragft::cli {

// The cases the rule base in `file` lists under `key` (inline ones first, then each listed file or
// folder's spec files, sorted; paths relative to the rule base's folder).
std::vector<SpecDocument> listed_cases(const RuleFile& file, std::string_view key);

// Compiled-in spec files, parsed against `rules`.
std::vector<SpecDocument> compiled_cases(const RuleBase& rules, const std::vector<NamedText>& files);

// The spec files `paths` name (files, or folders of .yaml/.yml/.json files), parsed against `rules`;
// an unreadable file is a Diagnostic in the list.
std::vector<SpecDocument> path_cases(const RuleBase& rules, const std::vector<std::string>& paths);

} // namespace ragft::cli
