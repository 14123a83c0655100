#include <ragft/base/numbers.hpp>

#include <cctype>
#include <charconv>
#include <string>

namespace ragft {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// `digits` without its commas when they stand between groups of three, else nothing.
std::optional<std::string> ungrouped(std::string_view digits) {
  const std::size_t first = digits.find(',');
  if (first == std::string_view::npos) {
    return std::string(digits);
  }
  if (first == 0 || first > 3) {
    return std::nullopt;
  }
  std::string out(digits.substr(0, first));
  for (std::size_t i = first; i < digits.size(); i += 4) {
    if (digits[i] != ',' || i + 4 > digits.size()) {
      return std::nullopt;
    }
    out.append(digits.substr(i + 1, 3));
  }
  return out;
}

} // namespace

std::optional<std::int64_t> parse_grouped_integer(std::string_view text) {
  const bool negative = !text.empty() && text.front() == '-';
  if (!text.empty() && (text.front() == '+' || negative)) {
    text.remove_prefix(1);
  }
  for (const char c : text) {
    if (!is_digit(c) && c != ',') {
      return std::nullopt;
    }
  }
  const auto digits = ungrouped(text);
  if (!digits || digits->empty()) {
    return std::nullopt;
  }
  std::int64_t value = 0;
  const char* end = digits->data() + digits->size();
  const auto [ptr, ec] = std::from_chars(digits->data(), end, value);
  if (ec != std::errc() || ptr != end) {
    return std::nullopt;
  }
  return negative ? -value : value;
}

bool is_misgrouped_number(std::string_view text) {
  bool digit = false;
  bool comma = false;
  for (const char c : text) {
    digit = digit || is_digit(c);
    comma = comma || c == ',';
    if (!is_digit(c) && c != ',' && c != '+' && c != '-') {
      return false;
    }
  }
  return digit && comma && !parse_grouped_integer(text);
}

} // namespace ragft
