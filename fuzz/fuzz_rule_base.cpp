// libFuzzer target: the rule-base loader, fed from memory. Any input must load or throw
// ragft::InputError, never crash. A rule base that loads is used to score an empty project.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ragft/engine/engine.hpp>
#include <ragft/rules/loader.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const ragft::RuleBase rules = ragft::load_rule_base(text, "fuzz-rules.yaml");
    ragft::evaluate(rules, ragft::FactSet(rules.facts.size()));
  } catch (const ragft::InputError&) {
  }
  return 0;
}
