#pragma once
// "Did you mean" for a path typed by hand that does not exist (`ragft check doc/adr`, `ragft score
// specs/acme.yml`): each missing part mended by the nearest name in the folder above it, as a
// misspelt key is (`closest_match`).

#include <optional>
#include <string>

namespace ragft::cli {

// `path` with each part that does not exist replaced by the nearest name beside it, when every
// missing part has a near one and the mended path exists; none otherwise (or when nothing is missing).
std::optional<std::string> near_path(const std::string& path);

} // namespace ragft::cli
