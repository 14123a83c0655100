// `--format github`: GitHub Actions workflow commands, one annotation per finding
// (`::error file=PATH,line=N,col=N,title=TITLE::MESSAGE`). GitHub shows only 10 errors and 10
// warnings per step, so the annotations are held until the end and printed worst first.

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include <ragft/adr/findings.hpp>
#include <ragft/base/escape.hpp>

#include "render/formats.hpp"

namespace ragft {

namespace {

constexpr std::string_view k_commands[] = {"notice", "warning", "error"}; // by `Severity`

// `file` is relative to the repository root (GITHUB_WORKSPACE, where actions/checkout puts it),
// whatever folder ragft ran in: GitHub matches it to the pull request's files only so.
// A decision of a log kept in one file (`section`, its heading's anchor) is named in the title, as
// the file alone names fourteen decisions: `ragft adr-decision-contradicts: ADR's decision
// contradicts its facts (#adr-011-functional-agent-rag-baseline)`.
std::string annotation(const Finding& f, const ArtifactBase& base, const std::string& section) {
  std::string properties = "file=" + github_property(repo_relative_path(f.where.file, base));
  if (f.where.line > 0) {
    properties += fmt::format(",line={}", f.where.line);
  }
  if (f.where.column > 0) {
    properties += fmt::format(",col={}", f.where.column);
  }
  const FindingRule& rule = any_finding_rule(f.rule);
  const std::string in_section = section.empty() ? std::string() : fmt::format(" (#{})", section);
  properties += ",title=" + github_property(fmt::format("ragft {}: {}{}", f.rule, rule.title, in_section));
  return fmt::format("::{} {}::{}\n", k_commands[static_cast<int>(f.severity)], properties, github_data(f.message));
}

// A finding and the decision log's section it is in (empty for a file of its own).
struct Annotated {
  Finding finding;
  std::string section;
};

// The annotations, errors first: GitHub shows only 10 of each kind per step.
void print_worst_first(std::ostream& out, std::vector<Annotated>& findings, const ArtifactBase& base) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Annotated& a, const Annotated& b) { return a.finding.severity > b.finding.severity; });
  for (const Annotated& a : findings) {
    out << annotation(a.finding, base, a.section);
  }
}

// `ragft score`: as `check`, each file named from the repository root (readers21: `score .` named
// `./x.yaml`, and from a sub-folder `../x.yaml`, which GitHub does not match to a pull request's
// files).
class GithubRenderer : public Renderer {
public:
  explicit GithubRenderer(ArtifactBase base) : m_base(std::move(base)) {}
  void begin(std::ostream&) override {}
  void result(std::ostream&, const ResultEntry& entry) override {
    for (const Finding& f : entry.findings) {
      m_findings.push_back(Annotated{f, {}});
    }
  }
  void error(std::ostream&, const Diagnostic& diagnostic) override {
    m_findings.push_back(Annotated{make_error_finding(diagnostic), {}});
  }
  void end(std::ostream& out, const Summary&) override { print_worst_first(out, m_findings, m_base); }

private:
  ArtifactBase m_base;
  std::vector<Annotated> m_findings;
};

// `ragft check`: what kept ADRs from being read (no ADR folder, a folder without ADRs), an error
// annotation on no file, as a folder is none; then the ADR findings, worst first. Suppressed ones
// are left to the step summary and the closing line, as GitHub shows only 10 annotations of each kind.
class CheckGithubRenderer : public CheckRenderer {
public:
  explicit CheckGithubRenderer(ArtifactBase base) : m_base(std::move(base)) {}
  void begin(std::ostream&) override {}
  void adr(std::ostream&, const AdrEntry& entry) override {
    for (const Finding& f : entry.findings) {
      m_findings.push_back(Annotated{f, entry.section});
    }
  }
  void end(std::ostream& out, const CheckSummary& summary) override {
    for (const Diagnostic& problem : summary.input_errors) {
      out << fmt::format("::error title={}::{}\n", github_property("ragft check: ADRs not read"),
                         github_data(input_error_text(problem, m_base)));
    }
    print_worst_first(out, m_findings, m_base);
  }

private:
  ArtifactBase m_base;
  std::vector<Annotated> m_findings;
};

} // namespace

std::unique_ptr<Renderer> make_github_renderer(const ArtifactBase& base) {
  return std::make_unique<GithubRenderer>(base);
}
std::unique_ptr<CheckRenderer> make_check_github_renderer(const ArtifactBase& base) {
  return std::make_unique<CheckGithubRenderer>(base);
}

} // namespace ragft
