#pragma once
// Facts: the typed questions a rule base defines, and the values a project gives them.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <ragft/base/diagnostic.hpp>

namespace ragft {

enum class FactType { choice, integer, boolean };

std::string_view to_string(FactType type);

struct Choice {
  std::string value;
  std::string help;
  std::string phrase; // how a rationale quotes the value ("changes every day"); "" = the value in words
  std::string label;  // what a questionnaire's menu shows for it; "" = the value in words ("free text")
};

struct Condition;

// One fact of a rule base, with what the questionnaire shows for it.
struct FactDef {
  std::string id;
  FactType type = FactType::choice;
  std::string question;
  std::string label; // a few words a report names the fact by ("labelled examples"); "" = from the id
  std::string help;
  std::vector<Choice> choices;              // choice facts only
  std::string unit;                         // integer facts only, e.g. "examples"
  std::int64_t minimum = 0;                 // integer facts only
  std::optional<std::string> default_value; // as written in a spec; also the value when not asked
  std::shared_ptr<const Condition> when;    // asked only unless this is known false; reads earlier facts only
  Location where;

  // Index of `value` among the choices, if it is one.
  std::optional<int> choice_index(std::string_view value) const;
  std::vector<std::string> choice_values() const;
};

// The value of one fact: unknown, or a bool, an integer, or the index of a choice.
class FactValue {
public:
  FactValue() = default;
  static FactValue boolean(bool b);
  static FactValue integer(std::int64_t n);
  static FactValue choice(int index);

  bool known() const { return m_known; }
  bool as_bool() const { return m_number != 0; }
  std::int64_t as_integer() const { return m_number; }
  int as_choice() const { return static_cast<int>(m_number); }

  friend bool operator==(const FactValue&, const FactValue&) = default;

private:
  bool m_known = false;
  std::int64_t m_number = 0;
};

// Values for every fact of a rule base, indexed like `RuleBase::facts`.
using FactSet = std::vector<FactValue>;

// The value as a spec file spells it ("daily", "true", "600000"), or "unknown".
std::string format_value(const FactDef& fact, const FactValue& value);

// The value as a person reads it ("daily", "yes", "600,000").
std::string display_value(const FactDef& fact, const FactValue& value);

// The fact as a report names it in prose: its `label`, else its id with spaces for `_`
// ("labeled_examples" -> "labeled examples").
std::string fact_label(const FactDef& fact);

// The value in words, for prose: `display_value` with spaces for `_` in a choice ("free text").
std::string spoken_value(const FactDef& fact, const FactValue& value);

// A spec's spelling of a choice in words: "strict_schema" -> "strict schema"; "true"/"false" ->
// "yes"/"no" for a bool fact.
std::string spoken_spelling(const FactDef& fact, std::string_view spelling);

// Thousands separators: 600000 -> "600,000".
std::string group_thousands(std::int64_t n);

// `x` rounded to a whole number with thousands separators ("1,234,568"); beyond ±2^53, where
// whole numbers stop being exact, in scientific notation ("1.23e+21"); "n/a" when not finite.
// Never rounds through an integer type that could overflow.
std::string whole_amount(double x);

} // namespace ragft
