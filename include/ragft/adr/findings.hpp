#pragma once
// The kinds of finding `ragft check` reports on ADRs, with the help SARIF and annotations show.
// Kept apart from `finding_rules()` (those of `ragft score`), so each command's SARIF lists its own.

#include <string>
#include <string_view>
#include <vector>

#include <ragft/report/findings.hpp>

namespace ragft {

inline constexpr std::string_view k_adr_contradicts = "adr-decision-contradicts";
inline constexpr std::string_view k_adr_decision_unreadable = "adr-decision-unreadable";
inline constexpr std::string_view k_adr_decision_disagrees = "adr-decision-disagrees";
inline constexpr std::string_view k_adr_facts_invalid = "adr-facts-invalid";
inline constexpr std::string_view k_adr_facts_unknown = "adr-facts-unknown";
inline constexpr std::string_view k_adr_facts_missing = "adr-facts-missing";
inline constexpr std::string_view k_adr_status_unknown = "adr-status-unknown";
inline constexpr std::string_view k_adr_unreadable = "adr-unreadable";
inline constexpr std::string_view k_adr_text_encoding = "adr-text-encoding";

// Every kind of ADR finding, in a fixed order (a SARIF `ruleIndex` is a position in this table).
const std::vector<FindingRule>& adr_finding_rules();
std::size_t adr_finding_rule_index(std::string_view id);
bool is_adr_finding_rule(std::string_view id);
std::vector<std::string> adr_finding_rule_ids();

// The rule `id` names, from either table (`ragft score`'s or `ragft check`'s).
const FindingRule& any_finding_rule(std::string_view id);

} // namespace ragft
