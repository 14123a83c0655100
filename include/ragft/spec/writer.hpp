#pragma once
// Writing a spec file: the answers of `ragft ask`, in a form `ragft score` reads back to exactly
// the same facts.

#include <string>

#include <ragft/rules/rule_base.hpp>
#include <ragft/spec/spec.hpp>

namespace ragft {

// The project-level part of `spec` as YAML (`ragft: 1`, `project`, `description`, every fact of
// `rules` with its question as a comment; unknown facts written as `unknown`; its `measure:`
// section when it has one).
std::string write_spec(const RuleBase& rules, const Spec& spec);

// The `facts:` entries of `facts`, one `id: value` line each after a comment with its question,
// every line starting with `indent`. With `base`, only the facts whose values differ from it (a
// component's facts over its project's).
std::string write_facts(const RuleBase& rules, const FactSet& facts, std::string_view indent,
                        const FactSet* base = nullptr);

// The `measure:` section of `section` when it is present (each list of paths it names, quoted;
// `measure: {}` when it names none), every line starting with `indent`; "" when it is not.
std::string write_measure_section(const MeasureSection& section, std::string_view indent);

// The file name `ragft ask` offers for a project's answers: its name in lower case, each run of
// other characters than letters and digits made one `-`, plus `.yaml` ("Acme support (EU)" ->
// "acme-support-eu.yaml"); "answers.yaml" when nothing is left. At most 60 characters before `.yaml`.
std::string spec_file_name(std::string_view project);

// Why a written spec would not read back: the message ("" when it reads back the same) and the
// top-level key it is about (`project`, `description`, `facts`, `measure`; "" when unknown), so
// that the hint can name what to change.
struct ReadBackProblem {
  std::string message;
  std::string key;
};

// Why `text` (what `write_spec` made of `spec`) would not read back, through the spec reader,
// as the same project, description and facts: the reader's own message, or what differs; an
// empty message when it reads back the same. `ask --save` checks this before it writes anything.
ReadBackProblem spec_read_back_problem(const RuleBase& rules, std::string_view text, const Spec& spec);

// `text` as a YAML double-quoted scalar.
std::string yaml_quote(std::string_view text);

// `text` as a YAML double-quoted scalar whose lines are at most about `width` characters: each
// break is an escaped line break (`\` at the end of a line, the next indented by `indent`), which
// the reader drops, placed only between two characters that are not white space (a reader strips
// white space at the start of a line), so it reads back as `text`.
std::string yaml_quote_wrapped(std::string_view text, std::string_view indent, std::size_t width);

} // namespace ragft
