#include "terminal.hpp"

#include <cstdlib>
#include <cstring>
#include <iostream>

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

} // namespace ragft::cli
