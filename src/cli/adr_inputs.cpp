#include "adr_inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>

#include <fmt/format.h>

#include <ragft/adr/folders.hpp>
#include <ragft/adr/search.hpp>
#include <ragft/adr/translations.hpp>
#include <ragft/base/diagnostic.hpp>
#include <ragft/base/text.hpp>

#include "input.hpp"
#include "reach.hpp"

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

bool is_dir(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

std::optional<std::string> read_small(const fs::path& path) {
  Diagnostic error;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    return std::nullopt;
  }
  return read_input(path.string(), error, std::size_t{64} * 1024);
}

std::optional<std::string> first_log4brains_folder(std::string_view text) {
  const std::vector<std::string> folders = log4brains_adr_folders(text);
  return folders.empty() ? std::nullopt : std::optional<std::string>(folders.front());
}

// A folder named in `file` (relative to the file's folder), if it exists.
std::string configured(const fs::path& root, const fs::path& file,
                       std::optional<std::string> (*parse)(std::string_view)) {
  const auto text = read_small(root / file);
  if (!text) {
    return "";
  }
  const auto folder = parse(*text);
  if (!folder) {
    return "";
  }
  const fs::path path = (root / *folder).lexically_normal();
  if (!is_inside(path, reach_of(root))) {
    throw InputError(
        Diagnostic{Location{(root / file).lexically_normal().string(), 1, 1},
                   fmt::format("the ADR folder `{}` is outside the repository ({}); name a folder inside it", *folder,
                               fs::absolute(reach_of(root)).lexically_normal().string())});
  }
  return is_dir(path) ? path.string() : "";
}

std::string parent_of(const std::string& path) { return fs::path(path).parent_path().string(); }

// A file read that may be an ADR: not one named as a template, which is read only to tell an ADR
// adopting a template from the template itself, and counts for no folder.
bool may_be_adr(const InputItem& item) { return !is_template_file_name(fs::path(item.path).filename().string()); }

bool is_index_item(const InputItem& item) {
  return item.error.empty() && is_index_page(fs::path(item.path).filename().string());
}

// Drops each index page whose folder holds another ADR, directly or in a sub-folder (a site's
// index of its `<slug>/index.md` pages), saying so.
void drop_index_pages(AdrInputs& inputs) {
  std::set<std::string> folders_with_adrs;
  for (const InputItem& item : inputs.items) {
    if (!may_be_adr(item)) {
      continue;
    }
    fs::path folder = fs::path(item.path).parent_path();
    if (is_index_item(item)) {
      folder = folder.parent_path(); // an index page is an ADR of the folders above its own
    }
    for (; !folder.empty(); folder = folder.parent_path()) {
      if (!folders_with_adrs.insert(folder.string()).second) {
        break;
      }
    }
  }
  std::erase_if(inputs.items, [&](const InputItem& item) {
    const bool drop = is_index_item(item) && folders_with_adrs.count(parent_of(item.path)) > 0;
    if (drop) {
      inputs.skipped.push_back(SkippedFile{item.path, "an index page of a folder that holds other ADRs, not an ADR"});
    }
    return drop;
  });
}

bool is_readme_name(const std::string& name) { return adr_file_skip_reason(name) == adr_file_skip_reason("README.md"); }

// Keeps a README only as the ADR of a numbered folder that holds no other ADR
// (`0001-use-decision-records/README.md`); any other README found in a folder is skipped, saying
// why (one named on the command line is read).
void keep_numbered_readmes(AdrInputs& inputs, const std::vector<std::string>& given) {
  std::map<std::string, int> per_folder;
  for (const InputItem& item : inputs.items) {
    per_folder[parent_of(item.path)] += may_be_adr(item) ? 1 : 0;
  }
  std::erase_if(inputs.items, [&](const InputItem& item) {
    const fs::path path(item.path);
    const std::string name = path.filename().string();
    if (!item.error.empty() || !is_readme_name(name) ||
        std::find(given.begin(), given.end(), item.path) != given.end()) {
      return false;
    }
    const bool keep = is_numbered_folder_readme(path.parent_path().filename().string(), name) &&
                      per_folder[parent_of(item.path)] == 1;
    if (!keep) {
      inputs.skipped.push_back(SkippedFile{item.path, adr_file_skip_reason(name)});
    }
    return !keep;
  });
}

