#include "outputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include <fmt/format.h>
#include <unistd.h>

namespace ragft::cli {

namespace {

OutputSpec parse_output(const std::string& spec) {
  const std::size_t eq = spec.find('=');
  const std::string name = spec.substr(0, eq);
  const auto format = parse_format(name);
  if (!format) {
    throw std::invalid_argument(fmt::format("--format {}: unknown format `{}`; expected one of: {}", spec, name,
                                            fmt::join(format_names(), ", ")));
  }
  if (eq != std::string::npos && eq + 1 == spec.size()) {
    throw std::invalid_argument(fmt::format("--format {}: the file name after `=` is missing", spec));
  }
  return OutputSpec{*format, eq == std::string::npos ? std::string() : spec.substr(eq + 1)};
}

} // namespace

std::vector<OutputSpec> parse_outputs(const std::vector<std::string>& specs) {
  std::vector<OutputSpec> outputs;
  for (const std::string& spec : specs) {
    outputs.push_back(parse_output(spec));
  }
  if (outputs.empty()) {
    outputs.push_back(OutputSpec{Format::text, ""});
  }
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (outputs[i].path == outputs[j].path) {
        throw std::invalid_argument(
            outputs[i].path.empty()
                ? "--format: only one format can go to standard output; write the others to files (--format NAME=FILE)"
                : fmt::format("--format: the file `{}` is named twice", outputs[i].path));
      }
    }
  }
  return outputs;
}

} // namespace ragft::cli
