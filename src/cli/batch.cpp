#include "batch.hpp"

#include <algorithm>

#include <fmt/format.h>

#include <ragft/engine/project.hpp>
#include <ragft/spec/spec.hpp>

#include "input.hpp"

namespace ragft::cli {

namespace {

DocumentOutcome score_document(const BatchContext& context, const Spec& given, const std::string& file) {
  const RuleBase& rules = context.rules;
  std::optional<SpecMeasurement> measured;
  if (context.measure) {
    measured = measure_spec(*context.measure, file, given, rules);
  }
  const Spec& spec = measured ? measured->filled.spec : given;
  const ProjectResult result = score_project(rules, spec);
  ScoredDocument scored{make_result_entry(rules, result, context.analysis), {}};
  if (measured) {
    add_measured(scored.entry, rules, measured->filled, measured->measured);
  }
  if (context.drivers) {
    scored.drivers = drivers_of(rules, result);
  }
  return scored;
}

FileOutcome score_text(const BatchContext& context, const std::string& text, const std::string& name) {
  FileOutcome outcome;
  for (const SpecDocument& document : parse_input_specs(text, name, context.rules, context.limits)) {
    if (const auto* diagnostic = std::get_if<Diagnostic>(&document)) {
      outcome.emplace_back(*diagnostic);
    } else {
      outcome.push_back(score_document(context, std::get<Spec>(document), name));
    }
  }
  return outcome;
}

// True when no document of `outcome` was scored: each one stopped at an error.
bool none_scored(const FileOutcome& outcome) {
  return std::none_of(outcome.begin(), outcome.end(),
                      [](const DocumentOutcome& d) { return std::holds_alternative<ScoredDocument>(d); });
}

FileOutcome score_item(const BatchContext& context, const InputItem& item) {
  if (!item.error.empty()) {
    return {Diagnostic{Location{item.path, 0, 0}, item.error}};
  }
  if (item.path == "-") {
    if (!context.stdin_input.text) {
      Diagnostic error = context.stdin_input.error;
      error.where.file = context.stdin_name;
      return {error};
    }
    return score_text(context, *context.stdin_input.text, context.stdin_name);
  }
  Diagnostic error;
  const auto text = read_input(item.path, error, context.limits.max_bytes);
  if (!text) {
    return {error};
  }
  FileOutcome outcome = score_text(context, *text, item.path);
  if (!item.found || !none_scored(outcome)) {
    return outcome;
  }
  if (auto kind = other_yaml_file(*text)) {
    return {OtherFile{item.path, std::move(*kind)}};
  }
  return outcome;
}

} // namespace

// An exception out of one file's scoring is a defect of ragft's, not of the file: it becomes that
// file's error, and the other files (and the other threads, which it would end) go on.
FileOutcome score_input(const BatchContext& context, const InputItem& item) {
  try {
    return score_item(context, item);
  } catch (const InputError& e) {
    return {e.diagnostic()};
  } catch (const std::exception& e) {
    const std::string& name = item.path == "-" ? context.stdin_name : item.path;
    return {Diagnostic{Location{name, 0, 0},
                       fmt::format("ragft failed on this file ({}), a defect in ragft, not in the file; the other "
                                   "files were scored. Please report it with the file: {}/issues",
                                   e.what(), RAGFT_HOMEPAGE)}};
  }
}

} // namespace ragft::cli
