#pragma once
// Where the paths of SARIF's and GitHub's locations are taken from: the working folder and the
// repository around it.

#include <filesystem>

#include <ragft/report/findings.hpp>

namespace ragft::cli {

// The working folder and the repository around it (`repository_root`, normalised); run from
// outside any repository, the one around `fallback` (a file's folder), if given and in one.
ArtifactBase artifact_base(const std::filesystem::path& fallback = {});

} // namespace ragft::cli
