// `--format text` for many files: one line per project and per component, streamed, then the
// per-verdict summary line. Columns of fixed width come first so that rows align without
// knowing the rows to come.

#include <fmt/format.h>

#include <ragft/report/result_rows.hpp>

#include <ragft/base/escape.hpp>

#include "render/formats.hpp"

namespace ragft {

namespace {

constexpr std::string_view k_header = "VERDICT    CONFIDENCE     RAG  FINE-TUNE  HYBRID  DECISION               FILE";

class TableRenderer : public Renderer {
public:
  explicit TableRenderer(const RenderOptions& options) : m_options(options) {}

  void begin(std::ostream& out) override { out << k_header << '\n'; }
  void result(std::ostream& out, const ResultEntry& entry) override;
  void error(std::ostream& out, const Diagnostic& diagnostic) override;
  void end(std::ostream& out, const Summary& summary) override;

private:
  std::string paint(std::string_view code, const std::string& text) const {
    return m_options.color ? fmt::format("\033[{}m{}\033[0m", code, text) : text;
  }
  std::string decision_cell(const std::optional<DecisionCheck>& decision) const;
  std::string subject_cell(const ResultRow& row) const;

  RenderOptions m_options;
  bool m_project_level_rows = false; // a row's scores are in brackets
  bool m_blocked = false;            // a score has a `*`
};

// A score; in brackets on the row of a project whose verdict comes from its components, where it
// is what the project-level facts alone say; with a `*` when a hard limit rules it out.
std::string score_text(const ResultRow& row, Verdict v) {
  if (row.project_level_scores) {
    return fmt::format("({:g})", row.scores[v]);
  }
  return fmt::format("{:g}{}", row.scores[v], score_blocked(row, v) ? "*" : "");
}

std::string TableRenderer::decision_cell(const std::optional<DecisionCheck>& decision) const {
  if (!decision) {
    return std::string(22, ' ');
  }
  if (decision->agrees) {
    return fmt::format("{:<22}", fmt::format("{} agrees", to_string(decision->recorded)));
  }
  return paint("31", fmt::format("{:<22}", fmt::format("{} CONTRADICTS", to_string(decision->recorded))));
}

std::string TableRenderer::subject_cell(const ResultRow& row) const {
  if (!row.component.empty()) {
    return fmt::format("  component: {}", escape_text(row.component));
  }
  return fmt::format("{}  ({})", escape_text(row.file), escape_text(row.project));
}

void TableRenderer::result(std::ostream& out, const ResultEntry& entry) {
  for (const ResultRow& row : result_rows(entry)) {
    out << fmt::format("{:<10} {:<10} {:>7} {:>10} {:>7}  {} {}\n", to_string(row.verdict), to_string(row.confidence),
                       score_text(row, Verdict::rag), score_text(row, Verdict::fine_tune),
                       score_text(row, Verdict::hybrid), decision_cell(row.decision), subject_cell(row));
    m_project_level_rows = m_project_level_rows || row.project_level_scores;
    m_blocked = m_blocked || any_score_blocked(row);
  }
}

void TableRenderer::error(std::ostream& out, const Diagnostic& diagnostic) {
  if (m_options.inline_errors) {
    out << fmt::format("{:<10} {}\n", "error", escape_text(diagnostic.to_string()));
  }
}

void TableRenderer::end(std::ostream& out, const Summary& summary) {
  if (m_project_level_rows) {
    out << "\nScores in brackets are what the project-level facts alone say; the verdict of such a project comes "
           "from its components\n";
  }
  if (m_blocked) {
    out << "\n* blocked: a hard limit rules it out, whatever it scores: not an option until the limit is lifted; "
           "ragft score FILE names the limit and what lifts it\n";
  }
  out << '\n' << summary_text(summary) << '\n';
}

} // namespace

std::unique_ptr<Renderer> make_table_renderer(const RenderOptions& options) {
  return std::make_unique<TableRenderer>(options);
}

} // namespace ragft
