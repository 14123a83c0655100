#pragma once
// Writing a file so that a reader never sees it half-written and nothing is lost: the content goes
// to a temporary file beside the target, which is moved into place only by `commit`. Without
// `force`, an existing file is never replaced. Used by every file ragft writes (`--format NAME=FILE`,
// `ask --save`, `adr new`).

#include <fstream>
#include <string>

namespace ragft::cli {

class AtomicFile {
public:
  // Creates the temporary file; throws `std::runtime_error` ("PATH: cannot write: ...") if it cannot.
  explicit AtomicFile(std::string path);
  ~AtomicFile(); // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return m_out; }

  // Flushes, syncs and moves the file into place. Returns "" on success, else what went wrong and
  // what to do (without the path); the temporary file is then removed and `path` is untouched.
  std::string commit(bool force);

private:
  std::string m_path;
  std::string m_temp;
  std::ofstream m_out;
  bool m_committed = false;
};

// "" when `path` can be written (it is no folder, its folder exists and, without `force`, it does
// not exist yet), else why not: checked before work that would be lost.
std::string check_writable(const std::string& path, bool force);

// Writes `text` to `path` through an AtomicFile. Returns "" or the error, as `commit`.
std::string write_file_atomically(const std::string& path, const std::string& text, bool force);

} // namespace ragft::cli
