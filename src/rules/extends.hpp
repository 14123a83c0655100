#pragma once
// `extends: default`: a custom rule base that inherits another one and changes parts of it.
// Internal to the library: the loader merges the custom document over the base document, then
// validates the result as one rule base, so every rule of validation applies to the custom parts.
//
// What a custom rule base may do (docs/rules.md: "Customising the rules"):
// - add facts, sources, rules and constraints (new ids);
// - override an inherited rule or constraint by listing it again with the same `id`: the keys it
//   gives replace the inherited ones (`points` only for the verdicts it names), the rest is kept;
// - switch inherited rules or constraints off with `disable: [id, ...]`;
// - change `decision:` parameters (the keys it gives), `name` and `version`.
// Redefining an inherited fact is an error.

#include <optional>
#include <set>
#include <string>

#include <yaml-cpp/yaml.h>

#include <ragft/rules/rule_base.hpp>

#include "base/yaml_reader.hpp"

namespace ragft {

// What merging a custom rule base over the one it extends produced.
struct ExtendsPlan {
  YAML::Node merged;                    // one rule-base document, validated by the loader as usual
  const RuleBase* base = nullptr;       // the rule base it extends, as loaded on its own
  std::set<std::string> overridden;     // inherited rules and constraints the custom file changes
  std::set<std::string> new_conditions; // those of them given a new `condition`
  std::set<std::string> custom_sources; // sources the custom file defines (new or replaced)
};

// When `root` has `extends:`, merges it over its base and returns the plan; otherwise nothing.
// Throws InputError at the custom file's position for an unknown base, a redefined fact, a
// `disable:` entry naming nothing inherited, or `disable:` without `extends:`.
std::optional<ExtendsPlan> merge_extends(YAML::Node root, const yaml::Reader& in);

// Gives the inherited parts of `merged` (facts, sources, rules, constraints, conditions) their positions in
// the base file, so that messages about them name the file they are written in.
void relabel_inherited(RuleBase& merged, const ExtendsPlan& plan);

} // namespace ragft
