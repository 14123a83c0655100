#include "adr/reasons.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include <ragft/report/next_step.hpp>
#include <ragft/rules/condition.hpp>

namespace ragft::adr_detail {

namespace {

constexpr std::size_t k_reasons_listed = 3;
constexpr std::size_t k_facts_named = 2;

// A known fact that made a rule fire: its label and its value, in words.
struct FactSaid {
  std::string label;
  std::string value;
};

std::vector<FactSaid> facts_in_words(const RuleBase& rules, const FactSet& facts, const Rule& rule) {
  std::vector<FactSaid> said;
  for (const int index : holding_known_facts(rule.condition, facts, nullptr)) {
    const auto i = static_cast<std::size_t>(index);
    said.push_back({fact_label(rules.facts[i]), spoken_value(rules.facts[i], facts[i])});
  }
  return said;
}

// The facts, each label followed by its value in quotes and several joined by "and":
// `how often the knowledge changes "weekly" and private data to look up "yes"`, which "label:
// value and label: value" was not (readers12: "how often the knowledge changes: weekly and private
// data to look up: yes" read as one chain, a value running into the next fact's label). One fact
// is quoted too (readers13: `citations required: yes (...), how often the knowledge changes
// "monthly" and main task "conversation" (...)` said the same thing two ways in one list). From
// three facts on, the first two and how many more, so that a rule that reads many facts
// (lookup-task, accuracy-critical: up to six) keeps a reason short enough for a CI annotation.
// `ragft explain` lists every fact.
std::string facts_text(const std::vector<FactSaid>& said) {
  std::vector<std::string> quoted;
  for (std::size_t i = 0; i < said.size() && i < k_facts_named; ++i) {
    quoted.push_back(fmt::format("{} \"{}\"", said[i].label, said[i].value));
  }
  const std::size_t more = said.size() - quoted.size();
  return fmt::format("{}{}", fmt::join(quoted, " and "),
                     more == 0 ? std::string() : fmt::format(" and {} other fact{}", more, more == 1 ? "" : "s"));
}

// "rag +3, fine-tune -2": the rule's points for the facts' verdict and for the recorded one.
std::string points_text(const ReasonEntry& reason, Verdict verdict, Verdict recorded) {
  return fmt::format("{} {:+g}, {} {:+g}", to_string(verdict), reason.points[verdict], to_string(recorded),
                     reason.points[recorded]);
}

std::string reason_text(const RuleBase& rules, const FactSet& facts, const ReasonEntry& reason, Verdict verdict,
                        Verdict recorded) {
  const Rule* rule = rules.find_rule(reason.rule);
  const std::vector<FactSaid> said = rule != nullptr ? facts_in_words(rules, facts, *rule) : std::vector<FactSaid>{};
  if (said.empty()) {
    // A rule on no fact (both-needs reads the needs): its claim, as for a hard limit (readers14,
    // readers15: "both-needs (hybrid +3, rag +0)" named the rule by its id alone).
    return fmt::format("{} ({}) [{}]", leading_clause(reason.because, {": ", "; "}),
                       points_text(reason, verdict, recorded), reason.rule);
  }
  return fmt::format("{} ({}) [{}]", facts_text(said), points_text(reason, verdict, recorded), reason.rule);
}

// How far a reason moves `verdict` ahead of `recorded`.
double gap(const ReasonEntry& reason, Verdict verdict, Verdict recorded) {
  return reason.points[verdict] - reason.points[recorded];
}

} // namespace

std::string strongest_reasons(const RuleBase& rules, const FactSet& facts, const Assessment& a, Verdict verdict,
                              Verdict recorded) {
  std::vector<const ReasonEntry*> opening;
  opening.reserve(a.reasons.size());
  for (const ReasonEntry& reason : a.reasons) {
    if (gap(reason, verdict, recorded) > 0) {
      opening.push_back(&reason);
    }
  }
  std::stable_sort(opening.begin(), opening.end(), [&](const ReasonEntry* x, const ReasonEntry* y) {
    return gap(*x, verdict, recorded) > gap(*y, verdict, recorded);
  });
  std::vector<std::string> listed;
  for (std::size_t i = 0; i < opening.size() && i < k_reasons_listed; ++i) {
    listed.push_back(reason_text(rules, facts, *opening[i], verdict, recorded));
  }
  return listed.empty() ? std::string()
                        : fmt::format(". Strongest reasons for {} over {}: {}", to_string(verdict), to_string(recorded),
                                      fmt::join(listed, "; "));
}

std::string recorded_blocked(const Assessment& a, Verdict recorded) {
  std::vector<std::string> said;
  for (const BlockerEntry& b : a.blockers) {
    if (b.blocks_verdict(recorded)) {
      // Its claim, without the explanation after it ("6 curated examples are too few to fine-tune
      // on"); `ragft explain` gives the whole text.
      said.push_back(fmt::format("{} [{}]", leading_clause(b.because, {": ", "; "}), b.constraint));
    }
  }
  if (said.empty()) {
    return "";
  }
  return fmt::format(". {} is ruled out by {}: {}", to_string(recorded),
                     said.size() == 1 ? std::string("a hard limit") : fmt::format("{} hard limits", said.size()),
                     fmt::join(said, "; "));
}

} // namespace ragft::adr_detail
