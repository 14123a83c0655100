#include <ragft/explain/cost.hpp>

#include <algorithm>

#include <fmt/format.h>

namespace ragft {

namespace {

constexpr double k_per_million = 1e-6;
constexpr double k_days_per_month = 30;
// Corpus estimate from `knowledge_base_docs`: 400 tokens a document, the rule base's own reading
// (small-knowledge-base: under 500 documents fit in about 200,000 tokens), so that the cost's
// corpus and the long-context note agree.
constexpr double k_tokens_per_document = 400;

// Retraining runs a year, as often as the knowledge changes (`knowledge_updates`); at most daily.
// `why` completes the JSON origin ("fact `knowledge_updates` is monthly: retrained as often as the
// knowledge changes"); `note`, what the report's words add to the fact and its value, only where
// the value does not say it (readers13, readers14: "how often the knowledge changes is monthly:
// retrained as often as the knowledge changes" said the fact twice, in a chain of colons).
struct PerChoice {
  std::string_view choice;
  double value;
  std::string_view why;
  std::string_view note;
};
// clang-format off
constexpr PerChoice k_retrains[] = {
    {"never", 0, "no retraining", ""},
    {"yearly", 1, "retrained as often as the knowledge changes", ""},
    {"quarterly", 4, "retrained as often as the knowledge changes", ""},
    {"monthly", 12, "retrained as often as the knowledge changes", ""},
    {"weekly", 52, "retrained as often as the knowledge changes", ""},
    {"daily", 365, "retrained as often as the knowledge changes", ""},
    {"realtime", 365, "retrained at most daily", "retrained at most daily"},
};
// Output tokens by `task_type`: a label, or a short record, instead of a written answer.
constexpr PerChoice k_output_tokens[] = {
    {"classification", 10, "the answer is a label", "the answer is a label"},
    {"extraction", 150, "the answer is a short structured record", "the answer is a short structured record"},
};
// clang-format on

// The value of choice fact `id`, spelled as in a spec, if the rule base defines it and it is known.
std::optional<std::string> fact_choice(const RuleBase& rules, const FactSet& facts, std::string_view id) {
  const auto index = rules.fact_index(id);
  if (!index || rules.facts[static_cast<std::size_t>(*index)].type != FactType::choice) {
    return std::nullopt;
  }
  const FactValue& value = facts[static_cast<std::size_t>(*index)];
  return value.known() ? std::optional(format_value(rules.facts[static_cast<std::size_t>(*index)], value))
                       : std::nullopt;
}

// A default read off a choice fact through `table`, with the origin that says so.
struct Derived {
  std::optional<double> value;
  std::string origin; // the fact by its id
  std::string words;  // the fact by its label
};

// A fact as a report names it: its label, or its id where the rule base does not define it.
std::string fact_words(const RuleBase& rules, std::string_view id) {
  const auto index = rules.fact_index(id);
  return index ? fact_label(rules.facts[static_cast<std::size_t>(*index)]) : fmt::format("fact `{}`", id);
}
template <std::size_t N>
Derived from_choice(const RuleBase& rules, const FactSet& facts, std::string_view id, const PerChoice (&table)[N]) {
  const auto choice = fact_choice(rules, facts, id);
  for (const PerChoice& row : table) {
    if (choice && *choice == row.choice) {
      return {row.value, fmt::format("fact `{}` is {}: {}", id, row.choice, row.why),
              fmt::format("{} ({}{}{})", fact_words(rules, id), row.choice, row.note.empty() ? "" : ", ", row.note)};
    }
  }
  return {};
}

// The value of integer fact `id` if the rule base defines it and the spec knows it.
std::optional<double> fact_number(const RuleBase& rules, const FactSet& facts, std::string_view id) {
  const auto index = rules.fact_index(id);
  if (!index || rules.facts[static_cast<std::size_t>(*index)].type != FactType::integer) {
    return std::nullopt;
  }
  const FactValue& value = facts[static_cast<std::size_t>(*index)];
  return value.known() ? std::optional(static_cast<double>(value.as_integer())) : std::nullopt;
}

// The value of integer fact `id` times `scale` (documents x tokens a document), with the origin
// that names the fact; nothing when the fact is not known.
Derived from_number(const RuleBase& rules, const FactSet& facts, std::string_view id, double scale = 1) {
  const auto fact = fact_number(rules, facts, id);
  if (!fact) {
    return {};
  }
  const std::string times = scale == 1 ? std::string() : fmt::format(" x {:g}", scale);
  return {*fact * scale, fmt::format("fact `{}`{}", id, times), fmt::format("{}{}", fact_words(rules, id), times)};
}

// Resolves one input: the spec's value, else one derived from the facts, whose origin says how,
// else the default.
void resolve(CostModelInputs& out, double& target, std::string_view key, const std::optional<double>& spec,
             const Derived& derived = {}) {
  std::string origin = "default";
  std::string words = origin;
  if (spec) {
    target = *spec;
    origin = words = "spec";
  } else if (derived.value) {
    target = *derived.value;
    origin = derived.origin;
    words = derived.words;
  }
  const auto& keys = cost_keys();
  const auto named = std::find_if(keys.begin(), keys.end(), [&](const CostKey& k) { return k.name == key; });
  const std::string label(named == keys.end() ? key : named->label);
  out.assumptions.push_back(CostAssumption{std::string(key), label, target, origin, words});
}

// retrieved_tokens when `knowledge_base_docs` is 0.
Derived nothing_to_retrieve(const RuleBase& rules) {
  constexpr std::string_view why = "is 0: nothing to retrieve, no vector database";
  return {0, fmt::format("fact `knowledge_base_docs` {}", why),
          fmt::format("{} (0, nothing to retrieve, no vector database)", fact_words(rules, "knowledge_base_docs"))};
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
  const double train =
      training_cost(in, p, in.prompt_tokens + in.output_tokens + (retrieval ? in.retrieved_tokens : 0));
  std::vector<CostLine> lines = {{"queries (inference, query embedding)", 0, queries * per_query, 0},
                                 {"labour: evaluations", labour_evals, 0, 0}};
  if (retrieval && in.documents) {
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
  std::stable_sort(c.lines.begin(), c.lines.end(),
                   [](const CostLine& a, const CostLine& b) { return a.total > b.total; });
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
  resolve(in, in.queries_per_day, "queries_per_day", s.queries_per_day, from_number(rules, facts, "queries_per_day"));
  resolve(in, in.corpus_tokens, "corpus_tokens", s.corpus_tokens,
          from_number(rules, facts, "knowledge_base_docs", k_tokens_per_document));
  in.corpus_known = s.corpus_tokens.has_value() || docs.has_value();
  resolve(in, in.prompt_tokens, "prompt_tokens", s.prompt_tokens);
  resolve(in, in.output_tokens, "output_tokens", s.output_tokens,
          from_choice(rules, facts, "task_type", k_output_tokens));
  in.documents = !docs || *docs > 0 || s.retrieved_tokens || s.corpus_tokens;
  resolve(in, in.retrieved_tokens, "retrieved_tokens", s.retrieved_tokens,
          in.documents ? Derived{} : nothing_to_retrieve(rules));
  resolve(in, in.data_person_days, "data_person_days", s.data_person_days);
  resolve(in, in.eval_person_days, "eval_person_days", s.eval_person_days);
  resolve(in, in.day_rate, "day_rate", s.day_rate);
  double horizon = in.horizon_months;
  resolve(in, horizon, "horizon_months", s.horizon_months);
  in.horizon_months = static_cast<int>(horizon);
  resolve(in, in.training_examples, "training_examples", s.training_examples,
          from_number(rules, facts, "labeled_examples"));
  resolve(in, in.training_epochs, "training_epochs", s.training_epochs);
  resolve(in, in.retrains_per_year, "retrains_per_year", s.retrains_per_year,
          from_choice(rules, facts, "knowledge_updates", k_retrains));
  return in;
}

double inference_cost(double input_tokens, double output_tokens, double input_price, double output_price) {
  return (input_tokens * input_price + output_tokens * output_price) * k_per_million;
}

PerVerdict<double> cost_per_query(const CostModelInputs& in, const PriceSheet& p) {
  const double with_context = in.prompt_tokens + in.retrieved_tokens;
  const double query_embedding = in.documents ? in.prompt_tokens * p.embedding.value * k_per_million : 0;
  PerVerdict<double> out;
  out[Verdict::rag] =
      inference_cost(with_context, in.output_tokens, p.base_input.value, p.base_output.value) + query_embedding;
  out[Verdict::fine_tune] =
      inference_cost(in.prompt_tokens, in.output_tokens, p.tuned_input.value, p.tuned_output.value);
  out[Verdict::hybrid] =
      inference_cost(with_context, in.output_tokens, p.tuned_input.value, p.tuned_output.value) + query_embedding;
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
