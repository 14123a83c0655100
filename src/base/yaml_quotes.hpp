#pragma once
// A quoted value or a flow collection left open: yaml-cpp 0.7 reads a `"` or `'` that is never closed as a value that
// runs to the end of the file (`project: "Helpdesk` swallows every line below it, facts included,
// without an error), and one closed lines later as a value over those lines. This scanner finds the
// first quote that opens a value and is not closed on its line. Internal to the library.

#include <optional>
#include <string_view>

namespace ragft::yaml {

struct OpenQuote {
  int line = 0;   // 1-based, where the quote opens
  int column = 0; // 1-based
  char quote = '"';
  int closed_line = 0; // where it closes; 0 = never
};

// The first quote in `text` that opens a value (at a line's start, after `key: ` or `- `, or in
// `[...]`/`{...}`) and is not closed on the same line. Lines of a block scalar (`|`, `>`) and
// comments are skipped.
std::optional<OpenQuote> find_open_quote(std::string_view text);

// Where the quote `q` (`"` with its `\` escapes, or `'` with its `''`) that opened before `from`
// closes in `line`, or npos.
std::size_t closing_quote(std::string_view line, std::size_t from, char q);

// The first `{` or `[` of a flow collection in `text` that is never closed (`closed_line` 0), as
// `facts: {budget: low` with no `}`.
std::optional<OpenQuote> find_open_flow(std::string_view text);

} // namespace ragft::yaml
