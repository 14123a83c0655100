// `--format markdown`: a GitHub-flavoured table for pull-request comments, wikis and
// `$GITHUB_STEP_SUMMARY`, rows streamed; errors listed after the table, then the summary line.

#include <fmt/format.h>

#include <ragft/result_rows.hpp>

#include "render_formats.hpp"

namespace ragft {

namespace {

constexpr std::string_view k_header = "| File | Project | Verdict | Confidence | rag | fine-tune | hybrid | Decision |\n"
                                      "|---|---|---|---|--:|--:|--:|---|\n";

// A table cell: `|` escaped, line breaks as spaces.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else {
      out += (c == '\n' || c == '\r') ? ' ' : c;
    }
  }
  return out;
}

std::string decision_cell(const std::optional<DecisionCheck>& decision) {
  if (!decision) {
    return "";
  }
  if (decision->agrees) {
    return fmt::format("{} ✅ agrees", to_string(decision->recorded));
  }
  return fmt::format("{} ❌ **contradicts** (line {})", to_string(decision->recorded), decision->where.line);
}

class MarkdownRenderer : public Renderer {
public:
  void begin(std::ostream& out) override { out << k_header; }
  void result(std::ostream& out, const ResultEntry& entry) override {
    for (const ResultRow& row : result_rows(entry)) {
      const std::string file = row.component.empty() ? fmt::format("`{}`", cell(row.file)) : "";
      const std::string project = row.component.empty() ? cell(row.project) : fmt::format("↳ {}", cell(row.component));
      out << fmt::format("| {} | {} | **{}** | {} | {:g} | {:g} | {:g} | {} |\n", file, project,
                         to_string(row.verdict), to_string(row.confidence), row.scores[Verdict::rag],
                         row.scores[Verdict::fine_tune], row.scores[Verdict::hybrid], decision_cell(row.decision));
    }
  }
  void error(std::ostream&, const Diagnostic& diagnostic) override { m_errors.push_back(diagnostic); }
  void end(std::ostream& out, const Summary& summary) override {
    if (!m_errors.empty()) {
      out << "\n**Errors**\n\n";
      for (const Diagnostic& d : m_errors) {
        out << fmt::format("- {}\n", cell(d.to_string()));
      }
    }
    out << fmt::format("\n{}\n", summary_text(summary));
  }

private:
  std::vector<Diagnostic> m_errors;
};

} // namespace

std::unique_ptr<Renderer> make_markdown_renderer() { return std::make_unique<MarkdownRenderer>(); }

} // namespace ragft
