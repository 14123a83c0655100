#include <ragft/adr/search.hpp>

#include <algorithm>
#include <cctype>
#include <deque>
#include <optional>
#include <string>

#include <fmt/format.h>

#include <ragft/adr/folders.hpp>

#include "adr/words.hpp"

namespace ragft {

namespace {

using Words = std::vector<std::string>;

bool is_digits(std::string_view word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

bool is_any(std::string_view word, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), word) != names.end();
}

bool is_markdown(std::string_view name) {
  const std::string lowered = adr_words::lower(name);
  const auto ends = [&](std::string_view end) {
    return lowered.size() > end.size() && lowered.compare(lowered.size() - end.size(), end.size(), end) == 0;
  };
  return ends(".md") || ends(".markdown");
}

// The words of a Markdown file's name without its extension.
Words stem_words(std::string_view file_name) {
  return adr_words::name_words(file_name.substr(0, file_name.rfind('.')));
}

// `adr-001`, `ADR_0001`, `adr001`: the word `adr` followed by a number, or fused with one.
bool has_adr_number(const Words& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (is_any(w, {"adr", "adrs"}) && i + 1 < words.size() && is_digits(words[i + 1])) {
      return true;
    }
    if (w.size() > 3 && w.compare(0, 3, "adr") == 0 && is_digits(std::string_view(w).substr(3))) {
      return true;
    }
  }
  return false;
}

bool says_decision_records(const Words& words) {
  const bool decision = std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return is_any(w, {"decision", "decisions"});
  });
  const bool records = std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return is_any(w, {"record", "records", "architecture", "architectural"});
  });
  return decision && records;
}

// clang-format off
constexpr std::string_view k_skipped_folders[] = {
    "node_modules", "bower_components", "vendor",   "third_party", "third-party", "thirdparty", "external",
    "build",        "dist",             "target",   "out",         "bin",         "obj",        "__pycache__",
    "venv",         "site-packages",    "coverage",
    "test",         "tests",            "testdata", "fixtures",    "__fixtures__", "__tests__", "templates",
    "template",     "_site",            "archetypes", // Hugo's templates of new pages
};
// clang-format on

} // namespace

bool is_adr_folder_name(std::string_view folder_name) {
  Words words = adr_words::name_words(folder_name);
  if (!words.empty() && is_digits(words.front())) {
    words.erase(words.begin()); // `04-design-decisions`
  }
  // The name spelled out, then abbreviated: `architecture-decision-record-adrs` (a site's slug of
  // "Architecture Decision Record - ADRs").
  if (words.size() >= 2 && is_any(words.back(), {"adr", "adrs"}) &&
      std::all_of(words.begin(), words.end() - 1, [](const std::string& w) {
        return is_any(w, {"architecture", "architectural", "decision", "decisions", "record", "records"});
      })) {
    return true;
  }
  // A name, not a title: at most one word before the ADR words (`proposed-adrs`, not
  // `how-to-start-using-adrs`, a guide about ADRs).
  const std::size_t n = words.size();
  if (n == 0 || n > 3) {
    return false;
  }
  const std::string& last = words.back();
  if (is_any(last, {"adr", "adrs", "decisions"})) {
    // `capturing-decisions` (a guide to making them) is a phrase, not a name.
    const std::string& before = n == 2 ? words.front() : std::string();
    return n == 1 || (n == 2 && !(before.size() > 4 && before.compare(before.size() - 3, 3, "ing") == 0));
  }
  if (n >= 2 && words[n - 2] == "decision" && is_any(last, {"record", "records", "log", "logs"})) {
    return true;
  }
  return n == 2 && is_any(words.front(), {"adr", "adrs"}) && is_any(last, {"log", "logs", "records", "docs"});
}

bool is_archive_folder_name(std::string_view folder_name) {
  const Words words = adr_words::name_words(folder_name);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    // ADRs no longer in use, other projects' ADRs kept as evidence (`docs/evidence/adr`), or a
    // copy kept before the documents were moved (`backups/docs-reorganization-20250912/…/adr`)
    return is_any(w, {"archive", "archives", "archived", "attic", "old", "obsolete", "deprecated", "superseded",
                      "evidence", "references", "upstream", "imported", "inspiration", "backup", "backups"});
  });
}

bool is_search_skipped_folder(std::string_view folder_name) {
  const std::string lowered = adr_words::lower(folder_name);
  // hidden folders, but `.github`, where a repository keeps documents about itself (`.github/adr`)
  if (!lowered.empty() && lowered.front() == '.' && lowered != ".github") {
    return true;
  }
  if (std::find(std::begin(k_skipped_folders), std::end(k_skipped_folders), lowered) != std::end(k_skipped_folders)) {
    return true;
  }
  return is_example_folder_name(folder_name);
}

