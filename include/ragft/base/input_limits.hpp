#pragma once
// Limits on the text ragft reads (specs, rule bases, price sheets, ADRs), checked before any YAML
// parser sees it, so that hostile or broken input gets a clear error instead of exhausting time,
// memory or the stack.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <ragft/base/diagnostic.hpp>

namespace ragft {

struct InputLimits {
  std::size_t max_bytes = std::size_t{1024} * 1024; // 1 MiB
  std::size_t max_line = std::size_t{16} * 1024;    // characters in one line
  int max_depth = 64;                               // nesting of mappings and lists
  int max_aliases = 32;                             // YAML aliases (`*name`) in one file; specs need none
  int max_documents = 1000;                         // YAML documents in one file
  bool yaml = true;                                 // false for text that is not YAML (Markdown): only size,
                                                    // encoding and line length are checked
};

// The first way in which `text` breaks a limit or is not UTF-8 text: binary data (a NUL byte),
// invalid UTF-8, a line or file too long, nesting too deep, too many aliases or documents.
// `origin` names the file in the diagnostic. A leading UTF-8 byte-order mark is allowed.
std::optional<Diagnostic> check_input(std::string_view text, std::string_view origin,
                                      const InputLimits& limits = InputLimits{});

// `text` with each byte that is not part of valid UTF-8 (and each NUL) replaced by U+FFFD, for
// text whose odd bytes need not stop a reader (an ADR's prose); `first_invalid` is the offset of
// the first such byte in `text`, or npos.
std::string valid_utf8(std::string_view text, std::size_t& first_invalid);

// The offset of the first byte of `text` that is not part of valid UTF-8 (a NUL byte is valid
// here), or npos: whether `valid_utf8` would change anything but NUL bytes, without a copy.
std::size_t first_invalid_utf8(std::string_view text);

// `text` without a leading UTF-8 byte-order mark.
std::string_view strip_bom(std::string_view text);

} // namespace ragft
