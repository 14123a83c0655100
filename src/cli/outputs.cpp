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

AtomicFile::AtomicFile(std::string path)
    : m_path(std::move(path)), m_temp(fmt::format("{}.tmp-{}", m_path, ::getpid())) {
  m_out.open(m_temp, std::ios::binary | std::ios::trunc);
  if (!m_out) {
    throw std::runtime_error(fmt::format("{}: cannot write: {}", m_path, std::strerror(errno)));
  }
}

AtomicFile::~AtomicFile() {
  if (!m_committed) {
    m_out.close();
    std::error_code ec;
    std::filesystem::remove(m_temp, ec);
  }
}

void AtomicFile::commit() {
  m_out.flush();
  const bool written = static_cast<bool>(m_out);
  m_out.close();
  std::error_code ec;
  if (written && !m_out.fail()) {
    std::filesystem::rename(m_temp, m_path, ec);
  }
  if (!written || m_out.fail() || ec) {
    throw std::runtime_error(fmt::format("{}: cannot write{}", m_path, ec ? ": " + ec.message() : std::string()));
  }
  m_committed = true;
}

} // namespace ragft::cli