bool is_example_folder_name(std::string_view folder_name) {
  // in any of the words ADR collections use (`exemplos-samples`, `ejemplos`)
  const Words words = adr_words::name_words(folder_name);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return is_any(w, {"example", "examples", "sample", "samples", "exemplos", "ejemplos", "exemples", "beispiele"});
  });
}

// `adr-001-x.md`, `ODH-ADR-0001-x.md`: numbered as an ADR. Not a file that opens with a number of its
// own and names an ADR after it (`339_adr_085_mermaid_crisis.md`, a chronicle's entry about ADR 085;
// `153_adr084_implementation.md`, a task that carries it out).
bool is_adr_numbered_file(std::string_view file_name) {
  if (!is_markdown(file_name) || !is_adr_file_name(file_name)) {
    return false;
  }
  const Words words = stem_words(file_name);
  return !words.empty() && !is_digits(words.front()) && has_adr_number(words);
}

bool is_adr_named_file(std::string_view file_name) {
  if (!is_markdown(file_name) || !is_adr_file_name(file_name)) {
    return false;
  }
  const Words words = stem_words(file_name);
  return words.size() >= 2 && words.front() == "adr";
}

bool is_numbered_markdown_file(std::string_view file_name) {
  if (!is_markdown(file_name) || !is_adr_file_name(file_name)) {
    return false;
  }
  const Words words = stem_words(file_name);
  return !words.empty() && is_digits(words.front()) && std::isdigit(static_cast<unsigned char>(file_name.front())) != 0;
}

bool is_adr_about_adrs_file(std::string_view file_name) {
  if (!is_numbered_markdown_file(file_name)) {
    return false;
  }
  const Words words = stem_words(file_name);
  const auto is_adr = [](const std::string& w) { return is_any(w, {"adr", "adrs"}); };
  // `001-use-adrs.md` records the use of ADRs; `03-adr.md`, a numbered chapter named only for
  // them, is a guide among other chapters (`01-prd.md`, `02-tech_spec.md`), not an ADR.
  const bool adr =
      std::any_of(words.begin(), words.end(), is_adr) &&
      std::any_of(words.begin(), words.end(), [&](const std::string& w) { return !is_adr(w) && !is_digits(w); });
  return adr || says_decision_records(words);
}

bool is_decision_log_name(std::string_view file_name) {
  if (!is_markdown(file_name)) {
    return false;
  }
  Words words = stem_words(file_name);
  if (words.size() > 1 && is_digits(words.front())) {
    words.erase(words.begin()); // a chapter's number: `05-architecture-decisions.md`
  }
  const auto has = [&](std::initializer_list<std::string_view> names) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return is_any(w, names); });
  };
  if (words.size() == 1) {
    return has({"decisions"});
  }
  return has({"decision", "decisions"}) &&
         (has({"log", "logs"}) || (words.size() == 2 && has({"architecture", "architectural", "design", "technical"})));
}

