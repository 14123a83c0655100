// `ragft explain --format markdown`: the verdict, how sure, the reasons and the blockers, each
// assessment's scores as a chart, and what each verdict costs over the horizon as a chart, for a
// pull request, a design review or an ADR. Charts (markdown_charts.hpp) unless `--no-charts`.

#include <fmt/format.h>

#include <ragft/base/escape.hpp>
#include <ragft/render/explain.hpp>
#include <ragft/report/confidence_text.hpp>

#include "render/formats.hpp"
#include "render/markdown_charts.hpp"

namespace ragft {

namespace {

std::string points_text(const PerVerdict<double>& p) {
  return fmt::format("rag {:+g}, fine-tune {:+g}, hybrid {:+g}", p[Verdict::rag], p[Verdict::fine_tune],
                     p[Verdict::hybrid]);
}

std::string verdict_list(const std::vector<Verdict>& verdicts) {
  std::vector<std::string_view> names;
  names.reserve(verdicts.size());
  for (Verdict v : verdicts) {
    names.push_back(to_string(v));
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

// The recorded decision, under the verdict (readers19: explain said nothing of it).
std::string decision_text(const std::optional<DecisionCheck>& d) {
  if (!d) {
    return "";
  }
  if (d->agrees) {
    return fmt::format("\n**Recorded decision:** {}, which agrees with the facts.\n", to_string(d->recorded));
  }
  return fmt::format("\n**Recorded decision:** {}, which ❌ **contradicts** the facts (line {}).\n",
                     to_string(d->recorded), d->where.line);
}

void reasons(std::ostream& out, const Assessment& a, std::string_view level) {
  out << fmt::format("\n{} Reasons (each rule that applies, with its points for each verdict)\n\n", level);
  if (a.reasons.empty()) {
    out << "None: no rule fired; answer more facts.\n";
  }
  for (const ReasonEntry& r : a.reasons) {
    const std::string need = r.need == "none" ? "" : fmt::format(" ({} need)", r.need);
    out << fmt::format("- `{}`{}: {}. {} Sources: {}.\n", r.rule, need, points_text(r.points), markdown_cell(r.because),
                       markdown_cell(fmt::format("{}", fmt::join(r.source_titles, "; "))));
  }
}

void blockers(std::ostream& out, const Assessment& a, std::string_view level) {
  if (a.blockers.empty()) {
    return;
  }
  out << fmt::format("\n{} Blockers\n\n", level);
  for (const BlockerEntry& b : a.blockers) {
    out << fmt::format("- `{}` blocks {}: {} To unblock: {} Sources: {}.\n", b.constraint, verdict_list(b.blocks),
                       markdown_cell(b.because), markdown_cell(b.unblock),
                       markdown_cell(fmt::format("{}", fmt::join(b.source_titles, "; "))));
  }
}

// The unknown facts, each in words with the id a spec spells it by (the reader edits the spec).
void unknowns(std::ostream& out, const Assessment& a) {
  if (a.unknown_facts == 0) {
    return;
  }
  out << fmt::format("\nUnknown: {} of {} facts", a.unknown_facts, a.total_facts);
  if (a.unknowns.empty()) {
    out << "; " << harmless_unknowns_text(a.unknown_facts) << ".\n";
    return;
  }
  out << "; each of these could change the verdict, most decisive first:\n\n";
  for (const UnknownEntry& u : a.unknowns) {
    out << "- " << markdown_cell(unknown_item(u)) << '\n';
  }
}

class ExplainMarkdown : public ExplainRenderer {
public:
  explicit ExplainMarkdown(const RenderOptions& options) : m_charts(options.charts) {}

  void begin(std::ostream&) override {}
  void result(std::ostream& out, const ExplainEntry& e) override;
  void error(std::ostream&, const Diagnostic& diagnostic) override { m_errors.push_back(diagnostic); }
  void end(std::ostream& out) override;

private:
  void assessment(std::ostream& out, const Assessment& a, std::string_view level, bool project_level) const;
  void cost(std::ostream& out, const CostReport& c) const;
  void cost_inputs(std::ostream& out, const CostReport& c) const;

  bool m_charts = true;
  int m_results = 0;
  std::vector<Diagnostic> m_errors;
};

void ExplainMarkdown::result(std::ostream& out, const ExplainEntry& e) {
  const ResultEntry& r = e.result;
  out << (m_results++ > 0 ? "\n---\n\n" : "");
  out << fmt::format("## {}\n\n`{}`: verdict **{}** (confidence: {})\n", markdown_cell(r.project),
                     markdown_cell(r.file), to_string(r.verdict), to_string(r.confidence));
  out << decision_text(r.decision);
  // What `score` opens with (readers13: an explanation that never said what to do next).
  out << fmt::format("\n**Why:** {}\n\n**Next step:** {}\n", markdown_text(r.why), markdown_text(r.next_step));
  out << fmt::format("\nHow sure: {}.\n", markdown_cell(r.confidence_text));
  if (r.robustness) {
    out << fmt::format("\nWith other rule weights: {}.\n", markdown_cell(r.robustness->summary));
    if (r.robustness->critical_rule) {
      out << fmt::format("\nMost critical rule: {}.\n", markdown_cell(r.robustness->critical_text));
    }
  }
  if (r.from_components) {
    out << "\nThe verdict comes from the components (below). Until the first component, what follows is what the "
           "project-level facts alone say, without any component's own facts.\n";
  }
  assessment(out, r.assessment, "###", r.from_components);
  for (const ComponentEntry& c : r.components) {
    out << fmt::format("\n### Component {}: {} (confidence: {})\n", markdown_cell(c.name),
                       to_string(c.assessment.verdict), to_string(c.assessment.confidence));
    out << decision_text(c.decision);
    out << fmt::format("\nHow sure: {}.\n", markdown_cell(c.assessment.confidence_text));
    assessment(out, c.assessment, "####", false);
  }
  cost(out, e.cost);
  if (!e.notes.empty()) {
    out << "\n### Notes\n\n";
    for (const std::string& note : e.notes) {
      out << "- " << markdown_cell(note) << '\n';
    }
  }
}

void ExplainMarkdown::assessment(std::ostream& out, const Assessment& a, std::string_view level,
                                 bool project_level) const {
  out << fmt::format("\n{}: rag {:g}, fine-tune {:g}, hybrid {:g}. Needs: {}.\n",
                     project_level ? "Scores of the project-level facts alone" : "Scores", a.scores[Verdict::rag],
                     a.scores[Verdict::fine_tune], a.scores[Verdict::hybrid], needs_text(a));
  if (m_charts && a.score_axis) {
    out << '\n';
    markdown_score_chart(out, a, project_level);
  }
  reasons(out, a, level);
  blockers(out, a, level);
  unknowns(out, a);
  if (a.top_flip) {
    out << "\nWhat would change it (the smallest change): " << markdown_cell(a.top_flip->summary) << ".\n";
  }
}

void ExplainMarkdown::cost(std::ostream& out, const CostReport& c) const {
  const int horizon = c.estimate.inputs.horizon_months;
  out << fmt::format("\n### What it will cost ({}, over {} months; prices: {})\n\n", c.currency, horizon,
                     markdown_cell(c.prices_origin));
  out << fmt::format("| Verdict | per 1k queries | one-off | monthly | {}-month total |\n|---|--:|--:|--:|--:|\n",
                     horizon);
  for (Verdict v : k_verdicts) {
    const VerdictCost& vc = c.estimate.verdicts[v];
    const std::string name = v == c.verdict ? fmt::format("**{}**", to_string(v)) : std::string(to_string(v));
    out << fmt::format("| {} | {:.2f} | {} | {} | {} |\n", name, vc.per_query * 1000,
                       group_thousands(std::llround(vc.one_off)), group_thousands(std::llround(vc.monthly)),
                       group_thousands(std::llround(vc.cumulative.back())));
  }
  if (m_charts) {
    out << '\n';
    markdown_cost_chart(out, c);
  } else {
    out << "\nBreak-even:\n\n";
    for (const std::string& line : c.break_evens) {
      out << "- " << markdown_cell(line) << '\n';
    }
  }
  cost_inputs(out, c);
}

// What the figures assume (a reader who has not written the spec cannot see 1,000 queries a day
// behind them), each input with where its value came from, as the text report lists them.
void ExplainMarkdown::cost_inputs(std::ostream& out, const CostReport& c) const {
  out << "\nThe figures assume these inputs (set any of them in the spec's `cost:` section, e.g. "
         "`cost: {queries_per_day: 20000}`; a spec's value wins over the facts and the defaults):\n\n"
         "| Input | `cost:` key | Value | From |\n|---|---|--:|---|\n";
  for (const CostAssumption& a : c.estimate.inputs.assumptions) {
    out << fmt::format("| {} | `{}` | {} | {} |\n", markdown_cell(a.label), a.key, whole_amount(a.value),
                       markdown_cell(a.words));
  }
}

void ExplainMarkdown::end(std::ostream& out) {
  if (m_errors.empty()) {
    return;
  }
  out << "\n**Errors**\n\n";
  for (const Diagnostic& d : m_errors) {
    out << "- " << markdown_cell(d.to_string()) << '\n';
  }
}

} // namespace

std::unique_ptr<ExplainRenderer> make_explain_markdown_renderer(const RenderOptions& options) {
  return std::make_unique<ExplainMarkdown>(options);
}

} // namespace ragft
