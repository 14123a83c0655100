// `--format text` for many files: one line per project and per component, streamed, then the
// per-verdict summary line. Columns of fixed width come first so that rows align without
// knowing the rows to come.

#include <algorithm>

#include <fmt/format.h>

#include <ragft/report/result_rows.hpp>

#include <ragft/base/escape.hpp>
#include <ragft/base/wrap.hpp>

#include "render/formats.hpp"

namespace ragft {

namespace {

constexpr std::string_view k_table_header =
    "VERDICT    CONFIDENCE     RAG  FINE-TUNE  HYBRID  DECISION               FILE";
constexpr int k_subject_column = static_cast<int>(k_table_header.size()) - 4; // where FILE starts
// The header on a terminal narrower than `k_table_header`: the scores' columns; each row says its decision
// and file on the line under its scores.
constexpr std::string_view k_scores_header = "VERDICT    CONFIDENCE     RAG  FINE-TUNE  HYBRID";

class TableRenderer : public Renderer {
public:
  explicit TableRenderer(const RenderOptions& options) : m_options(options) {}

  void begin(std::ostream& out) override { out << (narrow() ? k_scores_header : k_table_header) << '\n'; }
  void result(std::ostream& out, const ResultEntry& entry) override;
  void error(std::ostream& out, const Diagnostic& diagnostic) override;
  void end(std::ostream& out, const Summary& summary) override;

private:
  std::string paint(std::string_view code, const std::string& text) const {
    return m_options.color ? fmt::format("\033[{}m{}\033[0m", code, text) : text;
  }
  std::string decision_cell(const std::optional<DecisionCheck>& decision) const;
  std::string subject_cell(const ResultRow& row) const;
  std::string row_text(const ResultRow& row) const;
  std::string narrow_row_text(const std::string& scores, const ResultRow& row) const;
  bool narrow() const { return m_options.width > 0 && m_options.width < static_cast<int>(k_table_header.size()); }

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

// A row's line: its columns, then its file and project (or component) where they fit the terminal;
// where they do not, they go on a line of their own under it, wrapped, so that the terminal does
// not break the name of the file or the project mid-word (readers18: every row of a table at 80
// columns did, its file starting at column 74).
std::string TableRenderer::row_text(const ResultRow& row) const {
  const std::string scores =
      fmt::format("{:<10} {:<10} {:>7} {:>10} {:>7}", to_string(row.verdict), to_string(row.confidence),
                  score_text(row, Verdict::rag), score_text(row, Verdict::fine_tune), score_text(row, Verdict::hybrid));
  if (narrow()) {
    return narrow_row_text(scores, row);
  }
  std::string columns = fmt::format("{}  {} ", scores, decision_cell(row.decision));
  const std::string subject = subject_cell(row);
  if (m_options.width <= 0 || k_subject_column + display_width(subject) <= m_options.width) {
    return columns + subject + '\n';
  }
  while (!columns.empty() && columns.back() == ' ') {
    columns.pop_back();
  }
  const std::size_t start = subject.find_first_not_of(' ');
  return columns + '\n' +
         wrap_hanging(subject.substr(start == std::string::npos ? 0 : start), m_options.width, "    ", "      ");
}

// On a terminal narrower than the header (readers20: at 60 columns the header's FILE went to a line
// of its own and the terminal broke a row's `hybrid agrees` mid-word), the row's scores, and under
// them its file and project (or component) with its decision, wrapped at spaces.
std::string TableRenderer::narrow_row_text(const std::string& scores, const ResultRow& row) const {
  std::string under = subject_cell(row);
  under.erase(0, std::min(under.size(), under.find_first_not_of(' ')));
  if (row.decision) {
    under += fmt::format("; decision: {} {}", to_string(row.decision->recorded),
                         row.decision->agrees ? "agrees" : "CONTRADICTS");
  }
  std::string text = scores + '\n' + wrap_hanging(under, m_options.width, "    ", "      ");
  constexpr std::string_view k_contradicts = "CONTRADICTS";
  const std::size_t at = text.rfind(k_contradicts);
  if (row.decision && !row.decision->agrees && at != std::string::npos) {
    text.replace(at, k_contradicts.size(), paint("31", std::string(k_contradicts)));
  }
  return text;
}

void TableRenderer::result(std::ostream& out, const ResultEntry& entry) {
  for (const ResultRow& row : result_rows(entry)) {
    out << row_text(row);
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
    out << '\n'
        << wrap_hanging("Scores in brackets are what the project-level facts alone say; the verdict of such a project "
                        "comes from its components",
                        m_options.width, "", "");
  }
  if (m_blocked) {
    out << '\n'
        << wrap_hanging("blocked: a hard limit rules it out, whatever it scores: not an option until the limit is "
                        "lifted; ragft score FILE names the limit and what lifts it",
                        m_options.width, "* ", "  ");
  }
  out << '\n' << wrap_hanging(summary_text(summary), m_options.width, "", "  ");
}

} // namespace

std::unique_ptr<Renderer> make_table_renderer(const RenderOptions& options) {
  return std::make_unique<TableRenderer>(options);
}

} // namespace ragft
