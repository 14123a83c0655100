// Walking the measured folders and streaming their files through the counters (measure_repo.hpp).

#include "measure_repo.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include <ragft/base/text.hpp>

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t k_read_chunk = std::size_t{1} << 20;       // bytes read at a time
constexpr std::size_t k_max_json_bytes = std::size_t{256} << 20; // a whole-file JSON array

bool inside(const fs::path& root, const fs::path& path) {
  const auto [r, p] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return r == root.end();
}

// Reads `path` in chunks, calling `feed` for each; false (with a problem) when it cannot be read.
template <typename F>
bool read_chunks(const std::string& path, const std::string& display, std::vector<Diagnostic>& problems, F feed) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    problems.push_back(
        Diagnostic{Location{display, 0, 0}, fmt::format("cannot read: {}; skipped", std::strerror(errno))});
    return false;
  }
  std::string buffer(k_read_chunk, '\0');
  ssize_t got = 0;
  while ((got = ::read(fd, buffer.data(), buffer.size())) > 0 || (got < 0 && errno == EINTR)) {
    if (got > 0) {
      feed(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
    }
  }
  const int error = got < 0 ? errno : 0;
  ::close(fd);
  if (error != 0) {
    problems.push_back(
        Diagnostic{Location{display, 0, 0}, fmt::format("cannot read: {}; skipped", std::strerror(error))});
  }
  return error == 0;
}

// Splits the chunks of a file into lines (without their `\n`), numbered from 1.
class LineSplitter {
public:
  template <typename F> void feed(std::string_view chunk, F on_line) {
    std::size_t start = 0;
    for (std::size_t nl = chunk.find('\n'); nl != std::string_view::npos; nl = chunk.find('\n', start)) {
      if (m_partial.empty()) {
        on_line(chunk.substr(start, nl - start), ++m_line);
      } else {
        m_partial.append(chunk.substr(start, nl - start));
        on_line(std::string_view(m_partial), ++m_line);
        m_partial.clear();
      }
      start = nl + 1;
    }
    m_partial.append(chunk.substr(start));
  }
  template <typename F> void finish(F on_line) {
    if (!m_partial.empty()) {
      on_line(std::string_view(m_partial), ++m_line);
    }
  }

private:
  std::string m_partial;
  int m_line = 0;
};

std::string extension(const std::string& name) {
  const std::size_t dot = name.rfind('.');
  return dot == std::string::npos ? std::string() : ascii_lower(name.substr(dot + 1));
}

void count_json_file(ExampleCounter& counter, const std::string& path, const std::string& display,
                     std::vector<Diagnostic>& problems) {
  std::error_code ec;
  if (fs::file_size(path, ec) > k_max_json_bytes) {
    problems.push_back(Diagnostic{Location{display, 0, 0}, fmt::format("a JSON file over {} MiB is not read whole; "
                                                                       "write the examples as JSONL (one per line)",
                                                                       k_max_json_bytes >> 20)});
    return;
  }
  std::string text;
  if (read_chunks(path, display, problems, [&](std::string_view chunk) { text.append(chunk); })) {
    counter.add_json_document(text, Location{display, 0, 0});
  }
}

struct CsvState {
  bool header_read = false;
  bool usable = false;
  CsvColumns columns;
  int record_line = 0;
};

void add_csv_record(ExampleCounter& counter, CsvState& state, std::vector<std::string> fields,
                    const std::string& display) {
  if (!state.header_read) {
    state.header_read = true;
    state.usable = csv_columns(fields, state.columns);
    return;
  }
  const Location where{display, state.record_line, 1};
  if (fields.size() == 1 && fields.front().empty()) {
    return; // a blank line
  }
  std::vector<std::string> values;
  for (const int i : state.columns.index) {
    if (i >= static_cast<int>(fields.size())) {
      counter.add_malformed(
          where, fmt::format("{} field(s), but the header names a column at position {}", fields.size(), i + 1));
      return;
    }
    values.push_back(i < 0 ? std::string() : std::move(fields[static_cast<std::size_t>(i)]));
  }
  counter.add_fields(state.columns.shape, values, where);
}

// False when the header names no example columns (the file is other data).
bool count_csv(ExampleCounter& counter, const std::string& path, const std::string& display,
               std::vector<Diagnostic>& problems) {
  CsvRecordReader reader;
  CsvState state;
  LineSplitter lines;
  const auto on_line = [&](std::string_view line, int n) {
    if (reader.complete()) {
      state.record_line = n;
    }
    reader.feed_line(line);
    if (reader.complete() && (!state.header_read || state.usable)) {
      add_csv_record(counter, state, reader.take(), display);
    } else if (reader.complete()) {
      reader.take();
    }
  };
  read_chunks(path, display, problems, [&](std::string_view chunk) { lines.feed(chunk, on_line); });
  lines.finish(on_line);
  if (!state.usable) {
    problems.push_back(Diagnostic{Location{display, 1, 1},
                                  "no example columns in the header: expected `prompt` and "
                                  "`completion`, or `instruction` and `output` (`input` optional); skipped"});
  }
  return state.usable;
}

// A file whose every record is JSON without the fields of a known shape holds other data (an
// evaluation set, a corpus manifest), not training examples that are broken.
bool is_other_data(const ExampleCounter& file) {
  if (file.examples_read() > 0) {
    return false; // before count(), which would sort the hashes of a large file once more
  }
  const ExampleCount& n = file.count();
  return n.shapeless > 0 && n.shapeless == n.malformed;
}

} // namespace

bool is_example_file(const std::string& name) {
  const std::string ext = extension(name);
  return ext == "jsonl" || ext == "ndjson" || ext == "json" || ext == "csv";
}

