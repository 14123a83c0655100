#include <ragft/spec/loose_values.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include <ragft/base/numbers.hpp>
#include <ragft/base/suggest.hpp>
#include <ragft/model/verdict.hpp>

#include "spec/loose_foreign.hpp"
#include "spec/loose_text.hpp"
#include "spec/loose_words.hpp"

namespace ragft::loose {

namespace {

// and a spreadsheet's empty cell: a dash (-, --, an en or em dash)
constexpr auto k_unknown_words =
    std::to_array<std::string_view>({"n/a", "na", "tbd", "tba", "?", "??", "don't know", "dont know", "not sure",
                                     "unsure", "-", "--", "\xe2\x80\x93", "\xe2\x80\x94"});
// Words before or after a number that make it an estimate or a bound: "~500", "<500", "at most 500".
constexpr auto k_approximately = std::to_array<std::string_view>(
    {"~", "about ", "more or less ", "give or take ", "approx. ", "approx ", "approximately ", "est. ", "estimated ",
     "around ", "roughly ", "ca. ", "circa ", "over ", "up to ", "under ", "below ", "less than ", "more than ",
     "at least ", "at most ", "max. ", "max ", "within ", "<=", "<", ">=", ">",
     // as other languages write it: French, German, Spanish, Portuguese
     "environ ", "etwa ", "ungef\xc3\xa4hr ", "aprox. ", "aproximadamente ", "cerca de "});

// A number at the start of a text as people write it: digits with `,` `_` or ` ` between them,
// a fraction, an exponent, and what follows it ("10k" -> 10 and "k").
struct Number {
  double value = 0;
  bool grouped = false;       // `_` or ` ` between digits, or `.` between groups of three (1.500.000)
  bool exponent = false;      // 1e4
  bool fraction = false;      // a `.` with digits after it (800.0)
  bool dot_thousands = false; // one `.` before exactly three digits (3.000): three or three thousand
  std::string rest;           // the text after the number, trimmed
};

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// What the dots of `digits` (a number's digits and dots) say: two or more, each before three
// digits, group thousands as much of Europe writes them (1.500.000), and are taken out; one before
// three digits may be either (3.000); any other is a decimal point.
void read_dots(std::string& digits, Number& n) {
  const auto dots = static_cast<std::size_t>(std::count(digits.begin(), digits.end(), '.'));
  const std::size_t last = digits.rfind('.');
  const bool three_after =
      last != std::string::npos && digits.size() - last == 4 && digits.find_first_of("eE") == std::string::npos;
  n.fraction = dots == 1;
  n.dot_thousands = dots == 1 && three_after;
  if (dots >= 2 && three_after) {
    std::erase(digits, '.');
    n.grouped = true;
  }
}

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
  read_dots(clean, n);
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

// A unit people write after a number, and its size in a fact's unit (`FactDef::unit`).
struct UnitWord {
  std::string_view word;
  std::string_view fact_unit;
  double size;
};

constexpr double k_weeks_a_month = 52.0 / 12;
// clang-format off
constexpr std::array<UnitWord, 27> k_unit_words = {{
    {"ms", "ms", 1}, {"msec", "ms", 1}, {"millisecond", "ms", 1}, {"milliseconds", "ms", 1},
    {"s", "ms", 1000}, {"sec", "ms", 1000}, {"secs", "ms", 1000}, {"second", "ms", 1000}, {"seconds", "ms", 1000},
    {"min", "ms", 60000}, {"minute", "ms", 60000}, {"minutes", "ms", 60000},
    {"day", "weeks", 1.0 / 7}, {"days", "weeks", 1.0 / 7},
    {"w", "weeks", 1}, {"wk", "weeks", 1}, {"wks", "weeks", 1}, {"week", "weeks", 1}, {"weeks", "weeks", 1},
    {"mo", "weeks", k_weeks_a_month}, {"month", "weeks", k_weeks_a_month}, {"months", "weeks", k_weeks_a_month},
    {"quarter", "weeks", 13}, {"quarters", "weeks", 13},
    {"yr", "weeks", 52}, {"year", "weeks", 52}, {"years", "weeks", 52},
}};
// clang-format on

// What follows a number, read: a multiplier ("k") and the unit after it ("s", "/day", "weeks").
struct Suffix {
  double factor = 1;
  std::string unit;
};

// `rest` (after a number) as a multiplier and a unit; nullopt when it starts with neither.
std::optional<Suffix> read_suffix(const std::string& rest) {
  const std::size_t letters = std::min(rest.find_first_not_of("abcdefghijklmnopqrstuvwxyz"), rest.size());
  Suffix out;
  if (const double factor = multiplier(rest.substr(0, letters)); factor != 0) {
    out.factor = factor;
    out.unit = trimmed_lower(rest.substr(letters));
    return out;
  }
  if (letters == 0 && !rest.empty() && !rest.starts_with('/')) {
    return std::nullopt;
  }
  out.unit = rest;
  return out;
}

// True when `words` (after a number) name the unit of `fact` itself: "ms" of ms, "per day" of queries/day.
bool is_fact_unit(const FactDef& fact, const std::vector<std::string>& words) {
  const std::vector<std::string> own = lower_words(fact.unit);
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
    return w == "per" || w == "a" || std::find(own.begin(), own.end(), w) != own.end();
  });
}

