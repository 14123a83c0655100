// libFuzzer target: the spec parser and the engine, fed from memory. Any input must give specs or
// diagnostics, never a crash, a hang or a sanitizer report. Each parsed spec is scored too.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ragft/project.hpp>
#include <ragft/report.hpp>
#include <ragft/rule_base_loader.hpp>
#include <ragft/spec.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ragft::RuleBase& rules = ragft::default_rule_base();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const ragft::SpecDocument& document : ragft::parse_specs(text, "fuzz.yaml", rules)) {
    if (const auto* spec = std::get_if<ragft::Spec>(&document)) {
      ragft::make_result_entry(rules, ragft::score_project(rules, *spec));
    }
  }
  return 0;
}
