#pragma once
// Reading input files and rule bases: the I/O edge of the CLI.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/base/diagnostic.hpp>
#include <ragft/base/input_limits.hpp>
#include <ragft/rules/rule_base.hpp>
#include <ragft/spec/spec.hpp>

namespace ragft::cli {

// The contents of `path` (`-` = standard input), or a diagnostic saying why it cannot be read.
// A file over `max_bytes` is refused before it is read.
std::optional<std::string> read_input(const std::string& path, Diagnostic& error,
                                      std::size_t max_bytes = InputLimits{}.max_bytes);

// The specs of `text`, named `origin` in messages: for a Markdown file (`origin` named *.md or
// *.markdown), each ADR's facts as `ragft check` scores them (`adr_file_specs`), so that `explain`
// and `score` given an ADR show what the check saw; else the spec file's documents (`parse_specs`).
std::vector<SpecDocument> parse_input_specs(std::string_view text, std::string_view origin, const RuleBase& rules,
                                            const InputLimits& limits = InputLimits{});

// The rule base of `--rules FILE`, or the compiled-in default when `path` is empty. Throws
// InputError when it cannot be read or is invalid.
const RuleBase& load_rules(const std::string& path);

} // namespace ragft::cli
