// libFuzzer target: the answers `ragft ask` takes without prompting, fed from memory. The input is
// an answers file (`--answers`, a spec), then a NUL byte, then one `--set ID=VALUE` per line. Any
// input must give answers or refusals with a reason, never a crash or a hang.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include <ragft/ask/questionnaire.hpp>
#include <ragft/engine/engine.hpp>
#include <ragft/rules/loader.hpp>
#include <ragft/spec/spec.hpp>

namespace {

ragft::AnswerStack from_file(const ragft::RuleBase& rules, std::string_view text) {
  const auto documents = ragft::parse_specs(text, "answers.yaml", rules);
  if (!documents.empty()) {
    if (const auto* spec = std::get_if<ragft::Spec>(&documents.front())) {
      return ragft::answers_from_spec(rules, *spec);
    }
  }
  return ragft::start_answers(rules);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ragft::RuleBase& rules = ragft::default_rule_base();
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = std::min(input.find('\0'), input.size());
  ragft::AnswerStack answers = from_file(rules, input.substr(0, nul));
  std::string_view sets = input.substr(std::min(nul + 1, input.size()));
  while (!sets.empty()) {
    const std::size_t end = std::min(sets.find('\n'), sets.size());
    ragft::set_answer(rules, answers, sets.substr(0, end));
    sets.remove_prefix(std::min(end + 1, sets.size()));
  }
  ragft::answer_defaults(rules, answers);
  ragft::evaluate(rules, ragft::answered_facts(rules, answers));
  return 0;
}
