// `--format csv`: one row per project and per component, RFC 4180 (CRLF line ends; text cells made by
// `csv_cell`: quoted when needed, neutralised against formulas). A file that fails gets one row
// whose `error` column holds `path:line:col: message`. The last column, `blocked`, names the
// verdicts a hard limit rules out (readers12, readers13: a dispatcher's fine-tune 0 read as a low
// score, not as one the facts forbid); it comes after `error` so that a script reading columns by
// position finds the others where they were.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <ragft/base/escape.hpp>
#include <ragft/report/result_rows.hpp>

#include "render/formats.hpp"

namespace ragft {

namespace {

constexpr std::string_view k_header =
    "file,project,component,verdict,rag,fine-tune,hybrid,confidence,decision,agrees,error,blocked\r\n";

std::string decision_fields(const std::optional<DecisionCheck>& decision) {
  if (!decision) {
    return ",";
  }
  return fmt::format("{},{}", to_string(decision->recorded), decision->agrees ? "true" : "false");
}

// "fine-tune hybrid": the blocked verdicts, in the order rag, fine-tune, hybrid, space-separated;
// empty when none is (and on a row whose scores are the project-level facts' alone).
std::string blocked_cell(const ResultRow& row) {
  std::vector<std::string_view> names;
  for (const Verdict v : k_verdicts) {
    if (row.blocked[v] && !row.project_level_scores) {
      names.push_back(to_string(v));
    }
  }
  return fmt::format("{}", fmt::join(names, " "));
}

class CsvRenderer : public Renderer {
public:
  void begin(std::ostream& out) override { out << k_header; }
  void result(std::ostream& out, const ResultEntry& entry) override {
    for (const ResultRow& row : result_rows(entry)) {
      out << fmt::format("{},{},{},{},{:g},{:g},{:g},{},{},,{}\r\n", csv_cell(row.file), csv_cell(row.project),
                         csv_cell(row.component), to_string(row.verdict), row.scores[Verdict::rag],
                         row.scores[Verdict::fine_tune], row.scores[Verdict::hybrid], to_string(row.confidence),
                         decision_fields(row.decision), blocked_cell(row));
    }
  }
  void error(std::ostream& out, const Diagnostic& diagnostic) override {
    out << fmt::format("{},,,,,,,,,,{},\r\n", csv_cell(diagnostic.where.file), csv_cell(diagnostic.to_string()));
  }
  void end(std::ostream&, const Summary&) override {}
};

constexpr std::string_view k_check_header = "file,line,column,rule,severity,message,suppressed\r\n";

std::string finding_row(const Finding& f, std::string_view reason) {
  return fmt::format("{},{},{},{},{},{},{}\r\n", csv_cell(f.where.file), f.where.line, f.where.column, f.rule,
                     to_string(f.severity), csv_cell(f.message), csv_cell(reason));
}

// `ragft check`: one row per finding, suppressed ones with their reason.
class CheckCsvRenderer : public CheckRenderer {
public:
  void begin(std::ostream& out) override { out << k_check_header; }
  void adr(std::ostream& out, const AdrEntry& entry) override {
    for (const Finding& f : entry.findings) {
      out << finding_row(f, "");
    }
    for (const SuppressedFinding& s : entry.suppressed) {
      out << finding_row(s.finding, s.reason);
    }
  }
  // What kept ADRs from being read: a row at the folder (none when no folder was found), with no
  // rule, as `ragft score` gives a file it cannot read.
  void end(std::ostream& out, const CheckSummary& summary) override {
    for (const Diagnostic& problem : summary.input_errors) {
      out << fmt::format("{},,,,error,{},\r\n", csv_cell(problem.where.file), csv_cell(problem.message));
    }
  }
};

} // namespace

std::unique_ptr<Renderer> make_csv_renderer() { return std::make_unique<CsvRenderer>(); }

std::unique_ptr<CheckRenderer> make_check_csv_renderer() { return std::make_unique<CheckCsvRenderer>(); }

} // namespace ragft
