#pragma once
// The `cost:` section of a spec: inputs of the cost model of `ragft explain`. Every input is
// optional; a missing one takes a fact's value or a documented default (cost.hpp, docs/explain.md).

#include <optional>
#include <string_view>
#include <vector>

#include <ragft/base/diagnostic.hpp>

namespace ragft {

struct CostInputs {
  std::optional<double> queries_per_day;
  std::optional<double> corpus_tokens;     // tokens of the whole knowledge base
  std::optional<double> prompt_tokens;     // per query, without retrieved context
  std::optional<double> output_tokens;     // per query
  std::optional<double> retrieved_tokens;  // per query, added by retrieval
  std::optional<double> data_person_days;  // to build the training data (fine-tune, hybrid)
  std::optional<double> eval_person_days;  // to build the evaluations (every verdict)
  std::optional<double> day_rate;          // cost of one person-day
  std::optional<double> horizon_months;    // whole months, 1 to 120
  std::optional<double> training_examples; // examples per training run
  std::optional<double> training_epochs;
  std::optional<double> retrains_per_year; // training runs after the first (fine-tune, hybrid)
  Location where;
};

// One key of the `cost:` section: its name, where it is kept, its meaning, and the largest value
// that means something (every input is from 0 to `maximum`; the bounds keep every amount the cost
// model adds up finite and exact to the unit: docs/limits.md).
struct CostKey {
  std::string_view name;
  std::optional<double> CostInputs::*member;
  std::string_view meaning;
  double maximum;
  std::string_view label; // a few words a report names the input by ("context tokens retrieval adds per query")
};

// Every key of the `cost:` section, in the order docs/explain.md lists them.
const std::vector<CostKey>& cost_keys();

} // namespace ragft
