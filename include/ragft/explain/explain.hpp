#pragma once
// The report model of `ragft explain`: a scored spec with everything behind its verdict. Each fact
// with the rules it fired, the sources with caveat and grade, what would flip the verdict, how
// robust it is, what each verdict would cost, and notes. Renderers (render_explain.hpp) format it.

#include <optional>
#include <string>
#include <vector>

#include <ragft/explain/cost.hpp>
#include <ragft/report/report.hpp>
#include <ragft/spec/spec.hpp>

namespace ragft {

struct FactEntry {
  std::string id;
  std::string question;
  std::string value; // as a person reads it, or "unknown"
  bool known = false;
  std::vector<std::string> rules;       // the fired rules it helped make fire (a failed `any` branch is not counted)
  std::vector<std::string> constraints; // holding constraints it made hold
  std::string label;                    // the fact in words (`fact_label`): "how often the knowledge changes"
  std::string spoken;                   // the value in words (`spoken_value`): "free text", "yes"
};

struct SourceEntry {
  std::string key;
  std::string title;
  std::string finding;
  std::string caveat;
  std::string grade;
  std::vector<std::string> cited_by; // rule and constraint ids
};

// The facts and sources behind one assessment (the project's or a component's).
struct ExplainDetail {
  std::vector<FactEntry> facts;
  std::vector<SourceEntry> sources;
};

struct PriceEntry {
  std::string key;
  Price price;
};

struct CostReport {
  CostEstimate estimate;
  Verdict verdict = Verdict::rag; // the verdict of the spec
  std::string currency;
  std::string prices_origin;
  std::vector<PriceEntry> prices;
  std::vector<std::string> break_evens; // one sentence per pair of verdicts
  std::vector<std::string> dominant;    // one line per verdict: its largest lines with their shares
  std::string reconcile;                // when the verdict is not the cheapest: why it is still the advice
};

// "" when `c`'s verdict is the cheapest over the horizon; else one sentence: the cheaper option is
// blocked (and by what), or the verdict scores higher on what the project needs (`a`).
std::string reconcile_text(const CostReport& c, const Assessment& a);

struct ExplainEntry {
  ResultEntry result;                    // verdict, rationale, blockers, flips and robustness, as `score` builds them
  ExplainDetail project;                 // for result.assessment
  std::vector<ExplainDetail> components; // for result.components, in order
  CostReport cost;
  std::vector<std::string> notes;
};

// Facts at or under this many tokens can go whole into the prompt (anthropic-contextual-retrieval).
inline constexpr double k_long_context_tokens = 200'000;

ExplainEntry make_explain_entry(const RuleBase& rules, const ProjectResult& result, const PriceSheet& prices,
                                const PerturbationOptions& perturbation);

ExplainDetail make_explain_detail(const RuleBase& rules, const FactSet& facts, const Assessment& assessment);

CostReport make_cost_report(const CostEstimate& estimate, Verdict verdict, const PriceSheet& prices);

// The cost report of `spec` (its `cost:` inputs and facts) whose verdict is `verdict`.
CostReport make_spec_cost_report(const RuleBase& rules, const Spec& spec, Verdict verdict, const PriceSheet& prices);

// A sentence about where the costs of `a` and `b` meet, in months and in queries a day.
std::string break_even_text(const BreakEven& b, const CostEstimate& estimate);

} // namespace ragft
