#pragma once
// Shared helpers for the ADR reader's unit tests: an ADR read from text with the built-in rule
// base, and its status and decision in one line each.

#include <string>

#include <ragft/adr/adr.hpp>
#include <ragft/rules/loader.hpp>

namespace ragft::test {

inline AdrRecord read(const std::string& text) { return read_adr(text, "adr.md", default_rule_base()); }

// "accepted: Accepted" (the status, and its text as written when there is one).
inline std::string status_of(const std::string& text) {
  const AdrRecord r = read(text);
  return std::string(to_string(r.status)) + (r.status_text ? ": " + r.status_text->text : "");
}

// "We will use RAG. -> rag" (the decision quoted, and the approach it names), or "(none)".
inline std::string decided(const std::string& text) {
  const AdrRecord r = read(text);
  if (!r.decision) {
    return "(none)";
  }
  return r.decision->text + " -> " + (r.decision->verdict ? std::string(to_string(*r.decision->verdict)) : "none");
}

} // namespace ragft::test