constexpr std::string_view k_none_found = "no ADR in this folder";

// Whether `path` is `folder` or below it.
bool is_under(const std::string& path, const std::string& folder) {
  const std::string base = fs::path(folder).lexically_normal().string();
  if (base == ".") {
    return true;
  }
  const std::string normal = fs::path(path).lexically_normal().string();
  const std::string prefix = base.back() == '/' ? base : base + "/";
  return normal == base || normal.compare(0, prefix.size(), prefix) == 0;
}

// What ragft says of a folder that holds no ADR: up to three of the files skipped in it, and why.
Diagnostic no_adr_diagnostic(const std::string& folder, const std::vector<SkippedFile>& skipped) {
  std::vector<std::string> named;
  std::size_t more = 0;
  for (const SkippedFile& s : skipped) {
    if (!is_under(s.path, folder)) {
      continue;
    }
    if (named.size() < 3) {
      named.push_back(fmt::format("{} ({})", fs::path(s.path).lexically_relative(folder).string(), s.reason));
    } else {
      ++more;
    }
  }
  std::string text(k_none_found);
  if (!named.empty()) {
    text += fmt::format("; skipped {}{}", fmt::join(named, ", "),
                        more > 0 ? fmt::format(", and {} more (--verbose lists them)", more) : "");
  }
  text += "; write ADRs in Markdown (`ragft adr new` writes one), or name the folders that hold them";
  return Diagnostic{Location{folder, 0, 0}, text};
}

// A folder's entries for the search; a symbolic link to a folder is not followed.
std::vector<FolderEntry> list_folder(const std::string& path) {
  std::vector<FolderEntry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    const bool folder = !it->is_symlink(type_ec) && it->is_directory(type_ec);
    entries.push_back(FolderEntry{it->path().filename().string(), folder});
  }
  return entries;
}

} // namespace

std::vector<FoundAdrFolder> search_adr_tree(const std::string& root) { return search_adr_folders(root, list_folder); }

namespace {

// True when a folder of `path` is an archive (`docs/archive/adr`, `old-adrs`).
bool in_archive(const std::string& path) {
  const fs::path p = fs::path(path).lexically_normal();
  return std::any_of(p.begin(), p.end(), [](const fs::path& part) { return is_archive_folder_name(part.string()); });
}

} // namespace

OtherAdrFolders other_adr_folders(const std::string& root, const std::vector<std::string>& folders,
                                  const std::string& how) {
  const bool configured = how == ".adr-dir" || how == ".log4brains.yml";
  OtherAdrFolders others;
  for (FoundAdrFolder& found : search_adr_folders(root, list_folder)) {
    const bool overlaps = std::any_of(folders.begin(), folders.end(), [&](const std::string& folder) {
      return is_under(found.path, folder) || is_under(folder, found.path);
    });
    if (overlaps) {
      continue;
    }
    found.beside = found.by_name && !configured && !in_archive(found.path);
    (found.beside ? others.read : others.named).push_back(std::move(found));
  }
  return others;
}

std::vector<std::string> decision_logs_in_tree(const std::string& root) {
  return search_decision_logs(root, list_folder);
}

std::vector<std::string> adr_paths_of(const std::vector<FoundAdrFolder>& found) {
  std::vector<std::string> paths;
  for (const FoundAdrFolder& folder : found) {
    if (folder.by_name) {
      paths.push_back(folder.path);
    } else {
      paths.insert(paths.end(), folder.files.begin(), folder.files.end());
    }
  }
  return paths;
}

