// libFuzzer target: the two small settings readers, fed the same text: a repository's `.ragft.yaml`
// (with its `measure:` section) and a price sheet (`explain --prices`). Each must read the text or
// throw ragft::InputError, never crash, hang or grow without bound.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <ragft/base/diagnostic.hpp>
#include <ragft/base/repo_config.hpp>
#include <ragft/explain/prices.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    ragft::parse_repo_config(text, "fuzz/.ragft.yaml");
  } catch (const ragft::InputError&) {
  }
  try {
    ragft::load_price_sheet(text, "fuzz-prices.yaml");
  } catch (const ragft::InputError&) {
  }
  return 0;
}
