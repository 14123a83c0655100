#pragma once
// The common case of a spec file, read without yaml-cpp's scanner: one document of block mappings
// and lists whose scalars are plain, or quoted on one line without escapes. yaml-cpp's character
// scanner is most of the cost of reading a spec (70% of even the bare `YAML::LoadAll` floor), so
// this reader gives the spec parser the same `ValueDocuments` (values, tags, positions, nulls) that
// yaml-cpp's events give, and declines every text it is not sure of: anything else (flow
// collections, block scalars, anchors, tags, escapes, several documents, tabs, CR, bytes beyond
// ASCII, a plain scalar that goes on over lines, and every error) goes to yaml-cpp, so its messages
// are unchanged. The fuzz target fuzz_spec checks that whatever it accepts, yaml-cpp reads the same.
// Internal to the library.

#include <optional>
#include <string_view>

#include "base/yaml_value.hpp"

namespace ragft::yaml {

// The documents yaml-cpp would read from `text`, or none when `text` is outside the subset above.
std::optional<ValueDocuments> parse_block_subset(std::string_view text);

} // namespace ragft::yaml
