// `ragft schema spec`: the JSON Schema of spec files for the rule base in use, for editors.

#include <iostream>

#include <ragft/spec/schema.hpp>

#include "commands.hpp"
#include "input.hpp"

namespace ragft::cli {

namespace {

struct SchemaOptions {
  std::string rules;
};

constexpr const char* k_schema_footer = R"(Examples:
  ragft schema spec > ragft-spec.schema.json
  ragft schema spec --rules my-rules.yaml > my-spec.schema.json

Save it and point spec files to it, so that editors (VS Code with the YAML extension, any
yaml-language-server client) complete fact names and values and flag mistakes as you type:

  # first line of a spec file:
  # yaml-language-server: $schema=./ragft-spec.schema.json

With --rules, the schema lists that rule base's facts.)";

int run_schema_spec(const SchemaOptions& options) {
  std::cout << spec_schema(load_rules(options.rules)).dump(2) << '\n';
  return 0;
}

} // namespace

void setup_schema(CLI::App& app, int& exit_code) {
  CLI::App* schema = app.add_subcommand("schema", "Print JSON Schemas (draft 2020-12) for editors");
  schema->require_subcommand(1);
  schema->footer(k_schema_footer);
  auto options = std::make_shared<SchemaOptions>();
  CLI::App* spec = schema->add_subcommand("spec", "The JSON Schema of spec files for the rule base in use");
  spec->footer(k_schema_footer);
  spec->add_option("--rules", options->rules, "Rule base whose facts the schema lists (default: the built-in one)")
      ->type_name("FILE");
  spec->callback([options, &exit_code] { exit_code = run_schema_spec(*options); });
}

} // namespace ragft::cli
