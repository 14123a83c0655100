#include <ragft/base/wrap.hpp>

#include <algorithm>

namespace ragft {

int display_width(std::string_view text) {
  return static_cast<int>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
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
  const int room = width <= 0 ? 0 : std::max(20, width - std::max(display_width(first), display_width(rest)));
  std::vector<std::string> lines = wrap_words(text, room);
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
