#pragma once
// Spec files: what a project looks like to ragft (contract: "Spec files"). YAML or JSON.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <ragft/base/diagnostic.hpp>
#include <ragft/base/input_limits.hpp>
#include <ragft/base/measure_section.hpp>
#include <ragft/model/facts.hpp>
#include <ragft/model/verdict.hpp>
#include <ragft/rules/rule_base.hpp>
#include <ragft/spec/cost_inputs.hpp>

namespace ragft {

// The most components one spec may have: each is scored, explained and flipped on its own, so
// the work and the output grow with their number (docs/limits.md).
inline constexpr std::size_t k_max_components = 100;

// A decision recorded in a spec, with where it is written.
struct RecordedDecision {
  Verdict verdict = Verdict::rag;
  Location where;
};

struct Component {
  std::string name;
  std::optional<std::string> description;
  std::optional<RecordedDecision> decision;
  FactSet facts; // already merged over the project's facts
  Location where;
};

struct Spec {
  std::string name; // the file name, or `file#N` for document N of a multi-document file
  std::string project;
  std::optional<std::string> description;
  std::optional<RecordedDecision> decision;
  FactSet facts;
  // Where each fact is written in the spec (indexed like `facts`; empty, or line 0, where it is
  // not written): findings about one fact point at its line.
  std::vector<Location> fact_where;
  std::vector<Component> components;
  CostInputs cost;        // the `cost:` section; empty when absent
  MeasureSection measure; // the `measure:` section: where `ragft measure` looks for facts
  Location where;
};

// One document of a spec file: a spec, or the first error found in it.
using SpecDocument = std::variant<Spec, Diagnostic>;

// Parses every YAML document in `text` (JSON is read as YAML) and validates it strictly against
// `rules`: unknown keys and values are errors with a suggestion, wrong types say what was expected.
// `origin` names the file in messages. Text that breaks `limits` (size, nesting, aliases, binary
// or non-UTF-8 data) is one error. Never throws on bad input.
std::vector<SpecDocument> parse_specs(std::string_view text, std::string_view origin, const RuleBase& rules,
                                      const InputLimits& limits = InputLimits{});

// What `text`, found beside spec files, is when it is some other kind of YAML or JSON file (a CI
// workflow, a compose file, package.json; a ragft rule base): "a rule base" for one (`ragft_rules:`),
// "" for any other; nullopt when it may be a spec: it has no value, it breaks the input limits or
// does not parse (a spec being written), or a document of it is a mapping with a key every spec
// attempt writes (`ragft`, `project`, `facts`) or a misspelling of one.
std::optional<std::string> other_yaml_file(std::string_view text);

} // namespace ragft
