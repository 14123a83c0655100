#pragma once
// Scoring one input of a batch: read it, parse every document, score each, and build its report
// entry. Safe to call from several threads at once (the rule base is read-only).

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <ragft/base/input_limits.hpp>
#include <ragft/report/portfolio.hpp>
#include <ragft/report/report.hpp>

#include "inputs.hpp"
#include "measure_repo.hpp"

namespace ragft::cli {

struct ScoredDocument {
  ResultEntry entry;
  std::vector<DriverHit> drivers; // filled only when asked for (`--summary`)
};

// A file found by searching a folder that is some other kind of YAML or JSON file (a CI workflow,
// a rule base): not scored, and no error; the run says which were passed over.
struct OtherFile {
  std::string path;
  std::string kind; // "a rule base", or "" for any other kind
};

// One outcome per document of the input, in document order: a scored spec or the error that stopped
// it; or, for the whole file, that it is no spec (`OtherFile`).
using DocumentOutcome = std::variant<ScoredDocument, Diagnostic, OtherFile>;
using FileOutcome = std::vector<DocumentOutcome>;

// What standard input held, read once for the item `-`; or why it could not be read.
struct StdinInput {
  std::optional<std::string> text;
  Diagnostic error;
};

// What every input of a batch is scored with.
struct BatchContext {
  const RuleBase& rules;
  const StdinInput& stdin_input; // for the item `-`, named `stdin_name`
  std::string stdin_name;
  bool drivers = false;                // collect the facts that drive each verdict (`--summary`)
  const Perturber* analysis = nullptr; // flips and robustness from this; none when no output shows them
  InputLimits limits;
  MeasureCache* measure = nullptr; // `--measure`: unknown facts filled from the repository
};

FileOutcome score_input(const BatchContext& context, const InputItem& item);

} // namespace ragft::cli
