#include "adr/markdown_outline.hpp"

#include <algorithm>
#include <utility>

#include <md4c.h>

#include "adr/words.hpp"

namespace ragft::md {

namespace {

// The state of one parse: the blocks so far and the stack of those still open.
struct Builder {
  std::string_view source;
  Document document;
  std::vector<std::size_t> open; // indexes into `document.blocks`; npos for containers without text
  int cells = 0;                 // cells entered in the current table row
  bool in_comment = false;       // inside an inline HTML comment that spans lines
  int struck = 0;                // struck-through spans (`~~Proposed~~`) open
  int lists = 0;                 // lists (`-`, `1.`) open

  Block* current() {
    if (open.empty() || open.back() == std::string::npos) {
      return nullptr;
    }
    return &document.blocks[open.back()];
  }
  void push(BlockKind kind, int level = 0) {
    document.blocks.push_back(Block{kind, level, {}, {}, std::string::npos, {}, {}});
    document.blocks.back().depth = lists;
    open.push_back(document.blocks.size() - 1);
  }
};

bool has_text(MD_BLOCKTYPE type) {
  switch (type) {
  case MD_BLOCK_H:
  case MD_BLOCK_P:
  case MD_BLOCK_LI:
  case MD_BLOCK_TR:
  case MD_BLOCK_CODE:
  case MD_BLOCK_HTML:
    return true;
  default:
    return false;
  }
}

std::string attribute_text(const MD_ATTRIBUTE& attribute) {
  return attribute.text == nullptr ? std::string() : std::string(attribute.text, attribute.size);
}

// Where a fenced code block's opening fence starts: md4c points its info string into the source
// (when it holds no escape), and the fence is the run of ` or ~ before it and its spaces.
std::size_t fence_offset(std::string_view source, const MD_ATTRIBUTE& info) {
  if (info.text == nullptr || info.text < source.data() || info.text >= source.data() + source.size()) {
    return std::string::npos;
  }
  std::size_t pos = static_cast<std::size_t>(info.text - source.data());
  while (pos > 0 && (source[pos - 1] == ' ' || source[pos - 1] == '\t')) {
    --pos;
  }
  const std::size_t end = pos;
  while (pos > 0 && (source[pos - 1] == '`' || source[pos - 1] == '~')) {
    --pos;
  }
  return pos == end ? std::string::npos : pos;
}

void enter_text_block(Builder& b, MD_BLOCKTYPE type, void* detail) {
  switch (type) {
  case MD_BLOCK_H:
    b.push(BlockKind::heading, static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level));
    break;
  case MD_BLOCK_LI: {
    b.push(BlockKind::list_item);
    const auto* item = static_cast<MD_BLOCK_LI_DETAIL*>(detail);
    b.current()->task = item->is_task == 0 ? 0 : (item->task_mark == ' ' ? 1 : 2);
    break;
  }
  case MD_BLOCK_TR:
    b.push(BlockKind::table_row);
    b.cells = 0;
    break;
  case MD_BLOCK_CODE:
    b.push(BlockKind::code);
    b.current()->info = attribute_text(static_cast<MD_BLOCK_CODE_DETAIL*>(detail)->info);
    b.current()->fence = fence_offset(b.source, static_cast<MD_BLOCK_CODE_DETAIL*>(detail)->info);
    break;
  case MD_BLOCK_HTML:
    b.push(BlockKind::html);
    break;
  default:
    b.push(BlockKind::paragraph);
  }
}

int enter_block(MD_BLOCKTYPE type, void* detail, void* data) {
  auto& b = *static_cast<Builder*>(data);
  if (has_text(type)) {
    enter_text_block(b, type, detail);
  } else if ((type == MD_BLOCK_TD || type == MD_BLOCK_TH) && b.current() != nullptr) {
    b.current()->level = type == MD_BLOCK_TH ? 1 : 0;
    if (b.cells++ > 0) {
      b.current()->text += '\t';
    }
  } else if (type != MD_BLOCK_TD && type != MD_BLOCK_TH) {
    b.lists += type == MD_BLOCK_UL || type == MD_BLOCK_OL ? 1 : 0;
    b.open.push_back(std::string::npos);
  }
  return 0;
}

int leave_block(MD_BLOCKTYPE type, void*, void* data) {
  auto& b = *static_cast<Builder*>(data);
  b.lists -= type == MD_BLOCK_UL || type == MD_BLOCK_OL ? 1 : 0;
  if (type != MD_BLOCK_TD && type != MD_BLOCK_TH && !b.open.empty()) {
    b.open.pop_back();
  }
  return 0;
}

int enter_span(MD_SPANTYPE type, void* detail, void* data) {
  auto& b = *static_cast<Builder*>(data);
  if (type == MD_SPAN_A && b.current() != nullptr) {
    Block& block = *b.current();
    block.links.push_back(Link{attribute_text(static_cast<MD_SPAN_A_DETAIL*>(detail)->href), block.text.size()});
  }
  b.struck += type == MD_SPAN_DEL ? 1 : 0;
  return 0;
}

int leave_span(MD_SPANTYPE type, void*, void* data) {
  auto& b = *static_cast<Builder*>(data);
  b.struck -= type == MD_SPAN_DEL && b.struck > 0 ? 1 : 0;
  return 0;
}

// True when `text`, raw HTML inside prose, is (part of) a comment, which a reader never sees: a
// template's `* Status: <!-- proposed | accepted --> accepted` states one status.
bool skips_comment(Builder& b, std::string_view text) {
  if (!b.in_comment && text.rfind("<!--", 0) != 0) {
    return false;
  }
  b.in_comment = text.find("-->") == std::string_view::npos;
  return true;
}

int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* data) {
  auto& b = *static_cast<Builder*>(data);
  Block* block = b.current();
  if (block == nullptr) {
    return 0;
  }
  if (type == MD_TEXT_HTML && block->kind != BlockKind::html && skips_comment(b, std::string_view(text, size))) {
    return 0;
  }
  // Struck-through text is withdrawn, as a reader sees it: `~~Proposed~~ Accepted` states Accepted,
  // a status list `* ~~Draft~~` then `* Accepted` too. A heading keeps it (a struck title is still
  // the ADR's title).
  if (b.struck > 0 && block->kind != BlockKind::heading) {
    return 0;
  }
  if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) {
    block->text += '\n';
    return 0;
  }
  const char* begin = b.source.data();
  if (text >= begin && text + size <= begin + b.source.size()) {
    block->segments.push_back(Segment{block->text.size(), static_cast<std::size_t>(text - begin)});
  }
  block->text.append(text, size);
  return 0;
}

