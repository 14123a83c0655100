#include "terminal.hpp"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string_view>

#include <sys/ioctl.h>
#include <unistd.h>

#include <ragft/base/escape.hpp>

namespace ragft::cli {

bool use_color(bool no_color_flag, std::FILE* stream) {
  if (no_color_flag) {
    return false;
  }
  if (const char* no_color = std::getenv("NO_COLOR"); no_color != nullptr && no_color[0] != '\0') {
    return false;
  }
  if (const char* term = std::getenv("TERM"); term != nullptr && std::strcmp(term, "dumb") == 0) {
    return false;
  }
  return isatty(fileno(stream)) != 0;
}

void print_error(std::string_view message) { std::cerr << escape_text(message) << '\n'; }

void print_error(const Diagnostic& diagnostic) {
  for (const Diagnostic& one : diagnostic.each()) {
    print_error(one.to_string());
  }
}

int output_width(std::FILE* stream) {
  constexpr int k_fallback = 80;
  if (isatty(fileno(stream)) == 0) {
    return 0;
  }
  winsize size{};
  if (::ioctl(fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  return k_fallback;
}

namespace {

std::string g_argv0 = "ragft";

// The `ragft` that typing `ragft` runs, or "" when there is none on PATH.
std::filesystem::path ragft_on_path() {
  const char* path = std::getenv("PATH");
  std::string_view rest = path == nullptr ? "" : path;
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    const std::string_view folder = rest.substr(0, colon);
    rest = colon == std::string_view::npos ? "" : rest.substr(colon + 1);
    std::filesystem::path candidate = std::filesystem::path(folder.empty() ? "." : folder) / "ragft";
    if (::access(candidate.c_str(), X_OK) == 0) {
      return candidate;
    }
  }
  return {};
}

} // namespace

void remember_invocation(const char* argv0) {
  if (argv0 != nullptr && argv0[0] != '\0') {
    g_argv0 = argv0;
  }
}

std::string ragft_command() {
  if (g_argv0.find('/') == std::string::npos) {
    return "ragft";
  }
  std::error_code ec;
  const std::filesystem::path on_path = ragft_on_path();
  if (!on_path.empty() && std::filesystem::equivalent(on_path, "/proc/self/exe", ec)) {
    return "ragft";
  }
  return g_argv0;
}

} // namespace ragft::cli