namespace {

// `26 numbered files` (`1 numbered file`), or `26 numbered files and 1 named adr-…` when unnumbered `adr-` files were
// found beside them.
std::string found_files_text(const FoundAdrFolder& folder) {
  const auto numbered =
      static_cast<std::size_t>(std::count_if(folder.files.begin(), folder.files.end(), [](const std::string& path) {
        const std::string_view name = std::string_view(path).substr(path.rfind('/') + 1);
        return is_adr_numbered_file(name) || is_numbered_markdown_file(name);
      }));
  const std::size_t named = folder.files.size() - numbered;
  const std::string numbered_text = fmt::format("{} numbered file{}", numbered, numbered == 1 ? "" : "s");
  return named == 0 ? numbered_text : fmt::format("{} and {} named adr-…", numbered_text, named);
}

} // namespace

std::string found_folders_text(const std::vector<FoundAdrFolder>& found) {
  constexpr std::size_t k_shown = 5; // a message to read, not a listing: the rest are counted
  std::vector<std::string> names;
  names.reserve(std::min(found.size(), k_shown));
  for (std::size_t i = 0; i < found.size() && i < k_shown; ++i) {
    const FoundAdrFolder& folder = found[i];
    names.push_back(folder.by_name ? folder.path : fmt::format("{} ({})", folder.path, found_files_text(folder)));
  }
  const std::string more = found.size() > k_shown ? fmt::format(" and {} more", found.size() - k_shown) : "";
  return fmt::format("{}{}", fmt::join(names, ", "), more);
}

std::string adr_tool_places() {
  return fmt::format(".adr-dir, .log4brains.yml (adrFolder), {}", fmt::join(conventional_adr_folders(), ", "));
}

std::string find_adr_folder(const std::string& root_name, std::string& how) {
  const fs::path root(root_name);
  if (std::string folder = configured(root, ".adr-dir", adr_dir_folder); !folder.empty()) {
    how = ".adr-dir";
    return folder;
  }
  if (std::string folder = configured(root, ".log4brains.yml", first_log4brains_folder); !folder.empty()) {
    how = ".log4brains.yml";
    return folder;
  }
  for (const std::string& candidate : conventional_adr_folders()) {
    if (is_dir(root / candidate)) {
      how = candidate;
      return (root / candidate).lexically_normal().string();
    }
  }
  how = adr_tool_places();
  return "";
}

std::vector<std::string> find_adr_folders(const std::string& root_name, std::string& how) {
  std::vector<std::string> folders;
  const std::string first = find_adr_folder(root_name, how);
  if (first.empty()) {
    return folders;
  }
  folders.push_back(first);
  if (how != ".log4brains.yml") {
    return folders;
  }
  const auto text = read_small(fs::path(root_name) / ".log4brains.yml");
  for (const std::string& folder : log4brains_adr_folders(text ? *text : "")) {
    const std::string path = (fs::path(root_name) / folder).lexically_normal().string();
    if (is_dir(path) && std::find(folders.begin(), folders.end(), path) == folders.end()) {
      folders.push_back(path);
    }
  }
  return folders;
}

AdrInputs expand_adr_inputs(const std::vector<std::string>& paths) {
  AdrInputs inputs;
  FolderWalk walk;
  // a file named as a template is read, and skipped as one unless it is written as an ADR (adr_note_reason)
  walk.accept_file = [](const std::string& name) {
    return adr_file_skip_reason(name).empty() || is_readme_name(name) || is_template_file_name(name);
  };
  walk.skip_folder = [](const std::string& name) { return name == "templates" || is_example_folder_name(name); };
  walk.none_found = k_none_found; // said by folders_without_adrs, with what was skipped
  walk.on_skipped = [&inputs](const std::string& path) {
    inputs.skipped.push_back(SkippedFile{path, adr_file_skip_reason(fs::path(path).filename().string())});
  };
  inputs.items = expand_inputs(paths, "-", walk);
  std::erase_if(inputs.items, [](const InputItem& item) { return item.error == k_none_found; });
  keep_numbered_readmes(inputs, paths);
  drop_index_pages(inputs);
  std::stable_sort(inputs.skipped.begin(), inputs.skipped.end(),
                   [](const SkippedFile& a, const SkippedFile& b) { return a.path < b.path; });
  return inputs;
}

