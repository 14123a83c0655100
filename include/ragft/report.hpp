#pragma once
// The report model: everything any output format shows, built once from the scored projects.
// Renderers only format it; they compute nothing (see render.hpp).

#include <array>
#include <optional>
#include <string>
#include <vector>

#include <ragft/diagnostic.hpp>
#include <ragft/engine.hpp>
#include <ragft/findings.hpp>
#include <ragft/project.hpp>

namespace ragft {

struct ReasonEntry {
  std::string rule;
  PerVerdict<double> points;
  std::string need; // "knowledge", "behaviour" or "none"
  std::string because;
  std::vector<std::string> sources;
};

struct BlockerEntry {
  std::string constraint;
  std::vector<Verdict> blocks;
  std::string because;
  std::string unblock;
  std::vector<std::string> sources;
};

struct UnknownEntry {
  std::string fact;
  std::string question;
  std::vector<Verdict> could_become;
};

// The explained scoring of one set of facts.
struct Assessment {
  Verdict verdict = Verdict::rag;
  PerVerdict<double> scores;
  PerVerdict<bool> blocked;
  bool all_blocked = false;
  Confidence confidence = Confidence::low;
  double margin = 0;
  bool forced = false;
  NeedScore knowledge;
  NeedScore behaviour;
  int unknown_facts = 0;
  int total_facts = 0;
  std::vector<ReasonEntry> reasons;
  std::vector<BlockerEntry> blockers;
  std::vector<UnknownEntry> unknowns; // decisive unknowns, most decisive first
  std::optional<std::string> advice;
};

// A decision recorded in a spec and whether the facts support it.
struct DecisionCheck {
  Verdict recorded = Verdict::rag;
  bool agrees = true;
  Location where;
};

struct ComponentEntry {
  std::string name;
  Assessment assessment;
  std::optional<DecisionCheck> decision;
};

struct ResultEntry {
  std::string file;
  std::string project;
  Verdict verdict = Verdict::rag;   // overall
  Confidence confidence = Confidence::low;
  bool from_components = false;
  Assessment assessment;            // of the project-level facts
  std::vector<ComponentEntry> components;
  std::optional<DecisionCheck> decision;
  std::vector<Finding> findings;    // the recorded decisions that contradict their verdicts

  // True when the project's or any component's recorded decision contradicts its verdict.
  bool contradicts() const;
};

// Counts for a closing summary line.
struct Summary {
  int scored = 0;
  int failed = 0;
  int contradicting = 0;
  PerVerdict<int> per_verdict;
  std::array<int, 3> findings{}; // by `Severity`
};

// Builds the report entry of one scored spec.
ResultEntry make_result_entry(const RuleBase& rules, const ProjectResult& result);

Assessment make_assessment(const RuleBase& rules, const Evaluation& evaluation);

void add_to_summary(Summary& summary, const ResultEntry& entry);

} // namespace ragft
