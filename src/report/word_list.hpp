#pragma once
// Items as a sentence lists them: "a", "a and b", "a, b and c" (or "or" in place of "and").

#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace ragft::report_detail {

inline std::string word_list(const std::vector<std::string>& items, std::string_view conjunction) {
  if (items.size() <= 1) {
    return items.empty() ? std::string() : items.front();
  }
  const std::vector<std::string> head(items.begin(), items.end() - 1);
  return fmt::format("{} {} {}", fmt::join(head, ", "), conjunction, items.back());
}

} // namespace ragft::report_detail