namespace {

// The last name of a folder's path (`docs` of `docs/`, `.` of `.`).
std::string folder_name(const std::string& folder) {
  fs::path path = fs::path(folder).lexically_normal();
  if (path.filename().empty() && path.has_parent_path()) {
    path = path.parent_path();
  }
  return path.filename().string();
}

std::string normal(const std::string& path) {
  std::string text = fs::path(path).lexically_normal().generic_string();
  while (text.size() > 1 && text.back() == '/') {
    text.pop_back();
  }
  return text;
}

} // namespace

std::vector<FoundAdrFolder> adr_folders_within(const std::string& folder) {
  if (!is_dir(folder) || is_adr_folder_name(folder_name(folder))) {
    return {};
  }
  std::string how;
  std::vector<FoundAdrFolder> found;
  const std::vector<std::string> folders = find_adr_folders(folder, how);
  found.reserve(folders.size());
  for (const std::string& path : folders) {
    found.push_back(FoundAdrFolder{path, true, {}});
  }
  if (!found.empty()) {
    OtherAdrFolders others = other_adr_folders(folder, folders, how);
    std::move(others.read.begin(), others.read.end(), std::back_inserter(found));
  } else {
    found = search_adr_folders(folder, list_folder);
  }
  const std::string base = normal(folder);
  const bool below =
      std::none_of(found.begin(), found.end(), [&](const FoundAdrFolder& f) { return normal(f.path) == base; });
  return below ? found : std::vector<FoundAdrFolder>{};
}

std::vector<SkippedFile> files_outside(const std::string& folder, const std::vector<FoundAdrFolder>& found) {
  std::vector<std::string> names;
  names.reserve(found.size());
  for (const FoundAdrFolder& f : found) {
    names.push_back(f.path);
  }
  const std::string reason =
      fmt::format("outside the ADR folders found in {} ({}), not an ADR", folder, fmt::join(names, ", "));
  const auto in_found = [&](const std::string& path) {
    return std::any_of(found.begin(), found.end(), [&](const FoundAdrFolder& f) {
      const auto same = [&](const std::string& file) { return normal(file) == normal(path); };
      return f.by_name ? is_under(path, f.path) : std::any_of(f.files.begin(), f.files.end(), same);
    });
  };
  std::vector<SkippedFile> outside;
  for (const InputItem& item : expand_adr_inputs({folder}).items) {
    if (item.error.empty() && may_be_adr(item) && !in_found(item.path)) {
      outside.push_back(SkippedFile{item.path, reason});
    }
  }
  return outside;
}

void drop_notes(std::vector<AdrRecord>& records, const std::vector<std::string>& given,
                std::vector<SkippedFile>& skipped) {
  std::erase_if(records, [&](const AdrRecord& record) {
    if (std::find(given.begin(), given.end(), record.file) != given.end()) {
      return false;
    }
    std::string reason = adr_note_reason(record);
    const bool note = !reason.empty();
    if (note) {
      skipped.push_back(SkippedFile{adr_name(record), std::move(reason)});
    }
    return note;
  });
}

