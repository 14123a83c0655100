#include "input.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>

#include <ragft/rule_base_loader.hpp>

namespace ragft::cli {

std::optional<std::string> read_input(const std::string& path, Diagnostic& error) {
  std::ostringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = Diagnostic{Location{path, 0, 0}, "is a directory; expected a spec file (.yaml, .yml or .json)"};
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = Diagnostic{Location{path, 0, 0}, fmt::format("cannot read: {}; check the path and its permissions",
                                                         std::strerror(errno))};
    return std::nullopt;
  }
  buffer << in.rdbuf();
  return buffer.str();
}

const RuleBase& load_rules(const std::string& path) {
  if (path.empty()) {
    return default_rule_base();
  }
  static RuleBase custom;
  Diagnostic error;
  const auto text = read_input(path, error);
  if (!text) {
    throw InputError(error);
  }
  custom = load_rule_base(*text, path);
  return custom;
}

} // namespace ragft::cli
