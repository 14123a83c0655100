#include "outputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <unistd.h>

#include <ragft/base/suggest.hpp>

namespace ragft::cli {

namespace {

// " (did you mean `text`? ...)" for a name people give a format that ragft calls otherwise (score's
// text for several files is a table; `md` is Markdown), else the nearest name by spelling.
std::string format_hint(const std::string& name) {
  static const std::vector<std::pair<std::string_view, std::string_view>> k_other_names = {
      {"table", " (did you mean `text`? score's text is a table for several files)"},
      {"txt", " (did you mean `text`?)"},
      {"md", " (did you mean `markdown`?)"},
      {"ndjson", " (did you mean `jsonl`?)"},
      {"xml", " (did you mean `junit`?)"},
  };
  for (const auto& [other, hint] : k_other_names) {
    if (name == other) {
      return std::string(hint);
    }
  }
  return did_you_mean(name, format_names());
}

OutputSpec parse_output(const std::string& spec) {
  const std::size_t eq = spec.find('=');
  const std::string name = spec.substr(0, eq);
  const auto format = parse_format(name);
  if (!format) {
    throw std::invalid_argument(fmt::format("--format {}: unknown format `{}`{}; expected one of: {}", spec, name,
                                            format_hint(name), fmt::join(format_names(), ", ")));
  }
  if (eq != std::string::npos && eq + 1 == spec.size()) {
    throw std::invalid_argument(fmt::format("--format {}: the file name after `=` is missing", spec));
  }
  return OutputSpec{*format, eq == std::string::npos ? std::string() : spec.substr(eq + 1)};
}

// The file `path` names, however it is spelt (`o.json`, `./o.json`, a link to it): its canonical
// path, resolving what exists of it.
std::string same_file_key(const std::string& path) {
  std::error_code ec;
  const std::filesystem::path canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  return ec ? path : canonical.string();
}

} // namespace

std::vector<OutputSpec> parse_outputs(const std::vector<std::string>& specs) {
  std::vector<OutputSpec> outputs;
  outputs.reserve(specs.size());
  for (const std::string& spec : specs) {
    outputs.push_back(parse_output(spec));
  }
  if (outputs.empty()) {
    outputs.push_back(OutputSpec{Format::text, ""});
  }
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (outputs[i].path.empty() != outputs[j].path.empty()) {
        continue;
      }
      if (outputs[i].path == outputs[j].path || same_file_key(outputs[i].path) == same_file_key(outputs[j].path)) {
        throw std::invalid_argument(
            outputs[i].path.empty()
                ? "--format: only one format can go to standard output; write the others to files (--format NAME=FILE)"
                : fmt::format("--format: `{}` and `{}` are the same file; name a different file for each format",
                              outputs[j].path, outputs[i].path));
      }
    }
  }
  return outputs;
}

std::unique_ptr<AtomicFile> open_output_file(const OutputSpec& spec, bool force) {
  if (spec.path.empty()) {
    return nullptr;
  }
  if (const std::string error = check_writable(spec.path, force); !error.empty()) {
    throw std::runtime_error(fmt::format("{}: {}", spec.path, error));
  }
  return std::make_unique<AtomicFile>(spec.path);
}

void commit_output_file(AtomicFile& file, const OutputSpec& spec, bool force) {
  if (const std::string error = file.commit(force); !error.empty()) {
    throw std::runtime_error(fmt::format("{}: {}", spec.path, error));
  }
}

void close_appended(std::ofstream& file, const OutputSpec& spec) {
  file.flush();
  const bool written = static_cast<bool>(file);
  const int error = errno;
  file.close();
  if (!written || file.fail()) {
    throw std::runtime_error(fmt::format("{}: cannot write: {}", spec.path, std::strerror(written ? errno : error)));
  }
}

std::string step_summary_path(const std::vector<OutputSpec>& specs) {
  const char* path = std::getenv("GITHUB_STEP_SUMMARY");
  const bool github =
      std::any_of(specs.begin(), specs.end(), [](const OutputSpec& s) { return s.format == Format::github; });
  return github && path != nullptr ? std::string(path) : std::string();
}

} // namespace ragft::cli
