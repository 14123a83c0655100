#include "adr/reasons.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include <ragft/rules/condition.hpp>

namespace ragft::adr_detail {

namespace {

constexpr std::size_t k_reasons_listed = 3;

// "how often the knowledge changes: daily", one for each known fact that made `rule` fire.
std::vector<std::string> facts_in_words(const RuleBase& rules, const FactSet& facts, const Rule& rule) {
  std::vector<std::string> said;
  for (const int index : holding_known_facts(rule.condition, facts, nullptr)) {
    const auto i = static_cast<std::size_t>(index);
    said.push_back(fmt::format("{}: {}", fact_label(rules.facts[i]), spoken_value(rules.facts[i], facts[i])));
  }
  return said;
}

std::string reason_text(const RuleBase& rules, const FactSet& facts, const ReasonEntry& reason, Verdict verdict) {
  const Rule* rule = rules.find_rule(reason.rule);
  const std::vector<std::string> said = rule != nullptr ? facts_in_words(rules, facts, *rule) : std::vector<std::string>{};
  if (said.empty()) {
    return fmt::format("{} (+{:g})", reason.rule, reason.points[verdict]);
  }
  return fmt::format("{} (+{:g}) [{}]", fmt::join(said, " and "), reason.points[verdict], reason.rule);
}

} // namespace

std::string strongest_reasons(const RuleBase& rules, const FactSet& facts, const Assessment& a, Verdict verdict) {
  std::vector<const ReasonEntry*> adding;
  adding.reserve(a.reasons.size());
  for (const ReasonEntry& reason : a.reasons) {
    if (reason.points[verdict] > 0) {
      adding.push_back(&reason);
    }
  }
  std::stable_sort(adding.begin(), adding.end(),
                   [verdict](const ReasonEntry* x, const ReasonEntry* y) { return x->points[verdict] > y->points[verdict]; });
  std::vector<std::string> listed;
  for (std::size_t i = 0; i < adding.size() && i < k_reasons_listed; ++i) {
    listed.push_back(reason_text(rules, facts, *adding[i], verdict));
  }
  return listed.empty() ? std::string() : fmt::format("; strongest reasons: {}", fmt::join(listed, ", "));
}

} // namespace ragft::adr_detail
