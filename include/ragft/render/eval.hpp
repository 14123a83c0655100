#pragma once
// Renders an evaluation report (`ragft rules eval`): text for people, JSON for tools, Markdown
// for documents (docs/how-good.md is made from it). Each format only formats the report.

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/rule_tests/eval.hpp>

namespace ragft {

enum class EvalFormat { text, json, markdown };
std::optional<EvalFormat> parse_eval_format(std::string_view name);
std::vector<std::string> eval_format_names();

void render_eval_report(std::ostream& out, const EvalReport& report, EvalFormat format);

} // namespace ragft
