#pragma once
// Shared helpers for the ADR reader's unit tests: an ADR read from text with the built-in rule
// base, its check, and its status and decision in one line each; facts a RAG decision agrees with.

#include <string>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/check.hpp>
#include <ragft/rules/loader.hpp>

namespace ragft::test {

inline AdrRecord read(const std::string& text) { return read_adr(text, "adr.md", default_rule_base()); }

// The check of that ADR: its findings.
inline AdrEntry check(const std::string& text) { return check_adr(read(text), default_rule_base()); }

// The facts of a project RAG suits (weekly updates, 2,500 documents, citations, no examples, no GPUs).
inline const std::string k_rag_facts = "facts:\n  knowledge_updates: weekly\n  knowledge_base_docs: 2500\n"
                                       "  citations_required: true\n  hallucination_tolerance: low\n"
                                       "  labeled_examples: 0\n  task_type: conversation\n  budget: low\n"
                                       "  ml_expertise: none\n  gpu_access: none\n  launch_weeks: 6\n";

// Whether `text` begins with `prefix`.
inline bool opens_with(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

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