void count_examples(ExampleCounter& counter, const std::string& path, const std::string& display,
                    std::vector<Diagnostic>& problems) {
  const std::string ext = extension(path);
  ExampleCounter file;
  bool usable = true;
  if (ext == "json") {
    count_json_file(file, path, display, problems);
  } else if (ext == "csv") {
    usable = count_csv(file, path, display, problems);
  } else {
    count_jsonl(file, path, display, problems);
  }
  if (usable && is_other_data(file)) {
    const ExampleCount& n = file.count();
    const std::string first = n.first_shapeless.empty() ? std::string() : fmt::format(" ({})", n.first_shapeless);
    problems.push_back(Diagnostic{
        Location{display, 1, 1},
        fmt::format("no training examples: its {} record(s) are JSON without the fields of a known shape{}; skipped "
                    "as other data",
                    n.shapeless, first)});
    counter.add_other_file(); // the shapes read are told once, after the problems
    usable = false;
  }
  if (usable) {
    counter.add_file();
    counter.merge(std::move(file));
  }
}

namespace {

// A file without an extension is a plain-text document when it is no project file (LICENSE,
// Makefile), no script (`#!`) and its first 4 KiB hold no NUL byte (no binary file).
bool is_plain_text_document(const std::string& path, const std::string& name) {
  if (name.empty() || name.find('.') != std::string::npos || is_project_file(name)) {
    return false;
  }
  constexpr std::size_t k_sniffed = 4096;
  std::ifstream in(path, std::ios::binary);
  std::string head(k_sniffed, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return !head.empty() && !head.starts_with("#!") && head.find('\0') == std::string::npos;
}

} // namespace

std::optional<DocKind> document_file_kind(const std::string& path) {
  const std::string name = fs::path(path).filename().string();
  auto kind = document_kind(name);
  if (!kind && is_plain_text_document(path, name)) {
    kind = DocKind::text;
  }
  return kind;
}

void count_document(CorpusCount& count, const std::string& path, const std::string& display, bool named,
                    std::vector<Diagnostic>& problems) {
  const auto kind = document_file_kind(path);
  if (!kind) {
    return;
  }
  if (!named && is_folder_note(fs::path(display).filename().string())) {
    ++count.folder_notes; // it says what the folder holds
    return;
  }
  std::error_code ec;
  if (*kind == DocKind::pdf) { // counted as a file of its size; its text is compressed
    const auto size = fs::file_size(path, ec);
    add_document(count, *kind, ec ? 0 : static_cast<std::int64_t>(size), 0);
    return;
  }
  WordCounter words(*kind == DocKind::html);
  std::int64_t bytes = 0;
  if (read_chunks(path, display, problems, [&](std::string_view chunk) {
        bytes += static_cast<std::int64_t>(chunk.size());
        words.feed(chunk);
      })) {
    add_document(count, *kind, bytes, words.words());
  }
}

namespace {

struct Walk {
  fs::path root; // canonical
  std::string display_root;
  int max_depth;
  const std::function<bool(const std::string&)>& skip_folder;
  const FileVisitor& visit;
  std::vector<Diagnostic>& problems;

  std::string display(const fs::path& p) const {
    const std::string rel = p.lexically_relative(root).generic_string();
    return display_root == "." ? rel : fmt::format("{}/{}", display_root, rel);
  }
};

void walk_entry(const Walk& w, const fs::directory_entry& entry, int depth);

void walk_folder(const Walk& w, const fs::path& folder, int depth) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) {
    w.problems.push_back(
        Diagnostic{Location{w.display(folder), 0, 0}, fmt::format("cannot list: {}; skipped", ec.message())});
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const fs::directory_entry& entry : entries) {
    walk_entry(w, entry, depth);
  }
}

// A symbolic link: followed to a file inside the repository; never to a folder (no cycles).
void walk_link(const Walk& w, const fs::path& link) {
  std::error_code ec;
  const fs::path target = fs::canonical(link, ec);
  if (ec || !inside(w.root, target)) {
    w.problems.push_back(Diagnostic{Location{w.display(link), 0, 0},
                                    "a symbolic link that leads out of the repository (or nowhere); not followed"});
  } else if (fs::is_regular_file(target, ec)) {
    w.visit(target.string(), w.display(link));
  }
}

void walk_entry(const Walk& w, const fs::directory_entry& entry, int depth) {
  std::error_code ec;
  const fs::path& p = entry.path();
  const std::string name = p.filename().string();
  if (entry.is_symlink(ec)) {
    walk_link(w, p);
  } else if (entry.is_directory(ec)) {
    if (name.front() != '.' && !w.skip_folder(name) && depth < w.max_depth) {
      walk_folder(w, p, depth + 1);
    }
  } else if (entry.is_regular_file(ec)) {
    w.visit(p.string(), w.display(p));
  }
}

} // namespace

void walk_files(const std::string& root, const std::string& path, int max_depth,
                const std::function<bool(const std::string&)>& skip_folder, const FileVisitor& visit,
                std::vector<Diagnostic>& problems) {
  std::error_code ec;
  Walk w{fs::canonical(root, ec), root, max_depth, skip_folder, visit, problems};
  const fs::path start = fs::path(root) / path;
  const fs::path real = fs::canonical(start, ec);
  if (ec) {
    return; // not there: the caller lists it as missing
  }
  if (!inside(w.root, real)) {
    problems.push_back(Diagnostic{Location{path, 0, 0}, "refused: the path leads out of the repository (a symbolic "
                                                        "link?); only paths inside it are measured"});
    return;
  }
  if (fs::is_directory(real, ec)) {
    walk_folder(w, real, 0);
  } else if (fs::is_regular_file(real, ec)) {
    visit(real.string(), w.display(real));
  }
}

} // namespace ragft::cli