namespace {

// What a copy of an ADR keeps of it: its text without the front matter (`body`), trimmed, and that
// text without its first line when it is a level-1 heading (`untitled`: a documentation site's copy
// moves the title into the front matter). Both empty if the file cannot be read.
struct CopyTexts {
  std::string body;
  std::string untitled;
};

CopyTexts copy_texts(const std::string& path) {
  Diagnostic error;
  const std::optional<std::string> read = read_input(path, error);
  std::string_view text = read ? std::string_view(*read) : std::string_view();
  const auto skip_line = [&text] {
    const std::size_t end = text.find('\n');
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  };
  if (text.rfind("---", 0) == 0) {
    const std::size_t close = text.find("\n---", 3);
    text = close == std::string_view::npos ? text : text.substr(close + 4);
    skip_line();
  }
  text = text.substr(std::min(text.find_first_not_of(" \t\r\n"), text.size()));
  CopyTexts texts{std::string(trim(text)), ""};
  if (text.rfind("# ", 0) == 0) {
    skip_line();
  }
  texts.untitled = trim(text);
  return texts;
}

// The number of the ADR at `path` (`7` of `0007-x.md`, `ADR-007-x.md`, `nr.-007-react.md`): the
// first digits of its file's name, or of its folder's for a README or index page; -1 when none.
long adr_number(const std::string& path) {
  const fs::path p(path);
  std::string name = p.stem().string();
  if (!is_adr_file_name(p.filename().string())) {
    name = p.parent_path().filename().string();
  }
  const std::size_t digits = name.find_first_of("0123456789");
  constexpr std::size_t k_max_digits = 9;
  if (digits == std::string::npos) {
    return -1;
  }
  const std::size_t end = std::min(name.find_first_not_of("0123456789", digits), name.size());
  return end - digits > k_max_digits ? -1 : std::stol(name.substr(digits, end - digits));
}

std::string folder_of(const std::string& path) { return fs::path(path).parent_path().lexically_normal().string(); }

// The ADRs read so far that a later one may copy: by number and untitled text (a site's page), and
// by whole text (the same file kept in two folders, renumbered or not).
class Originals {
public:
  void add(const std::string& file, const CopyTexts& texts) {
    if (const long number = adr_number(file); number >= 0 && !texts.untitled.empty()) {
      by_number_.emplace(std::pair(number, texts.untitled), file);
    }
    if (!texts.body.empty()) {
      by_body_.emplace(texts.body, file);
    }
  }
  // The ADR `file` copies, in another folder; "" when none.
  std::string copied(const std::string& file, const CopyTexts& texts) const {
    const auto other_folder = [&](const std::string& original) { return folder_of(original) != folder_of(file); };
    if (const long number = adr_number(file); number >= 0) {
      const auto at = by_number_.find(std::pair(number, texts.untitled));
      if (at != by_number_.end() && other_folder(at->second)) {
        return at->second;
      }
    }
    const auto at = texts.body.empty() ? by_body_.end() : by_body_.find(texts.body);
    return at != by_body_.end() && other_folder(at->second) ? at->second : "";
  }

private:
  std::map<std::pair<long, std::string>, std::string> by_number_;
  std::map<std::string, std::string> by_body_;
};

} // namespace

void drop_copies(std::vector<AdrRecord>& records, const std::vector<FoundAdrFolder>& beside,
                 std::vector<SkippedFile>& skipped) {
  const auto is_beside = [&](const AdrRecord& r) {
    return std::any_of(beside.begin(), beside.end(),
                       [&](const FoundAdrFolder& f) { return f.beside && is_under(r.file, f.path); });
  };
  // Only an ADR read beside can be a copy: without one, no file is read again.
  if (std::none_of(records.begin(), records.end(), is_beside)) {
    return;
  }
  // The ADRs of the ADR tools' folders first, then those beside in order: the first of a text is its original.
  Originals originals;
  for (const AdrRecord& r : records) {
    if (!is_beside(r)) {
      originals.add(r.file, copy_texts(r.file));
    }
  }
  std::set<std::string> copies;
  for (const AdrRecord& r : records) {
    if (!is_beside(r)) {
      continue;
    }
    const CopyTexts texts = copy_texts(r.file);
    if (std::string original = originals.copied(r.file, texts); !original.empty()) {
      if (copies.insert(r.file).second) { // once for a log's decisions
        skipped.push_back(SkippedFile{r.file, fmt::format("a copy of {}, read there", original)});
      }
    } else {
      originals.add(r.file, texts);
    }
  }
  std::erase_if(records, [&](const AdrRecord& r) { return copies.count(r.file) > 0; });
}

std::vector<std::string> drop_translations(std::vector<AdrRecord>& records, const std::vector<std::string>& given,
                                           std::vector<SkippedFile>& skipped) {
  std::vector<std::string> paths;
  paths.reserve(records.size());
  std::transform(records.begin(), records.end(), std::back_inserter(paths), [](const AdrRecord& r) { return r.file; });
  std::map<std::string, Translation> translations;
  std::vector<std::string> dropped;
  for (Translation& t : find_translations(paths)) {
    std::string path = t.path;
    translations.emplace(std::move(path), std::move(t));
  }
  std::erase_if(records, [&](const AdrRecord& r) {
    const auto t = translations.find(r.file);
    // one with facts is checked (its team may keep them there), and a file named is always read
    if (t == translations.end() || r.facts_where || std::find(given.begin(), given.end(), r.file) != given.end()) {
      return false;
    }
    if (dropped.empty() || dropped.back() != r.file) { // once for a log's decisions
      skipped.push_back(SkippedFile{
          r.file, fmt::format("a translation ({}) of {}, read there", t->second.language, t->second.original)});
      dropped.push_back(r.file);
    }
    return true;
  });
  return dropped;
}

