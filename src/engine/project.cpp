#include <ragft/engine/project.hpp>

#include <algorithm>

namespace ragft {

Verdict combine_verdicts(const std::vector<Verdict>& parts) {
  if (parts.empty()) {
    return Verdict::rag;
  }
  const bool all_same = std::all_of(parts.begin(), parts.end(), [&](Verdict v) { return v == parts.front(); });
  return all_same ? parts.front() : Verdict::hybrid;
}

bool ProjectResult::contradicts() const {
  if (agrees == false) {
    return true;
  }
  return std::any_of(components.begin(), components.end(), [](const ComponentResult& c) { return c.agrees == false; });
}

ProjectResult score_project(const RuleBase& rules, const Spec& spec) {
  ProjectResult result;
  result.spec = &spec;
  result.evaluation = evaluate(rules, spec.facts);
  result.verdict = result.evaluation.verdict;
  result.confidence = result.evaluation.confidence;
  std::vector<Verdict> parts;
  for (const Component& component : spec.components) {
    ComponentResult c;
    c.component = &component;
    c.evaluation = evaluate(rules, component.facts);
    if (component.decision) {
      c.agrees = component.decision->verdict == c.evaluation.verdict;
    }
    parts.push_back(c.evaluation.verdict);
    result.components.push_back(std::move(c));
  }
  if (!parts.empty()) {
    result.from_components = true;
    result.verdict = combine_verdicts(parts);
    result.confidence = Confidence::high;
    for (const ComponentResult& c : result.components) {
      result.confidence = std::min(result.confidence, c.evaluation.confidence);
    }
  }
  if (spec.decision) {
    result.agrees = spec.decision->verdict == result.verdict;
  }
  return result;
}

} // namespace ragft
