// ragft: RAG, fine-tuning or hybrid? The thin front end; the work is in the library.

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ragft/base/diagnostic.hpp>
#include <ragft/base/escape.hpp>
#include <ragft/base/suggest.hpp>
#include <ragft/rules/loader.hpp>

#include "commands.hpp"
#include "interrupt.hpp"
#include "terminal.hpp"
#include "usage_hints.hpp"

namespace {

constexpr const char* k_footer = R"(Examples:
  ragft score examples/*.yaml
  ragft score specs/acme.yaml --format json

Exit codes: 0 success; 1 findings (a recorded decision contradicts its facts); 2 usage error or
invalid input; 130 interrupted. Run `ragft COMMAND --help` for a command's options.)";

// CLI11's message for a bad command line, with the values it quotes escaped (`escape_text`).
std::string failure_message(const CLI::App* app, const CLI::Error& e) {
  return CLI::FailureMessage::simple(app, CLI::Error(e.get_name(), ragft::escape_text(e.what()), e.get_exit_code()));
}

std::string version_text() {
  const ragft::RuleBase& rules = ragft::default_rule_base();
  return fmt::format("ragft {} (rule base {} {})", RAGFT_VERSION, rules.name, rules.version);
}

// A failed write to standard output (a full disk, `> /dev/full`) is an error, not silence: exit 2
// with a message, unless a signal already ended the command (its own exit code stands).
int check_stdout(int exit_code) {
  std::cout.flush();
  const bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  if (!failed || exit_code >= 128) {
    return exit_code;
  }
  std::cerr << fmt::format("ragft: cannot write to standard output: {}\n", std::strerror(errno == 0 ? EIO : errno));
  return 2;
}

// The commands, one line each: what bare `ragft` and an unknown command print.
std::string command_list(const CLI::App& app) {
  std::string text = "Commands:\n";
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    text += fmt::format("  {:<9} {}\n", sub->get_name(), sub->get_description());
  }
  return text +
         fmt::format("Run `{} COMMAND --help` for a command's options and examples.\n", ragft::cli::ragft_command());
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  return names;
}

// Exit 2 with the list of commands when none is given or the first word is none of them.
int usage_without_command(const CLI::App& app, int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "ragft: a command is required.\n" << command_list(app);
    return 2;
  }
  const std::string word = argv[1];
  const std::vector<std::string> names = command_names(app);
  if (word.empty() || word[0] == '-' || std::find(names.begin(), names.end(), word) != names.end()) {
    return 0;
  }
  std::cerr << fmt::format("ragft: unknown command `{}`{}\n", ragft::escape_text(word),
                           ragft::did_you_mean(word, names))
            << command_list(app);
  return 2;
}

// The exit code of a command line CLI11 refused, with what to do told: a word left over (a
// misspelt option or subcommand) is named with the one probably meant, a required input left out
// with what to give; else CLI11's own message (or the help it was asked for).
int refused(const CLI::App& app, const CLI::ParseError& e) {
  const bool missing = dynamic_cast<const CLI::RequiredError*>(&e) != nullptr;
  const bool leftover = missing || dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr;
  std::optional<std::string> message = leftover ? ragft::cli::unexpected_words_message(app) : std::nullopt;
  if (!message && missing) {
    message = ragft::cli::missing_input_message(app);
  }
  if (message) {
    std::cerr << *message << '\n';
    return 2;
  }
  return check_stdout(app.exit(e) == 0 ? 0 : 2);
}

// The command line parsed and run; every error it reports is an exit code.
int run(int argc, char** argv) {
  CLI::App app{"ragft: should an LLM project use RAG, fine-tuning, or a hybrid? Explained, with evidence.", "ragft"};
  app.footer(k_footer);
  app.failure_message(failure_message);
  app.require_subcommand(1);
  int exit_code = 0;
  ragft::cli::remember_invocation(argc > 0 ? argv[0] : nullptr);
  try {
    app.set_version_flag("--version",
                         std::function<std::string()>(version_text)); // the rule base is read only when asked
    ragft::cli::setup_score(app, exit_code);
    ragft::cli::setup_ask(app, exit_code);
    ragft::cli::setup_explain(app, exit_code);
    ragft::cli::setup_rules(app, exit_code);
    ragft::cli::setup_schema(app, exit_code);
    ragft::cli::setup_check(app, exit_code);
    ragft::cli::setup_adr(app, exit_code);
    ragft::cli::setup_measure(app, exit_code);
    if (const int code = usage_without_command(app, argc, argv); code != 0) {
      return code;
    }
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return refused(app, e);
  } catch (const ragft::InputError& e) {
    ragft::cli::print_error(e.diagnostic());
    return 2;
  } catch (const std::exception& e) {
    ragft::cli::print_error(fmt::format("ragft: {}", e.what()));
    return 2;
  }
  return check_stdout(exit_code);
}

} // namespace

int main(int argc, char** argv) {
  ragft::cli::install_signal_handlers(); // Ctrl-C ends any command at once, leaving no temporary file
  try {
    return run(argc, argv);
  } catch (...) { // what `run` cannot report: a failure building the command line or reporting an error
    std::fputs("ragft: internal error\n", stderr);
    return 2;
  }
}