// "; write the number alone, without its unit: 200" (or the estimate to write).
std::string unit_free_hint(double value, bool approximate) {
  const std::int64_t whole = std::llround(value);
  if (approximate) {
    return fmt::format("; write one whole number, your best estimate: {}", whole);
  }
  return fmt::format("; write the number alone, without its unit: {}", whole);
}

// How many of the period `word` names there are in a day ("hour" -> 24, "month" -> 1/30, as the
// cost model's 30-day months); 0 for a word that names no period.
double periods_a_day(std::string word) {
  // clang-format off
  constexpr auto k_periods = std::to_array<std::pair<std::string_view, double>>({
      {"s", 86400}, {"sec", 86400}, {"second", 86400}, {"min", 1440}, {"minute", 1440}, {"h", 24}, {"hr", 24},
      {"hour", 24}, {"d", 1}, {"day", 1}, {"wk", 1.0 / 7}, {"week", 1.0 / 7}, {"mo", 1.0 / 30}, {"month", 1.0 / 30},
      {"yr", 1.0 / 365}, {"year", 1.0 / 365}});
  // clang-format on
  for (int form = 0; form < 2; ++form) {
    const auto it = std::find_if(k_periods.begin(), k_periods.end(), [&](const auto& p) { return p.first == word; });
    if (it != k_periods.end()) {
      return it->second;
    }
    word = word.size() > 2 && word.back() == 's' ? word.substr(0, word.size() - 1) : word; // "hours"
  }
  return 0;
}

// "; write it per day, the number alone: 24000" for `1000/hour` of a count a day (`queries/day`);
// "" when the fact counts no day or `words` name no other period.
std::string rate_hint(const FactDef& fact, const std::vector<std::string>& words, double value, bool approximate) {
  if (!fact.unit.ends_with("/day")) {
    return "";
  }
  for (const std::string& word : words) {
    if (const double a_day = periods_a_day(word); a_day != 0 && a_day != 1) {
      const std::int64_t whole = std::llround(value * a_day);
      return approximate ? fmt::format("; write one whole number a day, your best estimate: {}", whole)
                         : fmt::format("; write it per day, the number alone: {}", whole);
    }
  }
  return "";
}

// True when `fact` counts a time (ms, weeks): a unit word ragft does not know is then no count of
// the fact's own things ("2 sprints" is no 2 weeks).
bool counts_time(const FactDef& fact) {
  return std::any_of(k_unit_words.begin(), k_unit_words.end(),
                     [&](const UnitWord& u) { return u.fact_unit == fact.unit; });
}

// "; write it in ms: 2000" for `2s` of a fact in ms; "; write it per day ..." for `1000/hour` of a
// count a day; "; write the number alone ..." for a unit that is the fact's own or unknown; a unit
// of another kind, or one ragft does not know on a time, gets no number.
std::string unit_hint(const FactDef& fact, const std::string& unit, double value, bool approximate) {
  const std::vector<std::string> words = lower_words(unit);
  if (std::string rate = rate_hint(fact, words, value, approximate); !rate.empty()) {
    return rate;
  }
  const auto known = std::find_if(k_unit_words.begin(), k_unit_words.end(),
                                  [&](const UnitWord& u) { return u.word == words.front(); });
  if (known == k_unit_words.end() && !is_fact_unit(fact, words) && counts_time(fact)) {
    return fmt::format("; write the number of {} alone", fact.unit);
  }
  if (known == k_unit_words.end() || is_fact_unit(fact, words)) {
    return unit_free_hint(value, approximate);
  }
  if (known->fact_unit == fact.unit && known->size == 1) {
    return unit_free_hint(value, approximate);
  }
  if (known->fact_unit != fact.unit) {
    return fmt::format("; write the number of {} alone", fact.unit.empty() ? "items" : fact.unit);
  }
  const std::int64_t whole = std::llround(value * known->size);
  if (approximate) {
    return fmt::format("; write one whole number of {}, your best estimate: {}", fact.unit, whole);
  }
  return fmt::format("; write it in {}, the number alone: {}", fact.unit, whole);
}

