// The report model's analysis part: what would flip a verdict, and how robust it is.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include <ragft/engine/flips.hpp>
#include <ragft/report/confidence_text.hpp>
#include <ragft/report/report.hpp>

#include "report/word_list.hpp"

namespace ragft {

namespace {

std::string range_text(const FactDef& fact, const FlipOption& option) {
  const std::string low = group_thousands(option.low);
  if (!option.high) {
    return fmt::format("{} or more", low);
  }
  const std::string high = group_thousands(*option.high);
  if (option.low == *option.high) {
    return fmt::format("exactly {}", low);
  }
  return option.low <= fact.minimum ? fmt::format("{} or fewer", high) : fmt::format("{} to {}", low, high);
}

// "a", "a or b", "a, b or c"
std::string one_of(const std::vector<std::string>& items) { return report_detail::word_list(items, "or"); }

FlipChange make_change(const FactDef& fact, const FlipOption& option) {
  FlipChange change;
  change.becomes = option.becomes;
  if (fact.type == FactType::integer) {
    change.low = option.low;
    change.high = option.high;
    change.to = range_text(fact, option);
    return change;
  }
  for (const FactValue& value : option.values) {
    change.values.push_back(format_value(fact, value));
  }
  change.to = one_of(change.values);
  return change;
}

// A change in words: "1,000 or more", "free text or template", "no".
std::string spoken_change(const FactDef& fact, const FlipChange& change) {
  if (fact.type == FactType::integer) {
    return change.to;
  }
  std::vector<std::string> words;
  words.reserve(change.values.size());
  for (const std::string& value : change.values) {
    words.push_back(spoken_spelling(fact, value));
  }
  return one_of(words);
}

FlipEntry make_flip(const RuleBase& rules, const FactSet& facts, const FactFlips& flips, bool project_level) {
  const auto index = static_cast<std::size_t>(flips.fact);
  const FactDef& fact = rules.facts[index];
  FlipEntry entry{fact.id,          display_value(fact, facts[index]), flips.known, flips.effort, {}, "",
                  fact_label(fact), spoken_value(fact, facts[index])};
  for (const FlipOption& option : flips.options) {
    entry.changes.push_back(make_change(fact, option));
    entry.changes.back().spoken = spoken_change(fact, entry.changes.back());
  }
  const FlipChange& first = entry.changes.front();
  entry.summary =
      fmt::format("{}: {} (now {}) would make {} {}", fact_label(fact), spoken_change(fact, first),
                  spoken_value(fact, facts[index]), project_level ? "the project-level facts alone point to" : "it",
                  to_string(first.becomes));
  return entry;
}

// Known facts stay in effort order; unknown ones follow in the order of the decisive unknowns.
void order_unknowns(std::vector<FlipEntry>& flips, const std::vector<UnknownEntry>& decisive) {
  auto rank = [&](const FlipEntry& f) {
    const auto it =
        std::find_if(decisive.begin(), decisive.end(), [&](const UnknownEntry& u) { return u.fact == f.fact; });
    return it - decisive.begin();
  };
  std::stable_sort(flips.begin(), flips.end(), [&](const FlipEntry& a, const FlipEntry& b) {
    return a.known != b.known ? a.known : !a.known && rank(a) < rank(b);
  });
}

// The most critical rule in words a product manager reads: which way it pulls the verdict, what
// the figure compares, and what would follow if its weight were wrong. One colon, after the rule
// (readers15: "moderate-style: it works against the verdict most: rag held in 3 percentage points
// more of the trials where this rule counted for less than written than where it counted for
// more" chained two colons and two "than"s).
std::string critical_text(const Robustness& r) {
  const bool leans = r.critical->sensitivity > 0;
  return fmt::format("{}, the rule {}: with its weight {} what is written, {} held in {:.0f} percentage points more "
                     "of the trials than with it {} (were it {}, the verdict could change)",
                     r.critical->rule->id, leans ? "the verdict leans on most" : "that works against the verdict most",
                     leans ? "above" : "below", to_string(r.verdict), std::fabs(r.critical->sensitivity) * 100,
                     leans ? "below" : "above", leans ? "weaker" : "stronger");
}

} // namespace

RobustnessEntry make_robustness(const RuleBase&, const Robustness& r) {
  RobustnessEntry e;
  e.verdict = r.verdict;
  e.band = r.band;
  e.share = r.share;
  e.shares = r.shares;
  e.draws = r.options.draws;
  e.seed = r.options.seed;
  e.spread = r.options.spread;
  // In words a reader follows without the docs: what was varied, how, and how often the verdict held.
  e.summary = fmt::format("{}: the verdict stays {} in {:.0f}% of {} trials that each shifted every rule's weight at "
                          "random by up to ±{:.0f}%",
                          to_string(r.band), to_string(r.verdict), r.share * 100, group_thousands(r.options.draws),
                          r.options.spread * 100);
  if (r.critical) {
    e.critical_rule = r.critical->rule->id;
    e.critical_sensitivity = r.critical->sensitivity;
    e.critical_text = critical_text(r);
  }
  return e;
}

void add_analysis(Assessment& a, const RuleBase& rules, const FactSet& facts, const Perturber& perturber,
                  bool project_level) {
  if (const std::optional<FactFlips> top = find_top_flip(rules, facts)) {
    a.top_flip = make_flip(rules, facts, *top, project_level);
  }
  a.robustness = make_robustness(rules, perturber.perturb({facts}));
  // The trials vary the weights, not the facts: "robust" beside "how sure: low" read as certainty
  // to a team lead whose 15 unknown facts could each have changed the verdict (readers18).
  a.robustness->summary += weights_only_text(a.unknowns.size());
}

void add_every_flip(Assessment& a, const RuleBase& rules, const FactSet& facts, bool project_level) {
  a.flips.clear();
  for (const FactFlips& flips : find_flips(rules, facts)) {
    a.flips.push_back(make_flip(rules, facts, flips, project_level));
  }
  order_unknowns(a.flips, a.unknowns);
}

} // namespace ragft
