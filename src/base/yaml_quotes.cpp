#include "base/yaml_quotes.hpp"

#include <string>

namespace ragft::yaml {

namespace {

struct Scan {
  std::optional<OpenQuote> open;  // a quote open at the end of the line scanned last
  int block_indent = -1;          // the indentation of a block scalar's key line; -1 = none
  int flow = 0;                   // depth of `[`/`{` outside quotes
  std::optional<OpenQuote> outer; // where the outermost open `[`/`{` opened
};

// Whether a quote at `i` opens a value: first on its line (after a `- `), after `: `, or after
// `[`, `{` or `,` inside a flow collection.
bool opens_value(std::string_view line, std::size_t i, int flow) {
  const std::size_t before = line.find_last_not_of(' ', i == 0 ? 0 : i - 1);
  if (i == 0 || before == std::string_view::npos ||
      line.substr(0, i).find_first_not_of(' ') == std::string_view::npos) {
    return true;
  }
  const char c = line[before];
  const bool spaced = before + 1 < i;
  return (spaced && (c == ':' || c == '-')) || c == '[' || c == '{' || (flow > 0 && (c == ',' || c == ':'));
}

bool starts_block_scalar(std::string_view line) {
  const std::size_t end = line.find_last_not_of(" \r");
  if (end == std::string_view::npos) {
    return false;
  }
  std::size_t i = end;
  while (i > 0 && (line[i] == '-' || line[i] == '+' || (line[i] >= '1' && line[i] <= '9'))) {
    --i;
  }
  return (line[i] == '|' || line[i] == '>') && i > 0 && line[i - 1] == ' ';
}

// Scans one line outside a quote; leaves `s.open` set when a quote stays open at its end.
void scan_line(Scan& s, std::string_view line, int number) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '#' && (i == 0 || line[i - 1] == ' ')) {
      return;
    }
    if ((c == '[' || c == '{') && (s.flow > 0 || opens_value(line, i, s.flow))) {
      if (s.flow++ == 0) {
        s.outer = OpenQuote{number, static_cast<int>(i) + 1, c, 0};
      }
    } else if ((c == ']' || c == '}') && s.flow > 0) {
      --s.flow;
    } else if ((c == '"' || c == '\'') && opens_value(line, i, s.flow)) {
      const std::size_t close = closing_quote(line, i + 1, c);
      if (close == std::string_view::npos) {
        s.open = OpenQuote{number, static_cast<int>(i) + 1, c, 0};
        return;
      }
      i = close;
    }
  }
}

bool in_block_scalar(Scan& s, std::string_view line) {
  if (s.block_indent < 0) {
    return false;
  }
  const std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos || line[indent] == '\r' || static_cast<int>(indent) > s.block_indent) {
    return true;
  }
  s.block_indent = -1;
  return false;
}

// Scans `text` up to its end or the first quote not closed on its line.
Scan scan(std::string_view text) {
  Scan s;
  int number = 0;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (s.open) {
      if (closing_quote(line, 0, s.open->quote) != std::string_view::npos) {
        s.open->closed_line = number;
        return s;
      }
      continue;
    }
    if (in_block_scalar(s, line)) {
      continue;
    }
    scan_line(s, line, number);
    if (!s.open && s.flow == 0 && starts_block_scalar(line)) {
      s.block_indent = static_cast<int>(line.find_first_not_of(' '));
    }
  }
  return s;
}

} // namespace

std::size_t closing_quote(std::string_view line, std::size_t from, char q) {
  for (std::size_t i = from; i < line.size(); ++i) {
    const bool escape = q == '"' ? line[i] == '\\' : line[i] == '\'' && i + 1 < line.size() && line[i + 1] == '\'';
    if (escape) {
      ++i;
    } else if (line[i] == q) {
      return i;
    }
  }
  return std::string_view::npos;
}

std::optional<OpenQuote> find_open_quote(std::string_view text) { return scan(text).open; }

std::optional<OpenQuote> find_open_flow(std::string_view text) {
  const Scan s = scan(text);
  return !s.open && s.flow > 0 ? s.outer : std::nullopt;
}

} // namespace ragft::yaml
