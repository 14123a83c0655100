// Renders a rule base's test report: text for people, JSON for tools, JUnit XML for CI. Each
// format only formats the report model; nothing is computed here.

#include <ragft/base/name_table.hpp>
#include <ragft/rule_tests/rule_tests.hpp>

#include <cmath>
#include <ostream>

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <ragft/base/escape.hpp>

namespace ragft {

namespace {

using Json = nlohmann::ordered_json;

constexpr Named<TestFormat> k_test_formats[] = {
    {"text", TestFormat::text},
    {"json", TestFormat::json},
    {"junit", TestFormat::junit},
};

std::string percent(double value) {
  const double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == std::floor(rounded)) {
    return fmt::format("{}%", static_cast<long long>(rounded));
  }
  return fmt::format("{:.1f}%", rounded);
}

std::string kind(const CoverageItem& item) { return item.constraint ? "constraint" : "rule"; }

std::string check_text(const CaseCheck& check) {
  const std::string part = check.part.empty() ? "project" : fmt::format("component `{}`", check.part);
  return fmt::format("{}: expected {}, got {} (line {})", part, to_string(check.expected), to_string(check.got),
                     check.where.line);
}

// Why a case failed, one line per problem.
std::vector<std::string> failure_lines(const TestCaseResult& c) {
  std::vector<std::string> lines;
  if (c.error) {
    lines.push_back(c.error->to_string());
  }
  for (const CaseCheck& check : c.checks) {
    if (!check.passed()) {
      lines.push_back(check_text(check));
    }
  }
  return lines;
}

// --- text ----------------------------------------------------------------------------------------

struct Paint {
  bool on = false;
  std::string operator()(std::string_view code, std::string_view text) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
};

void text_case(std::ostream& out, const TestCaseResult& c, const Paint& paint) {
  const std::string status = c.error ? paint("31", "ERROR") : c.passed() ? paint("32", "PASS ") : paint("31", "FAIL ");
  out << fmt::format("{} {}  {}\n", status, escape_text(c.file), escape_text(c.name));
  for (const std::string& line : failure_lines(c)) {
    out << "      " << escape_text(line) << '\n';
  }
}

void text_coverage(std::ostream& out, const TestReport& report, const Paint& paint) {
  const auto covered =
      std::count_if(report.coverage.begin(), report.coverage.end(), [](const CoverageItem& i) { return i.hits > 0; });
  out << fmt::format("rule coverage: {} of {} rules and constraints fired ({})", covered, report.coverage.size(),
                     percent(report.coverage_percent()));
  if (report.min_coverage) {
    const std::string verdict = report.coverage_ok() ? paint("32", "ok") : paint("31", "BELOW");
    out << fmt::format("; minimum {}: {}", percent(*report.min_coverage), verdict);
  }
  out << '\n';
  for (const CoverageItem& item : report.coverage) {
    if (item.hits == 0) {
      out << fmt::format("  not fired by any case: {} `{}` ({}:{})\n", kind(item), escape_text(item.id),
                         escape_text(item.where.file), item.where.line);
    }
  }
}

void render_text(std::ostream& out, const TestReport& report, bool color) {
  const Paint paint{color};
  for (const TestCaseResult& c : report.cases) {
    text_case(out, c, paint);
  }
  out << fmt::format("\nrule base `{}`: {} cases, {} passed, {} failed\n", escape_text(report.rule_base),
                     report.cases.size(), report.passed(), report.failed());
  text_coverage(out, report, paint);
}

// --- json ----------------------------------------------------------------------------------------

Json location_json(const Location& where) {
  return Json{{"file", where.file}, {"line", where.line}, {"column", where.column}};
}

Json case_json(const TestCaseResult& c) {
  Json j{{"file", c.file}, {"name", c.name}, {"passed", c.passed()}, {"checks", Json::array()}};
  if (c.error) {
    Json error = location_json(c.error->where);
    error["message"] = c.error->message;
    j["error"] = error;
  }
  for (const CaseCheck& check : c.checks) {
    j["checks"].push_back(Json{{"part", check.part.empty() ? "project" : check.part},
                               {"expected", to_string(check.expected)},
                               {"got", to_string(check.got)},
                               {"passed", check.passed()},
                               {"line", check.where.line},
                               {"column", check.where.column}});
  }
  return j;
}

Json coverage_json(const TestReport& report) {
  Json items = Json::array();
  Json uncovered = Json::array();
  for (const CoverageItem& item : report.coverage) {
    Json j{{"id", item.id}, {"kind", kind(item)}, {"hits", item.hits}};
    j.update(location_json(item.where));
    items.push_back(j);
    if (item.hits == 0) {
      uncovered.push_back(item.id);
    }
  }
  Json j{{"percent", report.coverage_percent()}, {"ok", report.coverage_ok()}};
  j["minimum"] = report.min_coverage ? Json(*report.min_coverage) : Json(nullptr);
  j["uncovered"] = uncovered;
  j["items"] = items;
  return j;
}

void render_json(std::ostream& out, const TestReport& report) {
  Json j{{"ragft_rule_tests", 1}, {"rule_base", report.rule_base}, {"cases", Json::array()}};
  for (const TestCaseResult& c : report.cases) {
    j["cases"].push_back(case_json(c));
  }
  j["summary"] = Json{{"cases", report.cases.size()},
                      {"passed", report.passed()},
                      {"failed", report.failed()},
                      {"errors", report.errors()}};
  j["coverage"] = coverage_json(report);
  out << j.dump(2) << '\n';
}

// --- junit ---------------------------------------------------------------------------------------

void junit_case(std::ostream& out, const TestCaseResult& c) {
  out << fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_text(c.file), xml_text(c.name));
  const std::vector<std::string> lines = failure_lines(c);
  if (lines.empty()) {
    out << "/>\n";
    return;
  }
  const char* tag = c.error ? "error" : "failure";
  out << fmt::format(">\n      <{} message=\"{}\">{}</{}>\n    </testcase>\n", tag, xml_text(lines.front()),
                     xml_text(fmt::format("{}", fmt::join(lines, "\n"))), tag);
}

