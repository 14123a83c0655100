#pragma once
// Where something is in an input file, and messages about it in the form `path:line:col: message`.

#include <stdexcept>
#include <string>
#include <vector>

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
  std::vector<Diagnostic> also{}; // the other problems found in the same input, in order

  // `path:line:col: message`, leaving out what is not known; then one line for each of `also`.
  std::string to_string() const;
  // This problem and those of `also`, each on its own.
  std::vector<Diagnostic> each() const;
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
