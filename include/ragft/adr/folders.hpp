#pragma once
// Where a repository keeps its ADRs, as the ADR tools record it, and which files in it are ADRs.
// Pure: the CLI reads the files and walks the folders.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ragft {

// The conventional folders, in the order they are tried after `.adr-dir` and `.log4brains.yml`:
// docs/decisions (MADR 3+), docs/adr, doc/adr (adr-tools), docs/architecture/decisions, adr.
const std::vector<std::string>& conventional_adr_folders();

// The folder a `.adr-dir` file names (its first line), if any.
std::optional<std::string> adr_dir_folder(std::string_view text);

// `project.adrFolder` (or a top-level `adrFolder`) of a `.log4brains.yml`, if any.
std::optional<std::string> log4brains_adr_folder(std::string_view yaml_text);

// True for a Markdown file that is an ADR: `*.md` or `*.markdown`, not a template (a name with
// `template`), `index.md` or `README.md`.
bool is_adr_file_name(std::string_view file_name);

} // namespace ragft