bool is_line(std::string_view line, std::string_view mark) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  return line == mark;
}

// Splits the front matter off `text` into `document`: YAML between `---` lines, or TOML between
// `+++` lines (Hugo's and Zola's sites). The source given to md4c is `text` with the front
// matter's characters blanked, so offsets and lines stay those of the file (and a TOML comment,
// `# ...`, is no heading).
std::string split_front_matter(std::string_view text, FrontMatter& front) {
  std::string body(text);
  const std::size_t first_end = text.find('\n');
  if (first_end == std::string_view::npos) {
    return body;
  }
  const bool toml = is_line(text.substr(0, first_end), "+++");
  if (!toml && !is_line(text.substr(0, first_end), "---")) {
    return body;
  }
  const std::size_t start = first_end + 1;
  for (std::size_t pos = start; pos < text.size();) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view current = text.substr(pos, end - pos);
    if (toml ? is_line(current, "+++") : (is_line(current, "---") || is_line(current, "..."))) {
      (toml ? front.toml : front.yaml) = std::string(text.substr(start, pos - start));
      front.first_line = 2;
      std::replace_if(
          body.begin(), body.begin() + static_cast<std::ptrdiff_t>(end), [](char c) { return c != '\n'; }, ' ');
      return body;
    }
    pos = end + 1;
  }
  return body;
}

// The first and last lines of `text` that hold more than spaces: their start and end offsets.
std::pair<std::size_t, std::size_t> first_line_span(std::string_view text) {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) {
    return {text.size(), text.size()};
  }
  const std::size_t newline = text.rfind('\n', start);
  return {newline == std::string_view::npos ? 0 : newline + 1, std::min(text.find('\n', start), text.size())};
}

std::pair<std::size_t, std::size_t> last_line_span(std::string_view text) {
  const std::size_t end = text.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos) {
    return {text.size(), text.size()};
  }
  const std::size_t newline = text.rfind('\n', end);
  return {newline == std::string_view::npos ? 0 : newline + 1, end + 1};
}

// A file that is one ```markdown (or ```md) block, an LLM's answer saved as it came: the fence
// lines are blanked so the Markdown inside is read, as the person who saved it reads it.
void unwrap_markdown_fence(std::string& body) {
  const auto [open_start, open_end] = first_line_span(body);
  const auto [close_start, close_end] = last_line_span(body);
  if (open_start >= close_start) {
    return;
  }
  const std::string_view open = adr_words::trim(std::string_view(body).substr(open_start, open_end - open_start));
  const std::string_view close = adr_words::trim(std::string_view(body).substr(close_start, close_end - close_start));
  const std::string info = adr_words::lower(open.substr(std::min<std::size_t>(3, open.size())));
  if (!open.starts_with("```") || (info != "markdown" && info != "md") || close != "```") {
    return;
  }
  std::fill(body.begin() + static_cast<std::ptrdiff_t>(open_start),
            body.begin() + static_cast<std::ptrdiff_t>(open_end), ' ');
  std::fill(body.begin() + static_cast<std::ptrdiff_t>(close_start),
            body.begin() + static_cast<std::ptrdiff_t>(close_end), ' ');
}

} // namespace

std::size_t Block::source_of(std::size_t pos) const {
  auto it = std::upper_bound(segments.begin(), segments.end(), pos,
                             [](std::size_t p, const Segment& s) { return p < s.text; });
  if (it == segments.begin()) {
    return segments.empty() ? std::string::npos : segments.front().source;
  }
  --it;
  return it->source + (pos - it->text);
}

Document parse_markdown(std::string_view text) {
  Builder b;
  std::string body = split_front_matter(text, b.document.front_matter);
  unwrap_markdown_fence(body);
  b.source = body;
  MD_PARSER parser{};
  parser.abi_version = 0;
  // `##Decision`, as some ADRs write a heading, reads as the heading a person sees in it.
  parser.flags = MD_DIALECT_GITHUB | MD_FLAG_PERMISSIVEATXHEADERS;
  parser.enter_block = enter_block;
  parser.leave_block = leave_block;
  parser.enter_span = enter_span;
  parser.leave_span = leave_span;
  parser.text = on_text;
  md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &b);
  return std::move(b.document);
}

LineIndex::LineIndex(std::string_view text) : m_text(text) {
  m_starts.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      m_starts.push_back(i + 1);
    }
  }
}

int LineIndex::line(std::size_t offset) const {
  const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
  return static_cast<int>(it - m_starts.begin());
}

int LineIndex::column(std::size_t offset) const {
  const std::size_t start = m_starts[static_cast<std::size_t>(line(offset) - 1)];
  int column = 1;
  for (std::size_t i = start; i < offset && i < m_text.size(); ++i) {
    column += (static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80 ? 1 : 0;
  }
  return column;
}

} // namespace ragft::md
