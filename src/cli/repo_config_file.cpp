#include "repo_config_file.hpp"

#include <filesystem>

#include <fnmatch.h>

#include "input.hpp"

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

constexpr const char* k_name = ".ragft.yaml";

std::string rebased(const fs::path& folder, const std::string& path) {
  return (folder / path).lexically_normal().lexically_proximate(fs::current_path()).string();
}

} // namespace

std::optional<RepoConfig> find_repo_config() {
  std::error_code ec;
  for (fs::path folder = fs::current_path(ec); !ec && !folder.empty(); folder = folder.parent_path()) {
    const fs::path file = folder / k_name;
    std::error_code missing;
    if (fs::is_regular_file(file, missing)) {
      Diagnostic error;
      const std::string name = file.lexically_proximate(fs::current_path()).string();
      const auto text = read_input(file.string(), error);
      if (!text) {
        throw InputError(error);
      }
      RepoConfig config = parse_repo_config(*text, name);
      config.origin = folder.string();
      config.rules = config.rules ? std::optional(rebased(folder, *config.rules)) : std::nullopt;
      for (std::string& adr_folder : config.adr_folders) {
        adr_folder = rebased(folder, adr_folder);
      }
      return config;
    }
    if (folder == folder.root_path() || fs::exists(folder / ".git", missing)) {
      break; // the repository root: a .ragft.yaml above it is not this repository's
    }
  }
  return std::nullopt;
}

bool is_ignored(const RepoConfig& config, const std::string& path) {
  const std::string relative = fs::absolute(path).lexically_normal().lexically_proximate(config.origin).string();
  for (const std::string& pattern : config.ignore) {
    if (::fnmatch(pattern.c_str(), relative.c_str(), 0) == 0) {
      return true;
    }
  }
  return false;
}

} // namespace ragft::cli
