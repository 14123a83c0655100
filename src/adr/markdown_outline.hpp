#pragma once
// A Markdown document as the ADR reader needs it: its blocks in order (headings, paragraphs, list
// items, table rows, code blocks), each with its plain text and where that text is in the source.
// Parsed by md4c (CommonMark with GitHub tables), so headings, fenced code and prose are told apart
// as a Markdown renderer would; YAML front matter is split off first. Internal to the library.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ragft::md {

enum class BlockKind { heading, paragraph, list_item, table_row, code, html };

// A piece of a block's text and the byte offset in the source it was copied from.
struct Segment {
  std::size_t text = 0;
  std::size_t source = 0;
};

// A link in a block's text: its target and where in `Block::text` its text starts.
struct Link {
  std::string target;
  std::size_t pos = 0;
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;    // a heading's level (1-6); 1 for a table's header row
  std::string text; // plain text: emphasis and link markup removed, line breaks as `\n`, struck-through
                    // text (`~~Proposed~~`) left out but in headings;
                    // a table row's cells separated by `\t`
  std::string info; // a fenced code block's info string
  std::size_t fence = std::string::npos; // a fenced code block with an info string: the offset of
                                         // its opening fence's first character (npos: not known)
  std::vector<Segment> segments;
  std::vector<Link> links; // the links in the text, in order
  int task = 0;            // a task list item's box: 0 none, 1 unchecked `[ ]`, 2 checked `[x]`
  int depth = 0;           // the lists it is in: 0 outside any, 1 in a top-level list's item, 2 in
                           // an item nested in one

  // The source offset of the character at `pos` in `text` (npos when not known).
  std::size_t source_of(std::size_t pos) const;
};

// The YAML between a leading `---` line and the next `---` or `...` line, or the TOML between a
// leading `+++` line and the next `+++` line.
struct FrontMatter {
  std::string yaml;
  std::string toml;
  int first_line = 0; // 1-based line of the YAML's first line; 0: no front matter
};

struct Document {
  FrontMatter front_matter;
  std::vector<Block> blocks;
};

// Parses `text`; never fails (Markdown has no syntax errors). Offsets in blocks are into `text`.
Document parse_markdown(std::string_view text);

// 1-based line and column (in characters) of byte `offset` of a text.
class LineIndex {
public:
  explicit LineIndex(std::string_view text);
  int line(std::size_t offset) const;
  int column(std::size_t offset) const;

private:
  std::string_view m_text;
  std::vector<std::size_t> m_starts;
};

} // namespace ragft::md
