// `--format markdown`: for pull-request comments, wikis and `$GITHUB_STEP_SUMMARY`, read from the
// top: the summary line in bold and the files not scored first, then a GitHub-flavoured table of
// the results (held until the end, which knows the counts), then the charts (markdown_charts.hpp:
// one result's scores, or a batch's portfolio).

#include <algorithm>

#include <fmt/format.h>

#include <ragft/base/escape.hpp>
#include <ragft/report/result_rows.hpp>

#include "render/formats.hpp"
#include "render/markdown_charts.hpp"

namespace ragft {

namespace {

constexpr std::string_view k_markdown_header =
    "| File | Project | Verdict | Confidence | rag | fine-tune | hybrid | Decision |\n"
    "|---|---|---|---|--:|--:|--:|---|\n";

std::string decision_cell(const std::optional<DecisionCheck>& decision) {
  if (!decision) {
    return "";
  }
  if (decision->agrees) {
    return fmt::format("{} ✅ agrees", to_string(decision->recorded));
  }
  return fmt::format("{} ❌ **contradicts** (line {})", to_string(decision->recorded), decision->where.line);
}

// A score; in brackets on the row of a project whose verdict comes from its components, where it
// is what the project-level facts alone say.
// "(blocked)" after a score that a hard limit rules out (result_rows.hpp).
std::string score_cell(const ResultRow& row, Verdict v) {
  if (row.project_level_scores) {
    return fmt::format("({:g})", row.scores[v]);
  }
  return fmt::format("{:g}{}", row.scores[v], score_blocked(row, v) ? " (blocked)" : "");
}

// After the table: one result's scores, or how many of a batch got each verdict.
void charts(std::ostream& out, const std::optional<Assessment>& first, bool project_level,
            const VerdictCounts& portfolio) {
  if (portfolio.total == 1 && first && first->score_axis) {
    out << "\n### Scores\n\n" << project_level_note(project_level);
    markdown_score_chart(out, *first, project_level);
  } else if (portfolio.total > 1) {
    out << "\n### Portfolio\n\n";
    markdown_portfolio_chart(out, portfolio);
  }
}

class MarkdownRenderer : public Renderer {
public:
  explicit MarkdownRenderer(const RenderOptions& options) : m_charts(options.charts) {}
  void begin(std::ostream& /*out*/) override {}
  void result(std::ostream& /*out*/, const ResultEntry& entry) override {
    if (m_charts && !m_first) {
      m_first = entry.assessment;
      m_first_project_level = entry.from_components;
    }
    if (!m_first_words) {
      m_first_words = Words{entry.why, entry.next_step, entry.confidence_text};
    }
    for (const ResultRow& row : result_rows(entry)) {
      const std::string file = row.component.empty() ? markdown_code(row.file) : "";
      const std::string project =
          row.component.empty() ? markdown_text(row.project) : fmt::format("↳ {}", markdown_text(row.component));
      m_rows += fmt::format("| {} | {} | **{}**{} | {} | {} | {} | {} | {} |\n", file, project, to_string(row.verdict),
                            row.project_level_scores ? " (from its components)" : "", to_string(row.confidence),
                            score_cell(row, Verdict::rag), score_cell(row, Verdict::fine_tune),
                            score_cell(row, Verdict::hybrid), decision_cell(row.decision));
      m_project_level_rows = m_project_level_rows || row.project_level_scores;
      m_blocked = m_blocked || any_score_blocked(row);
    }
  }
  void error(std::ostream&, const Diagnostic& diagnostic) override { m_errors.push_back(diagnostic); }
  // The counts and the files not scored before the table: a pull-request comment showed 17 rows
  // for 22 files and said why only below the chart (readers23).
  void end(std::ostream& out, const Summary& summary) override {
    out << fmt::format("**{}**\n", markdown_text(summary_text(summary)));
    errors(out);
    if (!m_rows.empty()) {
      out << '\n' << k_markdown_header << m_rows;
    }
    notes(out);
    if (summary.portfolio.total == 1 && m_first_words) {
      words(out, *m_first_words);
    }
    if (m_charts) {
      charts(out, m_first, m_first_project_level, summary.portfolio);
    }
  }

private:
  void errors(std::ostream& out) const {
    if (!m_errors.empty()) {
      out << "\n**Errors**\n\n";
      for (const Diagnostic& d : m_errors) {
        out << fmt::format("- {}\n", markdown_text(d.to_string()));
      }
    }
  }
  void notes(std::ostream& out) const {
    if (m_project_level_rows) {
      out << "\nScores in brackets: what the project-level facts alone say, without any component's own facts; "
             "the verdict of such a project comes from its components (the ↳ rows).\n";
    }
    if (m_blocked) {
      out << "\nA score marked (blocked) is ruled out by a hard limit, whatever it scores: not an option until "
             "the limit is lifted; `ragft score FILE` names the limit and what lifts it.\n";
    }
  }

