#pragma once
// The inputs of a batch: files, folders searched recursively, and `-` for standard input, found
// one at a time in the order of their sorted names, so that a batch of any size holds only the
// listings of the folders it is in, not every path.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <queue>
#include <set>
#include <string>
#include <vector>

namespace ragft::cli {

struct InputItem {
  std::string path;   // as given or found; `-` for standard input
  std::string error;  // why a folder could not be searched, or that it held no spec file
  bool found = false; // found by searching a folder given, not named itself
};

// What a folder walk takes: which files, which sub-folders to leave out (hidden ones always are),
// and what to say when a folder holds none of those files.
struct FolderWalk {
  std::function<bool(const std::string& file_name)> accept_file;
  std::function<bool(const std::string& folder_name)> skip_folder = [](const std::string&) { return false; };
  std::string none_found;
  // Called with the path of each file that `accept_file` refuses (optional).
  std::function<void(const std::string& path)> on_skipped;
};

// The accepted files under one folder (sub-folders included, symbolic links to folders not
// followed), one at a time, in the order of their sorted paths: a depth-first walk that lists and
// sorts one folder at a time, each sub-folder sorted as its name followed by `/`, which is where
// its files fall among the sorted paths. Yields one item with an error when a folder cannot be
// searched, and one saying `walk.none_found` when the folder holds no accepted file.
class FolderStream {
public:
  FolderStream(const std::string& folder, const FolderWalk& walk); // `walk` must outlive the stream
  std::optional<InputItem> next();

private:
  struct Entry {
    std::string key; // the name; a folder's ends with '/'
    std::string path;
  };
  struct Listing {
    std::vector<Entry> entries;
    std::size_t next = 0;
  };
  void open(const std::string& folder);

  std::string m_root;
  const FolderWalk& m_walk;
  std::vector<Listing> m_open;      // the folders being walked, outermost first
  std::optional<InputItem> m_error; // the folder opened last could not be read: given next
  bool m_failed = false;            // some folder could not be read
  bool m_found = false;
  bool m_done = false;
};

// The walk of `ragft score`: `*.yaml`, `*.yml` and `*.json` files.
const FolderWalk& spec_files_walk();

// The name results and errors give the item: its path, or `stdin_name` for standard input.
const std::string& input_name(const InputItem& item, const std::string& stdin_name);

// The items of a batch, one at a time: each argument that is a folder gives every file under it
// that `walk` accepts (hidden folders skipped); anything else is taken as a file, `-` as standard
// input. The items come sorted by name, each name once and each file once (a file named twice,
// as `a.yaml` and `./a.yaml`, is given under the name that sorts first), so the order of results depends neither
// on the arguments' order nor on threads: the folders' streams are merged. `walk` must outlive it.
class InputStream {
public:
  InputStream(const std::vector<std::string>& arguments, std::string stdin_name,
              const FolderWalk& walk = spec_files_walk());
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;
  std::optional<InputItem> next();

private:
  struct Head {
    InputItem item;
    std::size_t source = 0;
  };
  struct Later {
    const InputStream* stream;
    bool operator()(const Head& a, const Head& b) const;
  };
  void advance(std::size_t source);
  bool seen_before(const InputItem& item);

  // A file's identity: its device and inode.
  struct FileId {
    std::uint64_t device;
    std::uint64_t inode;
    bool operator<(const FileId& other) const {
      return device != other.device ? device < other.device : inode < other.inode;
    }
  };

  std::string m_stdin_name;
  std::vector<InputItem> m_files; // the arguments that are not folders, sorted: source 0
  std::size_t m_next_file = 0;
  std::vector<std::unique_ptr<FolderStream>> m_folders; // source i + 1
  std::priority_queue<Head, std::vector<Head>, Later> m_heads;
  std::optional<std::string> m_last; // the name given last, to give each name once
  std::set<FileId> m_seen;           // the files given so far, to give each file once
};

// Every item of `InputStream(arguments, stdin_name, walk)`.
std::vector<InputItem> expand_inputs(const std::vector<std::string>& arguments, const std::string& stdin_name,
                                     const FolderWalk& walk = spec_files_walk());

} // namespace ragft::cli
