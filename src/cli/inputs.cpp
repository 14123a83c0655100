#include "inputs.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <utility>

#include <sys/stat.h>

#include <fmt/format.h>

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 3> k_extensions = {".yaml", ".yml", ".json"};

bool is_spec_file(const std::string& name) {
  const std::string ext = fs::path(name).extension().string();
  return std::find(k_extensions.begin(), k_extensions.end(), ext) != k_extensions.end();
}

bool is_hidden(const std::string& name) { return name.size() > 1 && name[0] == '.' && name != ".."; }

const FolderWalk k_spec_walk{
    is_spec_file, [](const std::string&) { return false; }, "no spec files (*.yaml, *.yml, *.json) in this folder", {}};

} // namespace

FolderStream::FolderStream(const std::string& folder, const FolderWalk& walk) : m_root(folder), m_walk(walk) {
  open(folder);
}

// Lists `folder`: its accepted files and the sub-folders to walk (not hidden, not skipped, not
// reached through a symbolic link), sorted by key.
void FolderStream::open(const std::string& folder) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec); // a folder it may not read is an error, not skipped
  Listing listing;
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    const std::string name = it->path().filename().string();
    if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) {
      if (!is_hidden(name) && !m_walk.skip_folder(name)) {
        listing.entries.push_back(Entry{name + '/', it->path().string()});
      }
    } else if (!it->is_directory(type_ec) && it->is_regular_file(type_ec)) {
      if (m_walk.accept_file(name)) {
        listing.entries.push_back(Entry{name, it->path().string()});
      } else if (m_walk.on_skipped && !is_hidden(name)) {
        m_walk.on_skipped(it->path().string());
      }
    }
  }
  if (ec) {
    m_error = InputItem{folder, fmt::format("cannot search this folder: {}", ec.message())};
  }
  std::sort(listing.entries.begin(), listing.entries.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });
  m_open.push_back(std::move(listing));
}

std::optional<InputItem> FolderStream::next() {
  if (m_error) { // the folder opened last could not be read
    m_failed = true;
    return std::exchange(m_error, std::nullopt);
  }
  while (!m_open.empty()) {
    Listing& top = m_open.back();
    if (top.next == top.entries.size()) {
      m_open.pop_back();
      continue;
    }
    Entry entry = std::move(top.entries[top.next++]);
    if (entry.key.back() == '/') {
      open(entry.path); // may move `top`
      if (m_error) {
        m_failed = true;
        return std::exchange(m_error, std::nullopt);
      }
      continue;
    }
    m_found = true;
    return InputItem{std::move(entry.path), {}, true};
  }
  if (m_done) {
    return std::nullopt;
  }
  m_done = true;
  if (!m_found && !m_failed) {
    return InputItem{m_root, m_walk.none_found};
  }
  return std::nullopt;
}

const FolderWalk& spec_files_walk() { return k_spec_walk; }

const std::string& input_name(const InputItem& item, const std::string& stdin_name) {
  return item.path == "-" ? stdin_name : item.path;
}

bool InputStream::Later::operator()(const Head& a, const Head& b) const {
  const std::string& x = input_name(a.item, stream->m_stdin_name);
  const std::string& y = input_name(b.item, stream->m_stdin_name);
  return x != y ? x > y : a.source > b.source;
}

InputStream::InputStream(const std::vector<std::string>& arguments, std::string stdin_name, const FolderWalk& walk)
    : m_stdin_name(std::move(stdin_name)), m_heads(Later{this}) {
  for (const std::string& argument : arguments) {
    std::error_code ec;
    if (argument != "-" && fs::is_directory(argument, ec)) {
      m_folders.push_back(std::make_unique<FolderStream>(argument, walk));
    } else {
      m_files.push_back(InputItem{argument, {}});
    }
  }
  std::sort(m_files.begin(), m_files.end(), [&](const InputItem& a, const InputItem& b) {
    return input_name(a, m_stdin_name) < input_name(b, m_stdin_name);
  });
  for (std::size_t source = 0; source <= m_folders.size(); ++source) {
    advance(source);
  }
}

// Puts the next item of `source` among the heads, if it has one.
void InputStream::advance(std::size_t source) {
  std::optional<InputItem> item;
  if (source == 0) {
    if (m_next_file < m_files.size()) {
      item = std::move(m_files[m_next_file++]);
    }
  } else {
    item = m_folders[source - 1]->next();
  }
  if (item) {
    m_heads.push(Head{std::move(*item), source});
  }
}

// True when `item` is a file given before under another name (`a.yaml`, `./a.yaml`, a link):
// the same device and inode. Standard input, errors and what cannot be examined are never repeats.
bool InputStream::seen_before(const InputItem& item) {
  struct stat info {};
  if (item.path == "-" || !item.error.empty() || ::stat(item.path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
    return false;
  }
  return !m_seen.insert(FileId{static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino)})
              .second;
}

std::optional<InputItem> InputStream::next() {
  while (!m_heads.empty()) {
    Head head = m_heads.top();
    m_heads.pop();
    advance(head.source);
    const std::string& name = input_name(head.item, m_stdin_name);
    if ((m_last && *m_last == name) || seen_before(head.item)) {
      continue;
    }
    m_last = name;
    return std::move(head.item);
  }
  return std::nullopt;
}

std::vector<InputItem> expand_inputs(const std::vector<std::string>& arguments, const std::string& stdin_name,
                                     const FolderWalk& walk) {
  InputStream stream(arguments, stdin_name, walk);
  std::vector<InputItem> items;
  while (auto item = stream.next()) {
    items.push_back(std::move(*item));
  }
  return items;
}

} // namespace ragft::cli
