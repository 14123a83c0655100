#include "adr/reasons.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include <ragft/rules/condition.hpp>

namespace ragft::adr_detail {

namespace {

constexpr std::size_t k_reasons_listed = 3;
constexpr std::size_t k_facts_named = 2;

// "how often the knowledge changes: daily", one for each known fact that made `rule` fire.
std::vector<std::string> facts_in_words(const RuleBase& rules, const FactSet& facts, const Rule& rule) {
  std::vector<std::string> said;
  for (const int index : holding_known_facts(rule.condition, facts, nullptr)) {
    const auto i = static_cast<std::size_t>(index);
    said.push_back(fmt::format("{}: {}", fact_label(rules.facts[i]), spoken_value(rules.facts[i], facts[i])));
  }
  return said;
}

// "A and B" for one or two facts; from three on, the first two and how many more, so that a rule
// that reads many facts (lookup-task, accuracy-critical: up to six) keeps a reason short enough
// for a CI annotation. `ragft explain` lists every fact.
std::string facts_text(const std::vector<std::string>& said) {
  if (said.size() <= k_facts_named) {
    return fmt::format("{}", fmt::join(said, " and "));
  }
  const std::size_t more = said.size() - k_facts_named;
  return fmt::format("{} and {} other fact{}",
                     fmt::join(said.begin(), said.begin() + static_cast<std::ptrdiff_t>(k_facts_named), " and "), more,
                     more == 1 ? "" : "s");
}

std::string reason_text(const RuleBase& rules, const FactSet& facts, const ReasonEntry& reason, Verdict verdict) {
  const Rule* rule = rules.find_rule(reason.rule);
  const std::vector<std::string> said =
      rule != nullptr ? facts_in_words(rules, facts, *rule) : std::vector<std::string>{};
  if (said.empty()) {
    return fmt::format("{} (+{:g})", reason.rule, reason.points[verdict]);
  }
  return fmt::format("{} (+{:g}) [{}]", facts_text(said), reason.points[verdict], reason.rule);
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
  std::stable_sort(adding.begin(), adding.end(), [verdict](const ReasonEntry* x, const ReasonEntry* y) {
    return x->points[verdict] > y->points[verdict];
  });
  std::vector<std::string> listed;
  for (std::size_t i = 0; i < adding.size() && i < k_reasons_listed; ++i) {
    listed.push_back(reason_text(rules, facts, *adding[i], verdict));
  }
  return listed.empty() ? std::string() : fmt::format("; strongest reasons: {}", fmt::join(listed, ", "));
}

} // namespace ragft::adr_detail
