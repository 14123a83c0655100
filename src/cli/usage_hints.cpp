#include "usage_hints.hpp"

#include <algorithm>
#include <cctype>
#include <utility>
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

// " (did you mean `warning`?)" for a near spelling or the start of one name (`warn`); "" otherwise.
std::string meant(const std::string& value, const std::vector<std::string>& names) {
  if (std::string near = did_you_mean(value, names); !near.empty() || value.empty()) {
    return near;
  }
  const auto starts = [&](const std::string& name) { return name.starts_with(value); };
  if (std::count_if(names.begin(), names.end(), starts) != 1) {
    return "";
  }
  return fmt::format(" (did you mean `{}`?)", *std::find_if(names.begin(), names.end(), starts));
}

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
    return fmt::format("{}: a command is required; expected one of: {}; `{} COMMAND --help` says what each does", path,
                       fmt::join(commands, ", "), path);
  }
  return std::nullopt;
}

std::optional<std::string> missing_input_message(const CLI::App& app) {
  const CLI::App& at = innermost(app);
  const auto missing = at.get_options([](const CLI::Option* o) { return o->get_required() && o->count() == 0; });
  if (missing.empty()) {
    return std::nullopt;
  }
  const CLI::Option& option = *missing.front();
  const std::string path = command_path(at);
  const std::string flag = option.nonpositional() ? option.get_name(false, true) + " " : "";
  std::string expected = option.get_description();
  if (!expected.empty()) {
    expected.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(expected.front())));
  }
  const bool specs = expected.find("spec file") != std::string::npos;
  return fmt::format("{}: {} given; expected {}, e.g. `{} {}project.yaml`{}", path,
                     flag.empty() ? std::string("no file") : fmt::format("no `{}`", option.get_name(false, true)),
                     expected, path, flag,
                     specs ? "; no spec yet? `ragft ask --save project.yaml` writes one from your answers, and "
                             "`ragft schema spec` gives the format"
                           : "");
}

CLI::Validator one_of(std::vector<std::string> names) {
  const std::string set = fmt::format("{{{}}}", fmt::join(names, ","));
  return CLI::Validator(
      [names = std::move(names)](const std::string& value) -> std::string {
        if (std::find(names.begin(), names.end(), value) != names.end()) {
          return "";
        }
        return fmt::format("`{}` is none of {}{}", escape_text(value), fmt::join(names, ", "), meant(value, names));
      },
      set);
}

} // namespace ragft::cli