// "; write 1000000" for a power written with a caret, as in a chat or a spreadsheet: `10^6`.
std::string power_hint(const Number& n) {
  constexpr int k_largest_exponent = 18;
  const std::string exponent = n.rest.size() > 1 && n.rest.front() == '^' ? n.rest.substr(1) : "";
  if (exponent.empty() || exponent.size() > 2 || !std::all_of(exponent.begin(), exponent.end(), is_digit)) {
    return "";
  }
  const double value = std::pow(n.value, std::stoi(exponent));
  return std::stoi(exponent) > k_largest_exponent || !(value < 9e18) ? ""
                                                                     : fmt::format("; write {}", std::llround(value));
}

// What a number that was not a plain whole number should be written as, from its reading `n`.
std::string number_hint(const FactDef& fact, const Number& n, bool approximate, bool quoted) {
  if (std::string power = power_hint(n); !power.empty()) {
    return power;
  }
  const auto suffix = read_suffix(n.rest);
  const double value = n.value * (suffix ? suffix->factor : 1);
  if ((!n.rest.empty() && !suffix) || !(value < 9e18)) {
    return "";
  }
  if (!suffix->unit.empty() && !lower_words(suffix->unit).empty()) {
    return unit_hint(fact, suffix->unit, value, approximate);
  }
  const std::int64_t whole = std::llround(value);
  if (approximate) {
    return fmt::format("; write one whole number, your best estimate: {}", whole);
  }
  if (suffix->factor != 1 || n.exponent) {
    return fmt::format("; write {}", whole);
  }
  if (n.dot_thousands && suffix->factor == 1) {
    return fmt::format("; YAML reads `.` as a decimal point: if it groups thousands, write {}",
                       std::llround(value * 1000));
  }
  if (value != std::floor(value)) {
    return fmt::format("; write a whole number, e.g. {}", whole);
  }
  if (n.fraction) {
    return fmt::format("; write {}", whole); // 800.0, as a spreadsheet exports a count
  }
  if (n.grouped) {
    return fmt::format("; write {} (or {})", whole, group_thousands(whole));
  }
  return quoted ? fmt::format("; write it without quotes: {}", whole) : "";
}

// `text` without a leading "about", "~", "<", ... or a trailing "+"; `approximate` says if one was there.
std::string without_approximation(std::string text, bool& approximate) {
  if (text.starts_with("in ")) { // "in 6 weeks": a time from now, as the fact counts it
    text = trimmed_lower(text.substr(3));
  }
  const bool percentile = text.size() > 4 && text[0] == 'p' && is_digit(text[1]) && is_digit(text[2]) && text[3] == ' ';
  if (percentile) { // "p95 < 300ms": the percentile the latency fact already means
    text = trimmed_lower(text.substr(4));
  }
  for (const std::string_view prefix : k_approximately) {
    if (text.starts_with(prefix)) {
      approximate = true;
      text = trimmed_lower(text.substr(prefix.size()));
    }
  }
  for (const std::string_view ish : {"-ish", " ish", "ish"}) {
    if (text.size() > ish.size() && text.ends_with(ish) && is_digit(text[text.size() - ish.size() - 1])) {
      approximate = true; // "300-ish"
      text.resize(text.size() - ish.size());
    }
  }
  if (!text.empty() && text.back() == '+') {
    approximate = true;
    text.pop_back();
  }
  return text;
}

// The size of one `unit` (as written after a number: "weeks", "months", "ms") in `fact`'s unit: 1
// for the fact's own unit or none, nullopt for a unit of another kind or not known.
std::optional<double> unit_size(const FactDef& fact, const std::string& unit) {
  const std::vector<std::string> words = lower_words(unit);
  if (words.empty() || is_fact_unit(fact, words)) {
    return 1.0;
  }
  const auto known = std::find_if(k_unit_words.begin(), k_unit_words.end(),
                                  [&](const UnitWord& u) { return u.word == words.front(); });
  if (known == k_unit_words.end() || known->fact_unit != fact.unit) {
    return std::nullopt;
  }
  return known->size;
}

