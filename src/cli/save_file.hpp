#pragma once
// Writing a result file atomically: the I/O edge of `--save`.

#include <string>

namespace ragft::cli {

// Writes `text` to `path` through a temporary file in the same folder, then a rename, so `path`
// is either untouched or complete. Without `force`, an existing `path` is not replaced. Returns
// "" on success, else a message (without the path) saying what went wrong and what to do.
std::string write_file_atomically(const std::string& path, const std::string& text, bool force);

// "" when `path` can be written by `write_file_atomically`, else why not (checked before asking).
std::string check_writable(const std::string& path, bool force);

} // namespace ragft::cli
