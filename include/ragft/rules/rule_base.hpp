#pragma once
// The rule base: facts, weighted rules, hard constraints, the sources they cite, and the parameters
// of the decision. Loaded from YAML (see rule_base_loader.hpp); read-only once loaded.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <ragft/model/facts.hpp>
#include <ragft/model/verdict.hpp>
#include <ragft/rules/condition.hpp>
#include <ragft/rules/rule_index.hpp>

namespace ragft {

// A document a rule cites: a seed document or a published source, with its evidence grade.
struct Source {
  std::string key;
  std::string title;
  std::string finding;
  std::string caveat;
  std::string grade; // A, B, C or D (see docs/rules.md)
  Location where;
};

// A weighted rule: when its condition holds, it adds `points` to each verdict.
struct Rule {
  std::string id;
  Condition condition;
  PerVerdict<double> points;
  Need need = Need::none;   // which need the rule is evidence of; practical rules are neither
  bool reads_needs = false; // its condition reads need levels, so it fires after the others
  std::string because;      // may quote facts as {fact_id}
  std::vector<std::string> sources;
  // Published decisions whose facts fire it went every way (the rule base says so with
  // `mixed_evidence: true`, from docs/accuracy.md's measurement): a medium verdict it fires for is
  // low (`evaluate`); a high one stays.
  bool mixed_evidence = false;
  Location where;
};

// A hard constraint: when its condition holds, the verdicts it blocks cannot be chosen.
struct Constraint {
  std::string id;
  Condition condition;
  std::vector<Verdict> blocks;
  std::string because;
  std::string unblock; // what would lift it
  std::vector<std::string> sources;
  Location where;
};

// How need levels and confidence are read off the scores.
struct DecisionParams {
  double strong_need = 3.0;       // a need at or above this is "strong"
  double high_margin = 3.0;       // lead over the runner-up for high confidence
  double medium_margin = 1.0;     // ... for medium confidence
  double max_unknown_share = 0.5; // above this share of unknown facts, confidence drops a level
  std::vector<Verdict> tie_order = {Verdict::rag, Verdict::hybrid, Verdict::fine_tune};
};

struct RuleBase {
  std::string name;
  std::string version;
  std::vector<FactDef> facts;
  std::vector<Rule> rules;
  std::vector<Constraint> constraints;
  std::map<std::string, Source> sources;
  DecisionParams decision;
  std::string origin; // file name it was loaded from
  RuleIndex index;    // derived from the above when loaded (index_rules)

  // Index of the fact with this id, if any.
  std::optional<int> fact_index(std::string_view id) const;
  // The rule with this id, if any.
  const Rule* find_rule(std::string_view id) const;
  std::vector<std::string> fact_ids() const;
};

} // namespace ragft
