#pragma once
// How right a rule base is about real decisions: each case is a spec file whose `decision` records
// what an organisation chose (cases/ holds published ones). `evaluate_cases` scores every case and
// reports accuracy, the confusion matrix, accuracy per confidence level (is "high" right more often
// than "medium", and "medium" than "low"?), and for each miss what decided it.
//
// A rule base lists its cases under `cases:` (paths of spec files or folders, relative to its
// folder, as under `tests:`); the default rule base's cases are compiled into the binary.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <ragft/base/diagnostic.hpp>
#include <ragft/engine/engine.hpp>
#include <ragft/rule_tests/rule_tests.hpp>

namespace ragft {

// A rule's pull toward the verdict given and away from the verdict recorded.
struct Pull {
  std::string rule;
  double points = 0; // points[got] - points[expected]
};

struct EvalCase {
  std::string file;
  std::string project;
  Verdict expected = Verdict::rag; // the organisation's choice
  Verdict got = Verdict::rag;      // the rule base's verdict
  Confidence confidence = Confidence::low;
  PerVerdict<double> scores;
  std::optional<Verdict> runner_up;  // the best other unblocked verdict, if any
  double margin = 0;                 // the verdict's lead over the runner-up
  std::vector<Pull> pulls;           // on a miss: the rules that favour `got` over `expected`, strongest first
  std::vector<std::string> blockers; // on a miss: constraints that blocked `expected`
  bool right() const { return expected == got; }
};

struct CalibrationRow {
  Confidence level = Confidence::low;
  int cases = 0;
  int right = 0;
};

struct EvalReport {
  std::string rule_base;
  std::vector<EvalCase> cases;
  std::vector<Diagnostic> errors; // unreadable cases, and cases that record no decision

  int right() const;
  double accuracy() const; // percent of cases right; 0 without cases
  // confusion()[expected][got]: how many cases, indexed by Verdict's order (rag, fine-tune, hybrid).
  std::array<std::array<int, 3>, 3> confusion() const;
  std::vector<CalibrationRow> calibration() const;           // high, medium, low
  std::optional<double> accuracy_at(Confidence level) const; // percent; nullopt without such cases
};

// Scores every case with `rules`; a case must record a project-level `decision`.
EvalReport evaluate_cases(const RuleBase& rules, const std::vector<SpecDocument>& cases);

// The default rule base's cases (cases/), as compiled in.
std::vector<NamedText> default_cases();

} // namespace ragft
