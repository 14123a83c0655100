#include <ragft/base/text.hpp>

namespace ragft {

namespace {

constexpr std::string_view k_blanks = " \t\r\n";

} // namespace

std::string_view trim(std::string_view text) {
  const std::size_t first = text.find_first_not_of(k_blanks);
  if (first == std::string_view::npos) {
    return {};
  }
  return text.substr(first, text.find_last_not_of(k_blanks) - first + 1);
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::string trimmed_lower(std::string_view text) { return ascii_lower(trim(text)); }

} // namespace ragft
