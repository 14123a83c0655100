// `ragft explain --format text`: the whole explanation of each verdict, for a person.

#include <algorithm>
#include <cmath>
#include <span>

#include <fmt/format.h>

#include <ragft/base/wrap.hpp>

#include <ragft/render/explain.hpp>

#include <ragft/base/escape.hpp>

#include "render/formats.hpp"
#include "render/measure_text.hpp"
#include "render/text_chart.hpp"

namespace ragft {

namespace {

constexpr std::size_t k_min_label_width = 24; // the facts' and flips' first column
constexpr int k_chart_height = 10;
constexpr int k_chart_width = 49;
constexpr char k_glyphs[] = {'r', 'f', 'h'}; // indexed by Verdict

std::string money(double x) { return whole_amount(x); }

// Each of `items`, escaped for a terminal.
std::vector<std::string> escaped(std::span<const std::string> items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (const std::string& item : items) {
    out.push_back(escape_text(item));
  }
  return out;
}

std::string per_verdict_points(const PerVerdict<double>& p) {
  return fmt::format("rag {}  fine-tune {}  hybrid {}", signed_points(p[Verdict::rag]),
                     signed_points(p[Verdict::fine_tune]), signed_points(p[Verdict::hybrid]));
}

// The recorded decision as score's detailed view says it (readers19: explain exited 1 on a decision
// that contradicts the facts and said nothing of it, in text or Markdown).
std::string decision_line(const std::optional<DecisionCheck>& d, std::string_view indent) {
  if (!d) {
    return "";
  }
  if (d->agrees) {
    return fmt::format("{}decision: {} agrees with the facts\n", indent, to_string(d->recorded));
  }
  return fmt::format("{}decision: {} CONTRADICTS the facts (line {})\n", indent, to_string(d->recorded), d->where.line);
}

class ExplainText : public ExplainRenderer {
public:
  explicit ExplainText(const RenderOptions& options) : m_width(options.width), m_color(options.color) {}

  void begin(std::ostream&) override {}
  void result(std::ostream& out, const ExplainEntry& e) override;
  void error(std::ostream&, const Diagnostic&) override {} // errors go to stderr, from the CLI
  void end(std::ostream&) override {}

private:
  std::string bold(std::string_view text) const {
    return m_color ? fmt::format("\033[1m{}\033[0m", text) : std::string(text);
  }
  void heading(std::ostream& out, const std::string& indent, std::string_view title) const;
  void put_title(std::ostream& out, const ResultEntry& r) const;
  void robustness(std::ostream& out, const RobustnessEntry& r, const std::string& indent) const;
  void assessment(std::ostream& out, const Assessment& a, const ExplainDetail& d, const std::string& indent) const;
  void scores(std::ostream& out, const Assessment& a, const std::string& indent) const;
  void facts(std::ostream& out, const ExplainDetail& d, const std::string& indent) const;
  void rules(std::ostream& out, const Assessment& a, const std::string& indent) const;
  void blockers(std::ostream& out, const Assessment& a, const std::string& indent) const;
  void flips(std::ostream& out, const Assessment& a, const std::string& indent) const;
  struct FlipWidths {
    std::size_t label;
    std::size_t value;
  };
  void flip(std::ostream& out, const FlipEntry& f, const FlipWidths& widths, const std::string& indent) const;
  void sources(std::ostream& out, const ExplainDetail& d, const std::string& indent) const;
  void cost(std::ostream& out, const CostReport& c) const;
  void cost_table(std::ostream& out, const CostReport& c) const;
  void cost_chart(std::ostream& out, const CostReport& c) const;

