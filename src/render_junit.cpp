// `--format junit`: JUnit XML for CI test reports. One test case per scored spec, named by its file
// (`file#N` for a document of a multi-document file), so names are unique in a run; a
// contradicting decision is a `<failure>`, an invalid file an `<error>` named `path:line:col`.
// The suite's counts come first in the XML, so the cases are held until the end.

#include <sstream>

#include <fmt/format.h>

#include "render_formats.hpp"

namespace ragft {

namespace {

// XML text and attribute escaping; control characters that XML 1.0 forbids become spaces.
std::string xml(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&apos;";
      break;
    default:
      const bool forbidden = static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
      out += forbidden ? ' ' : c;
    }
  }
  return out;
}

std::string failure(const std::vector<Finding>& findings) {
  std::string body;
  for (const Finding& f : findings) {
    body += fmt::format("{}:{}:{}: {} [{}, {}]\n", f.where.file, f.where.line, f.where.column, f.message, f.rule,
                        to_string(f.severity));
  }
  return fmt::format("      <failure message=\"{} recorded decision(s) contradict the facts\" type=\"{}\">{}</failure>\n",
                     findings.size(), xml(findings.front().rule), xml(body));
}

class JunitRenderer : public Renderer {
public:
  void begin(std::ostream&) override {}
  void result(std::ostream&, const ResultEntry& entry) override {
    m_cases << fmt::format("    <testcase classname=\"ragft.score\" name=\"{}\" file=\"{}\"", xml(entry.file),
                           xml(entry.decision ? entry.decision->where.file : entry.file));
    if (entry.findings.empty()) {
      m_cases << "/>\n";
      return;
    }
    m_cases << ">\n" << failure(entry.findings) << "    </testcase>\n";
  }
  void error(std::ostream&, const Diagnostic& d) override {
    const Finding f = make_error_finding(d);
    m_cases << fmt::format("    <testcase classname=\"ragft.score\" name=\"{}\" file=\"{}\">\n"
                           "      <error message=\"{}\" type=\"{}\">{}</error>\n    </testcase>\n",
                           xml(f.subject), xml(d.where.file), xml(d.message), f.rule, xml(d.to_string()));
  }
  void end(std::ostream& out, const Summary& summary) override {
    const std::string counts = fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\"", summary.scored + summary.failed,
                                           summary.contradicting, summary.failed);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << fmt::format("<testsuites name=\"ragft\" {}>\n  <testsuite name=\"ragft score\" {}>\n", counts, counts);
    out << m_cases.str() << "  </testsuite>\n</testsuites>\n";
  }

private:
  std::ostringstream m_cases;
};

} // namespace

std::unique_ptr<Renderer> make_junit_renderer() { return std::make_unique<JunitRenderer>(); }

} // namespace ragft
