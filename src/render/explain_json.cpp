// `ragft explain --format json|jsonl`: the result object of `score` plus the keys `facts`,
// `sources`, `flips`, `cost` and `notes` (`robustness` is already in it).

#include <cmath>

#include <nlohmann/json.hpp>

#include <ragft/render/explain.hpp>

#include "render/formats.hpp"

namespace ragft {

std::unique_ptr<ExplainRenderer> make_explain_text_renderer(const RenderOptions& options);
std::unique_ptr<ExplainRenderer> make_explain_markdown_renderer(const RenderOptions& options);

namespace {

using Json = nlohmann::ordered_json;

Json fact_json(const FactEntry& f) {
  return Json{{"fact", f.id},
              {"value", f.known ? Json(f.value) : Json(nullptr)},
              {"question", f.question},
              {"rules", f.rules},
              {"constraints", f.constraints}};
}

Json source_json(const SourceEntry& s) {
  return Json{{"key", s.key},       {"title", s.title}, {"finding", s.finding},
              {"caveat", s.caveat}, {"grade", s.grade}, {"cited_by", s.cited_by}};
}

void add_detail(Json& out, const Assessment& a, const ExplainDetail& d) {
  out["facts"] = Json::array();
  for (const FactEntry& f : d.facts) {
    out["facts"].push_back(fact_json(f));
  }
  out["sources"] = Json::array();
  for (const SourceEntry& s : d.sources) {
    out["sources"].push_back(source_json(s));
  }
  out["flips"] = Json::array();
  for (const FlipEntry& f : a.flips) {
    out["flips"].push_back(flip_json(f));
  }
}

double cents(double x) { return std::round(x * 100) / 100; }

Json verdict_cost_json(const VerdictCost& c) {
  Json lines = Json::array();
  for (const CostLine& l : c.lines) {
    lines.push_back(Json{
        {"name", l.name}, {"one_off", cents(l.one_off)}, {"monthly", cents(l.monthly)}, {"total", cents(l.total)}});
  }
  Json cumulative = Json::array();
  for (double x : c.cumulative) {
    cumulative.push_back(cents(x));
  }
  return Json{{"per_query", c.per_query},
              {"one_off", cents(c.one_off)},
              {"monthly", cents(c.monthly)},
              {"cumulative", cumulative},
              {"lines", lines}};
}

Json optional_json(const std::optional<double>& x) { return x ? Json(*x) : Json(nullptr); }

Json cost_json(const CostReport& c) {
  const CostEstimate& e = c.estimate;
  Json out = Json{{"currency", c.currency},      {"horizon_months", e.inputs.horizon_months},
                  {"prices", c.prices_origin},   {"verdict", to_string(c.verdict)},
                  {"inputs", Json::object()},    {"verdicts", Json::object()},
                  {"break_even", Json::array()}, {"price_sheet", Json::array()}};
  for (const CostAssumption& a : e.inputs.assumptions) {
    out["inputs"][a.key] = Json{{"value", a.value}, {"origin", a.origin}};
  }
  for (Verdict v : k_verdicts) {
    out["verdicts"][std::string(to_string(v))] = verdict_cost_json(e.verdicts[v]);
  }
  for (std::size_t i = 0; i < e.break_evens.size(); ++i) {
    const BreakEven& b = e.break_evens[i];
    out["break_even"].push_back(Json{{"a", to_string(b.a)},
                                     {"b", to_string(b.b)},
                                     {"month", optional_json(b.month)},
                                     {"queries_per_day", optional_json(b.queries_per_day)},
                                     {"summary", c.break_evens[i]}});
  }
  for (const PriceEntry& p : c.prices) {
    out["price_sheet"].push_back(Json{{"key", p.key},
                                      {"value", p.price.value},
                                      {"unit", p.price.unit},
                                      {"source", p.price.source},
                                      {"date", p.price.date}});
  }
  out["dominant"] = c.dominant;
  return out;
}

Json explain_json(const ExplainEntry& e) {
  Json out = result_json(e.result);
  add_detail(out, e.result.assessment, e.project);
  for (std::size_t i = 0; i < e.components.size(); ++i) {
    add_detail(out["components"][i], e.result.components[i].assessment, e.components[i]);
  }
  out["cost"] = cost_json(e.cost);
  out["notes"] = e.notes;
  return out;
}

class ExplainJson : public ExplainRenderer {
public:
  void begin(std::ostream& out) override { out << "{\"ragft_output\":1,\"results\":["; }
  void result(std::ostream& out, const ExplainEntry& e) override {
    out << (m_results++ == 0 ? "\n" : ",\n") << explain_json(e).dump();
  }
  void error(std::ostream&, const Diagnostic& diagnostic) override { m_errors.push_back(error_json(diagnostic)); }
  void end(std::ostream& out) override { out << "\n],\"errors\":" << m_errors.dump() << "}\n"; }

private:
  int m_results = 0;
  Json m_errors = Json::array();
};

class ExplainJsonl : public ExplainRenderer {
public:
  void begin(std::ostream&) override {}
  void result(std::ostream& out, const ExplainEntry& e) override { out << explain_json(e).dump() << '\n'; }
  void error(std::ostream& out, const Diagnostic& diagnostic) override {
    out << Json{{"error", error_json(diagnostic)}}.dump() << '\n';
  }
  void end(std::ostream&) override {}
};

} // namespace

std::vector<std::string> explain_format_names() { return {"text", "json", "jsonl", "markdown"}; }

std::unique_ptr<ExplainRenderer> make_explain_renderer(Format format, const RenderOptions& options) {
  switch (format) {
  case Format::json:
    return std::make_unique<ExplainJson>();
  case Format::jsonl:
    return std::make_unique<ExplainJsonl>();
  case Format::markdown:
    return make_explain_markdown_renderer(options);
  default:
    return make_explain_text_renderer(options);
  }
}

} // namespace ragft