std::vector<Diagnostic> folders_without_adrs(const std::vector<std::string>& given,
                                             const std::vector<std::string>& held,
                                             const std::vector<SkippedFile>& skipped) {
  std::vector<Diagnostic> lines;
  for (const std::string& folder : given) {
    if (!is_dir(folder)) {
      continue;
    }
    const bool holds =
        std::any_of(held.begin(), held.end(), [&](const std::string& path) { return is_under(path, folder); });
    if (!holds) {
      lines.push_back(no_adr_diagnostic(folder, skipped));
    }
  }
  return lines;
}

namespace {

struct DocumentFormat {
  std::string_view extension;
  std::string_view name;
};

// Formats ADRs are written in besides Markdown, which ragft does not read.
constexpr DocumentFormat k_unread_formats[] = {
    {".adoc", "AsciiDoc"}, {".asciidoc", "AsciiDoc"}, {".rst", "reStructuredText"},
    {".mdx", "MDX"},       {".org", "Org"},           {".textile", "Textile"}};

std::string_view unread_format(const std::string& path) {
  const std::string extension = ascii_lower(fs::path(path).extension().string());
  for (const DocumentFormat& f : k_unread_formats) {
    if (extension == f.extension) {
      return f.name;
    }
  }
  return "";
}

} // namespace

std::string unread_formats_text(const std::vector<SkippedFile>& skipped, const std::vector<std::string>& read) {
  std::set<std::string> read_stems;
  for (const std::string& path : read) {
    read_stems.insert(fs::path(path).replace_extension().generic_string());
  }
  std::vector<std::string> named;
  std::set<std::string_view> formats;
  for (const SkippedFile& s : skipped) {
    const fs::path path(s.path);
    if (read_stems.count(fs::path(path).replace_extension().generic_string()) > 0 ||
        !is_adr_file_name(path.stem().string() + ".md")) {
      continue; // read in its Markdown twin, or no ADR in any format (`index.rst`, `README.adoc`)
    }
    if (const std::string_view format = unread_format(s.path); !format.empty()) {
      formats.insert(format);
      named.push_back(s.path);
    }
  }
  if (named.empty()) {
    return "";
  }
  const std::size_t shown = std::min<std::size_t>(named.size(), 3);
  return fmt::format(
      "ragft: not read: {} file(s) in {} ({}{}); ragft reads ADRs written in Markdown (*.md, *.markdown)", named.size(),
      fmt::join(formats, ", "), fmt::join(named.begin(), named.begin() + static_cast<std::ptrdiff_t>(shown), ", "),
      named.size() > shown ? ", ..." : "");
}

