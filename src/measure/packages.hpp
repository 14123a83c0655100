#pragma once
// The table of packages that are evidence (manifests.hpp). Internal to the measure module.

#include <string_view>
#include <vector>

#include <ragft/measure/manifests.hpp>

namespace ragft {

struct KnownPackage {
  std::string_view name; // a trailing `*` matches any name with that prefix
  EvidenceKind kind;
};

const std::vector<KnownPackage>& known_packages();

// The entry matching `name` (already normalised), or null.
const KnownPackage* find_known_package(std::string_view name);

} // namespace ragft
