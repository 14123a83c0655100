#include <ragft/rules/rule_index.hpp>

#include <algorithm>

#include <ragft/rules/rule_base.hpp>

namespace ragft {

namespace {

// The first values at which `condition` can change outcome for `fact`: `lt 100` splits at 100,
// `lte 4` at 5, `is 0` at 0 and at 1.
void collect_cuts(const Condition& c, int fact, std::vector<std::int64_t>& cuts) {
  if (c.fact == fact) {
    for (std::int64_t x : c.operands) {
      const bool at = c.kind == ConditionKind::lt || c.kind == ConditionKind::gte || c.kind == ConditionKind::is ||
                      c.kind == ConditionKind::in;
      const bool after = c.kind != ConditionKind::lt && c.kind != ConditionKind::gte && c.kind != ConditionKind::known;
      if (at) {
        cuts.push_back(x);
      }
      if (after) {
        cuts.push_back(x + 1);
      }
    }
  }
  for (const Condition& child : c.children) {
    collect_cuts(child, fact, cuts);
  }
}

std::vector<std::int64_t> range_starts_of(const RuleBase& rules, int fact) {
  std::vector<std::int64_t> cuts;
  for (const Rule& rule : rules.rules) {
    collect_cuts(rule.condition, fact, cuts);
  }
  for (const Constraint& constraint : rules.constraints) {
    collect_cuts(constraint.condition, fact, cuts);
  }
  const std::int64_t minimum = rules.facts[static_cast<std::size_t>(fact)].minimum;
  cuts.push_back(minimum);
  std::erase_if(cuts, [&](std::int64_t x) { return x < minimum; });
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  return cuts;
}

std::vector<std::vector<std::size_t>> first_pass_readers(const RuleBase& rules) {
  std::vector<std::vector<std::size_t>> readers(rules.facts.size());
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    if (rules.rules[i].reads_needs) {
      continue;
    }
    for_each_fact(rules.rules[i].condition, [&](int f) {
      auto& of_fact = readers[static_cast<std::size_t>(f)];
      if (of_fact.empty() || of_fact.back() != i) {
        of_fact.push_back(i);
      }
    });
  }
  return readers;
}

std::array<Verdict, k_verdict_count> trial_order(const std::vector<Verdict>& tie_order) {
  std::array<Verdict, k_verdict_count> order{};
  std::size_t n = 0;
  const auto add = [&](Verdict v) {
    if (std::find(order.begin(), order.begin() + n, v) == order.begin() + n) {
      order[n++] = v;
    }
  };
  for (Verdict v : tie_order) {
    add(v);
  }
  for (Verdict v : k_verdicts) {
    add(v);
  }
  return order;
}

} // namespace

RuleIndex index_rules(const RuleBase& rules) {
  RuleIndex index;
  index.first_pass_readers = first_pass_readers(rules);
  index.range_starts.resize(rules.facts.size());
  for (std::size_t f = 0; f < rules.facts.size(); ++f) {
    if (rules.facts[f].type == FactType::integer) {
      index.range_starts[f] = range_starts_of(rules, static_cast<int>(f));
    }
  }
  index.trial_order = trial_order(rules.decision.tie_order);
  return index;
}

} // namespace ragft
