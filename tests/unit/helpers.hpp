#pragma once
// Shared helpers for the unit tests: facts by id, and specs parsed from text.

#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include <ragft/engine/engine.hpp>
#include <ragft/rules/loader.hpp>
#include <ragft/spec/spec.hpp>

namespace ragft::test {

inline const RuleBase& rules() { return default_rule_base(); }

// A FactSet with the given facts set (as a spec would write them) and all others unknown.
inline FactSet facts(const std::vector<std::pair<std::string, std::string>>& values) {
  std::string yaml = "ragft: 1\nproject: test\nfacts:\n";
  for (const auto& [id, value] : values) {
    yaml += "  " + id + ": " + value + "\n";
  }
  auto documents = parse_specs(yaml, "facts.yaml", rules());
  REQUIRE(documents.size() == 1);
  if (const auto* error = std::get_if<Diagnostic>(&documents.front())) {
    FAIL(error->to_string());
  }
  return std::get<Spec>(documents.front()).facts;
}

inline Spec spec(const std::string& yaml) {
  auto documents = parse_specs(yaml, "spec.yaml", rules());
  REQUIRE(documents.size() == 1);
  if (const auto* error = std::get_if<Diagnostic>(&documents.front())) {
    FAIL(error->to_string());
  }
  return std::get<Spec>(documents.front());
}

inline Diagnostic spec_error(const std::string& yaml) {
  auto documents = parse_specs(yaml, "bad.yaml", rules());
  REQUIRE(documents.size() == 1);
  REQUIRE(std::holds_alternative<Diagnostic>(documents.front()));
  return std::get<Diagnostic>(documents.front());
}

inline bool fired(const Evaluation& e, std::string_view id) {
  for (const FiredRule& f : e.fired) {
    if (f.rule->id == id) {
      return true;
    }
  }
  return false;
}

} // namespace ragft::test
