// libFuzzer target: the spec parser and the engine, fed from memory. Any input must give specs or
// diagnostics, never a crash, a hang or a sanitizer report. Each parsed spec is scored, and must
// survive a round trip: load -> dump (write_spec, as `ask --save` writes) -> load gives the same
// project and facts, or the reader's diagnostic (which `ask --save` shows instead of writing; never
// for the description, which is written in lines). A text that the block-subset reader accepts (base/yaml_block.hpp:
// the fast path for most spec files) must read exactly as yaml-cpp's events read it.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <string_view>

#include <ragft/engine/project.hpp>
#include <ragft/report/report.hpp>
#include <ragft/rules/loader.hpp>
#include <ragft/spec/spec.hpp>
#include <ragft/spec/writer.hpp>

#include "base/yaml_block.hpp"
#include "base/yaml_value.hpp"

namespace {

void check_round_trip(const ragft::RuleBase& rules, const ragft::Spec& spec) {
  const std::string dumped = ragft::write_spec(rules, spec);
  const auto again = ragft::parse_specs(dumped, "dumped.yaml", rules);
  if (again.size() == 1 && std::holds_alternative<ragft::Diagnostic>(again.front())) {
    // The reader refuses what was written (a line over its limit, from a project name that was a
    // block of many lines): `ask --save` reads back before writing and says so instead. A
    // description is written in lines, so it must never be the cause.
    if (ragft::spec_read_back_problem(rules, dumped, spec).key == "description") {
      std::abort();
    }
    return;
  }
  const auto* reloaded = again.size() == 1 ? std::get_if<ragft::Spec>(&again.front()) : nullptr;
  if (reloaded == nullptr || reloaded->project != spec.project || reloaded->facts != spec.facts ||
      reloaded->description != spec.description) {
    std::abort(); // the round trip lost or changed something
  }
}

void check_block_subset(std::string_view text) {
  const auto block = ragft::yaml::parse_block_subset(text);
  if (!block) {
    return;
  }
  try {
    if (ragft::yaml::describe(*block) !=
        ragft::yaml::describe(ragft::yaml::parse_value_documents_by_events(text, "fuzz.yaml", 8))) {
      std::abort(); // the fast path read the text differently
    }
  } catch (const std::exception&) {
    std::abort(); // yaml-cpp refuses a text the fast path accepted
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ragft::RuleBase& rules = ragft::default_rule_base();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_block_subset(text);
  for (const ragft::SpecDocument& document : ragft::parse_specs(text, "fuzz.yaml", rules)) {
    if (const auto* spec = std::get_if<ragft::Spec>(&document)) {
      ragft::make_result_entry(rules, ragft::score_project(rules, *spec));
      check_round_trip(rules, *spec);
    }
  }
  return 0;
}
