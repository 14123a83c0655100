#include "batch.hpp"

#include <ragft/project.hpp>
#include <ragft/spec.hpp>

#include "input.hpp"

namespace ragft::cli {

namespace {

DocumentOutcome score_document(const RuleBase& rules, const Spec& spec, bool drivers) {
  const ProjectResult result = score_project(rules, spec);
  ScoredDocument scored{make_result_entry(rules, result), {}};
  if (drivers) {
    scored.drivers = drivers_of(rules, result);
  }
  return scored;
}

FileOutcome score_text(const RuleBase& rules, const std::string& text, const std::string& name, bool drivers) {
  FileOutcome outcome;
  for (const SpecDocument& document : parse_specs(text, name, rules)) {
    if (const auto* diagnostic = std::get_if<Diagnostic>(&document)) {
      outcome.emplace_back(*diagnostic);
    } else {
      outcome.push_back(score_document(rules, std::get<Spec>(document), drivers));
    }
  }
  return outcome;
}

} // namespace

FileOutcome score_input(const RuleBase& rules, const InputItem& item, const StdinInput& stdin_input,
                        const std::string& stdin_name, bool drivers) {
  if (!item.error.empty()) {
    return {Diagnostic{Location{item.path, 0, 0}, item.error}};
  }
  if (item.path == "-") {
    if (!stdin_input.text) {
      Diagnostic error = stdin_input.error;
      error.where.file = stdin_name;
      return {error};
    }
    return score_text(rules, *stdin_input.text, stdin_name, drivers);
  }
  Diagnostic error;
  const auto text = read_input(item.path, error);
  if (!text) {
    return {error};
  }
  return score_text(rules, *text, item.path, drivers);
}

} // namespace ragft::cli
