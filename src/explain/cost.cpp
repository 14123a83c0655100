#include <ragft/explain/cost.hpp>

#include <algorithm>

#include <fmt/format.h>

namespace ragft {

namespace {

constexpr double k_per_million = 1e-6;
constexpr double k_days_per_month = 30;
constexpr double k_tokens_per_document = 1000; // corpus estimate from `knowledge_base_docs`

// The value of integer fact `id` if the rule base defines it and the spec knows it.
std::optional<double> fact_number(const RuleBase& rules, const FactSet& facts, std::string_view id) {
  const auto index = rules.fact_index(id);
  if (!index || rules.facts[static_cast<std::size_t>(*index)].type != FactType::integer) {
    return std::nullopt;
  }
  const FactValue& value = facts[static_cast<std::size_t>(*index)];
  return value.known() ? std::optional(static_cast<double>(value.as_integer())) : std::nullopt;
}

// Resolves one input: the spec's value, else the fact's (scaled), else the default.
void resolve(CostModelInputs& out, double& target, std::string_view key, const std::optional<double>& spec,
             std::optional<double> fact, std::string_view fact_id, double scale = 1) {
  std::string origin = "default";
  if (spec) {
    target = *spec;
    origin = "spec";
  } else if (fact) {
    target = *fact * scale;
    origin = scale == 1 ? fmt::format("fact `{}`", fact_id) : fmt::format("fact `{}` x {:g}", fact_id, scale);
  }
  out.assumptions.push_back(CostAssumption{std::string(key), target, origin});
}

double training_cost(const CostModelInputs& in, const PriceSheet& p, double tokens_per_example) {
  return in.training_examples * tokens_per_example * in.training_epochs * p.training.value * k_per_million;
}

// The cost lines of each verdict, before totals: one-off and monthly parts.
std::vector<CostLine> lines_of(Verdict v, const CostModelInputs& in, const PriceSheet& p, double per_query) {
  const double queries = in.queries_per_day * k_days_per_month;
  const double labour_data = in.data_person_days * in.day_rate;
  const double labour_evals = in.eval_person_days * in.day_rate;
  const double corpus = in.corpus_tokens * p.embedding.value * k_per_million;
  const bool retrieval = v != Verdict::fine_tune;
  const double train = training_cost(in, p, in.prompt_tokens + in.output_tokens + (retrieval ? in.retrieved_tokens : 0));
  std::vector<CostLine> lines = {{"queries (inference, query embedding)", 0, queries * per_query, 0},
                                 {"labour: evaluations", labour_evals, 0, 0}};
  if (retrieval) {
    lines.push_back({"vector database", 0, p.vector_db.value, 0});
    lines.push_back({"corpus embedding", corpus, 0, 0});
  }
  if (v != Verdict::rag) {
    lines.push_back({"labour: training data", labour_data, 0, 0});
    lines.push_back({"training", train, 0, 0});
    lines.push_back({"retraining", 0, train * in.retrains_per_year / 12, 0});
  }
  return lines;
}

VerdictCost verdict_cost(Verdict v, const CostModelInputs& in, const PriceSheet& p, double per_query) {
  VerdictCost c{v, per_query, 0, 0, {}, lines_of(v, in, p, per_query)};
  for (CostLine& line : c.lines) {
    line.total = line.one_off + in.horizon_months * line.monthly;
    c.one_off += line.one_off;
    c.monthly += line.monthly;
  }
  std::erase_if(c.lines, [](const CostLine& line) { return line.total == 0; });
  std::stable_sort(c.lines.begin(), c.lines.end(), [](const CostLine& a, const CostLine& b) { return a.total > b.total; });
  for (int month = 0; month <= in.horizon_months; ++month) {
    c.cumulative.push_back(c.one_off + month * c.monthly);
  }
  return c;
}

// The part of a verdict's monthly cost that does not grow with the number of queries.
double fixed_monthly(const VerdictCost& c, const CostModelInputs& in) {
  return c.monthly - in.queries_per_day * k_days_per_month * c.per_query;
}

BreakEven break_even(const VerdictCost& a, const VerdictCost& b, const CostModelInputs& in) {
  BreakEven out{a.verdict, b.verdict, std::nullopt, std::nullopt};
  const double month = (b.one_off - a.one_off) / (a.monthly - b.monthly);
  if (a.monthly != b.monthly && month > 0) {
    out.month = month;
  }
  const double h = in.horizon_months;
  const double per_query_gap = a.per_query - b.per_query;
  const double volume = (b.one_off - a.one_off + h * (fixed_monthly(b, in) - fixed_monthly(a, in))) /
                        (k_days_per_month * h * per_query_gap);
  if (per_query_gap != 0 && volume > 0) {
    out.queries_per_day = volume;
  }
  return out;
}

} // namespace

CostModelInputs resolve_cost_inputs(const CostInputs& s, const RuleBase& rules, const FactSet& facts) {
  CostModelInputs in;
  const auto docs = fact_number(rules, facts, "knowledge_base_docs");
  resolve(in, in.queries_per_day, "queries_per_day", s.queries_per_day, fact_number(rules, facts, "queries_per_day"), "queries_per_day");
  resolve(in, in.corpus_tokens, "corpus_tokens", s.corpus_tokens, docs, "knowledge_base_docs", k_tokens_per_document);
  in.corpus_known = s.corpus_tokens.has_value() || docs.has_value();
  resolve(in, in.prompt_tokens, "prompt_tokens", s.prompt_tokens, std::nullopt, "");
  resolve(in, in.output_tokens, "output_tokens", s.output_tokens, std::nullopt, "");
  resolve(in, in.retrieved_tokens, "retrieved_tokens", s.retrieved_tokens, std::nullopt, "");
  resolve(in, in.data_person_days, "data_person_days", s.data_person_days, std::nullopt, "");
  resolve(in, in.eval_person_days, "eval_person_days", s.eval_person_days, std::nullopt, "");
  resolve(in, in.day_rate, "day_rate", s.day_rate, std::nullopt, "");
  double horizon = in.horizon_months;
  resolve(in, horizon, "horizon_months", s.horizon_months, std::nullopt, "");
  in.horizon_months = static_cast<int>(horizon);
  resolve(in, in.training_examples, "training_examples", s.training_examples, fact_number(rules, facts, "labeled_examples"), "labeled_examples");
  resolve(in, in.training_epochs, "training_epochs", s.training_epochs, std::nullopt, "");
  resolve(in, in.retrains_per_year, "retrains_per_year", s.retrains_per_year, std::nullopt, "");
  return in;
}

double inference_cost(double input_tokens, double output_tokens, double input_price, double output_price) {
  return (input_tokens * input_price + output_tokens * output_price) * k_per_million;
}

PerVerdict<double> cost_per_query(const CostModelInputs& in, const PriceSheet& p) {
  const double with_context = in.prompt_tokens + in.retrieved_tokens;
  const double query_embedding = in.prompt_tokens * p.embedding.value * k_per_million;
  PerVerdict<double> out;
  out[Verdict::rag] = inference_cost(with_context, in.output_tokens, p.base_input.value, p.base_output.value) + query_embedding;
  out[Verdict::fine_tune] = inference_cost(in.prompt_tokens, in.output_tokens, p.tuned_input.value, p.tuned_output.value);
  out[Verdict::hybrid] = inference_cost(with_context, in.output_tokens, p.tuned_input.value, p.tuned_output.value) + query_embedding;
  return out;
}

CostEstimate estimate_cost(const CostModelInputs& in, const PriceSheet& prices) {
  CostEstimate e;
  e.inputs = in;
  const PerVerdict<double> per_query = cost_per_query(in, prices);
  for (Verdict v : k_verdicts) {
    e.verdicts[v] = verdict_cost(v, in, prices, per_query[v]);
  }
  const auto& c = e.verdicts;
  e.break_evens = {break_even(c[Verdict::rag], c[Verdict::fine_tune], in),
                   break_even(c[Verdict::rag], c[Verdict::hybrid], in),
                   break_even(c[Verdict::fine_tune], c[Verdict::hybrid], in)};
  return e;
}

} // namespace ragft
