#include "number_options.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

namespace ragft::cli {

CLI::Validator finite_range(double low, double high) {
  const std::string description = fmt::format("NUMBER in [{:g} - {:g}]", low, high);
  return CLI::Validator(
      [low, high](std::string& text) -> std::string {
        double value = 0;
        const char* end = text.data() + text.size();
        const auto [ptr, ec] = std::from_chars(text.data(), end, value);
        if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
          return fmt::format("`{}` is not a number; expected a number from {:g} to {:g}", text, low, high);
        }
        if (value < low || value > high) {
          return fmt::format("{} is out of range; expected a number from {:g} to {:g}", text, low, high);
        }
        return "";
      },
      description);
}

CLI::Validator unsigned_number() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        const bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) != 0;
        });
        std::uint64_t value = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (!digits || ec != std::errc() || ptr != text.data() + text.size()) {
          return fmt::format("`{}` is not a whole number from 0 to {}", text, UINT64_MAX);
        }
        return "";
      },
      "UINT");
}

} // namespace ragft::cli
