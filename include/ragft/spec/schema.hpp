#pragma once
// A JSON Schema (draft 2020-12) of spec files for a rule base, so that editors complete and check
// spec files: its facts, their types and values, with each question and choice's help as the
// description. Spec files point to it with `# yaml-language-server: $schema=PATH` (docs/spec-format.md).

#include <nlohmann/json.hpp>

#include <ragft/rules/rule_base.hpp>

namespace ragft {

nlohmann::ordered_json spec_schema(const RuleBase& rules);

} // namespace ragft
