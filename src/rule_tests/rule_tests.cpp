#include <ragft/rule_tests/rule_tests.hpp>

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include <ragft/engine/project.hpp>

#include "base/yaml_reader.hpp"
#include "rule_tests/embedded.hpp"
#include "spec/node.hpp"

namespace ragft {

namespace {

YAML::Node find_section(const yaml::Reader& in, std::string_view text, std::string_view key) {
  const std::vector<YAML::Node> documents = in.load_all(text);
  if (documents.size() != 1 || !documents.front().IsMap()) {
    return YAML::Node(YAML::NodeType::Undefined);
  }
  for (const yaml::Entry& e : in.entries(documents.front(), "the rule base")) {
    if (e.key == key) {
      return e.value;
    }
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

// An inline case is a spec without the `ragft: 1` line.
SpecDocument load_inline_case(const yaml::Reader& in, YAML::Node item, const RuleBase& rules) {
  if (!item["ragft"]) {
    item.force_insert("ragft", 1);
  }
  return parse_spec_node(item, in.origin(), in.origin(), rules);
}

bool has_decision(const Spec& spec) {
  return spec.decision.has_value() || std::any_of(spec.components.begin(), spec.components.end(),
                                                  [](const Component& c) { return c.decision.has_value(); });
}

void note_fired(const Evaluation& e, std::set<std::string>& seen) {
  for (const FiredRule& f : e.fired) {
    seen.insert(f.rule->id);
  }
  for (const Blocker& b : e.blockers) {
    seen.insert(b.constraint->id);
  }
}

void add_checks(TestCaseResult& result, const ProjectResult& scored) {
  const Spec& spec = *scored.spec;
  if (spec.decision) {
    result.checks.push_back(CaseCheck{"", spec.decision->verdict, scored.verdict, spec.decision->where});
  }
  for (const ComponentResult& c : scored.components) {
    if (c.component->decision) {
      result.checks.push_back(CaseCheck{c.component->name, c.component->decision->verdict, c.evaluation.verdict,
                                        c.component->decision->where});
    }
  }
}

TestCaseResult run_case(const RuleBase& rules, const Spec& spec, std::map<std::string, int>& hits) {
  TestCaseResult result;
  result.file = spec.name;
  result.name = spec.project;
  if (!has_decision(spec)) {
    result.error = Diagnostic{spec.where, "a test case must record the verdict it expects: add `decision:` "
                                          "to the project or to a component"};
    return result;
  }
  const ProjectResult scored = score_project(rules, spec);
  add_checks(result, scored);
  std::set<std::string> seen;
  note_fired(scored.evaluation, seen);
  for (const ComponentResult& c : scored.components) {
    note_fired(c.evaluation, seen);
  }
  for (const std::string& id : seen) {
    ++hits[id];
  }
  return result;
}

TestCaseResult error_case(const Diagnostic& diagnostic) {
  TestCaseResult result;
  result.file = diagnostic.where.file;
  result.name = fmt::format("unreadable case at line {}", diagnostic.where.line);
  result.error = diagnostic;
  return result;
}

// JUnit consumers keep only the first of test cases with one name in one file.
void make_names_unique(std::vector<TestCaseResult>& cases) {
  std::map<std::pair<std::string, std::string>, int> seen;
  for (TestCaseResult& c : cases) {
    const int n = ++seen[{c.file, c.name}];
    if (n > 1) {
      c.name = fmt::format("{} ({})", c.name, n);
    }
  }
}

std::vector<CoverageItem> coverage_items(const RuleBase& rules, const std::map<std::string, int>& hits) {
  std::vector<CoverageItem> items;
  auto hits_of = [&](const std::string& id) {
    const auto it = hits.find(id);
    return it == hits.end() ? 0 : it->second;
  };
  for (const Constraint& c : rules.constraints) {
    items.push_back(CoverageItem{c.id, true, c.where, hits_of(c.id)});
  }
  for (const Rule& r : rules.rules) {
    items.push_back(CoverageItem{r.id, false, r.where, hits_of(r.id)});
  }
  return items;
}

} // namespace

RuleTestSuite load_rule_tests(std::string_view text, std::string_view origin, const RuleBase& rules,
                              std::string_view key) {
  const yaml::Reader in{std::string(origin)};
  const YAML::Node section = find_section(in, text, key);
  RuleTestSuite suite;
  if (!section.IsDefined() || section.IsNull()) {
    return suite;
  }
  const std::string what = fmt::format("`{}` (spec files, folders, or inline cases)", key);
  for (const YAML::Node& item : in.sequence(section, what)) {
    if (item.IsMap()) {
      suite.inline_cases.push_back(load_inline_case(in, item, rules));
      continue;
    }
    const std::string path =
        in.string(item, fmt::format("each item of `{}` (a spec file or folder, or an inline case)", key));
    if (path.empty()) {
      in.fail(item, fmt::format("an item of `{}` is empty; name a spec file or folder", key));
    }
    suite.paths.push_back(TestPath{path, in.location(item)});
  }
  return suite;
}

std::vector<NamedText> default_rule_tests() {
  std::vector<NamedText> files;
  for (std::size_t i = 0; i < detail::k_default_rule_tests_count; ++i) {
    files.push_back(NamedText{detail::k_default_rule_tests[i].name, detail::k_default_rule_tests[i].text});
  }
  return files;
}

bool TestCaseResult::passed() const {
  return !error && std::all_of(checks.begin(), checks.end(), [](const CaseCheck& c) { return c.passed(); });
}

int TestReport::passed() const {
  return static_cast<int>(
      std::count_if(cases.begin(), cases.end(), [](const TestCaseResult& c) { return c.passed(); }));
}

int TestReport::failed() const { return static_cast<int>(cases.size()) - passed(); }

int TestReport::errors() const {
  return static_cast<int>(
      std::count_if(cases.begin(), cases.end(), [](const TestCaseResult& c) { return c.error.has_value(); }));
}

double TestReport::coverage_percent() const {
  if (coverage.empty()) {
    return 100.0;
  }
  const auto covered =
      std::count_if(coverage.begin(), coverage.end(), [](const CoverageItem& i) { return i.hits > 0; });
  return 100.0 * static_cast<double>(covered) / static_cast<double>(coverage.size());
}

bool TestReport::coverage_ok() const { return !min_coverage || coverage_percent() + 1e-9 >= *min_coverage; }

TestReport run_rule_tests(const RuleBase& rules, const std::vector<SpecDocument>& cases,
                          std::optional<double> min_coverage) {
  TestReport report;
  report.rule_base = rules.name;
  report.min_coverage = min_coverage;
  std::map<std::string, int> hits;
  for (const SpecDocument& document : cases) {
    if (const auto* diagnostic = std::get_if<Diagnostic>(&document)) {
      report.cases.push_back(error_case(*diagnostic));
    } else {
      report.cases.push_back(run_case(rules, std::get<Spec>(document), hits));
    }
  }
  make_names_unique(report.cases);
  report.coverage = coverage_items(rules, hits);
  return report;
}

} // namespace ragft
