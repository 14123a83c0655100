#include <ragft/base/input_limits.hpp>

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "base/utf8.hpp"

namespace ragft {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

// Where the scan is, as a person counts: 1-based line and column (in bytes).
struct Cursor {
  int line = 1;
  int column = 1;
};

Diagnostic at(std::string_view origin, Cursor c, std::string message) {
  return Diagnostic{Location{std::string(origin), c.line, c.column}, std::move(message)};
}

// Block nesting of one line: its indentation level among the open ones, plus `- ` entries that
// open lists on the same line. Flow nesting: brackets outside quotes, carried across lines.
// Spaces and tabs separate tokens within a line (tabs are no indentation in YAML, but yaml-cpp
// reads them as separation too).
bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Where the scan of a line's content stands, before its next character. In block context a
// bracket opens a collection only where a node starts (at the start of the content, or after `:`,
// `-`, `?` or `,` and a blank, or after an anchor or tag); elsewhere it is text ("see {x}").
// Inside brackets a node starts after any blank too.
enum class FlowAt {
  NodeStart,    // a node may start here
  Indicator,    // just after `:`, `-`, `?` or `,`: a blank makes it a node start
  Blank,        // after a blank that follows text
  Text,         // inside a plain token, or after a quoted one or a closing bracket
  SingleQuoted, // inside '...'
  DoubleQuoted, // inside "..."
};

class DepthScanner {
public:
  // Scans one line (without its newline); returns the depth reached.
  int scan(std::string_view line) {
    if (m_quoted != FlowAt::NodeStart) {
      // A line inside a quoted scalar that began on an earlier line: its text opens nothing.
      return static_cast<int>(m_indents.size()) + scan_flow(line, m_quoted);
    }
    const std::size_t indent = line.find_first_not_of(" \t");
    if (indent == std::string_view::npos || line[indent] == '#') {
      return 0;
    }
    if (m_flow == 0) {
      while (!m_indents.empty() && m_indents.back() >= indent) {
        m_indents.pop_back();
      }
      m_indents.push_back(indent);
    }
    int dashes = 0;
    std::size_t i = indent;
    while (m_flow == 0 && i + 1 < line.size() && line[i] == '-' && is_blank(line[i + 1])) {
      ++dashes;
      i = line.find_first_not_of(" \t", i + 1);
      if (i == std::string_view::npos) {
        break;
      }
    }
    const int flow_peak = scan_flow(line.substr(std::min(i, line.size())), FlowAt::NodeStart);
    return static_cast<int>(m_indents.size()) + dashes + flow_peak;
  }

  int aliases() const { return m_aliases; }

private:
  // The flow depth `rest` reaches from `start`; counts aliases on the way. Stops at a comment. A
  // quoted scalar still open at the end of the line goes on on the next (YAML folds its lines).
  int scan_flow(std::string_view rest, FlowAt start) {
    int peak = m_flow;
    FlowAt at = start;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if (at == FlowAt::SingleQuoted || at == FlowAt::DoubleQuoted) {
        i = step_quoted(rest, i, at);
      } else if (rest[i] == '#' && (i == 0 || is_blank(rest[i - 1]))) {
        break;
      } else {
        i = step(rest, i, at);
        peak = std::max(peak, m_flow);
      }
    }
    m_quoted = at == FlowAt::SingleQuoted || at == FlowAt::DoubleQuoted ? at : FlowAt::NodeStart;
    return peak;
  }

  // One character inside quotes; returns the index of the last character consumed.
  static std::size_t step_quoted(std::string_view rest, std::size_t i, FlowAt& at) {
    const char c = rest[i];
    if (at == FlowAt::DoubleQuoted && c == '\\') {
      return i + 1; // an escape: `\"` does not end the string
    }
    if ((at == FlowAt::DoubleQuoted && c == '"') || (at == FlowAt::SingleQuoted && c == '\'')) {
      at = FlowAt::Text;
    }
    return i;
  }

  // One character outside quotes; returns the index of the last character consumed.
  std::size_t step(std::string_view rest, std::size_t i, FlowAt& at) {
    const char c = rest[i];
    const bool node_start = at == FlowAt::NodeStart || (m_flow > 0 && at == FlowAt::Blank);
    if (is_blank(c)) {
      at = at == FlowAt::Indicator || at == FlowAt::NodeStart ? FlowAt::NodeStart : FlowAt::Blank;
    } else if ((c == '&' || c == '!') && node_start) {
      // An anchor or tag: the node starts after it. Neither contains a blank or a flow indicator.
      at = FlowAt::NodeStart;
      return std::min(rest.find_first_of(" \t,[]{}", i + 1), rest.size()) - 1;
    } else if ((c == '"' || c == '\'') && node_start) {
      at = c == '"' ? FlowAt::DoubleQuoted : FlowAt::SingleQuoted;
    } else if ((c == '[' || c == '{') && node_start) {
      ++m_flow;
      at = FlowAt::NodeStart;
    } else if ((c == ']' || c == '}') && m_flow > 0) {
      --m_flow;
      at = FlowAt::Text;
    } else if (c == ',' && m_flow > 0) {
      at = FlowAt::NodeStart;
    } else {
      const bool alias = c == '*' && node_start && i + 1 < rest.size() && !is_blank(rest[i + 1]);
      m_aliases += alias ? 1 : 0;
      at = c == ':' || c == '-' || c == '?' || c == ',' ? FlowAt::Indicator : FlowAt::Text;
    }
    return i;
  }