void junit_coverage(std::ostream& out, const TestReport& report) {
  out << fmt::format("    <testcase classname=\"ragft.coverage\" name=\"rule coverage of {}\"",
                     xml_text(report.rule_base));
  if (report.coverage_ok()) {
    out << "/>\n";
    return;
  }
  std::vector<std::string> uncovered;
  for (const CoverageItem& item : report.coverage) {
    if (item.hits == 0) {
      uncovered.push_back(fmt::format("{} `{}` ({}:{})", kind(item), item.id, item.where.file, item.where.line));
    }
  }
  const std::string message = fmt::format("rule coverage {} is below the minimum {}",
                                          percent(report.coverage_percent()), percent(*report.min_coverage));
  out << fmt::format(">\n      <failure message=\"{}\">not fired by any case:\n{}</failure>\n    </testcase>\n",
                     xml_text(message), xml_text(fmt::format("{}", fmt::join(uncovered, "\n"))));
}

void render_junit(std::ostream& out, const TestReport& report) {
  const bool with_coverage = report.min_coverage.has_value();
  const std::size_t tests = report.cases.size() + (with_coverage ? 1 : 0);
  const int failures = report.failed() - report.errors() + (report.coverage_ok() ? 0 : 1);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format("<testsuites name=\"ragft rules test\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", tests,
                     failures, report.errors());
  out << fmt::format("  <testsuite name=\"rule base {}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
                     xml_text(report.rule_base), tests, failures, report.errors());
  for (const TestCaseResult& c : report.cases) {
    junit_case(out, c);
  }
  if (with_coverage) {
    junit_coverage(out, report);
  }
  out << "  </testsuite>\n</testsuites>\n";
}

} // namespace

std::optional<TestFormat> parse_test_format(std::string_view name) { return find_named(k_test_formats, name); }

std::vector<std::string> test_format_names() { return names_of(k_test_formats); }

void render_test_report(std::ostream& out, const TestReport& report, TestFormat format, bool color) {
  switch (format) {
  case TestFormat::text:
    render_text(out, report, color);
    return;
  case TestFormat::json:
    render_json(out, report);
    return;
  case TestFormat::junit:
    render_junit(out, report);
    return;
  }
}

} // namespace ragft
