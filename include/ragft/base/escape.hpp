#pragma once
// How text that came from an input (a project name, a file name, a fact value, an ADR's decision,
// a rule's `because`) is written into each output syntax, so that no value can end a line, start
// a terminal escape sequence, a GitHub workflow command, a spreadsheet formula or HTML. One function
// per target syntax; the renderers (and the CLI's messages on stderr) apply them to every value.

#include <string>
#include <string_view>

namespace ragft {

// Plain text for a terminal or a log: C0 controls and DEL shown as `\n`, `\r`, `\t` or `\xNN`; C1
// controls, line and paragraph separators and bidirectional overrides as `\uNNNN`; bytes that are
// not UTF-8 as `\xNN`. Everything else is kept as it is.
std::string escape_text(std::string_view text);

// One RFC 4180 CSV cell of text: controls escaped as by `escape_text` (so a row is one line, and
// no cell can start a line of a CI log); a cell starting with `=`, `+`, `-`, `@`, tab or CR gets a
// leading `'` (OWASP's rule against formula injection); quoted when it holds a comma or a quote.
// Numbers are written by the renderer itself and not passed through here: a negative number is data.
std::string csv_cell(std::string_view text);

// Markdown inline text (also in a table cell): controls as by `escape_text`; `>`, a `<` that could
// start HTML (`<img`, `<!--`, `</`) and a `&` that starts a character reference (`&amp;`) as
// entities, so no HTML, comment or other character can appear; any other `&` and `<` as themselves,
// so the source reads as the text does (`Q&A`, `<500 ms`); `|` and `\` backslash-escaped (so no
// value splits a table cell). Code spans (`` `x` ``) and emphasis are left to render as Markdown.
std::string markdown_text(std::string_view text);

// Markdown inline text that shows exactly `text`, as a name or title must (`my_app*beta*` is no
// emphasis): controls as by `escape_text`, and every character that could start emphasis, code, a
// link, HTML, strikethrough or a character reference, or split a table cell, backslash-escaped (`\`,
// `` ` ``, `*`, `[`, `]`, `~`, `<`, `|`, a `&` that starts a reference, and a `_` unless between two
// letters or digits, where it opens nothing). Backslash escapes, not entities: a Markdown reader
// gives back the text itself, so `ragft check` reads the title `ragft adr new` wrote.
std::string markdown_literal(std::string_view text);

// Markdown code span of `text` (a path), pipes escaped for a table; `markdown_text` when `text`
// holds a backtick.
std::string markdown_code(std::string_view text);

// A GitHub Actions workflow command's message: `%`, CR and LF as `%25`, `%0D`, `%0A`; other
// controls as by `escape_text`.
std::string github_data(std::string_view text);

// A workflow command's property value: as a message, and `:` and `,` as `%3A` and `%2C`.
std::string github_property(std::string_view text);

// XML text or attribute value: `&`, `<`, `>`, `"`, `'`, tab, LF and CR as entities (so no value
// starts a line of its own); the other controls, which XML 1.0 forbids, as spaces.
std::string xml_text(std::string_view text);

} // namespace ragft
