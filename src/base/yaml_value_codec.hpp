#pragma once
// `ValueDocuments` written as a compact text and read back, positions and tags included: how the
// compiled-in rule base is read once, when ragft is built (tools/encode_values.cpp), instead of
// being scanned by yaml-cpp at every start (that scan was nine tenths of `ragft score one.yaml`).
// Internal to the library.

#include <string>
#include <string_view>

#include "base/yaml_value.hpp"

namespace ragft::yaml {

// Each value depth first: its kind, position, tag, text and number of children (an alias is
// written out as a copy of the value it names).
std::string encode_values(const ValueDocuments& documents);

// The documents `encode_values` wrote. Throws std::invalid_argument for any other text.
ValueDocuments decode_values(std::string_view text);

} // namespace ragft::yaml
