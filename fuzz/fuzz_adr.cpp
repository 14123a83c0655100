// libFuzzer target: the ADR reader (front matter, Markdown through md4c, the ragft block, status,
// decision), fed from memory. Any input must give a record, never a crash or a hang.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ragft/adr/adr.hpp>
#include <ragft/rules/loader.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ragft::read_adr(text, "fuzz.md", ragft::default_rule_base());
  return 0;
}
