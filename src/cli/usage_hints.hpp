#pragma once
// What to tell a person whose command line was refused for a word ragft did not expect: a
// misspelt option (`--no-colour`, `--formt`) or subcommand (`rules shw`), named with the option or
// command they probably meant. CLI11 alone says "The following argument was not expected" or "A
// subcommand is required", which names no fix.

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace ragft::cli {

// The message for the words left over after parsing `app` (the whole command line), e.g. "ragft
// score: unknown option `--no-colour` (did you mean `--no-color`?); `ragft score --help` lists its
// options", or, for a command of commands given none (`ragft rules`), which there are; nullopt
// otherwise, so CLI11's own message stands.
std::optional<std::string> unexpected_words_message(const CLI::App& app);

// The message for a command given none of the input it requires (`ragft score` alone): what to
// give, from the option's own help text, with an example, and, for a spec file, how to write one;
// nullopt when nothing required is missing. CLI11 alone says "files is required".
std::optional<std::string> missing_input_message(const CLI::App& app);

// A check that an option's value is one of `names`, as CLI11's `IsMember` (the same `{a,b,c}` in
// `--help`), whose refusal names the one probably meant: "`warn` is none of error, warning, note
// (did you mean `warning`?)" where `IsMember` said "warn not in {error,warning,note}".
CLI::Validator one_of(std::vector<std::string> names);

} // namespace ragft::cli
