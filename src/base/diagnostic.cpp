#include <ragft/base/diagnostic.hpp>

#include <fmt/format.h>

namespace ragft {

std::string Diagnostic::to_string() const {
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

InputError::InputError(Diagnostic diagnostic)
    : std::runtime_error(diagnostic.to_string()), m_diagnostic(std::move(diagnostic)) {}

} // namespace ragft
