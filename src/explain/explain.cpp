#include <ragft/explain/explain.hpp>

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace ragft {

namespace {

const Constraint* find_constraint(const RuleBase& rules, const std::string& id) {
  const auto& cs = rules.constraints;
  const auto it = std::find_if(cs.begin(), cs.end(), [&](const Constraint& c) { return c.id == id; });
  return it == cs.end() ? nullptr : &*it;
}

// Adds `id` to the list that `member` selects of every fact that makes `condition` hold with
// `values`, once: not every fact it reads (readers13: a city helpline's "private data to look up:
// no" was said to fire regularly-changing-knowledge, whose `any` holds through the main task; a
// `false` there only failed to exclude the rule).
void mark_facts(std::vector<FactEntry>& facts, const FactSet& values, const NeedLevels& needs,
                const Condition& condition, const std::string& id, std::vector<std::string> FactEntry::*member) {
  for_each_holding_fact(condition, values, &needs, [&](int fact) {
    auto& list = facts[static_cast<std::size_t>(fact)].*member;
    if (std::find(list.begin(), list.end(), id) == list.end()) {
      list.push_back(id);
    }
  });
}

void cite(std::vector<SourceEntry>& out, const RuleBase& rules, const std::string& key, const std::string& by) {
  auto it = std::find_if(out.begin(), out.end(), [&](const SourceEntry& s) { return s.key == key; });
  if (it == out.end()) {
    const auto found = rules.sources.find(key);
    const Source source = found == rules.sources.end() ? Source{key, key, "", "", "?", Location{}} : found->second;
    out.push_back(SourceEntry{key, source.title, source.finding, source.caveat, source.grade, {}});
    it = std::prev(out.end());
  }
  it->cited_by.push_back(by);
}

std::string money(double x, const std::string& currency) { return fmt::format("{} {}", whole_amount(x), currency); }

std::string dominant_text(const VerdictCost& c, const std::string& currency) {
  const double total = c.cumulative.back();
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < c.lines.size() && i < 3; ++i) {
    const double share = total > 0 ? c.lines[i].total / total * 100 : 0;
    parts.push_back(fmt::format("{} {:.0f}%", c.lines[i].name, share));
  }
  return fmt::format("{}: {} in all; {}", to_string(c.verdict), money(total, currency), fmt::join(parts, ", "));
}

std::optional<std::string> long_context_note(const RuleBase& rules, const ExplainEntry& e) {
  const CostModelInputs& in = e.cost.estimate.inputs;
  const Assessment& a = e.result.assessment;
  bool behaviour = a.behaviour.level != NeedLevel::none;
  for (const ComponentEntry& c : e.result.components) {
    behaviour = behaviour || c.assessment.behaviour.level != NeedLevel::none;
  }
  if (!in.corpus_known || in.corpus_tokens <= 0 || in.corpus_tokens >= k_long_context_tokens || behaviour) {
    return std::nullopt;
  }
  const auto source = rules.sources.find("anthropic-contextual-retrieval");
  std::string finding = source == rules.sources.end() ? "" : source->second.finding;
  if (!finding.empty() && finding.back() == '.') {
    finding.pop_back();
  }
  const std::string evidence = finding.empty() ? "" : fmt::format(" ({}: {})", source->second.title, finding);
  return fmt::format(
      "The knowledge fits in the prompt (about {} tokens, under about {} tokens) and there is no behaviour "
      "gap: long-context prompting with prompt caching may be enough before either technique{}.",
      whole_amount(in.corpus_tokens), whole_amount(k_long_context_tokens), evidence);
}

} // namespace

ExplainDetail make_explain_detail(const RuleBase& rules, const FactSet& facts, const Assessment& a) {
  ExplainDetail d;
  for (std::size_t i = 0; i < rules.facts.size(); ++i) {
    const FactDef& f = rules.facts[i];
    d.facts.push_back(FactEntry{f.id,
                                f.question,
                                display_value(f, facts[i]),
                                facts[i].known(),
                                {},
                                {},
                                fact_label(f),
                                spoken_value(f, facts[i])});
  }
  const NeedLevels needs = {NeedLevel::none, a.knowledge.level, a.behaviour.level};
  for (const ReasonEntry& r : a.reasons) {
    if (const Rule* rule = rules.find_rule(r.rule)) {
      mark_facts(d.facts, facts, needs, rule->condition, r.rule, &FactEntry::rules);
    }
    for (const std::string& key : r.sources) {
      cite(d.sources, rules, key, r.rule);
    }
  }
  for (const BlockerEntry& b : a.blockers) {
    if (const Constraint* constraint = find_constraint(rules, b.constraint)) {
      mark_facts(d.facts, facts, needs, constraint->condition, b.constraint, &FactEntry::constraints);
    }
    for (const std::string& key : b.sources) {
      cite(d.sources, rules, key, b.constraint);
    }
  }
  return d;
}

