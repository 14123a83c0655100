// The keys of a spec's `cost:` section (spec/cost_inputs.hpp): read by the spec parser and
// resolved by the cost model of `ragft explain` (explain/cost.cpp).

#include <ragft/spec/cost_inputs.hpp>

namespace ragft {

const std::vector<CostKey>& cost_keys() {
  static const std::vector<CostKey> keys = {
      {"queries_per_day", &CostInputs::queries_per_day, "expected load (default: the fact, else 1,000)", 1e9,
       "queries a day"},
      {"corpus_tokens", &CostInputs::corpus_tokens,
       "tokens in the knowledge base (default: 1,000 per document of knowledge_base_docs, else 1,000,000)", 1e12,
       "tokens in the knowledge base"},
      {"prompt_tokens", &CostInputs::prompt_tokens, "input tokens per query without retrieved context (default 500)",
       1e7, "prompt tokens per query"},
      {"output_tokens", &CostInputs::output_tokens, "output tokens per query (default 300)", 1e7,
       "answer tokens per query"},
      {"retrieved_tokens", &CostInputs::retrieved_tokens,
       "context tokens retrieval adds per query (default 2,500: 5 chunks of 500)", 1e7,
       "document tokens retrieval adds per query"},
      {"data_person_days", &CostInputs::data_person_days, "person-days to build the training data (default 10)", 1e5,
       "person-days to build the training data"},
      {"eval_person_days", &CostInputs::eval_person_days, "person-days to build the evaluations (default 5)", 1e5,
       "person-days to build the evaluations"},
      {"day_rate", &CostInputs::day_rate, "cost of one person-day (default 800)", 1e6, "cost of a person-day"},
      {"horizon_months", &CostInputs::horizon_months, "months to add up, 1-120 (default 12)", 120,
       "months the totals cover"},
      {"training_examples", &CostInputs::training_examples,
       "examples per training run (default: labeled_examples, else 1,000)", 1e9, "examples per training run"},
      {"training_epochs", &CostInputs::training_epochs, "passes over the examples per run (default 3)", 1000,
       "passes over the examples per run"},
      {"retrains_per_year", &CostInputs::retrains_per_year, "training runs a year after the first (default 0)", 8760,
       "retraining runs a year"},
  };
  return keys;
}

} // namespace ragft
