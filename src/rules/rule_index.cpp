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

// By fact: the indices of the `conditions` (a rule's or a constraint's) that read the fact, each
// once, in order; `condition_of(i)` is the i-th condition, or null for one to leave out.
template <typename ConditionOf>
std::vector<std::vector<std::size_t>> readers_of(std::size_t facts, std::size_t conditions, ConditionOf condition_of) {
  std::vector<std::vector<std::size_t>> readers(facts);
  for (std::size_t i = 0; i < conditions; ++i) {
    const Condition* condition = condition_of(i);
    if (condition == nullptr) {
      continue;
    }
    for_each_fact(*condition, [&](int f) {
      auto& of_fact = readers[static_cast<std::size_t>(f)];
      if (of_fact.empty() || of_fact.back() != i) {
        of_fact.push_back(i);
      }
    });
  }
  return readers;
}

// The readers of each fact among the rules that read need levels (`second_pass`) or not.
std::vector<std::vector<std::size_t>> rule_readers(const RuleBase& rules, bool second_pass) {
  return readers_of(rules.facts.size(), rules.rules.size(), [&](std::size_t i) {
    const Rule& rule = rules.rules[i];
    return rule.reads_needs == second_pass ? &rule.condition : nullptr;
  });
}

std::vector<std::vector<std::size_t>> constraint_readers(const RuleBase& rules) {
  return readers_of(rules.facts.size(), rules.constraints.size(),
                    [&](std::size_t i) { return &rules.constraints[i].condition; });
}

// The values worth trying for an unknown fact: each choice, both truth values, or the minimum and
// each threshold that some condition compares the fact with (and its neighbours), ascending.
std::vector<FactValue> probe_values_of(const RuleBase& rules, int fact) {
  const FactDef& def = rules.facts[static_cast<std::size_t>(fact)];
  std::vector<FactValue> values;
  if (def.type == FactType::boolean) {
    return {FactValue::boolean(false), FactValue::boolean(true)};
  }
  if (def.type == FactType::choice) {
    values.reserve(def.choices.size());
    for (std::size_t i = 0; i < def.choices.size(); ++i) {
      values.push_back(FactValue::choice(static_cast<int>(i)));
    }
    return values;
  }
  std::vector<std::int64_t> numbers = {def.minimum};
  auto add = [&](const Condition& c) {
    for (std::int64_t n : boundary_values(c, fact)) {
      numbers.push_back(n);
    }
  };
  for (const Rule& rule : rules.rules) {
    add(rule.condition);
  }
  for (const Constraint& constraint : rules.constraints) {
    add(constraint.condition);
  }
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  for (std::int64_t n : numbers) {
    if (n >= def.minimum) {
      values.push_back(FactValue::integer(n));
    }
  }
  return values;
}

std::vector<std::string> titles_of(const RuleBase& rules, const std::vector<std::string>& keys) {
  std::vector<std::string> titles;
  titles.reserve(keys.size());
  for (const std::string& key : keys) {
    const auto source = rules.sources.find(key);
    titles.push_back(source == rules.sources.end() || source->second.title.empty() ? key : source->second.title);
  }
  return titles;
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
  index.first_pass_readers = rule_readers(rules, false);
  index.second_pass_readers = rule_readers(rules, true);
  index.constraint_readers = constraint_readers(rules);
  index.range_starts.resize(rules.facts.size());
  index.probe_values.reserve(rules.facts.size());
  for (std::size_t f = 0; f < rules.facts.size(); ++f) {
    index.probe_values.push_back(probe_values_of(rules, static_cast<int>(f)));
    if (rules.facts[f].type == FactType::integer) {
      index.range_starts[f] = range_starts_of(rules, static_cast<int>(f));
    }
  }
  index.rule_source_titles.reserve(rules.rules.size());
  for (const Rule& rule : rules.rules) {
    index.rule_source_titles.push_back(titles_of(rules, rule.sources));
  }
  index.constraint_source_titles.reserve(rules.constraints.size());
  for (const Constraint& constraint : rules.constraints) {
    index.constraint_source_titles.push_back(titles_of(rules, constraint.sources));
  }
  index.trial_order = trial_order(rules.decision.tie_order);
  return index;
}

} // namespace ragft
