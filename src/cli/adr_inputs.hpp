#pragma once
// The ADR files `ragft check` reads: the paths given, or the repository's ADR folders found as the
// ADR tools find them. The file-system edge of the check.

#include <string>
#include <vector>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/search.hpp>

#include "inputs.hpp"

namespace ragft::cli {

// The ADR folder of the repository at `root`: `.adr-dir`, `.log4brains.yml`'s `adrFolder`, then
// the conventional folders. Empty when none exists; `how` then lists what was tried.
std::string find_adr_folder(const std::string& root, std::string& how);

// Where the ADR tools put an ADR folder, as said when none is found: `.adr-dir, .log4brains.yml
// (adrFolder), docs/decisions, ...`.
std::string adr_tool_places();

// Every ADR folder of the repository at `root`: the one `find_adr_folder` finds, and with a
// `.log4brains.yml`, each of its packages' `adrFolder` that exists too.
std::vector<std::string> find_adr_folders(const std::string& root, std::string& how);

// With no ADR folder where the tools put one: the ADR folders a bounded search of the tree at
// `root` finds (`search_adr_folders`), and the ADR paths to read for them (a folder found by its
// name as a whole, one found by its files as those files).
std::vector<FoundAdrFolder> search_adr_tree(const std::string& root);

// The ADR folders a search of the tree at `root` finds beside `folders`, those where the ADR tools
// put them (found by `how`, as `find_adr_folders` says). A folder named for ADRs (`adr`, `adrs`,
// `decisions`, ...) outside an archive (`archive/`, `old-adrs`) is read beside them (`beside` set):
// a repository that moved its ADRs (`docs/04-architecture/adr` beside a `docs/architecture/decisions`
// of one ADR), or a monorepo whose sub-projects keep their own. Those found by their numbered files
// only, or in an archive, and every one when `.adr-dir` or `.log4brains.yml` names the ADR folder
// (the repository's own setting), are named, not read.
struct OtherAdrFolders {
  std::vector<FoundAdrFolder> read;
  std::vector<FoundAdrFolder> named;
};
OtherAdrFolders other_adr_folders(const std::string& root, const std::vector<std::string>& folders,
                                  const std::string& how);

// The decision logs kept in one file under `root` (`DECISIONS.md`, `docs/decision-log.md`), found
// by the same walk as the search.
std::vector<std::string> decision_logs_in_tree(const std::string& root);
std::vector<std::string> adr_paths_of(const std::vector<FoundAdrFolder>& found);
// What the search found, for messages: `a/adrs, b (12 numbered files)`.
std::string found_folders_text(const std::vector<FoundAdrFolder>& found);

// A file found in an ADR folder that is not read, and why.
struct SkippedFile {
  std::string path;
  std::string reason;
};

// The ADR folders inside `folder`, a folder given that is not itself named for ADRs (`ragft check
// docs`, `ragft check .`): where the ADR tools put them in it (`docs/adr`, its `.adr-dir`), with
// the folders `other_adr_folders` reads beside them, else
// those the search of it finds (`docs/ADR`, `docs/development/decisions`). Empty when `folder` is
// named for ADRs, is found as one by its own files, or holds none below it: it is then read whole,
// as given.
std::vector<FoundAdrFolder> adr_folders_within(const std::string& folder);

// The files `expand_adr_inputs` would read in `folder` that are under none of `found` (the ADR
// folders inside it): research notes, plans, daily notes beside the ADR folders. Each is skipped,
// saying which folders were read instead.
std::vector<SkippedFile> files_outside(const std::string& folder, const std::vector<FoundAdrFolder>& found);

struct AdrInputs {
  std::vector<InputItem> items;     // the ADRs, and the folders that could not be searched or hold none
  std::vector<SkippedFile> skipped; // in the order found
};

// Expands `paths`: a folder gives every ADR file under it, sub-folders included (hidden ones and
// `templates` skipped, and the files `adr_file_skip_reason` names); an index page (`index.md`) is
// an ADR only when its folder holds no other, as in a documentation site's `<slug>/index.md`
// layout. A file is taken as given. Sorted, each once.
AdrInputs expand_adr_inputs(const std::vector<std::string>& paths);

// Drops each record of a file found in a folder (not one named in `given`) that is a note beside the
// ADRs (`adr_note_reason`), adding it to `skipped` with the reason.
void drop_notes(std::vector<AdrRecord>& records, const std::vector<std::string>& given,
                std::vector<SkippedFile>& skipped);

// Drops the records of each folder the search found by its numbered files (`by_files`: each
// folder's files) when none of them writes a status, a decision, a supersession or facts: a folder
// of numbered prompts, specs or chapters, one named for ADRs (`5-create-adrs.prompt.md`), is no
// ADR folder. So is one each of whose records is written about an ADR with its number read from a
// folder named for ADRs: a draft with that ADR's title (`LEARNING/…/DRAFT_ADR_079_….md` of
// `ADRs/079_….md`), or a file that writes no decision, supersession or facts (a plan or review:
// `docs/plan/adr010-implementation-plan-….md`, `docs/reports/adr-003-architecture-review.md`).
// Adds each to `skipped`, and returns one line for stderr per folder dropped (its path in `dropped`).
std::vector<std::string> drop_folders_of_notes(std::vector<AdrRecord>& records, std::vector<std::string>& dropped,
                                               const std::vector<FoundAdrFolder>& by_files,
                                               std::vector<SkippedFile>& skipped);

// Drops each record of a file in one of the folders found beside the ADR tools' folders (`beside`)
// that is a copy of an ADR read from another folder: the same number and the same text once its front
// matter and first heading are left out (a documentation site's page of `docs/adr/001-x.md`, its
// title moved into the front matter), or the same text under another number (political-sphere keeps
// `docs/04-architecture/adr/0006-github-actions-ci-platform.md` as
// `docs/04-architecture/decisions/001-github-actions-as-ci-platform.md`, byte for byte). The ADRs of
// the ADR tools' folders are the originals, then those beside in path order. Adds each to `skipped`,
// naming the ADR it copies.
void drop_copies(std::vector<AdrRecord>& records, const std::vector<FoundAdrFolder>& beside,
                 std::vector<SkippedFile>& skipped);

// Drops each record that is a translation of another ADR read (`find_translations`: a documentation
// site's `docs/docs/es/adr/003-x.md` beside `docs/docs/en/adr/003-x.md`, or `0001-x.es.md` beside
// `0001-x.md`), unless it carries facts or was named in `given`. Adds each to `skipped`, naming the
// ADR it translates, and returns their paths (a folder of translations holds ADRs).
std::vector<std::string> drop_translations(std::vector<AdrRecord>& records, const std::vector<std::string>& given,
                                           std::vector<SkippedFile>& skipped);

// One problem for each folder among `given` that holds none of the ADRs `held` (read, or left out
// by the repository's `ignore:`) and could be searched: at the folder, `no ADR in this folder`,
// naming up to three of the files skipped in it, and why.
std::vector<Diagnostic> folders_without_adrs(const std::vector<std::string>& given,
                                             const std::vector<std::string>& held,
                                             const std::vector<SkippedFile>& skipped);

// The ADRs that are in a format ragft does not read (`*.adoc`, `*.rst`, `*.mdx`, `*.txt`) among
// `skipped`, as one line for stderr; empty when there are none. One with a Markdown twin among the
// ADRs `read` (`0010-vector-db.rst` beside `0010-vector-db.md`, a site's two renderings of one
// record) is read in that twin, and not named; nor is a file that would not be an ADR in Markdown
// either (`index.rst`, `README.adoc`, `template.rst`).
std::string unread_formats_text(const std::vector<SkippedFile>& skipped, const std::vector<std::string>& read);

} // namespace ragft::cli
