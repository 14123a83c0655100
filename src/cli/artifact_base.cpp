#include "artifact_base.hpp"

#include "reach.hpp"

namespace ragft::cli {

ArtifactBase artifact_base(const std::filesystem::path& fallback) {
  std::error_code ec;
  const std::filesystem::path cwd = std::filesystem::current_path(ec);
  if (ec) {
    return {};
  }
  std::filesystem::path root = repository_root(cwd);
  if (root.empty() && !fallback.empty()) {
    root = repository_root(fallback);
  }
  return ArtifactBase{cwd.generic_string(), root.generic_string()};
}

} // namespace ragft::cli
