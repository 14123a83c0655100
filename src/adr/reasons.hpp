#pragma once
// The strongest reasons behind a verdict, as a contradiction finding of `ragft check` names them:
// in words a reviewer reading a CI annotation follows without the rule base open. Internal to the
// library.

#include <string>

#include <ragft/report/report.hpp>
#include <ragft/rules/rule_base.hpp>

namespace ragft::adr_detail {

// Up to three reasons that add most to `verdict`, most points first: each the facts (of `facts`,
// those the ADR was scored on) that made its rule fire, with their values, then its points and its
// rule id for search: "; strongest reasons: how often the knowledge changes: daily (+4)
// [fast-changing-knowledge], citations required: yes (+3) [citations]". Of a rule that fired on
// three facts or more, the first two in its condition are named and the others counted ("main
// task: conversation and citations required: yes and 2 other facts (+2) [lookup-task]"). A rule
// that fired on need levels alone is named by its id. "" when no reason adds to `verdict`.
std::string strongest_reasons(const RuleBase& rules, const FactSet& facts, const Assessment& a, Verdict verdict);

} // namespace ragft::adr_detail