  // What the text report opens with, for a single result: a table row alone does not say why.
  struct Words {
    std::string why;
    std::string next_step;
    std::string how_sure;
  };
  static void words(std::ostream& out, const Words& w) {
    out << fmt::format("\n**Why:** {}\n\n**Next step:** {}\n\n**How sure:** {}\n", markdown_text(w.why),
                       markdown_text(w.next_step), markdown_text(w.how_sure));
  }

  bool m_charts = true;
  std::optional<Assessment> m_first;  // the first result's, for the chart of a single result
  bool m_first_project_level = false; // its verdict comes from its components
  bool m_project_level_rows = false;  // a row's scores are in brackets
  bool m_blocked = false;             // a score is marked (blocked)
  std::optional<Words> m_first_words;
  std::string m_rows; // the table's rows, written after the counts
  std::vector<Diagnostic> m_errors;
};

constexpr std::string_view k_markdown_check_header = "| ADR | Status | Decision | Facts point to | Findings |\n"
                                                     "|---|---|---|---|---|\n";

constexpr std::string_view k_severity_marks[] = {"ℹ️ note", "⚠️ warning", "❌ error"}; // by `Severity`

std::string adr_decision_cell(const AdrEntry& e) {
  if (!e.decision) {
    return "";
  }
  return e.decision->verdict ? std::string(to_string(*e.decision->verdict))
                             : fmt::format("\"{}\"", markdown_text(e.decision->text));
}

std::string adr_verdict_cell(const AdrEntry& e) {
  if (e.result) {
    return fmt::format("**{}** ({})", to_string(e.result->verdict), to_string(e.result->confidence));
  }
  if (!e.skipped.empty()) {
    return fmt::format("skipped ({})", markdown_text(e.skipped));
  }
  return e.has_facts ? "" : "no facts";
}

std::string markdown_finding_row(const Finding& f, const std::string& suffix) {
  return fmt::format("| {} | {} | `{}` | {}{} |\n", k_severity_marks[static_cast<int>(f.severity)],
                     markdown_code(fmt::format("{}:{}:{}", f.where.file, f.where.line, f.where.column)), f.rule,
                     markdown_text(f.message), suffix);
}

// `ragft check`: the outcome first (a job summary is read from the top, and a long table hid the
// closing line below it), then one row per ADR, every finding worst first, then the suppressed
// ones. The rows wait for `end`, which knows the outcome.
class CheckMarkdownRenderer : public CheckRenderer {
public:
  explicit CheckMarkdownRenderer(const CheckRenderOptions& options) : m_charts(options.charts) {}
  void begin(std::ostream& out) override { out << "### ragft check\n\n"; }
  void adr(std::ostream& /*out*/, const AdrEntry& e) override {
    if (m_charts && e.result && !m_first) {
      m_first = e.result->assessment;
      m_first_project_level = e.result->from_components;
    }
    const std::string row =
        fmt::format("| {} | {} | {} | {} | {} |\n", markdown_code(adr_name(e.file, e.section)),
                    markdown_text(e.status_written), adr_decision_cell(e), adr_verdict_cell(e), e.findings.size());
    (nothing_to_show(e) ? m_quiet_rows : m_rows) += row;
    m_quiet_count += nothing_to_show(e) ? 1 : 0;
    m_findings.insert(m_findings.end(), e.findings.begin(), e.findings.end());
    m_suppressed.insert(m_suppressed.end(), e.suppressed.begin(), e.suppressed.end());
  }
  void end(std::ostream& out, const CheckSummary& summary) override {
    outcome(out, summary);
    if (!m_rows.empty()) {
      out << '\n' << k_markdown_check_header << m_rows;
    }
    quiet_rows(out);
    findings(out);
    if (m_charts) {
      charts(out, m_first, m_first_project_level, summary.portfolio);
    }
  }

private:
  // The closing line in bold, what to do next when nothing was compared, and what kept ADRs from
  // being read (a folder with none, no folder at all): what the reader of a job summary needs first.
  static void outcome(std::ostream& out, const CheckSummary& summary) {
    out << fmt::format("**{}**\n", markdown_text(check_summary_text(summary)));
    if (const auto next = check_next_step_text(summary)) {
      out << fmt::format("\n{}\n", markdown_text(*next));
    }
    if (!summary.input_errors.empty()) {
      out << "\n**ADRs not read**\n\n";
      for (const Diagnostic& problem : summary.input_errors) {
        out << fmt::format("- {}\n", markdown_text(input_error_text(problem, ArtifactBase{})));
      }
    }
  }

