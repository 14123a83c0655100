#pragma once
// Shared by the `ragft rules` subcommands: the rule base a command works on.

#include <string>

#include <CLI/CLI.hpp>

#include <ragft/rules/rule_base.hpp>

namespace ragft::cli {

// A rule base with the text it was loaded from.
struct RuleFile {
  RuleBase rules;
  std::string text;
  std::string path; // as given; empty for the built-in rule base
};

// The rule base in `path`, or the built-in one when `path` is empty. Throws InputError when it
// cannot be read or is invalid.
RuleFile load_rule_file(const std::string& path);

// `ragft rules test`, registered on the `rules` subcommand.
void setup_rules_test(CLI::App& rules, int& exit_code);

// `ragft rules eval`, registered on the `rules` subcommand.
void setup_rules_eval(CLI::App& rules, int& exit_code);

} // namespace ragft::cli
