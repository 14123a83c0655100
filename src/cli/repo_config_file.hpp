#pragma once
// Finding a repository's `.ragft.yaml`: in the current folder or the nearest folder above it.

#include <optional>
#include <string>

#include <ragft/base/repo_config.hpp>

namespace ragft::cli {

// The nearest `.ragft.yaml`, with `rules` and `adr_folder` made relative to the current folder;
// nothing when there is none. Throws InputError when it cannot be read or is invalid.
std::optional<RepoConfig> find_repo_config();

// True when `path` matches one of the config's `ignore` patterns (shell patterns, relative to the
// folder of the `.ragft.yaml`; `*` also matches `/`).
bool is_ignored(const RepoConfig& config, const std::string& path);

} // namespace ragft::cli