  std::vector<std::size_t> m_indents;
  FlowAt m_quoted = FlowAt::NodeStart; // the quotes a line ended inside, else NodeStart
  int m_flow = 0;
  int m_aliases = 0;
};

std::optional<Diagnostic> check_bytes(std::string_view text, std::string_view origin, const InputLimits& limits) {
  Cursor c;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\0') {
      return at(origin, c, "binary data (a NUL byte): expected a YAML or JSON text file");
    }
    const std::size_t n = utf8::sequence_length(text, i);
    if (n == 0) {
      return at(origin, c,
                "invalid UTF-8: expected UTF-8 text; convert the file, e.g. `iconv -f windows-1252 -t utf-8`");
    }
    if (text[i] == '\n') {
      ++c.line;
      c.column = 1;
    } else if (static_cast<std::size_t>(++c.column) > limits.max_line + 1) {
      return at(
          origin, Cursor{c.line, 1},
          fmt::format("line longer than {} characters; break it up (is this really a YAML file?)", limits.max_line));
    }
    i += n;
  }
  return std::nullopt;
}

// Lines inside a block scalar (`key: |` or `>` and the more indented lines after it) are text, not
// structure: they are skipped by the structure checks.
class BlockScalarTracker {
public:
  // True when `line` is content of a block scalar opened on an earlier line.
  bool inside(std::string_view line) {
    const std::size_t indent = line.find_first_not_of(' ');
    if (m_open && (indent == std::string_view::npos || indent > m_parent)) {
      return true;
    }
    m_open = indent != std::string_view::npos && opens_block_scalar(line);
    m_parent = m_open ? indent : 0;
    return false;
  }

private:
  static bool opens_block_scalar(std::string_view line) {
    const std::size_t comment = line.find(" #");
    line = line.substr(0, comment);
    const std::size_t end = line.find_last_not_of(' ');
    if (end == std::string_view::npos) {
      return false;
    }
    const std::size_t start = line.find_last_of(' ', end);
    const std::string_view token = line.substr(start == std::string_view::npos ? 0 : start + 1, end + 1);
    return !token.empty() && (token[0] == '|' || token[0] == '>') &&
           token.find_first_not_of("|>+-0123456789") == std::string_view::npos;
  }

  bool m_open = false;
  std::size_t m_parent = 0; // indentation of the line that opened it
};

std::optional<Diagnostic> check_structure(std::string_view text, std::string_view origin, const InputLimits& limits) {
  DepthScanner scanner;
  BlockScalarTracker block_scalars;
  int documents = 0;
  int line_number = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, end - pos);
    ++line_number;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (line.substr(0, 3) == "---" && ++documents > limits.max_documents) {
      return at(origin, Cursor{line_number, 1},
                fmt::format("more than {} YAML documents in one file; split it", limits.max_documents));
    }
    if (block_scalars.inside(line)) {
      pos = end + 1;
      continue;
    }
    const int depth = scanner.scan(line);
    if (depth > limits.max_depth) {
      return at(origin, Cursor{line_number, 1},
                fmt::format("nested more than {} levels deep; a spec needs only a few levels", limits.max_depth));
    }
    if (scanner.aliases() > limits.max_aliases) {
      return at(origin, Cursor{line_number, 1},
                fmt::format("more than {} YAML aliases (`*name`); alias expansion is limited", limits.max_aliases));
    }
    pos = end + 1;
  }
  return std::nullopt;
}

} // namespace

std::string_view strip_bom(std::string_view text) {
  return text.substr(0, k_bom.size()) == k_bom ? text.substr(k_bom.size()) : text;
}

std::optional<Diagnostic> check_input(std::string_view text, std::string_view origin, const InputLimits& limits) {
  if (text.size() > limits.max_bytes) {
    return at(origin, Cursor{}, fmt::format("file is {} bytes; the limit is {} bytes", text.size(), limits.max_bytes));
  }
  text = strip_bom(text);
  if (auto error = check_bytes(text, origin, limits)) {
    return error;
  }
  return limits.yaml ? check_structure(text, origin, limits) : std::nullopt;
}

} // namespace ragft

namespace ragft {

std::size_t first_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = utf8::sequence_length(text, i);
    if (n == 0) {
      return i;
    }
    i += n;
  }
  return std::string_view::npos;
}

std::string valid_utf8(std::string_view text, std::size_t& first_invalid) {
  first_invalid = std::string_view::npos;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = text[i] == '\0' ? 0 : utf8::sequence_length(text, i);
    if (n == 0) {
      first_invalid = std::min(first_invalid, i);
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(text.substr(i, n));
    i += n;
  }
  return out;
}

} // namespace ragft
