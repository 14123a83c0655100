#pragma once
// What the engine asks of a rule base for every spec it scores, derived once when the rule base is
// loaded rather than again per spec: which rules read each fact, where an integer fact's value
// starts to matter differently, and how ties between verdicts are broken.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <ragft/model/facts.hpp>
#include <ragft/model/verdict.hpp>

namespace ragft {

struct RuleBase;

struct RuleIndex {
  // By fact: the rules that fire before need levels are known (those whose conditions read no
  // need) and whose conditions read the fact, in rule order, each once.
  std::vector<std::vector<std::size_t>> first_pass_readers;
  // By fact: the rules that fire after need levels are known (those whose conditions read a need)
  // and whose conditions read the fact, in rule order, each once.
  std::vector<std::vector<std::size_t>> second_pass_readers;
  // By fact: the constraints whose conditions read the fact, in order, each once.
  std::vector<std::vector<std::size_t>> constraint_readers;
  // By fact: the start of each range of the fact's values on which every condition of the rule
  // base is constant, ascending, the first being the fact's minimum (integer facts; empty for others).
  std::vector<std::vector<std::int64_t>> range_starts;
  // By fact: the values that decisive unknowns try for it when it is unknown: each choice, both
  // truth values, or (integer facts) the minimum and each threshold a condition compares the fact
  // with and its neighbours, ascending.
  std::vector<std::vector<FactValue>> probe_values;
  // By rule and by constraint: each of its sources in words (the source's title in the rule base,
  // else its key), as reports show them beside each reason and blocker.
  std::vector<std::vector<std::string>> rule_source_titles;
  std::vector<std::vector<std::string>> constraint_source_titles;
  // The order in which verdicts are tried for the most points: the decision's `tie_order` (earlier
  // wins a tie), each verdict once, then any verdict it does not list.
  std::array<Verdict, k_verdict_count> trial_order{};
};

// The index of `rules`' facts, rules and constraints as they are now.
RuleIndex index_rules(const RuleBase& rules);

} // namespace ragft
