// libFuzzer target: the spec parser and the engine, fed from memory. Any input must give specs or
// diagnostics, never a crash, a hang or a sanitizer report. Each parsed spec is scored, and must
// survive a round trip: load -> dump (write_spec, as `ask --save` writes) -> load gives the same
// project and facts.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <ragft/engine/project.hpp>
#include <ragft/report/report.hpp>
#include <ragft/rules/loader.hpp>
#include <ragft/spec/spec.hpp>
#include <ragft/spec/writer.hpp>

namespace {

void check_round_trip(const ragft::RuleBase& rules, const ragft::Spec& spec) {
  const std::string dumped = ragft::write_spec(rules, spec);
  const auto again = ragft::parse_specs(dumped, "dumped.yaml", rules);
  const auto* reloaded = again.size() == 1 ? std::get_if<ragft::Spec>(&again.front()) : nullptr;
  if (reloaded == nullptr || reloaded->project != spec.project || reloaded->facts != spec.facts ||
      reloaded->description != spec.description) {
    std::abort(); // the round trip lost or changed something
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ragft::RuleBase& rules = ragft::default_rule_base();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const ragft::SpecDocument& document : ragft::parse_specs(text, "fuzz.yaml", rules)) {
    if (const auto* spec = std::get_if<ragft::Spec>(&document)) {
      ragft::make_result_entry(rules, ragft::score_project(rules, *spec));
      check_round_trip(rules, *spec);
    }
  }
  return 0;
}
