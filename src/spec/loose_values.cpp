#include <ragft/spec/loose_values.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include <ragft/base/numbers.hpp>
#include <ragft/base/suggest.hpp>

namespace ragft::loose {

namespace {

constexpr std::array<std::string_view, 10> k_unknown_words = {
    "n/a", "na", "tbd", "tba", "?", "??", "don't know", "dont know", "not sure", "unsure"};
constexpr std::string_view k_unknown_hint = " (for a value not known yet, write `unknown` or leave the line out)";
constexpr std::array<std::string_view, 10> k_approximately = {
    "~", "about ", "approx. ", "approximately ", "around ", "roughly ", "ca. ", "circa ", "over ", "up to "};

std::string trimmed_lower(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return "";
  }
  text = text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// `text` in lower case without spaces, dashes and underscores: "Strict-Schema" -> "strictschema".
std::string squeezed(std::string_view text) {
  std::string out;
  for (const char c : trimmed_lower(text)) {
    if (c != ' ' && c != '-' && c != '_') {
      out.push_back(c);
    }
  }
  return out;
}

// True when `word` is the stem of `value`: "week" of "weekly" (a prefix), "day" of "daily".
bool names_by_stem(const std::string& value, const std::string& word) {
  if (value.starts_with(word) || value == word + "ly") {
    return true;
  }
  return word.back() == 'y' && value == word.substr(0, word.size() - 1) + "ily";
}

// The one choice of `fact` that `word` is the stem of, if one only.
std::optional<std::string> stem_of(const FactDef& fact, const std::string& word) {
  std::optional<std::string> found;
  for (const Choice& choice : fact.choices) {
    if (word.size() >= 3 && names_by_stem(choice.value, word)) {
      if (found) {
        return std::nullopt;
      }
      found = choice.value;
    }
  }
  return found;
}

// A word of `text` that names one choice by its stem: "every week" -> "weekly", "each day" -> "daily".
std::optional<std::string> stem_match(const FactDef& fact, std::string_view text) {
  const std::string lower = trimmed_lower(text);
  std::optional<std::string> found;
  std::size_t start = 0;
  while (start < lower.size()) {
    const std::size_t end = std::min(lower.find(' ', start), lower.size());
    const auto stem = stem_of(fact, lower.substr(start, end - start));
    start = end + 1;
    if (stem && found && *found != *stem) {
      return std::nullopt;
    }
    found = stem ? stem : found;
  }
  return found;
}


// A number at the start of a text as people write it: digits with `,` `_` or ` ` between them,
// a fraction, an exponent, and what follows it ("10k" -> 10 and "k").
struct Number {
  double value = 0;
  bool grouped = false;  // `_` or ` ` between digits
  bool exponent = false; // 1e4
  std::string rest;      // the text after the number, trimmed
};

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::optional<Number> leading_number(std::string_view text) {
  if (text.empty() || !is_digit(text.front())) {
    return std::nullopt;
  }
  Number n;
  std::string clean;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    const bool between = i > 0 && i + 1 < text.size() && is_digit(text[i + 1]) && is_digit(text[i - 1]);
    if (is_digit(c) || (c == '.' && between) || ((c == 'e' || c == 'E') && between)) {
      n.exponent = n.exponent || c == 'e' || c == 'E';
      clean.push_back(c);
    } else if ((c == ',' || c == '_' || c == ' ') && between) {
      n.grouped = n.grouped || c != ',';
    } else {
      break;
    }
  }
  n.value = std::strtod(clean.c_str(), nullptr);
  n.rest = trimmed_lower(text.substr(i));
  return n;
}

// The factor a word after a number stands for ("k" -> 1000), 0 for no such word.
double multiplier(std::string_view word) {
  if (word == "k" || word == "thousand") {
    return 1e3;
  }
  if (word == "m" || word == "mio" || word == "million" || word == "mn") {
    return 1e6;
  }
  if (word == "b" || word == "bn" || word == "billion") {
    return 1e9;
  }
  return 0;
}

// `text` without a leading "about", "~", ... or a trailing "+"; `approximate` says if one was there.
std::string without_approximation(std::string text, bool& approximate) {
  for (const std::string_view prefix : k_approximately) {
    if (text.starts_with(prefix)) {
      approximate = true;
      text = trimmed_lower(text.substr(prefix.size()));
    }
  }
  if (!text.empty() && text.back() == '+') {
    approximate = true;
    text.pop_back();
  }
  return text;
}

// "; write one number, not a range" for "1000-2000" or "1000 to 2000"; "" for anything else.
std::string range_hint(const std::string& text) {
  for (const std::string_view dash : {"-", " to ", "\xe2\x80\x93"}) {
    const std::size_t at = text.find(dash, 1);
    if (at == std::string::npos) {
      continue;
    }
    const auto low = leading_number(trimmed_lower(text.substr(0, at)));
    const auto high = leading_number(trimmed_lower(text.substr(at + dash.size())));
    if (low && high && low->rest.empty() && high->rest.empty()) {
      return fmt::format("; write one number, not a range: your best estimate, e.g. {}",
                         std::llround((low->value + high->value) / 2));
    }
  }
  return "";
}

// `text` without the typographic quotes around it (“weekly” -> weekly), as a word processor or a
// chat writes them.
std::string without_typographic_quotes(std::string_view text) {
  constexpr std::array<std::string_view, 4> k_quotes = {"\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98", "\xe2\x80\x99"};
  const auto strip = [&](bool front) {
    for (const std::string_view q : k_quotes) {
      if (front && text.starts_with(q)) {
        text.remove_prefix(q.size());
      } else if (!front && text.ends_with(q)) {
        text.remove_suffix(q.size());
      }
    }
  };
  strip(true);
  strip(false);
  return std::string(text);
}

} // namespace

