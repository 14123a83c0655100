#pragma once
// Scoring one input of a batch: read it, parse every document, score each, and build its report
// entry. Safe to call from several threads at once (the rule base is read-only).

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <ragft/portfolio.hpp>
#include <ragft/report.hpp>

#include "inputs.hpp"

namespace ragft::cli {

struct ScoredDocument {
  ResultEntry entry;
  std::vector<DriverHit> drivers; // filled only when asked for (`--summary`)
};

// One outcome per document of the input, in document order: a scored spec or the error that stopped it.
using DocumentOutcome = std::variant<ScoredDocument, Diagnostic>;
using FileOutcome = std::vector<DocumentOutcome>;

// What standard input held, read once for the item `-`; or why it could not be read.
struct StdinInput {
  std::optional<std::string> text;
  Diagnostic error;
};

// `stdin` is what standard input held, for the item `-`, named `stdin_name`.
FileOutcome score_input(const RuleBase& rules, const InputItem& item, const StdinInput& stdin_input,
                        const std::string& stdin_name, bool drivers);

} // namespace ragft::cli