namespace {

bool in_folder_files(const FoundAdrFolder& folder, const std::string& file) {
  return std::find(folder.files.begin(), folder.files.end(), file) != folder.files.end();
}

// True when `file` was read from a folder the search found by its numbered files only.
bool found_by_files(const std::vector<FoundAdrFolder>& found, const std::string& file) {
  return std::any_of(found.begin(), found.end(),
                     [&](const FoundAdrFolder& f) { return !f.by_name && in_folder_files(f, file); });
}

// The ADR that `r`, a file of a folder found by its numbered files only, is written about: an ADR
// with its number read from a folder named for ADRs, with either its title (a draft kept elsewhere:
// Project_Sanctuary's `LEARNING/…/DRAFT_ADR_079_soul_persistence_hugging_face.md` of
// `ADRs/079_soul_persistence_hugging_face.md`) or, when `r` writes no decision, supersession or facts,
// any title (a plan or review of it: `docs/plan/adr010-implementation-plan-….md` of
// `docs/ADR/010-….md`). "" when none.
std::string adr_written_about(const AdrRecord& r, const std::vector<AdrRecord>& records,
                              const std::vector<FoundAdrFolder>& found) {
  const long number = adr_number(r.file);
  if (number < 0 || !r.section.empty()) {
    return "";
  }
  const bool writes_no_decision = !r.decision && r.links.empty() && !r.facts_where && r.errors.empty();
  for (const AdrRecord& o : records) {
    if (o.file == r.file || !o.section.empty() || adr_number(o.file) != number || found_by_files(found, o.file)) {
      continue;
    }
    const bool same_title = r.title && o.title && trim(r.title->text) == trim(o.title->text);
    if (same_title || writes_no_decision) {
      return o.file;
    }
  }
  return "";
}

// Drops the records of `folder`, found by its numbered files only, when each is written about an ADR
// read from a folder named for ADRs (`adr_written_about`): its drafts, plans and reviews, kept apart.
void drop_folder_about_adrs(std::vector<AdrRecord>& records, const std::vector<FoundAdrFolder>& found,
                            const FoundAdrFolder& folder, std::vector<SkippedFile>& skipped,
                            std::vector<std::string>& lines) {
  std::map<std::string, std::string> about;
  for (const AdrRecord& r : records) {
    if (!in_folder_files(folder, r.file)) {
      continue;
    }
    std::string adr = adr_written_about(r, records, found);
    if (adr.empty()) {
      return;
    }
    about.emplace(r.file, std::move(adr));
  }
  std::erase_if(records, [&](const AdrRecord& r) {
    const auto at = about.find(r.file);
    if (at != about.end()) {
      skipped.push_back(SkippedFile{
          r.file, fmt::format("written about {} (its number; a draft, plan or review of it), not an ADR", at->second)});
    }
    return at != about.end();
  });
  const bool one = about.size() == 1;
  lines.push_back(fmt::format("{}: {} {} is a draft, plan or review of an ADR read from an ADR folder (same "
                              "number): {}, not checked",
                              folder.path, one ? "its" : "each of its", found_files_text(folder),
                              one ? "not an ADR" : "not ADRs"));
}

} // namespace

namespace {

// Drops the records of `folder` (see drop_folders_of_notes), adding a line to `lines` when it does.
void drop_folder_of_notes(std::vector<AdrRecord>& records, const std::vector<FoundAdrFolder>& by_files,
                          const FoundAdrFolder& folder, std::vector<SkippedFile>& skipped,
                          std::vector<std::string>& lines) {
  const auto in_folder = [&](const AdrRecord& r) { return in_folder_files(folder, r.file); };
  const bool adrs = std::any_of(records.begin(), records.end(),
                                [&](const AdrRecord& r) { return in_folder(r) && writes_adr_parts(r); });
  if (folder.by_name) {
    return;
  }
  if (adrs) {
    drop_folder_about_adrs(records, by_files, folder, skipped, lines);
    return;
  }
  std::erase_if(records, [&](const AdrRecord& r) {
    const bool drop = in_folder(r);
    if (drop) {
      skipped.push_back(SkippedFile{
          r.file, "a numbered file of a folder none of whose files writes a status, a decision or facts, not an ADR"});
    }
    return drop;
  });
  lines.push_back(fmt::format("{}: none of its {} writes a status, a decision or facts: not ADRs, not checked",
                              folder.path, found_files_text(folder)));
}

} // namespace

std::vector<std::string> drop_folders_of_notes(std::vector<AdrRecord>& records, std::vector<std::string>& dropped,
                                               const std::vector<FoundAdrFolder>& by_files,
                                               std::vector<SkippedFile>& skipped) {
  std::vector<std::string> lines;
  for (const FoundAdrFolder& folder : by_files) {
    const std::size_t said = lines.size();
    drop_folder_of_notes(records, by_files, folder, skipped, lines);
    if (lines.size() > said) {
      dropped.push_back(folder.path);
    }
  }
  return lines;
}

} // namespace ragft::cli
