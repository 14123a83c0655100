// libFuzzer target: the ADR body reader alone (Markdown through md4c: title, status, decision,
// links, fenced ragft blocks), fed from memory. A newline is put first, so the input can never
// open a front matter and every mutation reaches the Markdown reader. Any input must give a
// record, never a crash or a hang.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <ragft/adr/adr.hpp>
#include <ragft/rules/loader.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text = "\n";
  text.append(reinterpret_cast<const char*>(data), size);
  const ragft::AdrRecord record = ragft::read_adr(text, "fuzz.md", ragft::default_rule_base());
  if (record.decision) {
    ragft::verdict_of_decision_text(record.decision->text);
  }
  return 0;
}