  int m_width = 0; // wrap prose to the terminal; 0 when piped
  bool m_color = false;
  int m_results = 0;
};

void ExplainText::heading(std::ostream& out, const std::string& indent, std::string_view title) const {
  out << '\n';
  for (const std::string& line : wrap_words(title, m_width <= 0 ? 0 : std::max(20, m_width - display_width(indent)))) {
    out << indent << bold(line) << '\n';
  }
}

// The project and its file on one line where they fit the terminal; else the project, wrapped at
// its spaces, and the file on a line of its own under it (readers20: at 80 columns an ADR's title
// and path ran past the edge, and the terminal broke the path mid-word).
void ExplainText::put_title(std::ostream& out, const ResultEntry& r) const {
  const std::string project = escape_text(r.project);
  const std::string file = escape_text(r.file);
  if (m_width <= 0 || display_width(project) + 2 + display_width(file) <= m_width) {
    out << bold(project) << "  " << file << '\n';
    return;
  }
  for (const std::string& line : wrap_words(project, m_width)) {
    out << bold(line) << '\n';
  }
  if (!file.empty()) {
    out << "  file: " << file << '\n';
  }
}

void ExplainText::result(std::ostream& out, const ExplainEntry& e) {
  if (m_results++ > 0) {
    out << "\n\n";
  }
  const ResultEntry& r = e.result;
  put_title(out, r);
  out << fmt::format("  verdict: {}\n", to_string(r.verdict));
  out << decision_line(r.decision, "  ");
  // What `score` opens with (readers13: an explanation that never said what to do next).
  out << wrap_hanging(escape_text(r.why), m_width, "  why: ", "       ");
  out << wrap_hanging(escape_text(r.next_step), m_width, "  next step: ", "             ");
  out << wrap_hanging(escape_text(r.confidence_text), m_width, "  how sure: ", "    ");
  if (r.robustness) {
    robustness(out, *r.robustness, "  ");
  }
  if (r.from_components) {
    out << wrap_hanging("the verdict comes from its parts (each Component below); until then, the project-level "
                        "facts alone (without any part's own facts):",
                        m_width, "  ", "    ");
  }
  assessment(out, r.assessment, e.project, "  ");
  for (std::size_t i = 0; i < r.components.size(); ++i) {
    const ComponentEntry& c = r.components[i];
    heading(out, "  ", fmt::format("Component {}: {}", escape_text(c.name), to_string(c.assessment.verdict)));
    out << decision_line(c.decision, "    ");
    out << wrap_hanging(escape_text(c.assessment.confidence_text), m_width, "    how sure: ", "      ");
    if (c.assessment.robustness) {
      robustness(out, *c.assessment.robustness, "    ");
    }
    assessment(out, c.assessment, e.components[i], "    ");
  }
  render_fact_origins_text(out, r); // with --measure only
  cost(out, e.cost);
  if (!e.notes.empty()) {
    heading(out, "  ", "Notes");
    for (const std::string& note : e.notes) {
      out << "    " << escape_text(note) << '\n';
    }
  }
}

void ExplainText::robustness(std::ostream& out, const RobustnessEntry& r, const std::string& indent) const {
  // The seed that reproduces the trials is in the JSON output (`seed`); a reader of the text needs
  // what was varied and how often the verdict held.
  out << wrap_hanging(escape_text(r.summary), m_width, indent + "with other rule weights: ", indent + "  ");
  out << fmt::format("{}  share of trials: rag {:.1f}%, fine-tune {:.1f}%, hybrid {:.1f}%\n", indent,
                     r.shares[Verdict::rag] * 100, r.shares[Verdict::fine_tune] * 100, r.shares[Verdict::hybrid] * 100);
  const std::string critical =
      r.critical_rule
          ? escape_text(r.critical_text)
          : fmt::format("none (no weighting of the rules within ±{:.0f}% changes the verdict)", r.spread * 100);
  out << wrap_hanging(critical, m_width, indent + "  most critical rule: ", indent + "    ");
}

void ExplainText::assessment(std::ostream& out, const Assessment& a, const ExplainDetail& d,
                             const std::string& indent) const {
  scores(out, a, indent);
  out << wrap_hanging(escape_text(needs_text(a)), m_width, indent + "needs: ", indent + "       ");
  facts(out, d, indent);
  rules(out, a, indent);
  blockers(out, a, indent);
  flips(out, a, indent);
  sources(out, d, indent);
}

void ExplainText::scores(std::ostream& out, const Assessment& a, const std::string& indent) const {
  double top = 1;
  for (Verdict v : k_verdicts) {
    top = std::max(top, std::fabs(a.scores[v]));
  }
  for (Verdict v : k_verdicts) {
    out << fmt::format("{}{:<10} {} {:>6g}{}\n", indent, to_string(v), text_bar(a.scores[v], top, k_score_bar_width),
                       a.scores[v], a.blocked[v] ? "  blocked" : "");
  }
}

// Facts are named in words, as the rule base's labels say them ("how often the knowledge changes:
// monthly"); their ids are the JSON output's and the spec's.
void ExplainText::facts(std::ostream& out, const ExplainDetail& d, const std::string& indent) const {
  const auto known = std::count_if(d.facts.begin(), d.facts.end(), [](const FactEntry& f) { return f.known; });
  heading(out, indent, fmt::format("Facts ({} of {} known)", known, d.facts.size()));
  std::size_t label_width = k_min_label_width;
  for (const FactEntry& f : d.facts) {
    label_width = f.known ? std::max(label_width, escape_text(f.label).size()) : label_width;
  }
  std::vector<std::string> unknown;
  for (const FactEntry& f : d.facts) {
    if (!f.known) {
      unknown.push_back(escape_text(f.label));
      continue;
    }
    std::vector<std::string> fired = escaped(f.rules);
    for (const std::string& c : f.constraints) {
      fired.push_back(fmt::format("{} (constraint)", escape_text(c)));
    }
    const std::string row =
        fmt::format("{}  {:<{}}  {:<20} ", indent, escape_text(f.label), label_width, escape_text(f.spoken));
    out << wrap_hanging(fired.empty() ? "fires nothing" : fmt::format("fires {}", fmt::join(fired, ", ")), m_width, row,
                        indent + "      ");
  }
  if (!unknown.empty()) {
    out << wrap_hanging(fmt::format("{}", fmt::join(unknown, ", ")), m_width, indent + "  unknown: ", indent + "    ");
  }
}

void ExplainText::rules(std::ostream& out, const Assessment& a, const std::string& indent) const {
  heading(out, indent, "Rules that fired (points per verdict)");
  if (a.reasons.empty()) {
    out << indent << "  none; answer more facts\n";
  }
  for (const ReasonEntry& r : a.reasons) {
    const std::string need = r.need == "none" ? "" : fmt::format("  [{} need]", r.need);
    // The points on a line of their own where the rule's name and need leave them no room.
    const std::string name = fmt::format("{}  {}{}", indent, escape_text(r.rule), need);
    const std::string points = per_verdict_points(r.points);
    const bool one_line = m_width <= 0 || display_width(name) + 2 + display_width(points) <= m_width;
    out << name << (one_line ? "  " : "\n" + indent + "      ") << points << '\n';
    out << wrap_hanging(escape_text(r.because), m_width, indent + "    ", indent + "    ");
    out << wrap_hanging(fmt::format("{}", fmt::join(escaped(r.source_titles), "; ")), m_width,
                        indent + "    sources: ", indent + "      ");
  }
}

void ExplainText::blockers(std::ostream& out, const Assessment& a, const std::string& indent) const {
  if (a.blockers.empty()) {
    return;
  }
  heading(out, indent, "Blockers");
  for (const BlockerEntry& b : a.blockers) {
    std::vector<std::string_view> names;
    for (Verdict v : b.blocks) {
      names.push_back(to_string(v));
    }
    out << wrap_hanging(
        fmt::format("{} blocks {}: {}", escape_text(b.constraint), fmt::join(names, ", "), escape_text(b.because)),
        m_width, indent + "  ", indent + "    ");
    out << wrap_hanging(escape_text(b.unblock), m_width, indent + "    to unblock: ", indent + "      ");
    out << wrap_hanging(fmt::format("{}", fmt::join(escaped(b.source_titles), "; ")), m_width,
                        indent + "    sources: ", indent + "      ");
  }
}

void ExplainText::flip(std::ostream& out, const FlipEntry& f, const FlipWidths& widths,
                       const std::string& indent) const {
  std::vector<std::string> changes;
  changes.reserve(f.changes.size());
  for (const FlipChange& c : f.changes) {
    changes.push_back(fmt::format("{} -> {}", escape_text(c.spoken), to_string(c.becomes)));
  }
  const std::string row = fmt::format("{}  {:<{}}  now {:<{}}  ", indent, escape_text(f.label), widths.label,
                                      escape_text(f.spoken), widths.value);
  out << wrap_hanging(fmt::format("{}", fmt::join(changes, "; ")), m_width, row,
                      std::string(static_cast<std::size_t>(display_width(row)) + 2, ' '));
}

void ExplainText::flips(std::ostream& out, const Assessment& a, const std::string& indent) const {
  heading(out, indent, "What would flip it (one fact changed, the others as they are)");
  const bool any_known = std::any_of(a.flips.begin(), a.flips.end(), [](const FlipEntry& f) { return f.known; });
  if (!any_known) {
    out << indent << "  no change of one known fact alone changes the verdict\n";
  }
  FlipWidths widths{k_min_label_width, 14}; // wider when a label or a value is longer
  for (const FlipEntry& f : a.flips) {
    widths.label = std::max(widths.label, escape_text(f.label).size());
    widths.value = std::max(widths.value, escape_text(f.spoken).size());
  }
  bool unknown_heading = false;
  for (const FlipEntry& f : a.flips) {
    if (!f.known && !unknown_heading) {
      out << indent << "  unknown facts that could change it, most decisive first:\n";
      unknown_heading = true;
    }
    flip(out, f, widths, indent);
  }
  if (a.top_flip) {
    out << wrap_hanging(escape_text(a.top_flip->summary), m_width,
                        indent + "  what would change it (the smallest change): ", indent + "    ");
  }
}

void ExplainText::sources(std::ostream& out, const ExplainDetail& d, const std::string& indent) const {
  if (d.sources.empty()) {
    return;
  }
  heading(out, indent, "Sources (grade: A experiment, B vendor documentation, C practitioner article, D derived)");
  for (const SourceEntry& s : d.sources) {
    // the title, which a reader can look up; the key (a seed file's name) is the JSON output's
    out << wrap_hanging(escape_text(s.title.empty() ? s.key : s.title), m_width,
                        fmt::format("{}  [{}] ", indent, escape_text(s.grade)), indent + "      ");
    out << wrap_hanging(escape_text(s.finding), m_width, indent + "      finding: ", indent + "        ");
    if (!s.caveat.empty()) {
      out << wrap_hanging(escape_text(s.caveat), m_width, indent + "      caveat: ", indent + "        ");
    }
    out << wrap_hanging(fmt::format("{}", fmt::join(escaped(s.cited_by), ", ")), m_width,
                        indent + "      cited by: ", indent + "        ");
  }
}

void ExplainText::cost(std::ostream& out, const CostReport& c) const {
  const CostModelInputs& in = c.estimate.inputs;
  heading(out, "  ",
          fmt::format("What it will cost ({}, over {} months; prices: {})", escape_text(c.currency), in.horizon_months,
                      escape_text(c.prices_origin)));
  cost_chart(out, c);
  cost_table(out, c);
  out << "    dominant lines over the horizon:\n";
  for (const std::string& line : c.dominant) {
    out << wrap_hanging(escape_text(line), m_width, "      ", "        ");
  }
  out << "    break-even:\n";
  for (const std::string& line : c.break_evens) {
    out << wrap_hanging(escape_text(line), m_width, "      ", "        ");
  }
  if (!c.reconcile.empty()) {
    out << wrap_hanging(escape_text(c.reconcile), m_width, "    cost and verdict: ", "      ");
  }
  // Each input in words, then where its value came from and, for an override, its `cost:` key.
  out << wrap_hanging("inputs, each with where its value came from and its key in the spec's `cost:` section:", m_width,
                      "    ", "    ");
  for (const CostAssumption& a : in.assumptions) {
    const std::string row = fmt::format("      {:<40} {:>10}  ", escape_text(a.label), whole_amount(a.value));
    out << wrap_hanging(fmt::format("{} [{}]", escape_text(a.words), escape_text(a.key)), m_width, row,
                        std::string(static_cast<std::size_t>(display_width(row)) + 2, ' '));
  }
  out << wrap_hanging("set any of them in the spec's `cost:` section, e.g. `cost: {retrains_per_year: 4, "
                      "output_tokens: 200}` (a spec's value wins over the facts and the defaults)",
                      m_width, "    to override: ", "      ");
}

void ExplainText::cost_table(std::ostream& out, const CostReport& c) const {
  out << fmt::format("    {:<10} {:>14} {:>12} {:>12} {:>14}\n", "", "per 1k queries", "one-off", "monthly",
                     fmt::format("{}-month total", c.estimate.inputs.horizon_months));
  for (Verdict v : k_verdicts) {
    const VerdictCost& vc = c.estimate.verdicts[v];
    // The marker after the row where it fits, else under the verdict's name (at 80 columns the
    // row and its marker take 82).
    const std::string row = fmt::format("    {:<10} {:>14.2f} {:>12} {:>12} {:>14}", to_string(v), vc.per_query * 1000,
                                        money(vc.one_off), money(vc.monthly), money(vc.cumulative.back()));
    const bool marker_fits = m_width <= 0 || display_width(row) + 12 <= m_width;
    out << row << (v != c.verdict ? "" : marker_fits ? "  <- verdict" : "\n    ^ verdict") << '\n';
  }
}

void ExplainText::cost_chart(std::ostream& out, const CostReport& c) const {
  std::vector<ChartSeries> series;
  series.reserve(k_verdicts.size());
  for (Verdict v : k_verdicts) {
    series.push_back(ChartSeries{k_glyphs[static_cast<int>(v)], c.estimate.verdicts[v].cumulative});
  }
  out << fmt::format("    cumulative cost, {} (r = rag, f = fine-tune, h = hybrid, + = overlap)\n",
                     escape_text(c.currency));
  for (const std::string& line : line_chart(series, k_chart_height, k_chart_width, [](double x) { return money(x); })) {
    out << "  " << line << '\n';
  }
  out << fmt::format("  {:>10}  month 0{:>{}}\n", "", fmt::format("month {}", c.estimate.inputs.horizon_months),
                     k_chart_width - 7);
}

} // namespace

std::unique_ptr<ExplainRenderer> make_explain_text_renderer(const RenderOptions& options) {
  return std::make_unique<ExplainText>(options);
}

} // namespace ragft
