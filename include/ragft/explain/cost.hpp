#pragma once
// What it will cost: one-off and monthly cost of each verdict over a horizon, from a spec's `cost:`
// inputs, its facts and a price sheet. Pure arithmetic; the formulas are in docs/explain.md
// ("What it will cost") and unit-tested against hand-computed values.

#include <optional>
#include <string>
#include <vector>

#include <ragft/explain/prices.hpp>
#include <ragft/model/facts.hpp>
#include <ragft/rules/rule_base.hpp>
#include <ragft/spec/cost_inputs.hpp>

namespace ragft {

// An input of the model with the value used and where it came from.
struct CostAssumption {
  std::string key;   // as the spec's `cost:` section writes it: "retrieved_tokens" (JSON)
  std::string label; // the same for a person: "document tokens retrieval adds per query"
  double value = 0;
  std::string origin; // "spec", "fact `queries_per_day`", or "default": the fact by its id (JSON)
  std::string words;  // the same for a person: the fact by its label ("queries a day")
};

// Every input resolved: the spec's value, else one read off the facts, else the default. From the
// facts: queries_per_day; corpus_tokens (knowledge_base_docs x 400); training_examples
// (labeled_examples); retrains_per_year as often as knowledge_updates (yearly 1, quarterly 4,
// monthly 12, weekly 52, daily and realtime 365); output_tokens by task_type (classification 10,
// extraction 150); retrieved_tokens 0 and no vector database when knowledge_base_docs is 0.
struct CostModelInputs {
  double queries_per_day = 1000;
  double corpus_tokens = 1'000'000;
  double prompt_tokens = 500;
  double output_tokens = 300;
  double retrieved_tokens = 2500;
  double data_person_days = 10;
  double eval_person_days = 5;
  double day_rate = 800;
  int horizon_months = 12;
  double training_examples = 1000;
  double training_epochs = 3;
  double retrains_per_year = 0;
  bool corpus_known = false; // from the spec or from `knowledge_base_docs`, not the default
  bool documents = true;     // false when `knowledge_base_docs` is 0 (and the spec retrieves nothing):
                             // no vector database, no query embedding, nothing retrieved
  std::vector<CostAssumption> assumptions;
};

CostModelInputs resolve_cost_inputs(const CostInputs& inputs, const RuleBase& rules, const FactSet& facts);

struct CostLine {
  std::string name;
  double one_off = 0;
  double monthly = 0;
  double total = 0; // over the horizon: one_off + horizon x monthly
};

struct VerdictCost {
  Verdict verdict = Verdict::rag;
  double per_query = 0;
  double one_off = 0;
  double monthly = 0;
  std::vector<double> cumulative; // months 0 (one-off) to horizon
  std::vector<CostLine> lines;    // largest total first
};

// Where two verdicts' costs meet: the month their cumulative costs cross, and the daily volume
// at which they cost the same over the horizon.
struct BreakEven {
  Verdict a = Verdict::rag;
  Verdict b = Verdict::fine_tune;
  std::optional<double> month;
  std::optional<double> queries_per_day;
};

struct CostEstimate {
  CostModelInputs inputs;
  PerVerdict<VerdictCost> verdicts;
  std::vector<BreakEven> break_evens; // rag/fine-tune, rag/hybrid, fine-tune/hybrid
};

// Inference cost of one query: `input` and `output` tokens at prices per 1M tokens.
double inference_cost(double input_tokens, double output_tokens, double input_price, double output_price);

// Cost per query of each verdict (inference plus the query's embedding where retrieval is used).
PerVerdict<double> cost_per_query(const CostModelInputs& in, const PriceSheet& prices);

CostEstimate estimate_cost(const CostModelInputs& in, const PriceSheet& prices);

} // namespace ragft
