#pragma once
// What to tell a person whose command line was refused for a word ragft did not expect: a
// misspelt option (`--no-colour`, `--formt`) or subcommand (`rules shw`), named with the option or
// command they probably meant. CLI11 alone says "The following argument was not expected" or "A
// subcommand is required", which names no fix.

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

namespace ragft::cli {

// The message for the words left over after parsing `app` (the whole command line), e.g. "ragft
// score: unknown option `--no-colour` (did you mean `--no-color`?); `ragft score --help` lists its
// options", or, for a command of commands given none (`ragft rules`), which there are; nullopt
// otherwise, so CLI11's own message stands.
std::optional<std::string> unexpected_words_message(const CLI::App& app);

} // namespace ragft::cli
