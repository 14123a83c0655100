// ragft: RAG, fine-tuning or hybrid? The thin front end; the work is in the library.

#include <functional>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ragft/base/diagnostic.hpp>
#include <ragft/rules/loader.hpp>

#include "commands.hpp"

namespace {

constexpr const char* k_footer = R"(Examples:
  ragft score examples/*.yaml
  ragft score specs/acme.yaml --format json

Exit codes: 0 success; 1 findings (a recorded decision contradicts its facts); 2 usage error or
invalid input; 130 interrupted. Run `ragft COMMAND --help` for a command's options.)";

std::string version_text() {
  const ragft::RuleBase& rules = ragft::default_rule_base();
  return fmt::format("ragft {} (rule base {} {})", RAGFT_VERSION, rules.name, rules.version);
}

} // namespace

int main(int argc, char** argv) {
  CLI::App app{"ragft: should an LLM project use RAG, fine-tuning, or a hybrid? Explained, with evidence.", "ragft"};
  app.footer(k_footer);
  app.require_subcommand(1);
  int exit_code = 0;
  try {
    app.set_version_flag("--version", std::function<std::string()>(version_text)); // the rule base is read only when asked
    ragft::cli::setup_score(app, exit_code);
    ragft::cli::setup_ask(app, exit_code);
    ragft::cli::setup_explain(app, exit_code);
    ragft::cli::setup_rules(app, exit_code);
    ragft::cli::setup_schema(app, exit_code);
    ragft::cli::setup_check(app, exit_code);
    ragft::cli::setup_adr(app, exit_code);
    ragft::cli::setup_measure(app, exit_code);
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  } catch (const ragft::InputError& e) {
    std::cerr << e.diagnostic().to_string() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "ragft: " << e.what() << '\n';
    return 2;
  }
  return exit_code;
}
