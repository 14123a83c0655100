#pragma once
// The report model: everything any output format shows, built once from the scored projects.
// Renderers only format it; they compute nothing (see render.hpp). It views the rule base it was
// made from (the sources of reasons and blockers), so the rule base must outlive it.

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <ragft/base/diagnostic.hpp>
#include <ragft/engine/engine.hpp>
#include <ragft/engine/project.hpp>
#include <ragft/engine/robustness.hpp>
#include <ragft/report/charts.hpp>
#include <ragft/report/findings.hpp>

namespace ragft {

struct ReasonEntry {
  std::string rule;
  PerVerdict<double> points;
  std::string need; // "knowledge", "behaviour" or "none"
  std::string because;
  // Views into the rule base (which outlives every report made from it), not copies: the rule's
  // source keys, and each source in words (its title in the rule base, else its key).
  std::span<const std::string> sources;
  std::span<const std::string> source_titles;
};

struct BlockerEntry {
  std::string constraint;
  std::vector<Verdict> blocks;
  std::string because;
  std::string unblock;
  std::span<const std::string> sources; // views into the rule base, as in ReasonEntry
  std::span<const std::string> source_titles;

  bool blocks_verdict(Verdict v) const { return std::find(blocks.begin(), blocks.end(), v) != blocks.end(); }
};

struct UnknownEntry {
  std::string fact;
  std::string label; // the fact in words (`fact_label`)
  std::string question;
  std::vector<Verdict> could_become;
};

// One change of one fact that flips the verdict (flips.hpp), as a person and a script read it.
struct FlipChange {
  Verdict becomes = Verdict::rag;
  std::string to;                  // "1,000 or more", "never or yearly", "false"
  std::vector<std::string> values; // choice and bool facts, spelled as in a spec
  std::optional<std::int64_t> low; // integer facts: the range of values
  std::optional<std::int64_t> high;
  std::string spoken; // `to` in words: "template or strict schema", "yes"
};

struct FlipEntry {
  std::string fact;
  std::string value; // now, as a person reads it, or "unknown"
  bool known = false;
  double effort = 0;
  std::vector<FlipChange> changes; // nearest first
  std::string summary;             // in words: "labelled examples: 1,000 or more (now 500) would make it fine-tune"
  std::string label;               // the fact in words (`fact_label`)
  std::string spoken;              // `value` in words: "free text", "yes"
};

// How sure: the weight-perturbation analysis (robustness.hpp).
struct RobustnessEntry {
  Verdict verdict = Verdict::rag;
  Band band = Band::contested;
  double share = 0;
  PerVerdict<double> shares;
  int draws = 0;
  std::uint64_t seed = 0;
  double spread = 0;
  std::optional<std::string> critical_rule;
  double critical_sensitivity = 0;
  std::string summary;       // "97% of 2,000 draws (rule weights ±30%) keep hybrid"
  std::string critical_text; // "both-needs: lowering its weight changes the verdict most"
};

// The explained scoring of one set of facts.
struct Assessment {
  Verdict verdict = Verdict::rag;
  PerVerdict<double> scores;
  PerVerdict<bool> blocked;
  bool all_blocked = false;
  Confidence confidence = Confidence::low;
  std::string confidence_text;      // "high — a clear lead (4.5 points), and nothing unknown could rule it out"
  double margin = 0;                // lead over `runner_up`; 0 when there is none (not a tie)
  std::optional<Verdict> runner_up; // none when every other verdict is blocked (`forced`)
  bool forced = false;
  NeedScore knowledge;
  NeedScore behaviour;
  int unknown_facts = 0;
  int total_facts = 0;
  std::vector<ReasonEntry> reasons;
  std::vector<BlockerEntry> blockers;
  std::vector<UnknownEntry> unknowns; // decisive unknowns, most decisive first
  // 003's and 004's advice (rag, a behaviour need, fine-tuning blocked): in JSON only; the text and
  // Markdown reports say it once, in the next step, which names what lifts the block (readers17).
  std::optional<std::string> advice;
  std::vector<FlipEntry> flips;      // known facts by effort, then unknown ones, most decisive first (add_every_flip)
  std::optional<FlipEntry> top_flip; // the smallest change of a known fact that flips the verdict
  std::optional<RobustnessEntry> robustness;
  std::optional<ScoreAxis> score_axis; // of a chart of `scores`; none when every score is 0
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

// Where a fact's value came from when facts are measured (`--measure`): `stated` in the spec,
// `measured` in the repository, or `both`; with each value as a spec writes it.
struct FactOriginEntry {
  std::string fact;
  std::string origin;   // "stated", "measured" or "both"
  std::string stated;   // "" when not stated
  std::string measured; // "" when not measured
  std::string method;   // how it was measured
  bool differs = false; // stated and measured disagree beyond the tolerance
};

struct ResultEntry {
  std::string file;
  std::string project;
  Verdict verdict = Verdict::rag; // overall
  Confidence confidence = Confidence::low;
  std::string confidence_text; // the overall confidence in words (confidence_text.hpp)
  bool from_components = false;
  Assessment assessment; // of the project-level facts
  std::vector<ComponentEntry> components;
  std::optional<DecisionCheck> decision;
  std::optional<RobustnessEntry> robustness; // of the overall verdict (all components perturbed together)
  std::string why;                           // one sentence (next_step.hpp)
  std::string next_step;                     // one concrete step, from the facts (next_step.hpp)
  std::vector<Finding> findings;             // the recorded decisions that contradict their verdicts
  std::vector<FactOriginEntry> fact_origins; // with `--measure` only: every stated or measured fact

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
  VerdictCounts portfolio;       // the overall verdicts by confidence
};

// Builds the report entry of one scored spec, with what would flip each verdict and how robust it
// is to the rule weights (the default perturbation).
ResultEntry make_result_entry(const RuleBase& rules, const ProjectResult& result);
// The same with the perturbation of `analysis`; with none, the entry has neither flips nor
// robustness (they take most of the time of scoring, and some outputs show neither).
ResultEntry make_result_entry(const RuleBase& rules, const ProjectResult& result, const Perturber* analysis);

// Adds the smallest flip (`top_flip`) and the robustness of the verdict of `facts` to `a`.
// `project_level`: `facts` are a component project's own facts, which decide no verdict by themselves
// (its parts do); the smallest change's summary then says it moves what those facts alone point to.
void add_analysis(Assessment& a, const RuleBase& rules, const FactSet& facts, const Perturber& perturber,
                  bool project_level = false);
// Adds every fact's flips (`flips`: what explain lists; its first known one is `top_flip`).
void add_every_flip(Assessment& a, const RuleBase& rules, const FactSet& facts, bool project_level = false);
RobustnessEntry make_robustness(const RuleBase& rules, const Robustness& robustness);

Assessment make_assessment(const RuleBase& rules, const Evaluation& evaluation);

void add_to_summary(Summary& summary, const ResultEntry& entry);

// One decisive unknown in words, with the id a spec spells it by when that differs from the words:
// "labelled examples (`labeled_examples`): could make it fine-tune or hybrid" (Markdown lists).
std::string unknown_item(const UnknownEntry& unknown);

} // namespace ragft
