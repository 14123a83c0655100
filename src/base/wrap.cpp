#include <ragft/base/wrap.hpp>

#include <algorithm>
#include <iterator>
#include <utility>

#include "base/utf8.hpp"

namespace ragft {

namespace {

struct Range {
  char32_t first;
  char32_t last;
};

// East Asian Wide and Fullwidth characters (Unicode's EastAsianWidth.txt, W and F, in the blocks
// that hold them: Hangul Jamo, CJK, kana, Hangul syllables, fullwidth forms, emoji), as Markus
// Kuhn's wcwidth draws them: two columns of a terminal each.
constexpr Range k_wide[] = {
    {0x1100, 0x115F}, {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F}, {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

// Combining marks, zero-width spaces and joiners, variation selectors and the BOM: no column of
// their own.
constexpr Range k_zero[] = {
    {0x0300, 0x036F}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x2060, 0x2064},
    {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
};

template <std::size_t N> bool in(const Range (&ranges)[N], char32_t c) {
  return std::any_of(std::begin(ranges), std::end(ranges), [c](const Range& r) { return c >= r.first && c <= r.last; });
}

} // namespace

int display_width(std::string_view text) {
  int width = 0;
  for (std::size_t i = 0; i < text.size();) {
    // a byte that starts no valid sequence counts as one column of its own
    const std::size_t n = std::max<std::size_t>(1, utf8::sequence_length(text, i));
    const char32_t c = n == 1 ? static_cast<unsigned char>(text[i]) : utf8::code_point(text.substr(i, n));
    width += in(k_zero, c) ? 0 : in(k_wide, c) ? 2 : 1;
    i += n;
  }
  return width;
}

std::vector<std::string> wrap_words(std::string_view text, int width) {
  if (width <= 0) {
    return text.empty() ? std::vector<std::string>{} : std::vector<std::string>{std::string(text)};
  }
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    end = end == std::string_view::npos ? text.size() : end;
    const std::string_view word = text.substr(start, end - start);
    if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (!word.empty()) {
      line += (line.empty() ? "" : " ") + std::string(word);
    }
    start = end + 1;
  }
  if (!line.empty()) {
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string wrap_hanging(std::string_view text, int width, std::string_view first, std::string_view rest) {
  // Each line has the room its own lead leaves (readers18: after `with other rule weights: `, the
  // lines under it, led by 4 spaces, were cut to 52 of 80 columns, `by up` / `to ±30%`).
  const int first_room = width <= 0 ? 0 : std::max(20, width - display_width(first));
  const int rest_room = width <= 0 ? 0 : std::max(20, width - display_width(rest));
  std::vector<std::string> lines = wrap_words(text, first_room);
  if (lines.size() > 1 && rest_room != first_room) {
    std::string remainder;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      remainder += (i == 1 ? "" : " ") + lines[i];
    }
    std::vector<std::string> more = wrap_words(remainder, rest_room);
    lines.resize(1);
    lines.insert(lines.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  if (lines.empty()) {
    lines.emplace_back();
  }
  std::string out;
  bool is_first = true;
  for (const std::string& line : lines) {
    out.append(is_first ? first : rest).append(line).push_back('\n');
    is_first = false;
  }
  return out;
}

} // namespace ragft