namespace {

// The path of `name` in the folder `folder`.
std::string join(const std::string& folder, const std::string& name) {
  return folder == "." || folder.empty() ? name : folder + "/" + name;
}

bool may_be_adr(const FolderEntry& entry) {
  return !entry.folder && is_markdown(entry.name) && adr_file_skip_reason(entry.name).empty();
}

// Whether the folder at `path`, or one below it to `depth` levels, holds a Markdown file that may be
// an ADR: a folder named `decisions` that holds code is no ADR folder.
bool holds_adr_files(const std::string& path, const ListFolder& list, int depth) {
  const std::vector<FolderEntry> entries = list(path);
  if (std::any_of(entries.begin(), entries.end(), may_be_adr)) {
    return true;
  }
  return depth > 0 && std::any_of(entries.begin(), entries.end(), [&](const FolderEntry& entry) {
           return entry.folder && !is_search_skipped_folder(entry.name) &&
                  holds_adr_files(join(path, entry.name), list, depth - 1);
         });
}

// The number a numbered Markdown file's name opens with (`0001-x.md`: 1); none past 18 digits.
std::optional<unsigned long long> file_number(std::string_view file_name) {
  const Words words = stem_words(file_name);
  constexpr std::size_t k_max_digits = 18;
  if (words.empty() || !is_digits(words.front()) || words.front().size() > k_max_digits) {
    return std::nullopt;
  }
  return std::stoull(words.front());
}

// Whether the folder's first numbered file (the lowest number: `0001-record-architecture-decisions.md`)
// is about ADRs, as the first ADR of a folder records the use of ADRs. A numbered file about ADRs
// further on (`339_adr_085_mermaid_crisis.md` among a chronicle's entries, `016_rewrite_adrs.md`
// among done tasks) is one entry of a series about other things, which makes no ADR folder.
bool first_numbered_is_about_adrs(const std::vector<FolderEntry>& entries) {
  std::optional<unsigned long long> first;
  bool about = false;
  for (const FolderEntry& entry : entries) {
    if (entry.folder || !is_numbered_markdown_file(entry.name)) {
      continue;
    }
    const std::optional<unsigned long long> number = file_number(entry.name);
    if (!number) {
      continue;
    }
    const bool this_about = is_adr_about_adrs_file(entry.name);
    if (!first || *number < *first) {
      first = number;
      about = this_about;
    } else if (*number == *first) {
      about = about || this_about;
    }
  }
  return about;
}

// The ADR files of a folder found by its files: those named `adr-NNN`, beside them those named
// `adr-` without a number (`adr-draft-spectrum-spec.md`, a draft not numbered yet), and, when one
// numbered file, the first of them, is about ADRs, every numbered one. Empty when the folder is not an ADR folder by
// its files. An unnumbered one that writes no status, decision or facts is a note, skipped as in any ADR folder.
std::vector<std::string> adr_files_in(const std::string& path, const std::vector<FolderEntry>& entries) {
  const auto has = [&](bool (*is)(std::string_view)) {
    return std::any_of(entries.begin(), entries.end(),
                       [&](const FolderEntry& entry) { return !entry.folder && is(entry.name); });
  };
  const bool about = first_numbered_is_about_adrs(entries);
  const bool adr_numbered = has(is_adr_numbered_file);
  std::vector<std::string> files;
  for (const FolderEntry& entry : entries) {
    if (!entry.folder && (is_adr_numbered_file(entry.name) || (about && is_numbered_markdown_file(entry.name)) ||
                          (adr_numbered && is_adr_named_file(entry.name)))) {
      files.push_back(join(path, entry.name));
    }
  }
  return files;
}

struct Pending {
  std::string path;
  int depth = 0;
};

struct Search {
  const ListFolder& list;
  const AdrSearchLimits& limits;
  std::deque<Pending> queue;
  std::vector<FoundAdrFolder> found;
  std::vector<std::string> logs; // decision logs kept in one file

  void visit(const Pending& folder);
};

void Search::visit(const Pending& folder) {
  std::vector<FolderEntry> entries = list(folder.path);
  std::sort(entries.begin(), entries.end(), [](const FolderEntry& a, const FolderEntry& b) { return a.name < b.name; });
  if (std::vector<std::string> files = adr_files_in(folder.path, entries); !files.empty()) {
    found.push_back(FoundAdrFolder{folder.path, false, std::move(files)});
  }
  for (const FolderEntry& entry : entries) {
    if (!entry.folder && is_decision_log_name(entry.name)) {
      logs.push_back(join(folder.path, entry.name));
    }
  }
  for (const FolderEntry& entry : entries) {
    if (!entry.folder || is_search_skipped_folder(entry.name)) {
      continue;
    }
    const std::string path = join(folder.path, entry.name);
    if (is_adr_folder_name(entry.name) && holds_adr_files(path, list, 3)) {
      found.push_back(FoundAdrFolder{path, true, {}});
    } else if (folder.depth < limits.max_depth) {
      queue.push_back(Pending{path, folder.depth + 1});
    }
  }
}

} // namespace

namespace {

Search walked(const std::string& root, const ListFolder& list, const AdrSearchLimits& limits) {
  Search search{list, limits, {Pending{root, 0}}, {}, {}};
  for (std::size_t listed = 0; !search.queue.empty() && listed < limits.max_folders; ++listed) {
    const Pending folder = std::move(search.queue.front());
    search.queue.pop_front();
    search.visit(folder);
  }
  return search;
}

} // namespace

std::vector<FoundAdrFolder> search_adr_folders(const std::string& root, const ListFolder& list,
                                               const AdrSearchLimits& limits) {
  Search search = walked(root, list, limits);
  std::sort(search.found.begin(), search.found.end(),
            [](const FoundAdrFolder& a, const FoundAdrFolder& b) { return a.path < b.path; });
  return std::move(search.found);
}

std::vector<std::string> search_decision_logs(const std::string& root, const ListFolder& list,
                                              const AdrSearchLimits& limits) {
  Search search = walked(root, list, limits);
  std::sort(search.logs.begin(), search.logs.end());
  return std::move(search.logs);
}

std::string adr_search_description(const AdrSearchLimits& limits) {
  return fmt::format("then searched the tree to depth {} for folders named adr, adrs, *-adrs, decisions, "
                     "*-decisions, decision-records, decision-log, or holding adr-NNN-*.md files or a numbered "
                     "ADR about ADRs (0001-record-architecture-decisions.md), listing at most {} folders",
                     limits.max_depth, limits.max_folders);
}

} // namespace ragft
