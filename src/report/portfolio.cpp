#include <ragft/report/portfolio.hpp>

#include <algorithm>

#include <fmt/format.h>

namespace ragft {

namespace {

void add_hit(std::vector<DriverHit>& hits, Verdict verdict, const FactDef& def, const FactValue& value, double points) {
  std::string fact = def.id + "=" + format_value(def, value);
  for (DriverHit& h : hits) {
    if (h.verdict == verdict && h.fact == fact) {
      h.points += points;
      return;
    }
  }
  // Quoted as check's reasons quote a value: a label and its value run together otherwise.
  std::string words = fmt::format("{} \"{}\"", fact_label(def), spoken_value(def, value));
  hits.push_back(DriverHit{verdict, std::move(fact), std::move(words), points});
}

void add_evaluation(std::vector<DriverHit>& hits, const RuleBase& rules, const Evaluation& e, const FactSet& facts) {
  const NeedLevels needs = {NeedLevel::none, e.knowledge.level, e.behaviour.level};
  for (const FiredRule& fired : e.fired) {
    const double points = fired.rule->points[e.verdict];
    if (points <= 0) {
      continue;
    }
    for (const int index : holding_known_facts(fired.rule->condition, facts, &needs)) {
      const auto i = static_cast<std::size_t>(index);
      add_hit(hits, e.verdict, rules.facts[i], facts[i], points);
    }
  }
}

} // namespace

std::vector<DriverHit> drivers_of(const RuleBase& rules, const ProjectResult& result) {
  std::vector<DriverHit> hits;
  if (!result.from_components) {
    add_evaluation(hits, rules, result.evaluation, result.spec->facts);
  }
  for (const ComponentResult& c : result.components) {
    add_evaluation(hits, rules, c.evaluation, c.component->facts);
  }
  return hits;
}

void add_to_portfolio(Portfolio& portfolio, Verdict verdict, const std::vector<DriverHit>& hits) {
  ++portfolio.scored;
  ++portfolio.per_verdict[verdict];
  for (const DriverHit& h : hits) {
    Driver& d = portfolio.drivers[h.verdict][h.fact];
    d.fact = h.fact;
    d.words = h.words;
    ++d.specs;
    d.points += h.points;
  }
}

std::vector<Driver> top_drivers(const Portfolio& portfolio, Verdict verdict, std::size_t count) {
  std::vector<Driver> all;
  for (const auto& [key, driver] : portfolio.drivers[verdict]) {
    all.push_back(driver);
  }
  std::stable_sort(all.begin(), all.end(), [](const Driver& a, const Driver& b) { return a.points > b.points; });
  all.resize(std::min(count, all.size()));
  return all;
}

} // namespace ragft
