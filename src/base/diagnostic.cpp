#include <ragft/base/diagnostic.hpp>

#include <fmt/format.h>

namespace ragft {

namespace {

std::string one_line(const Location& where, const std::string& message) {
  if (where.file.empty()) {
    return message;
  }
  if (where.line <= 0) {
    return fmt::format("{}: {}", where.file, message);
  }
  if (where.column <= 0) {
    return fmt::format("{}:{}: {}", where.file, where.line, message);
  }
  return fmt::format("{}:{}:{}: {}", where.file, where.line, where.column, message);
}

} // namespace

std::string Diagnostic::to_string() const {
  std::string text = one_line(where, message);
  for (const Diagnostic& d : also) {
    text += '\n' + one_line(d.where, d.message);
  }
  return text;
}

std::vector<Diagnostic> Diagnostic::each() const {
  std::vector<Diagnostic> out{Diagnostic{where, message, {}}};
  out.insert(out.end(), also.begin(), also.end());
  return out;
}

InputError::InputError(Diagnostic diagnostic)
    : std::runtime_error(diagnostic.to_string()), m_diagnostic(std::move(diagnostic)) {}

} // namespace ragft
