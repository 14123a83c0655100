#include "input.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>

#include <ragft/rule_base_loader.hpp>

namespace ragft::cli {

namespace {

// Reads at most `max_bytes` + 1 bytes, so that an endless stream is refused, not exhausted.
std::string read_bounded(std::istream& in, std::size_t max_bytes) {
  std::string text;
  char chunk[64 * 1024];
  while (text.size() <= max_bytes && in.read(chunk, sizeof chunk).gcount() > 0) {
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (text.size() > max_bytes + 1) {
    text.resize(max_bytes + 1);
  }
  return text;
}

} // namespace

std::optional<std::string> read_input(const std::string& path, Diagnostic& error, std::size_t max_bytes) {
  if (path == "-") {
    std::string text = read_bounded(std::cin, max_bytes);
    if (text.size() > max_bytes) {
      error = Diagnostic{Location{"<stdin>", 1, 1}, fmt::format("more than {} bytes on standard input", max_bytes)};
      return std::nullopt;
    }
    return text;
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
  if (const auto size = std::filesystem::file_size(path, ec); !ec && size > max_bytes) {
    error = Diagnostic{Location{path, 1, 1}, fmt::format("file is {} bytes; the limit is {} bytes", size, max_bytes)};
    return std::nullopt;
  }
  std::string text = read_bounded(in, max_bytes);
  if (text.size() > max_bytes) {
    error = Diagnostic{Location{path, 1, 1}, fmt::format("more than {} bytes; the limit is {} bytes", max_bytes, max_bytes)};
    return std::nullopt;
  }
  return text;
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
