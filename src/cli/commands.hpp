#pragma once
// The subcommands. Each file defines an options struct, `setup_x` (registers the subcommand and
// its flags on `app`) and a `run_x` that calls the library. `exit_code` receives the result.

#include <CLI/CLI.hpp>

namespace ragft::cli {

void setup_score(CLI::App& app, int& exit_code);
void setup_ask(CLI::App& app, int& exit_code);
void setup_explain(CLI::App& app, int& exit_code);
void setup_rules(CLI::App& app, int& exit_code);
void setup_schema(CLI::App& app, int& exit_code);
void setup_check(CLI::App& app, int& exit_code);
void setup_adr(CLI::App& app, int& exit_code);
void setup_measure(CLI::App& app, int& exit_code);

} // namespace ragft::cli
