#include "near_path.hpp"

#include <filesystem>
#include <vector>

#include <ragft/base/suggest.hpp>

namespace ragft::cli {

namespace fs = std::filesystem;

namespace {

// A folder of more names than this is not listed for a suggestion (a misspelt path is rarely in one).
constexpr std::size_t k_max_names = 10000;

// The names in `folder` (the working folder when empty); none when it cannot be listed.
std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  fs::directory_iterator it(folder.empty() ? fs::path(".") : folder, ec);
  for (; !ec && it != fs::directory_iterator() && names.size() < k_max_names; it.increment(ec)) {
    names.push_back(it->path().filename().string());
  }
  return names;
}

} // namespace

std::optional<std::string> near_path(const std::string& path) {
  fs::path mended;
  bool changed = false;
  std::error_code ec;
  for (const fs::path& part : fs::path(path)) {
    fs::path next = mended / part;
    if (!fs::exists(next, ec)) {
      const std::optional<std::string> near = closest_match(part.string(), names_in(mended));
      if (!near) {
        return std::nullopt;
      }
      next = mended / *near;
      changed = true;
    }
    mended = std::move(next);
  }
  if (!changed || !fs::exists(mended, ec)) {
    return std::nullopt;
  }
  return mended.generic_string();
}

} // namespace ragft::cli
