// `ragft check` in each format: the dispatch, and the text renderer (what a person reads in a
// terminal or a CI log: compiler-style `path:line:col: severity: message [rule]` lines).

#include <ragft/render/check.hpp>

#include <fmt/format.h>

#include <ragft/base/escape.hpp>

#include "render/formats.hpp"

namespace ragft {

namespace {

constexpr std::string_view k_severity_colors[] = {"36", "33", "1;31"}; // by `Severity`

class CheckTextRenderer : public CheckRenderer {
public:
  explicit CheckTextRenderer(const CheckRenderOptions& options) : m_options(options) {}

  void begin(std::ostream&) override {}
  void adr(std::ostream& out, const AdrEntry& e) override {
    for (const Finding& f : e.findings) {
      out << fmt::format("{}: {}: {} [{}]\n", where(f), paint(f.severity, to_string(f.severity)),
                         escape_text(f.message), f.rule);
    }
    for (const SuppressedFinding& s : e.suppressed) {
      out << fmt::format("{}: suppressed {}: {} [{}] (reason: {})\n", where(s.finding), to_string(s.finding.severity),
                         escape_text(s.finding.message), s.finding.rule, escape_text(s.reason));
    }
    if (m_options.verbose) {
      out << fmt::format("{}: {}\n", escape_text(adr_name(e.file, e.section)), state(e));
    }
  }
  void end(std::ostream& out, const CheckSummary& summary) override {
    out << check_summary_text(summary) << '\n';
    if (const auto next = check_next_step_text(summary)) {
      out << *next << '\n';
    }
  }

private:
  static std::string where(const Finding& f) {
    if (f.where.line <= 0) {
      return escape_text(f.where.file);
    }
    return fmt::format("{}:{}:{}", escape_text(f.where.file), f.where.line, std::max(f.where.column, 1));
  }
  std::string paint(Severity s, std::string_view text) const {
    if (!m_options.color) {
      return std::string(text);
    }
    return fmt::format("\033[{}m{}\033[0m", k_severity_colors[static_cast<int>(s)], text);
  }
  // What happened to the ADR, for --verbose.
  static std::string state(const AdrEntry& e) {
    if (!e.skipped.empty()) {
      return fmt::format("skipped: its status is {} (`{}`), so its facts are not checked", escape_text(e.skipped),
                         escape_text(e.status_written));
    }
    if (e.invalid) {
      return "not checked: unreadable or invalid ragft block";
    }
    if (!e.has_facts) {
      return k_no_facts_text;
    }
    const std::string decision =
        e.decision && e.decision->verdict ? std::string(to_string(*e.decision->verdict)) : "none";
    return fmt::format("checked: decision {}, facts point to {} (confidence {}, status {})", decision,
                       to_string(e.result->verdict), to_string(e.result->confidence), to_string(e.status));
  }

  CheckRenderOptions m_options;
};

} // namespace

std::string input_error_text(const Diagnostic& problem, const ArtifactBase& base) {
  if (problem.where.file.empty()) {
    return problem.message;
  }
  return fmt::format("{}: {}", repo_relative_path(problem.where.file, base), problem.message);
}

std::unique_ptr<CheckRenderer> make_check_renderer(Format format, const CheckRenderOptions& options) {
  switch (format) {
  case Format::text:
    return std::make_unique<CheckTextRenderer>(options);
  case Format::json:
    return make_check_json_renderer();
  case Format::jsonl:
    return make_check_jsonl_renderer();
  case Format::csv:
    return make_check_csv_renderer();
  case Format::markdown:
    return make_check_markdown_renderer(options);
  case Format::sarif:
    return make_check_sarif_renderer(options.base);
  case Format::github:
    return make_check_github_renderer(options.base);
  case Format::junit:
    return make_check_junit_renderer(options.fail_on, options.base);
  }
  return std::make_unique<CheckTextRenderer>(options);
}

} // namespace ragft
