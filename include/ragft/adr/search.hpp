#pragma once
// Finding ADR folders in a repository that keeps them in none of the conventional places (a
// monorepo's `app/docs/architecture/adrs`, `architecture-decision-records/<area>/`, `adr-001-*.md`
// files at the root): a bounded walk of the tree that takes a folder only when its name says it
// holds ADRs, or when it holds files whose names say they are ADRs. Pure: the walk lists folders
// through a function the caller gives, so tests run on trees in memory.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ragft {

// One entry of a folder listing.
struct FolderEntry {
  std::string name;
  bool folder = false;
};

// Lists the folder at `path` (empty when it cannot be read).
using ListFolder = std::function<std::vector<FolderEntry>(const std::string& path)>;

// An ADR folder found by the search. Found by its name (`adr`, `adrs`, `historic-adrs`,
// `decisions`, `decision-records`, ...), the whole folder is read, sub-folders included; found by
// its files (`adr-001-x.md`, or numbered files one of which records the use of ADRs, like
// `0001-record-architecture-decisions.md`), only those numbered files are ADRs: `files` holds them.
struct FoundAdrFolder {
  std::string path;
  bool by_name = false;
  std::vector<std::string> files; // paths of the ADR files, when found by its files
  // Found beside the folders where the ADR tools put them (`docs/04-architecture/adr` beside
  // `docs/architecture/decisions`) and read with them: when it holds no ADR, that is said, not an error.
  bool beside = false;
};

// How far the search goes: folders below the root, and folders listed in all.
struct AdrSearchLimits {
  int max_depth = 6;
  std::size_t max_folders = 20000;
};

// The folders under `root` that hold ADRs, sorted by path. Hidden folders, dependencies and build
// output (`node_modules`, `vendor`, `third_party`, `build`, `dist`, `target`, ...), examples and
// test fixtures, and templates are not searched; a folder found by its name is not searched
// further. Paths are `root/...`, or relative when `root` is `.`.
std::vector<FoundAdrFolder> search_adr_folders(const std::string& root, const ListFolder& list,
                                               const AdrSearchLimits& limits = {});

// The Markdown files under `root` whose names say they are a decision log kept in one file
// (`DECISIONS.md`, `docs/decisions.md`, `decision-log.md`, `decisions.log.md`,
// `architecture-decisions.md`), found by the same walk: several decisions as sections of one file,
// which ragft does not read as ADRs (one decision per file, as the ADR tools keep them). Named when
// no ADR folder is found, so the user learns why.
std::vector<std::string> search_decision_logs(const std::string& root, const ListFolder& list,
                                              const AdrSearchLimits& limits = {});
// a file named as a decision log kept in one file (after a chapter's number too:
// `05-architecture-decisions.md`);
bool is_decision_log_name(std::string_view file_name);

// The rules the search applies to one name (case-insensitive, a leading `04-` ignored):
// a folder named for ADRs (`adr`, `ADRs`, `proposed-adrs`, `decisions`, `design-decisions`,
// `decision-records`, `architecture-decision-records`, `decision-log`);
bool is_adr_folder_name(std::string_view folder_name);
// a folder that keeps ADRs no longer in use (`archive`, `archived-adrs`, `attic`, `old`, `obsolete`,
// `deprecated`, `superseded`) or other projects' ADRs (`evidence`, `references`, `upstream`,
// `imported`, `inspiration`): its ADR folders are not read beside the ADR tools' folder;
bool is_archive_folder_name(std::string_view folder_name);
// a folder the search leaves out (hidden but `.github`, dependencies, build output, examples, tests,
// templates);
bool is_search_skipped_folder(std::string_view folder_name);
// a folder of examples (`examples`, `samples`, `exemplos`, `ejemplos`, `exemples`, `Beispiele`):
// ADRs kept to show the form, from other projects, not this one's decisions, nor read in an ADR folder;
bool is_example_folder_name(std::string_view folder_name);
// a Markdown file named as an ADR by number: `adr-001-x.md`, `ADR-0001.md`, `ODH-ADR-0001-x.md`;
bool is_adr_numbered_file(std::string_view file_name);
// a Markdown file named for an ADR by the word `adr` first, numbered or not (`adr-draft-spec.md`,
// read beside `adr-NNN` files); never a template's, a README, …;
bool is_adr_named_file(std::string_view file_name);
// a numbered Markdown file (`0001-x.md`, `012_x.md`);
bool is_numbered_markdown_file(std::string_view file_name);
// a numbered Markdown file about the ADRs themselves: `0001-record-architecture-decisions.md`,
// `000-architecture-decision-records.md`, `001-use-adrs.md`.
bool is_adr_about_adrs_file(std::string_view file_name);

// What the search looks for, for messages ("folders named adr, adrs, ...").
std::string adr_search_description(const AdrSearchLimits& limits = {});

} // namespace ragft
