#pragma once
// A repository's `.ragft.yaml`: the settings `ragft check` uses when no flag gives them.
//
//   rules: tools/ragft-rules.yaml      # a rule base instead of the built-in one
//   adr_folder: docs/architecture/adr  # where the ADRs are, instead of looking for them; or a list
//                                      # of folders: [services/a/docs/adr, services/b/docs/adr]
//   fail_on: error                     # error, warning or note
//   ignore: [docs/adr/archive/*]       # ADR paths to leave out (shell patterns)
//   measure: {knowledge: [docs/]}      # where `ragft measure` looks (base/measure_section.hpp)
//
// Paths are relative to the folder of the `.ragft.yaml` file.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/base/measure_section.hpp>

namespace ragft {

struct RepoConfig {
  std::string origin; // the file it was read from
  std::optional<std::string> rules;
  std::vector<std::string> adr_folders; // `adr_folder`: one folder or a list; empty when not set
  std::optional<std::string> fail_on;
  std::vector<std::string> ignore;
  MeasureSection measure; // paths relative to the repository's root, not to the file
};

// Parses a `.ragft.yaml`; throws InputError (`origin:line:col`, with a suggestion) on an unknown
// key, a wrong type (`adr_folder` is a folder or a non-empty list of folders) or an unknown
// severity. An empty file is an empty configuration.
RepoConfig parse_repo_config(std::string_view text, std::string_view origin);

} // namespace ragft
