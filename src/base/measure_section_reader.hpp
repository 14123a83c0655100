#pragma once
// Reading a `measure:` section (measure_section.hpp) with a YAML reader. Internal to the library:
// the spec parser and `.ragft.yaml` use it.

#include <ragft/base/measure_section.hpp>

#include "base/yaml_reader.hpp"

namespace ragft {

// Reads the section at `node` (a mapping of `knowledge`, `examples`, `manifests`, each a path or
// a list of paths; null for an empty section). Throws InputError on an unknown key, a wrong type,
// an absolute path or one that leaves the repository (`..`). For either tree (`YAML::Node`, `ValueRef`).
template <typename Node> MeasureSection read_measure_section(const yaml::BasicReader<Node>& in, const Node& node);

} // namespace ragft
