#pragma once
// Where a repository keeps its ADRs, as the ADR tools record it, and which files in it are ADRs.
// Pure: the CLI reads the files and walks the folders.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/adr/adr.hpp>

namespace ragft {

// The conventional folders, in the order they are tried after `.adr-dir` and `.log4brains.yml`:
// docs/decisions (MADR 3+), docs/adr, doc/adr (adr-tools), docs/architecture/decisions,
// doc/architecture/decisions, adr.
const std::vector<std::string>& conventional_adr_folders();

// The folder a `.adr-dir` file names (its first line), if any.
std::optional<std::string> adr_dir_folder(std::string_view text);

// The folders of a `.log4brains.yml`: `project.adrFolder` (or a top-level `adrFolder`), then each
// `project.packages[].adrFolder`, in that order; empty when it names none.
std::vector<std::string> log4brains_adr_folders(std::string_view yaml_text);

// Why a file found in an ADR folder is not an ADR ("" when it may be one): not Markdown (`*.md`,
// `*.markdown`), a README, a template (`adr-template.md`, not the ADR `0014-project-templates.md`), a licence, a change
// log, contribution guidelines, a code of conduct, a security policy, a table of contents. An index page (`index.md`,
// `_index.md`) is an ADR only when its folder holds no other (`is_index_page`; the caller knows the folder).
std::string adr_file_skip_reason(std::string_view file_name);
bool is_index_page(std::string_view file_name);

// True for the README (`README.md`) of a numbered folder (`0001-use-decision-records`): one folder
// per ADR, its record the README, as GitHub shows it; an ADR only when the folder holds no other.
bool is_numbered_folder_readme(std::string_view folder_name, std::string_view file_name);

// True when `adr_file_skip_reason` gives "".
bool is_adr_file_name(std::string_view file_name);

// True when `adr_file_skip_reason` skips the file as a template by its name (`adr-template.md`,
// `0001-record-template.md`). The file reader reads such a file in an ADR folder, and
// `adr_note_reason` skips it unless it is written as an ADR.
bool is_template_file_name(std::string_view file_name);

// Why an ADR read from a file found in an ADR folder is a note beside the ADRs, not an ADR ("" when
// it may be one): its name has no number (`0007-x.md`, `ADR-12-x.md`; for a README or index page,
// its folder's name), and it writes no status, no decision and no supersession, and carries no
// facts. A guide, a background note or a meeting's notes kept among the ADRs
// (`background/agent-design-rationale.md`, `module-onboarding-guide.md`).
// A file named as a template (`is_template_file_name`) is skipped unless it is written as an ADR:
// a numbered title (`ADR-0001: ADR Record Template`), one status that is no template's list of
// choices, and a decision, none of them with a placeholder (`[short title]`, `{{ID}}`, `<date>`,
// `ADR-XXXX`, `YYYY-MM-DD`): an ADR that adopts a template, which it quotes in a code block.
// A template named as a file of its own (`ADR/rules.md`, `adr_templete.md`) but titled as one
// (`ADR Template`, no number, no facts) is skipped too, whatever it writes.
// A dated note (`docs/daily scrum/9-10-25.md`, a meeting's `2025-11-27.md`) is such a file too: a
// name that is only a date is no ADR number.
std::string adr_note_reason(const AdrRecord& record);
// True when a file's name without its extension is only a date: `9-10-25`, `29-9-2025`,
// `2025-11-27`, `20251127`, `2025-11`. An ADR named by its date has a title after it
// (`20240101-use-rag`).
bool is_date_name(std::string_view stem);

// True when `record` writes any part a person reads an ADR by: a status, a decision, a
// supersession, or ragft facts (valid or not), or could not be read.
bool writes_adr_parts(const AdrRecord& record);

} // namespace ragft
