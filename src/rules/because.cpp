#include "rules/because.hpp"

#include <cctype>

namespace ragft {

namespace {

// Calls `literal(text)` and `field(inside)` for the pieces of `text` in order.
template <typename Literal, typename Field>
void split_template(std::string_view text, Literal&& literal, Field&& field) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t open = text.find('{', pos);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      literal(text.substr(pos));
      return;
    }
    literal(text.substr(pos, open - pos));
    field(text.substr(open + 1, close - open - 1));
    pos = close + 1;
  }
}

// "id", or "id|one|many" (a third `|` and what follows it belong to the plural).
Placeholder parse_placeholder(std::string_view inside) {
  const std::size_t bar = inside.find('|');
  if (bar == std::string_view::npos) {
    return Placeholder{std::string(inside), std::nullopt};
  }
  const std::string_view forms = inside.substr(bar + 1);
  const std::size_t second = forms.find('|');
  const std::string_view one = forms.substr(0, second);
  const std::string_view many = second == std::string_view::npos ? one : forms.substr(second + 1);
  return Placeholder{std::string(inside.substr(0, bar)), std::pair{std::string(one), std::string(many)}};
}

// A choice by its phrase when it has one; otherwise the value as the reports say it.
std::string quoted_value(const FactDef& fact, const FactValue& value, const Placeholder& p) {
  if (value.known() && fact.type == FactType::choice) {
    const Choice& choice = fact.choices.at(static_cast<std::size_t>(value.as_choice()));
    if (!choice.phrase.empty()) {
      return choice.phrase;
    }
  }
  std::string shown = spoken_value(fact, value);
  if (p.forms && fact.type == FactType::integer) {
    const bool one = value.known() && value.as_integer() == 1;
    shown += " " + (one ? p.forms->first : p.forms->second);
  }
  return shown;
}

// Whether `word` is said with a vowel sound first: a vowel letter, or a number read "eight...",
// "eleven..." or "eighteen..." (8, 80, 800, 11, 11,000, 18).
bool vowel_sound(std::string_view word) {
  if (word.empty()) {
    return false;
  }
  const char first = static_cast<char>(std::tolower(static_cast<unsigned char>(word.front())));
  if (std::isdigit(static_cast<unsigned char>(first)) != 0) {
    const std::string_view group = word.substr(0, word.find_first_not_of("0123456789"));
    return first == '8' || group == "11" || group == "18";
  }
  return first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u';
}

// "a " or "A " at the end of `out`, as a word of its own, before a vowel sound becomes "an ".
void agree_article(std::string& out, std::string_view next) {
  const std::size_t n = out.size();
  const bool article = n >= 2 && (out[n - 2] == 'a' || out[n - 2] == 'A') && out[n - 1] == ' ' &&
                       (n == 2 || out[n - 3] == ' ' || out[n - 3] == '(');
  if (article && vowel_sound(next)) {
    out.back() = 'n'; // "a " -> "an ": the space moves one on (insert(n - 1, "n") made GCC 12 warn falsely)
    out.push_back(' ');
  }
}

} // namespace

std::vector<Placeholder> parse_placeholders(std::string_view text) {
  std::vector<Placeholder> found;
  split_template(
      text, [](std::string_view) {}, [&](std::string_view inside) { found.push_back(parse_placeholder(inside)); });
  return found;
}

std::string render_because(std::string_view text, const RuleBase& rules, const FactSet& facts) {
  std::string out;
  out.reserve(text.size() + 16);
  split_template(
      text, [&](std::string_view piece) { out.append(piece); },
      [&](std::string_view inside) {
        const Placeholder p = parse_placeholder(inside);
        if (auto index = rules.fact_index(p.id)) {
          const auto i = static_cast<std::size_t>(*index);
          const std::string value = quoted_value(rules.facts[i], facts[i], p);
          agree_article(out, value);
          out.append(value);
        } else {
          out.append("{").append(inside).append("}");
        }
      });
  return out;
}

} // namespace ragft
