#include "base/yaml_block.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace ragft::yaml {

namespace {

// Thrown inside the reader when the text leaves the subset; `parse_block_subset` then declines.
struct OutsideSubset {};

constexpr char k_first_printable = ' ';
constexpr char k_last_printable = '~';
// Blocks nested deeper than this are left to yaml-cpp (and to the input scan, which allows 64).
constexpr int k_max_depth = 64;

// A line with content: neither blank nor only a comment.
struct Line {
  std::size_t pos = 0;      // of its first character that is not a space
  int number = 0;           // from 0, as yaml-cpp's marks
  int indent = 0;           // the column of that character
  std::string_view content; // from there to the end of the line
};

bool is_item(std::string_view content) { return content[0] == '-' && (content.size() == 1 || content[1] == ' '); }

bool is_null_word(std::string_view word) { return word == "~" || word == "null" || word == "Null" || word == "NULL"; }

bool key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || c == ' ' || c == '/';
}

// The length of a plain key that `content` starts with (up to its `:`), or 0 when it starts with none.
std::size_t key_length(std::string_view content) {
  const std::size_t colon = content.find(':');
  if (colon == std::string_view::npos || (colon + 1 < content.size() && content[colon + 1] != ' ')) {
    return 0;
  }
  const char first = content[0];
  if (first == '-' || first == '.' || first == ' ' || first == '/') {
    return 0;
  }
  for (std::size_t i = 0; i < colon; ++i) {
    if (!key_char(content[i])) {
      return 0;
    }
  }
  return colon;
}

std::string_view trim_end(std::string_view text) {
  const std::size_t end = text.find_last_not_of(' ');
  return end == std::string_view::npos ? std::string_view() : text.substr(0, end + 1);
}

// What follows a value on its line may be spaces and then a comment, and nothing else.
void expect_only_comment(std::string_view after) {
  const std::size_t start = after.find_first_not_of(' ');
  if (start != std::string_view::npos && (start == 0 || after[start] != '#')) {
    throw OutsideSubset{};
  }
}

// The text of a quoted scalar at the start of `text` (one line, `''` in single quotes, no escapes
// in double quotes), after checking that only a comment follows it.
std::string quoted(std::string_view text) {
  const char quote = text[0];
  std::string value;
  std::size_t i = 1;
  for (; i < text.size(); ++i) {
    if (text[i] == '\\' && quote == '"') {
      throw OutsideSubset{};
    }
    if (text[i] == quote && quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
      value += '\'';
      ++i;
    } else if (text[i] == quote) {
      break;
    } else {
      value += text[i];
    }
  }
  if (i == text.size()) {
    throw OutsideSubset{};
  }
  expect_only_comment(text.substr(i + 1));
  return value;
}

// The text of a plain scalar that `text` starts with, up to a comment, without trailing spaces.
std::string_view plain(std::string_view text) {
  static constexpr std::string_view indicators = "?:,[]{}#&*!|>'\"%@`";
  const bool negative_number =
      text[0] == '-' && text.size() > 1 && ((text[1] >= '0' && text[1] <= '9') || text[1] == '.');
  if ((text[0] == '-' && !negative_number) || indicators.find(text[0]) != std::string_view::npos) {
    throw OutsideSubset{};
  }
  const std::string_view value = trim_end(text.substr(0, text.find(" #")));
  if (value.back() == ':' || value.find(": ") != std::string_view::npos) {
    throw OutsideSubset{};
  }
  return value;
}

class BlockReader {
public:
  explicit BlockReader(std::string_view text) : m_text(text) {}

  ValueDocuments read() {
    split_lines();
    if (m_lines.empty()) {
      throw OutsideSubset{};
    }
    m_out.roots.push_back(block(m_lines.front().indent));
    if (m_next != m_lines.size()) {
      throw OutsideSubset{};
    }
    return std::move(m_out);
  }

private:
  void split_lines() {
    // A last line without a newline that holds only spaces or a comment: yaml-cpp may place an
    // empty value at the end of it (when its column closes a block) or at column 0; left to it.
    const std::size_t last_line = m_text.rfind('\n') == std::string_view::npos ? 0 : m_text.rfind('\n') + 1;
    const std::size_t last_content = m_text.find_first_not_of(' ', last_line);
    if (last_line < m_text.size() && (last_content == std::string_view::npos || m_text[last_content] == '#')) {
      throw OutsideSubset{};
    }
    int number = 0;
    for (std::size_t start = 0; start < m_text.size(); ++number) {
      const std::size_t end = std::min(m_text.find('\n', start), m_text.size());
      add_line(start, end, number);
      start = end + 1;
    }
  }