// "; write one number, not a range" for "1000-2000", "1000 to 2000", "2-3 weeks" or "10-20k";
// "" for anything else.
std::string range_hint(const FactDef& fact, const std::string& text) {
  for (const std::string_view dash : {"-", " to ", "\xe2\x80\x93"}) {
    const std::size_t at = text.find(dash, 1);
    const auto low = at == std::string::npos ? std::nullopt : leading_number(trimmed_lower(text.substr(0, at)));
    const auto high = low ? leading_number(trimmed_lower(text.substr(at + dash.size()))) : std::nullopt;
    const auto suffix = high ? read_suffix(high->rest) : std::nullopt;
    const auto size = suffix ? unit_size(fact, suffix->unit) : std::nullopt;
    if (!low || !low->rest.empty() || !size) {
      continue;
    }
    // "10-20k": both in thousands; "500-2k": the low end already whole
    const double from = low->value < high->value ? low->value * suffix->factor : low->value;
    const double middle = (from + high->value * suffix->factor) / 2 * *size;
    const std::string of = suffix->unit.empty() || fact.unit.empty() ? "" : fmt::format(" of {}", fact.unit);
    return fmt::format("; write one number{}, not a range: your best estimate, e.g. {}", of, std::llround(middle));
  }
  return "";
}

// "; write one whole number in digits, your best estimate" for words with no number to read
// (`a lot`, `ASAP`, `next month`, `Q3`): with the size of the one unit they name ("next month": 4
// weeks), and for a count of weeks, how a date is written.
std::string estimate_hint(const FactDef& fact, const std::string& text) {
  std::optional<double> named; // "a month", "one quarter": a time from now; "end of year" is a date
  const std::vector<std::string> words = lower_words(text);
  for (std::size_t i = 1; i < words.size(); ++i) {
    const bool one = words[i - 1] == "a" || words[i - 1] == "an" || words[i - 1] == "one";
    const auto size = one && words[i].size() > 1 ? unit_size(fact, words[i]) : std::nullopt;
    named = size && *size != 1.0 ? size : named;
  }
  const std::string of = fact.unit.empty() ? "" : fmt::format(" of {}", fact.unit);
  const std::string example = named ? fmt::format(", e.g. {}", std::llround(*named)) : "";
  const std::string date = fact.unit == "weeks" ? " (for a date, the weeks from now until then)" : "";
  return fmt::format("; write one whole number{} in digits, your best estimate{}{}", of, example, date);
}

// "; write one whole number ..." for a count in words: `a few hundred`, `thousands`, `a dozen`.
std::string words_hint(const std::string& text) {
  constexpr std::array<std::pair<std::string_view, int>, 4> k_sizes = {
      {{"dozen", 12}, {"hundred", 100}, {"thousand", 1000}, {"million", 1000000}}};
  const std::vector<std::string> words = lower_words(text);
  for (const auto& entry : k_sizes) {
    const std::string_view size = entry.first;
    const int value = entry.second;
    const bool named =
        std::any_of(words.begin(), words.end(), [size](const std::string& w) { return w.starts_with(size); });
    if (named) {
      const bool few = std::any_of(words.begin(), words.end(),
                                   [](const std::string& w) { return w == "few" || w == "several" || w == "some"; });
      const bool couple = std::find(words.begin(), words.end(), "couple") != words.end();
      const int times = few ? 3 : (couple ? 2 : 1);
      return fmt::format("; write one whole number in digits, your best estimate, e.g. {}",
                         group_thousands(static_cast<std::int64_t>(times) * value));
    }
  }
  return "";
}

// "; write 0" for the words people write for none of a count (`none`, `zero`, `no`).
std::string none_hint(const FactDef& fact, const std::string& text) {
  constexpr auto k_none = std::to_array<std::string_view>({"none", "zero", "no", "nothing", "nil"});
  constexpr auto k_time =
      std::to_array<std::string_view>({"yet", "so", "far", "for", "now", "currently", "today", "at", "all"});
  const std::vector<std::string> words = lower_words(text); // "none", "none yet", "zero so far"
  const auto in = [](const auto& list, const std::string& w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  };
  const bool none = !words.empty() && in(k_none, words.front()) &&
                    std::all_of(words.begin() + 1, words.end(), [&](const std::string& w) { return in(k_time, w); });
  return none && fact.minimum <= 0 ? "; write 0" : "";
}