  // An ADR without facts and without a finding was not compared with anything: most ADRs of a
  // repository are such, and their rows hid the few that were checked. They are folded under the
  // table (GitHub and GitLab draw `<details>` closed), in the same columns.
  static bool nothing_to_show(const AdrEntry& e) {
    return !e.has_facts && !e.result && e.findings.empty() && e.suppressed.empty();
  }
  void quiet_rows(std::ostream& out) const {
    if (m_quiet_count == 0) {
      return;
    }
    out << fmt::format("\n<details><summary>{} ADR(s) without ragft facts: not checked, nothing to "
                       "fix</summary>\n\n{}{}\n</details>\n",
                       m_quiet_count, k_markdown_check_header, m_quiet_rows);
  }

  void findings(std::ostream& out) {
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    if (!m_findings.empty() || !m_suppressed.empty()) {
      out << "\n| Severity | Where | Rule | Message |\n|---|---|---|---|\n";
    }
    for (const Finding& f : m_findings) {
      out << markdown_finding_row(f, "");
    }
    for (const SuppressedFinding& s : m_suppressed) {
      out << markdown_finding_row(s.finding, fmt::format(" *(suppressed: {})*", markdown_text(s.reason)));
    }
  }

  bool m_charts = true;
  std::optional<Assessment> m_first;  // the first scored ADR's, for the chart of a single one
  bool m_first_project_level = false; // its verdict comes from its components
  std::string m_rows;                 // the ADR table's rows, written after the outcome
  std::string m_quiet_rows;           // the rows of ADRs with nothing to show (`nothing_to_show`)
  std::size_t m_quiet_count = 0;
  std::vector<Finding> m_findings;
  std::vector<SuppressedFinding> m_suppressed;
};

} // namespace

std::string markdown_cell(std::string_view text) { return markdown_text(text); }

std::unique_ptr<Renderer> make_markdown_renderer(const RenderOptions& options) {
  return std::make_unique<MarkdownRenderer>(options);
}
std::unique_ptr<CheckRenderer> make_check_markdown_renderer(const CheckRenderOptions& options) {
  return std::make_unique<CheckMarkdownRenderer>(options);
}

} // namespace ragft
