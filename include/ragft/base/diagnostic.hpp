#pragma once
// Where something is in an input file, and messages about it in the form `path:line:col: message`.

#include <stdexcept>
#include <string>

namespace ragft {

// A position in a named input. `line` and `column` are 1-based; 0 means "not known".
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

// One problem with one input: what was found, and (when it can be guessed) how to fix it.
struct Diagnostic {
  Location where;
  std::string message;

  // `path:line:col: message`, leaving out what is not known.
  std::string to_string() const;
};

// Thrown when a whole run must stop, e.g. an invalid rule base. Carries the diagnostic.
class InputError : public std::runtime_error {
public:
  explicit InputError(Diagnostic diagnostic);
  const Diagnostic& diagnostic() const { return m_diagnostic; }

private:
  Diagnostic m_diagnostic;
};

} // namespace ragft