// A word that answers a yes/no question without being yes or no: `required` (true), `optional` (false).
std::optional<bool> boolean_word(const std::string& word) {
  // with yes and no as other languages write them (ja, oui, si; nein, non)
  constexpr auto k_yes =
      std::to_array<std::string_view>(
          {"required",  "always",       "mandatory",   "must",      "needed",    "sure",       "yep",
           "yeah",      "ok",           "enabled",     "necessary", "essential", "compulsory", "obligatory",
           "must have", "must-have",    "preferably",  "preferred", "ideally",   "ja",         "oui",
           "si",        "s\xc3\xad",    "sim",         "vrai",      "wahr",      "verdadero",  "vero",
           "x",         "\xe2\x9c\x93", "\xe2\x9c\x94"}); // x, a ticked box
  constexpr auto k_no = std::to_array<std::string_view>(
      {"never",    "none",       "not required", "not needed",   "optional",    "nope",          "nah",
       "disabled", "not at all", "nice to have", "nice-to-have", "unnecessary", "not necessary", "nein",
       "non",      "nee",        "n\xc3\xa3o",   "nao",          "faux",        "falsch",        "falso"});
  if (std::find(k_yes.begin(), k_yes.end(), word) != k_yes.end()) {
    return true;
  }
  if (std::find(k_no.begin(), k_no.end(), word) != k_no.end()) {
    return false;
  }
  return std::nullopt;
}

// True when `a` and `b` are one word in two forms: the same, or sharing their first five letters
// (`change` and `changes`, `label` and `labelled`, not `data` and `database`).
bool word_forms(const std::string& a, const std::string& b) {
  const std::size_t stem = std::min<std::size_t>(5, std::min(a.size(), b.size()));
  return a == b || (stem >= 4 && a.compare(0, stem, b, 0, stem) == 0 && std::min(a.size(), b.size()) >= 5);
}

// The words of a key that tell facts apart: 4 letters or more, not a question's filler.
std::vector<std::string> telling_words(std::string_view key) {
  constexpr std::array<std::string_view, 12> k_filler = {"does", "what", "much", "many", "there", "that",
                                                         "this", "with", "from", "have", "must",  "should"};
  std::vector<std::string> out;
  for (std::string& word : lower_words(key)) {
    if (word.size() >= 4 && std::find(k_filler.begin(), k_filler.end(), word) == k_filler.end()) {
      out.push_back(std::move(word));
    }
  }
  return out;
}

// True when each of `words` is a word of `fact`'s id, label or question.
bool fact_has_words(const FactDef& fact, const std::vector<std::string>& words) {
  const std::vector<std::string> own = lower_words(fact.id + " " + fact.label + " " + fact.question);
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
    return std::any_of(own.begin(), own.end(), [&](const std::string& o) { return word_forms(w, o); });
  });
}

} // namespace

std::optional<std::string> fact_in_words(const RuleBase& rules, std::string_view key) {
  const std::vector<std::string> words = telling_words(key);
  std::optional<std::string> found;
  for (const FactDef& fact : rules.facts) {
    if (words.size() >= 2 && fact_has_words(fact, words)) {
      if (found) {
        return std::nullopt;
      }
      found = fact.id;
    }
  }
  return found;
}

std::optional<std::string> fact_by_part(const RuleBase& rules, std::string_view key) {
  const std::vector<std::string> words = lower_words(key);
  if (words.empty() || parse_verdict(key)) {
    return std::nullopt; // `rag: yes` under `facts:` is a decision, not a part of `existing_rag_quality`
  }
  std::optional<std::string> found;
  for (const FactDef& fact : rules.facts) {
    const std::vector<std::string> own = lower_words(fact.id);
    const bool part = words.size() < own.size() && std::all_of(words.begin(), words.end(), [&](const std::string& w) {
                        return std::find(own.begin(), own.end(), w) != own.end();
                      });
    if (part) {
      if (found) {
        return std::nullopt;
      }
      found = fact.id;
    }
  }
  return found;
}

bool is_question_of(const FactDef& fact, std::string_view key) {
  return letters_only(key) == letters_only(fact.question);
}

std::string pasted_key_hint(std::string_view key) {
  if (!key.starts_with("\xc2\xa0")) {
    return "";
  }
  return "a no-break space (U+00A0), as copied from a web page or a chat, is in this line's indentation; YAML "
         "indents with plain spaces: retype the indentation with spaces";
}