std::string break_even_text(const BreakEven& b, const CostEstimate& e) {
  const int h = e.inputs.horizon_months;
  std::string when = "their cumulative costs never cross";
  if (b.month) {
    when = fmt::format("their cumulative costs cross after {:.1f} months{}", *b.month,
                       *b.month > h ? fmt::format(" (beyond the {}-month horizon)", h) : "");
  }
  const Verdict cheaper = e.verdicts[b.a].per_query <= e.verdicts[b.b].per_query ? b.a : b.b;
  std::string volume = fmt::format("no daily volume makes them cost the same over {} months", h);
  if (b.queries_per_day) {
    volume = fmt::format("over {} months they cost the same at about {} queries a day; above that {} is cheaper "
                         "(it costs less per query)",
                         h, whole_amount(*b.queries_per_day), to_string(cheaper));
  }
  return fmt::format("{} vs {}: {}; {}", to_string(b.a), to_string(b.b), when, volume);
}

CostReport make_cost_report(const CostEstimate& estimate, Verdict verdict, const PriceSheet& prices) {
  CostReport r{estimate, verdict, prices.currency, prices.origin, {}, {}, {}, {}};
  for (const PriceKey& key : price_keys()) {
    r.prices.push_back(PriceEntry{std::string(key.name), prices.*key.member});
  }
  for (const BreakEven& b : estimate.break_evens) {
    r.break_evens.push_back(break_even_text(b, estimate));
  }
  for (Verdict v : k_verdicts) {
    r.dominant.push_back(dominant_text(estimate.verdicts[v], prices.currency));
  }
  return r;
}

namespace {

std::string blocked_because(const Assessment& a, Verdict v) {
  for (const BlockerEntry& b : a.blockers) {
    if (b.blocks_verdict(v)) {
      return b.because;
    }
  }
  return "a hard limit rules it out";
}

} // namespace

std::string reconcile_text(const CostReport& c, const Assessment& a) {
  Verdict cheapest = c.verdict;
  for (Verdict v : k_verdicts) {
    if (c.estimate.verdicts[v].cumulative.back() < c.estimate.verdicts[cheapest].cumulative.back()) {
      cheapest = v;
    }
  }
  if (cheapest == c.verdict) {
    return "";
  }
  const std::string costs = fmt::format("{} would cost less than {} over {} months ({} against {})",
                                        to_string(cheapest), to_string(c.verdict), c.estimate.inputs.horizon_months,
                                        money(c.estimate.verdicts[cheapest].cumulative.back(), c.currency),
                                        money(c.estimate.verdicts[c.verdict].cumulative.back(), c.currency));
  if (a.blocked[cheapest]) {
    return fmt::format("{}, but it is ruled out: {}", costs, blocked_because(a, cheapest));
  }
  return fmt::format("{}, yet {} is the advice: it scores {:g} points to {:g} on what the project needs (the rules "
                     "above); cost enters the verdict only through the budget.",
                     costs, to_string(c.verdict), a.scores[c.verdict], a.scores[cheapest]);
}

CostReport make_spec_cost_report(const RuleBase& rules, const Spec& spec, Verdict verdict, const PriceSheet& prices) {
  const CostModelInputs inputs = resolve_cost_inputs(spec.cost, rules, spec.facts);
  return make_cost_report(estimate_cost(inputs, prices), verdict, prices);
}

ExplainEntry make_explain_entry(const RuleBase& rules, const ProjectResult& result, const PriceSheet& prices,
                                const PerturbationOptions& perturbation) {
  ExplainEntry e;
  const Perturber perturber(rules, perturbation);
  e.result = make_result_entry(rules, result, &perturber);
  const Spec& spec = *result.spec;
  add_every_flip(e.result.assessment, rules, spec.facts, result.from_components);
  for (std::size_t i = 0; i < spec.components.size(); ++i) {
    add_every_flip(e.result.components[i].assessment, rules, spec.components[i].facts);
  }
  e.project = make_explain_detail(rules, spec.facts, e.result.assessment);
  for (std::size_t i = 0; i < spec.components.size(); ++i) {
    e.components.push_back(make_explain_detail(rules, spec.components[i].facts, e.result.components[i].assessment));
  }
  e.cost = make_spec_cost_report(rules, spec, e.result.verdict, prices);
  e.cost.reconcile = reconcile_text(e.cost, e.result.assessment);
  if (auto note = long_context_note(rules, e)) {
    e.notes.push_back(std::move(*note));
  }
  return e;
}

} // namespace ragft