  void add_line(std::size_t start, std::size_t end, int number) {
    for (std::size_t i = start; i < end; ++i) {
      if (m_text[i] < k_first_printable || m_text[i] > k_last_printable) {
        throw OutsideSubset{}; // a tab, CR, control or non-ASCII byte
      }
    }
    const std::string_view line = m_text.substr(start, end - start);
    if (line.substr(0, 3) == "---" || line.substr(0, 3) == "..." || line.substr(0, 1) == "%") {
      throw OutsideSubset{}; // document markers and directives
    }
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos || line[indent] == '#') {
      return;
    }
    m_lines.push_back(Line{start + indent, number, static_cast<int>(indent), line.substr(indent)});
  }

  YAML::Mark mark_at(const Line& line, std::size_t offset) const {
    YAML::Mark mark;
    mark.pos = static_cast<int>(line.pos + offset);
    mark.line = line.number;
    mark.column = line.indent + static_cast<int>(offset);
    return mark;
  }

  // Where yaml-cpp puts an empty value: at the next token, or at the end of the text.
  YAML::Mark next_mark() const {
    if (m_next < m_lines.size()) {
      return mark_at(m_lines[m_next], 0);
    }
    YAML::Mark mark;
    mark.pos = static_cast<int>(m_text.size());
    mark.line = static_cast<int>(std::count(m_text.begin(), m_text.end(), '\n'));
    return mark;
  }

  Value& make(YAML::NodeType::value type, const YAML::Mark& mark, std::string tag) {
    Value& value = m_out.values.emplace_back();
    value.type = type;
    value.mark = mark;
    value.tag = std::move(tag);
    return value;
  }

  ValueRef block(int indent) {
    if (++m_depth > k_max_depth) {
      throw OutsideSubset{}; // the input scan refuses it before any spec gets here; a bound all the same
    }
    const ValueRef value = is_item(m_lines[m_next].content) ? sequence(indent) : mapping(indent);
    --m_depth;
    return value;
  }

  ValueRef mapping(int indent) {
    Value& map = make(YAML::NodeType::Map, mark_at(m_lines[m_next], 0), "?");
    while (m_next < m_lines.size() && m_lines[m_next].indent >= indent) {
      const Line line = m_lines[m_next];
      const std::size_t length = key_length(line.content);
      if (line.indent > indent || length == 0) {
        throw OutsideSubset{};
      }
      const ValueRef key = scalar_or_null(std::string(trim_end(line.content.substr(0, length))), mark_at(line, 0), "?");
      ++m_next;
      map.pairs.emplace_back(key, value_after(line, length + 1, true));
    }
    return ValueRef(map);
  }

  ValueRef sequence(int indent) {
    Value& list = make(YAML::NodeType::Sequence, mark_at(m_lines[m_next], 0), "?");
    while (m_next < m_lines.size() && m_lines[m_next].indent == indent && is_item(m_lines[m_next].content)) {
      const Line line = m_lines[m_next];
      const std::size_t text = std::min(line.content.find_first_not_of(' ', 1), line.content.size());
      const std::string_view rest = line.content.substr(text);
      if (!rest.empty() && rest[0] != '#' && key_length(rest) > 0) {
        m_lines[m_next] = Line{line.pos + text, line.number, line.indent + static_cast<int>(text), rest};
        list.items.push_back(mapping(m_lines[m_next].indent));
      } else {
        ++m_next;
        list.items.push_back(value_after(line, 1, false));
      }
    }
    return ValueRef(list);
  }

  // The value that follows `line`'s first `offset` characters (after a key's `:` or an item's `-`):
  // on the line, or the more indented lines below it (or, after a key, a list at its own indent).
  ValueRef value_after(const Line& line, std::size_t offset, bool after_key) {
    const std::size_t start = line.content.find_first_not_of(' ', offset);
    const bool more = m_next < m_lines.size();
    if (start != std::string_view::npos && line.content[start] != '#') {
      if (more && m_lines[m_next].indent > line.indent) {
        throw OutsideSubset{}; // a scalar that goes on over lines, or text that does not belong
      }
      return inline_scalar(line.content.substr(start), mark_at(line, start));
    }
    if (more && m_lines[m_next].indent > line.indent) {
      return block(m_lines[m_next].indent);
    }
    if (more && after_key && m_lines[m_next].indent == line.indent && is_item(m_lines[m_next].content)) {
      return sequence(line.indent);
    }
    return ValueRef(make(YAML::NodeType::Null, next_mark(), ""));
  }

  ValueRef inline_scalar(std::string_view text, const YAML::Mark& mark) {
    if (text[0] == '\'' || text[0] == '"') {
      return scalar_or_null(quoted(text), mark, "!");
    }
    if (text[0] == '-' && (text.size() == 1 || text[1] == ' ')) {
      throw OutsideSubset{}; // a list on a key's line, or a list in a list item
    }
    return scalar_or_null(std::string(plain(text)), mark, "?");
  }

  ValueRef scalar_or_null(std::string text, const YAML::Mark& mark, std::string tag) {
    if (tag == "?" && is_null_word(text)) {
      return ValueRef(make(YAML::NodeType::Null, mark, ""));
    }
    Value& value = make(YAML::NodeType::Scalar, mark, std::move(tag));
    value.scalar = std::move(text);
    return ValueRef(value);
  }

  std::string_view m_text;
  std::vector<Line> m_lines;
  std::size_t m_next = 0;
  int m_depth = 0; // blocks open
  ValueDocuments m_out;
};

} // namespace

std::optional<ValueDocuments> parse_block_subset(std::string_view text) {
  try {
    return BlockReader(text).read();
  } catch (const OutsideSubset&) {
    return std::nullopt;
  }
}

} // namespace ragft::yaml
