#include <ragft/rule_tests/eval.hpp>

#include <algorithm>

#include <ragft/engine/project.hpp>

#include "rule_tests/embedded.hpp"

namespace ragft {

namespace {

constexpr std::size_t k_pulls_shown = 3;

std::vector<Pull> pulls_of(const Evaluation& e, Verdict got, Verdict expected) {
  std::vector<Pull> pulls;
  for (const FiredRule& f : e.fired) {
    const double toward = f.rule->points[got] - f.rule->points[expected];
    if (toward > 0) {
      pulls.push_back(Pull{f.rule->id, toward});
    }
  }
  std::stable_sort(pulls.begin(), pulls.end(), [](const Pull& a, const Pull& b) { return a.points > b.points; });
  if (pulls.size() > k_pulls_shown) {
    pulls.resize(k_pulls_shown);
  }
  return pulls;
}

std::vector<std::string> blockers_of(const Evaluation& e, Verdict expected) {
  std::vector<std::string> ids;
  for (const Blocker& b : e.blockers) {
    const auto& blocks = b.constraint->blocks;
    if (std::find(blocks.begin(), blocks.end(), expected) != blocks.end()) {
      ids.push_back(b.constraint->id);
    }
  }
  return ids;
}

EvalCase evaluate_case(const RuleBase& rules, const Spec& spec) {
  const ProjectResult scored = score_project(rules, spec);
  const Evaluation& e = scored.evaluation;
  EvalCase c;
  c.file = spec.name;
  c.project = spec.project;
  c.expected = spec.decision->verdict;
  c.got = scored.verdict;
  c.confidence = scored.confidence;
  c.scores = e.scores;
  c.runner_up = e.runner_up;
  c.margin = e.margin;
  if (!c.right()) {
    c.pulls = pulls_of(e, c.got, c.expected);
    c.blockers = blockers_of(e, c.expected);
  }
  return c;
}

} // namespace

int EvalReport::right() const {
  return static_cast<int>(std::count_if(cases.begin(), cases.end(), [](const EvalCase& c) { return c.right(); }));
}

double EvalReport::accuracy() const {
  return cases.empty() ? 0.0 : 100.0 * right() / static_cast<double>(cases.size());
}

std::array<std::array<int, 3>, 3> EvalReport::confusion() const {
  std::array<std::array<int, 3>, 3> matrix{};
  for (const EvalCase& c : cases) {
    ++matrix[static_cast<std::size_t>(c.expected)][static_cast<std::size_t>(c.got)];
  }
  return matrix;
}

std::vector<CalibrationRow> EvalReport::calibration() const {
  std::vector<CalibrationRow> rows = {{Confidence::high}, {Confidence::medium}, {Confidence::low}};
  for (const EvalCase& c : cases) {
    for (CalibrationRow& row : rows) {
      if (row.level == c.confidence) {
        ++row.cases;
        row.right += c.right() ? 1 : 0;
      }
    }
  }
  return rows;
}

std::optional<double> EvalReport::accuracy_at(Confidence level) const {
  for (const CalibrationRow& row : calibration()) {
    if (row.level == level && row.cases > 0) {
      return 100.0 * row.right / static_cast<double>(row.cases);
    }
  }
  return std::nullopt;
}

EvalReport evaluate_cases(const RuleBase& rules, const std::vector<SpecDocument>& cases) {
  EvalReport report;
  report.rule_base = rules.name;
  for (const SpecDocument& document : cases) {
    if (const auto* diagnostic = std::get_if<Diagnostic>(&document)) {
      report.errors.push_back(*diagnostic);
      continue;
    }
    const Spec& spec = std::get<Spec>(document);
    if (!spec.decision) {
      report.errors.push_back(Diagnostic{spec.where, "a case must record the organisation's choice: add a "
                                                     "project-level `decision:`"});
      continue;
    }
    report.cases.push_back(evaluate_case(rules, spec));
  }
  return report;
}

std::vector<NamedText> default_cases() {
  std::vector<NamedText> files;
  for (std::size_t i = 0; i < detail::k_default_cases_count; ++i) {
    files.push_back(NamedText{detail::k_default_cases[i].name, detail::k_default_cases[i].text});
  }
  return files;
}

} // namespace ragft
