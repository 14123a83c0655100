#pragma once
// How far ragft reaches for files it was not named: `.ragft.yaml`, an `.adr-dir` folder, a rule
// base's `tests:` and `cases:` stay within the repository (the nearest folder holding `.git`).

#include <filesystem>

namespace ragft::cli {

// The nearest folder at or above `start` (the working folder when empty) that holds `.git`, with
// `..` resolved lexically; empty when there is none.
std::filesystem::path repository_root(const std::filesystem::path& start);

// The repository root of `start`, or `start` itself outside any repository.
std::filesystem::path reach_of(const std::filesystem::path& start);

// True when `path`, with `..` and symbolic links resolved, is `root` or inside it.
bool is_inside(const std::filesystem::path& path, const std::filesystem::path& root);

} // namespace ragft::cli
