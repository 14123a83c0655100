#pragma once
// Scoring a whole spec: the project, each component on its own, and the project's overall verdict.

#include <optional>
#include <string>
#include <vector>

#include <ragft/engine/engine.hpp>
#include <ragft/spec/spec.hpp>

namespace ragft {

struct ComponentResult {
  const Component* component = nullptr;
  Evaluation evaluation;
  std::optional<bool> agrees; // with the component's recorded decision, if any
};

struct ProjectResult {
  const Spec* spec = nullptr;
  Evaluation evaluation;          // of the project-level facts
  Verdict verdict = Verdict::rag; // overall: the evaluation's, or combined from the components
  bool from_components = false;
  Confidence confidence = Confidence::low;
  std::vector<ComponentResult> components;
  std::optional<bool> agrees; // with the spec's recorded decision, if any

  // True when any recorded decision (project or component) contradicts its verdict.
  bool contradicts() const;
};

// The overall verdict of parts: all alike gives theirs; a mix, or any hybrid part, gives hybrid
// (004's climbing app: parts split between RAG and fine-tuning make the whole a hybrid).
Verdict combine_verdicts(const std::vector<Verdict>& parts);

ProjectResult score_project(const RuleBase& rules, const Spec& spec);

} // namespace ragft
