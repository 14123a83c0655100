#pragma once
// Shared helpers for the unit tests: facts by id, specs parsed from text, and the messages of
// refused specs and rule bases.

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

#include <ragft/base/diagnostic.hpp>
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

// A FactSet with the given values set by fact id and all others unknown.
inline FactSet facts_of(const RuleBase& base, std::initializer_list<std::pair<const char*, FactValue>> values) {
  FactSet set(base.facts.size());
  for (const auto& [id, value] : values) {
    set[static_cast<std::size_t>(*base.fact_index(id))] = value;
  }
  return set;
}

// The message a rule base written as `yaml` is refused with, or "no error".
inline std::string rule_base_error(const std::string& yaml) {
  try {
    load_rule_base(yaml, "custom.yaml");
  } catch (const InputError& e) {
    return e.diagnostic().to_string();
  }
  return "no error";
}

// The message a spec whose facts section holds `facts` is refused with.
inline std::string facts_error(const std::string& facts) {
  return spec_error("ragft: 1\nproject: X\nfacts:\n" + facts).to_string();
}

// Whether `text` holds `part`.
inline bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

inline bool fired(const Evaluation& e, std::string_view id) {
  for (const FiredRule& f : e.fired) {
    if (f.rule->id == id) {
      return true;
    }
  }
  return false;
}

} // namespace ragft::test