bool is_sentence(std::string_view key) {
  const std::string text = trimmed_lower(key);
  const bool words = text.find(' ') != std::string::npos;
  const bool ends = !text.empty() && (text.back() == '.' || text.back() == '!' || text.back() == '?');
  return (words && ends) || lower_words(text).size() >= 4;
}

bool is_unknown_word(std::string_view text) {
  const std::string word = trimmed_lower(text);
  return std::find(k_unknown_words.begin(), k_unknown_words.end(), word) != k_unknown_words.end();
}

std::string undecided_hint(std::string_view text) {
  constexpr auto k_undecided =
      std::to_array<std::string_view>({"undecided", "pending", "none", "unknown", "open", "notdecided", "notdecidedyet",
                                       "notyet", "tobedecided", "tobedetermined", "undetermined", "notyetdecided"});
  const std::string letters = letters_only(text);
  if (!is_unknown_word(text) && std::find(k_undecided.begin(), k_undecided.end(), letters) == k_undecided.end()) {
    return "";
  }
  return " (while no decision is taken, leave `decision` out: it is optional, and ragft says what the facts point "
         "to)";
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

std::string boolean_hint(const FactDef& fact, std::string_view text, bool quoted) {
  const std::string letters = letters_only(text);
  if (is_unknown_word(text) || letters == "maybe" || letters == "perhaps" || letters == "possibly") {
    return std::string(k_unknown_hint);
  }
  if (auto value = boolean(text); value && quoted) {
    return fmt::format("; write it without quotes: {}", *value ? "true" : "false");
  }
  const std::string word = trimmed_lower(text);
  if (word == "1" || word == "0") {
    return fmt::format("; write {}", word == "1" ? "true" : "false");
  }
  if (const auto value = boolean_word(word)) {
    return fmt::format("; write {}", *value ? "true" : "false");
  }
  if (const auto noted = split_note(text)) {
    if (const auto value = boolean(noted->value)) {
      return note_hint(*value ? "true" : "false", *noted);
    }
  }
  if (is_hedge(text)) {
    return "; ragft reads no partly: write the nearer of true and false (if it holds for one part of the system "
           "only, that part can be a component of its own, under `components:`)";
  }
  if (const auto value = leading_yes_no(text)) {
    return fmt::format("; write {}", *value ? "true" : "false");
  }
  // anything else: the question it answers, which a value pasted from elsewhere may not have seen
  const std::string answer = fact.question.empty()
                                 ? std::string("write true or false")
                                 : fmt::format("write true or false as the answer to \"{}\"", fact.question);
  if (is_setting(text)) {
    return fmt::format("; `{}` says where it runs or who uses it, not yes or no: {}", text, answer);
  }
  return fact.question.empty() ? "" : "; " + answer;
}

std::string integer_hint(const FactDef& fact, std::string_view text, bool quoted) {
  if (is_unknown_word(text)) {
    return std::string(k_unknown_hint);
  }
  if (const auto english = in_english(text)) { // `aucun`, `keine`: none
    if (std::string hint = integer_hint(fact, english->word, quoted); !hint.empty()) {
      return hint;
    }
  }
  if (const std::string plain = without_typographic_quotes(text); plain != text) {
    if (const auto n = parse_grouped_integer(plain)) {
      return fmt::format("; typographic quotes are no quotes in YAML: write {}", *n);
    }
  }
  if (const auto noted = split_note(text)) {
    if (const auto n = parse_grouped_integer(noted->value)) {
      return note_hint(std::to_string(*n), *noted);
    }
  }
  bool approximate = false;
  const std::string plain = without_approximation(trimmed_lower(text), approximate);
  if (std::string range = range_hint(fact, plain); !range.empty()) {
    return range;
  }
  const auto n = leading_number(plain);
  if (n) {
    return number_hint(fact, *n, approximate, quoted);
  }
  if (std::string none = none_hint(fact, plain); !none.empty() || plain == "none") {
    return none; // `none` of a count that must be 1 or more: no number to suggest
  }
  const std::string words = words_hint(plain);
  return words.empty() ? estimate_hint(fact, plain) : words;
}

std::optional<std::string> fact_id(const RuleBase& rules, std::string_view key) {
  const std::string written = letters_only(key);
  for (const FactDef& fact : rules.facts) {
    const bool by_name =
        letters_only(fact.id) == written || (!fact.label.empty() && letters_only(fact.label) == written);
    if (by_name || (!written.empty() && letters_only(fact.question) == written)) {
      return fact.id;
    }
  }
  return std::nullopt;
}

} // namespace ragft::loose
