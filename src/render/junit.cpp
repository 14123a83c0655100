// `--format junit`: JUnit XML for CI test reports, valid against the Jenkins xunit plugin's
// `junit-10.xsd`. One test case per scored spec, named by its file (`file#N` for a document of a
// multi-document file), so names are unique in a run; a result with findings (a contradicting
// decision, a fact that differs from its measurement) is a `<failure>` naming their rules,
// an invalid file an `<error>` named `path:line:col`.
// The suite's counts come first in the XML, so the cases are held until the end.

#include <algorithm>
#include <sstream>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <ragft/base/escape.hpp>

#include "render/formats.hpp"

namespace ragft {

namespace {

std::string failure(const std::vector<Finding>& findings) {
  std::string body;
  for (const Finding& f : findings) {
    body += xml_text(fmt::format("{}:{}:{}: {} [{}, {}]", f.where.file, f.where.line, f.where.column, f.message, f.rule,
                                 to_string(f.severity))) +
            "\n";
  }
  std::vector<std::string> rules;
  rules.reserve(findings.size());
  for (const Finding& f : findings) {
    if (std::find(rules.begin(), rules.end(), f.rule) == rules.end()) {
      rules.push_back(f.rule);
    }
  }
  return fmt::format("      <failure message=\"{} finding(s): {}\" type=\"{}\">{}</failure>\n", findings.size(),
                     xml_text(fmt::format("{}", fmt::join(rules, ", "))), xml_text(findings.front().rule), body);
}

class JunitRenderer : public Renderer {
public:
  void begin(std::ostream&) override {}
  void result(std::ostream&, const ResultEntry& entry) override {
    m_cases << fmt::format("    <testcase classname=\"ragft.score\" name=\"{}\"", xml_text(entry.file));
    if (entry.findings.empty()) {
      m_cases << "/>\n";
      return;
    }
    ++m_failures;
    m_cases << ">\n" << failure(entry.findings) << "    </testcase>\n";
  }
  void error(std::ostream&, const Diagnostic& d) override {
    const Finding f = make_error_finding(d);
    m_cases << fmt::format("    <testcase classname=\"ragft.score\" name=\"{}\">\n"
                           "      <error message=\"{}\" type=\"{}\">{}</error>\n    </testcase>\n",
                           xml_text(f.subject), xml_text(d.message), f.rule, xml_text(d.to_string()));
  }
  void end(std::ostream& out, const Summary& summary) override {
    const std::string counts = fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\"",
                                           summary.scored + summary.failed, m_failures, summary.failed);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format("<testsuites name=\"ragft\" {}>\n  <testsuite name=\"ragft score\" {}>\n", counts, counts);
    out << m_cases.str() << "  </testsuite>\n</testsuites>\n";
  }

private:
  std::ostringstream m_cases;
  int m_failures = 0; // test cases with a finding: each is a <failure>
};

// The findings, one line each, their files relative to the repository root (not yet escaped for
// XML: the caller escapes the text once).
std::string finding_lines(const std::vector<const Finding*>& findings, const ArtifactBase& base) {
  std::string body;
  for (const Finding* f : findings) {
    body += fmt::format("{}:{}:{}: {}: {} [{}]\n", repo_relative_path(f->where.file, base), f->where.line,
                        f->where.column, to_string(f->severity), f->message, f->rule);
  }
  return body;
}

// `ragft check`, in the shape of the Jenkins xunit plugin's `junit-10.xsd` (what Jenkins and GitLab
// read): one test case per ADR and rule, named `FILE [RULE]`, its class the ADR's file (the schema
// has no `file` attribute on a test case), FILE relative to the repository root as in SARIF and
// GitHub annotations, so a report names an ADR the same way from any working folder. Findings at or above the failing
// severity fail the case (an unreadable or invalid ADR is an error); those below it pass, listed in `system-out`. An
// ADR without findings is one passing case named by its file, one not in force or without ragft
// facts is skipped, and a suppressed finding is a skipped case that gives the reason. A folder that holds no ADR (or no
// ADR folder found) is an error case, so that a report of a run that exits 2 says why.
class CheckJunitRenderer : public CheckRenderer {
public:
  CheckJunitRenderer(Severity fail_on, ArtifactBase base) : m_fail_on(fail_on), m_base(std::move(base)) {}
  void begin(std::ostream&) override {}
  void adr(std::ostream&, const AdrEntry& given) override {
    AdrEntry entry = given;
    entry.file = repo_relative_path(given.file, m_base);
    std::vector<std::string> rules;
    for (const Finding& f : entry.findings) {
      if (std::find(rules.begin(), rules.end(), f.rule) == rules.end()) {
        rules.push_back(f.rule);
      }
    }
    for (const std::string& rule : rules) {
      finding_case(entry, rule);
    }
    for (const SuppressedFinding& s : entry.suppressed) {
      open_case(entry.file, fmt::format("{} [{}]", adr_name(entry.file, entry.section), s.finding.rule));
      m_cases << fmt::format(">\n      <skipped message=\"suppressed: {}\"/>\n    </testcase>\n", xml_text(s.reason));
      ++m_tests;
      ++m_skipped;
    }
    if (rules.empty()) {
      passing_case(entry);
    }
  }
  void end(std::ostream& out, const CheckSummary& summary) override {
    for (const Diagnostic& problem : summary.input_errors) {
      error_case(problem);
    }
    const std::string counts = fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\"", m_tests,
                                           m_failures, m_errors, m_skipped);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format("<testsuites name=\"ragft\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", m_tests, m_failures,
                       m_errors);
    out << fmt::format("  <testsuite name=\"ragft check\" {}>\n", counts);
    out << m_cases.str() << "  </testsuite>\n</testsuites>\n";
  }

private:
  void open_case(const std::string& file, const std::string& name) {
    m_cases << fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_text(file), xml_text(name));
  }
  void finding_case(const AdrEntry& entry, const std::string& rule) {
    std::vector<const Finding*> of_rule;
    for (const Finding& f : entry.findings) {
      if (f.rule == rule) {
        of_rule.push_back(&f);
      }
    }
    const bool fails =
        std::any_of(of_rule.begin(), of_rule.end(), [&](const Finding* f) { return f->severity >= m_fail_on; });
    const bool broken = rule == "adr-facts-invalid" || rule == "adr-unreadable";
    open_case(entry.file, fmt::format("{} [{}]", adr_name(entry.file, entry.section), rule));
    ++m_tests;
    if (!fails && !broken) {
      m_cases << fmt::format(">\n      <system-out>{}</system-out>\n    </testcase>\n",
                             xml_text(finding_lines(of_rule, m_base)));
      return;
    }
    const char* tag = broken ? "error" : "failure";
    m_cases << fmt::format(">\n      <{} message=\"{}\" type=\"{}\">{}</{}>\n    </testcase>\n", tag,
                           xml_text(of_rule.front()->message), rule, xml_text(finding_lines(of_rule, m_base)), tag);
    (broken ? m_errors : m_failures) += 1;
  }
  // What kept ADRs from being read: an error case named by its folder (`.` when none was found).
  void error_case(const Diagnostic& problem) {
    const std::string folder = problem.where.file.empty() ? "." : repo_relative_path(problem.where.file, m_base);
    open_case(folder, fmt::format("{} [ADR folder]", folder));
    m_cases << fmt::format(">\n      <error message=\"{}\" type=\"adr-folder\">{}</error>\n    </testcase>\n",
                           xml_text(problem.message), xml_text(input_error_text(problem, m_base)));
    ++m_tests;
    ++m_errors;
  }
  // An ADR without findings: passed when its decision was compared with its facts; skipped, saying
  // why, when it was not: its status is not in force, or it carries no ragft facts (readers20: a
  // repository of 7 ADRs, 1 with facts, read in GitLab as 7 tests passed for 1 checked).
  void passing_case(const AdrEntry& entry) {
    open_case(entry.file, adr_name(entry.file, entry.section));
    ++m_tests;
    const std::string why = !entry.skipped.empty() ? entry.skipped : (entry.has_facts ? "" : k_no_facts_text);
    if (why.empty()) {
      m_cases << "/>\n";
      return;
    }
    m_cases << fmt::format(">\n      <skipped message=\"{}\"/>\n    </testcase>\n", xml_text(why));
    ++m_skipped;
  }

  Severity m_fail_on;
  ArtifactBase m_base;
  std::ostringstream m_cases;
  int m_tests = 0;
  int m_failures = 0;
  int m_errors = 0;
  int m_skipped = 0;
};

} // namespace

std::unique_ptr<Renderer> make_junit_renderer() { return std::make_unique<JunitRenderer>(); }
std::unique_ptr<CheckRenderer> make_check_junit_renderer(Severity fail_on, const ArtifactBase& base) {
  return std::make_unique<CheckJunitRenderer>(fail_on, base);
}

} // namespace ragft
