#include "usage_hints.hpp"

#include <vector>

#include <fmt/format.h>

#include <ragft/base/escape.hpp>
#include <ragft/base/suggest.hpp>

namespace ragft::cli {

namespace {

// The last subcommand the parser entered (`rules` in `ragft rules shw`), or `app` itself.
const CLI::App& innermost(const CLI::App& app) {
  const CLI::App* at = &app;
  while (!at->get_subcommands().empty()) {
    at = at->get_subcommands().front();
  }
  return *at;
}

// `ragft rules`: the command as typed, from the top.
std::string command_path(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* at = &app; at != nullptr; at = at->get_parent()) {
    names.insert(names.begin(), at->get_name());
  }
  return fmt::format("{}", fmt::join(names, " "));
}

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) {
      names.push_back("--" + name);
    }
  }
  return names;
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  return names;
}

// `--formt=json` is the option `--formt`.
std::string option_of(const std::string& word) { return word.substr(0, word.find('=')); }

} // namespace

std::optional<std::string> unexpected_words_message(const CLI::App& app) {
  const CLI::App& at = innermost(app);
  const std::string path = command_path(at);
  // CLI11 leaves an option no command takes with the top-level command, a word with the command
  // that read it: both are the innermost command's.
  std::vector<std::string> words = app.remaining();
  if (&at != &app) {
    const std::vector<std::string> own = at.remaining();
    words.insert(words.end(), own.begin(), own.end());
  }
  const std::vector<std::string> commands = subcommand_names(at);
  for (const std::string& word : words) {
    if (word.starts_with("--") && word.size() > 2) {
      const std::string option = option_of(word);
      return fmt::format("{}: unknown option `{}`{}; `{} --help` lists its options", path, escape_text(option),
                         did_you_mean(option, option_names(at)), path);
    }
    if (!commands.empty() && !word.starts_with('-')) {
      return fmt::format("{}: unknown command `{}`{}; expected one of: {}", path, escape_text(word),
                         did_you_mean(word, commands), fmt::join(commands, ", "));
    }
  }
  if (!commands.empty() && &at != &app) { // `ragft rules` alone
    return fmt::format("{}: a command is required; expected one of: {}; `{} COMMAND --help` says what each does",
                       path, fmt::join(commands, ", "), path);
  }
  return std::nullopt;
}

} // namespace ragft::cli