std::string pasted_key_hint(std::string_view key) {
  if (!key.starts_with("\xc2\xa0")) {
    return "";
  }
  return "a no-break space (U+00A0), as copied from a web page or a chat, is in this line's indentation; YAML "
         "indents with plain spaces: retype the indentation with spaces";
}

bool is_unknown_word(std::string_view text) {
  const std::string word = trimmed_lower(text);
  return std::find(k_unknown_words.begin(), k_unknown_words.end(), word) != k_unknown_words.end();
}

std::optional<int> choice_index(const FactDef& fact, std::string_view text) {
  if (auto exact = fact.choice_index(text)) {
    return exact;
  }
  const std::string key = squeezed(text);
  std::optional<int> found;
  for (std::size_t i = 0; i < fact.choices.size() && !key.empty(); ++i) {
    if (squeezed(fact.choices[i].value) == key) {
      if (found) {
        return std::nullopt; // two choices read alike: only the exact spelling tells them apart
      }
      found = static_cast<int>(i);
    }
  }
  return found;
}

std::string choice_hint(const FactDef& fact, std::string_view text) {
  if (is_unknown_word(text)) {
    return std::string(k_unknown_hint);
  }
  if (const std::string plain = without_typographic_quotes(text); plain != text) {
    if (const auto index = choice_index(fact, plain)) {
      return fmt::format(" (typographic quotes are no quotes in YAML: write `{}`)", fact.choices[*index].value);
    }
  }
  std::string hint = did_you_mean(squeezed(text), fact.choice_values());
  if (hint.empty()) {
    if (auto stem = stem_match(fact, text)) {
      hint = fmt::format(" (did you mean `{}`?)", *stem);
    }
  }
  return hint;
}

std::optional<bool> boolean(std::string_view text) {
  const std::string word = trimmed_lower(text);
  if (word == "true" || word == "yes" || word == "y" || word == "on") {
    return true;
  }
  if (word == "false" || word == "no" || word == "n" || word == "off") {
    return false;
  }
  return std::nullopt;
}

std::string boolean_hint(std::string_view text, bool quoted) {
  if (is_unknown_word(text)) {
    return std::string(k_unknown_hint);
  }
  if (auto value = boolean(text); value && quoted) {
    return fmt::format("; write it without quotes: {}", *value ? "true" : "false");
  }
  const std::string word = trimmed_lower(text);
  if (word == "1" || word == "0") {
    return fmt::format("; write {}", word == "1" ? "true" : "false");
  }
  return "";
}

// What a number that was not a plain whole number should be written as, from its reading `n`.
std::string number_hint(const Number& n, bool approximate, bool quoted) {
  const double factor = n.rest.empty() ? 1 : multiplier(n.rest);
  const bool unit = factor == 0 && std::isalpha(static_cast<unsigned char>(n.rest.front())) != 0;
  const double value = n.value * (factor == 0 ? 1 : factor);
  if ((factor == 0 && !unit) || !(value < 9e18)) {
    return "";
  }
  const std::int64_t whole = std::llround(value);
  if (approximate) {
    return fmt::format("; write one whole number, your best estimate: {}", whole);
  }
  if (unit) {
    return fmt::format("; write the number alone, without its unit: {}", whole);
  }
  if (factor != 1 || n.exponent) {
    return fmt::format("; write {}", whole);
  }
  if (value != std::floor(value)) {
    return fmt::format("; write a whole number, e.g. {}", whole);
  }
  if (n.grouped) {
    return fmt::format("; write {} (or {})", whole, group_thousands(whole));
  }
  return quoted ? fmt::format("; write it without quotes: {}", whole) : "";
}

std::string integer_hint(std::string_view text, bool quoted) {
  if (is_unknown_word(text)) {
    return std::string(k_unknown_hint);
  }
  if (const std::string plain = without_typographic_quotes(text); plain != text) {
    if (const auto n = parse_grouped_integer(plain)) {
      return fmt::format("; typographic quotes are no quotes in YAML: write {}", *n);
    }
  }
  bool approximate = false;
  const std::string plain = without_approximation(trimmed_lower(text), approximate);
  if (std::string range = range_hint(plain); !range.empty()) {
    return range;
  }
  const auto n = leading_number(plain);
  return n ? number_hint(*n, approximate, quoted) : "";
}

std::optional<std::string> fact_id(const RuleBase& rules, std::string_view key) {
  const std::string written = squeezed(key);
  std::string question = trimmed_lower(key);
  while (!question.empty() && (question.back() == '?' || question.back() == ' ')) {
    question.pop_back();
  }
  for (const FactDef& fact : rules.facts) {
    std::string asked = trimmed_lower(fact.question);
    while (!asked.empty() && (asked.back() == '?' || asked.back() == ' ')) {
      asked.pop_back();
    }
    const bool by_name = squeezed(fact.id) == written || (!fact.label.empty() && squeezed(fact.label) == written);
    if (by_name || (!question.empty() && asked == question)) {
      return fact.id;
    }
  }
  return std::nullopt;
}

} // namespace ragft::loose
