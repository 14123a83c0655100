#include <ragft/spec/loose_values.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <numeric>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include <ragft/base/suggest.hpp>
#include <ragft/model/verdict.hpp>

#include "spec/loose_text.hpp"
#include "spec/loose_words.hpp"

namespace ragft::loose {

namespace {

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

// "`rented` (cloud GPUs by the hour)": a choice with its help, as a sentence's part; `brief`, for a
// list: a long help up to its first `:` or `;` ("roughly under $1,000 a month to build and run it"),
// a short one whole ("very costly: medical, legal, financial or safety answers").
std::string described(const Choice& choice, bool brief = false) {
  constexpr std::size_t k_short_help = 64;
  std::string help = choice.help;
  const std::size_t cut = std::min(help.find(": "), help.find("; "));
  if (brief && help.size() > k_short_help && cut != std::string::npos) {
    help.resize(cut);
  }
  while (!help.empty() && (help.back() == '.' || help.back() == ' ')) {
    help.pop_back();
  }
  const bool capital_word = help.size() > 1 && std::isupper(static_cast<unsigned char>(help[1])) != 0;
  if (!help.empty() && !capital_word) {
    help[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(help[0])));
  }
  return help.empty() ? fmt::format("`{}`", choice.value) : fmt::format("`{}` ({})", choice.value, help);
}

// "`a` (...), `b` (...) or `c` (...)" for the choices of `fact` that `keep` keeps.
template <typename Keep> std::string listed(const FactDef& fact, Keep keep) {
  std::vector<std::string> parts;
  parts.reserve(fact.choices.size());
  for (const Choice& choice : fact.choices) {
    if (keep(choice)) {
      parts.push_back(described(choice, true));
    }
  }
  if (parts.size() < 2) {
    return fmt::format("{}", fmt::join(parts, ""));
  }
  const std::string last = parts.back();
  parts.pop_back();
  return fmt::format("{} or {}", fmt::join(parts, ", "), last);
}

// The choice that stands for "no" or "none" of `fact`: `none`, `never`; nullptr when there is none.
const Choice* none_choice(const FactDef& fact) {
  const auto it = std::find_if(fact.choices.begin(), fact.choices.end(),
                               [](const Choice& c) { return c.value == "none" || c.value == "never"; });
  return it == fact.choices.end() ? nullptr : &*it;
}

// A yes/no answer to a choice: `gpu_access: yes` names the choices for yes and the one for no.
std::string yes_no_hint(const FactDef& fact, bool yes) {
  const Choice* none = none_choice(fact);
  if (none == nullptr) {
    return fmt::format("; `{}` is a choice, not yes or no: write one of its values", fact.id);
  }
  if (!yes) {
    return fmt::format(" (did you mean `{}`? `{}` is a choice, not yes or no)", none->value, fact.id);
  }
  return fmt::format("; `{}` is a choice, not yes or no: for yes, write {}; for no, `{}`", fact.id,
                     listed(fact, [&](const Choice& c) { return &c != none; }), none->value);
}

// A number or an amount for a choice (`budget: $10k`): the choices, with what each one means.
std::string amount_hint(const FactDef& fact) {
  return fmt::format("; `{}` is a choice, not a number: write the one whose description fits, {}", fact.id,
                     listed(fact, [](const Choice&) { return true; }));
}

bool is_amount(std::string_view text) {
  const std::string t = trimmed_lower(text);
  const std::size_t digit = t.find_first_of("0123456789");
  return digit != std::string::npos && (digit == 0 || t.find_first_not_of("$\xe2\x82\xac\xc2\xa3 ") == digit);
}

// `text` as the initials it writes: "Q&A" and "Q and A" -> "qa".
std::string initials_written(std::string_view text) {
  std::string out;
  for (const std::string& word : lower_words(text)) {
    if (word != "and") {
      out += word;
    }
  }
  return out;
}

// The choice whose words' initials are `text`'s letters: `QA`, `Q&A` -> question_answering.
std::optional<std::string> acronym_of(const FactDef& fact, std::string_view text) {
  const std::string letters = initials_written(text);
  for (const Choice& choice : fact.choices) {
    std::string initials;
    for (const std::string& word : lower_words(choice.value)) {
      initials.push_back(word.front());
    }
    if (letters.size() >= 2 && initials == letters) {
      return choice.value;
    }
  }
  return std::nullopt;
}

// True when `written` is `word` of a choice's value or help: the same, a plural, or a compound
// that starts with it (`chatbot` of `chat`).
bool same_word(const std::string& written, const std::string& word) {
  return written == word || written == word + "s" || word == written + "s" ||
         (word.size() >= 4 && written.starts_with(word) && written.size() >= word.size() + 3);
}

// The indexes of the choices of `fact` whose value or help has `written` as a word.
std::vector<std::size_t> choices_with_word(const FactDef& fact, const std::string& written) {
  std::vector<std::size_t> found;
  for (std::size_t i = 0; i < fact.choices.size(); ++i) {
    const std::string text = fact.choices[i].value + " " + fact.choices[i].help;
    const auto words = lower_words(text);
    if (std::any_of(words.begin(), words.end(), [&](const std::string& w) { return w.size() >= 4 && same_word(written, w); })) {
      found.push_back(i);
    }
  }
  return found;
}

// The one choice that the words of `text` (4 letters or more) find in the choices' values and help
// (`JSON` -> strict_schema, "Always valid ... e.g. JSON"); nullopt when none or several.
std::optional<std::size_t> described_by(const FactDef& fact, std::string_view text) {
  std::optional<std::size_t> found;
  for (const std::string& word : lower_words(text)) {
    const auto choices = word.size() >= 4 ? choices_with_word(fact, word) : std::vector<std::size_t>{};
    if (choices.size() > 1 || (choices.size() == 1 && found && *found != choices.front())) {
      return std::nullopt;
    }
    found = choices.empty() ? found : std::optional<std::size_t>(choices.front());
  }
  return found;
}

// A verdict written as a fact's value (`task_type: RAG`): where a decision already taken goes.
std::string verdict_hint(const FactDef& fact, std::string_view text) {
  const auto verdict = parse_verdict(text);
  if (!verdict || acronym_of(fact, text)) {
    return "";
  }
  return fmt::format("; `{}` is a verdict, which ragft works out from the facts; for a decision already taken, "
                     "write `decision: {}` at the top level of the spec",
                     text, to_string(*verdict));
}

// The level that a word of size names on a low/medium/high choice (`small budget` -> low), if any.
std::optional<std::string_view> level_word(const FactDef& fact, std::string_view text) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 15> k_levels = {{
      {"small", "low"}, {"limited", "low"}, {"tight", "low"}, {"minimal", "low"}, {"little", "low"},
      {"tiny", "low"}, {"shoestring", "low"},
      {"moderate", "medium"}, {"average", "medium"}, {"normal", "medium"},
      {"large", "high"}, {"big", "high"}, {"generous", "high"}, {"huge", "high"}, {"unlimited", "high"},
  }};
  if (!fact.choice_index("low") || !fact.choice_index("medium") || !fact.choice_index("high")) {
    return std::nullopt;
  }
  const std::string word = letters_only(text);
  const auto it = std::find_if(k_levels.begin(), k_levels.end(), [&](const auto& l) { return l.first == word; });
  return it == k_levels.end() ? std::nullopt : std::optional<std::string_view>(it->second);
}

// The hints that read what a person meant in other words: initials, a choice's description, none.
std::string meaning_hint(const FactDef& fact, std::string_view text) {
  if (const auto acronym = acronym_of(fact, text)) {
    return fmt::format(" (did you mean `{}`?)", *acronym);
  }
  if (const auto index = described_by(fact, text)) {
    return fmt::format("; did you mean {}?", described(fact.choices[*index]));
  }
  return "";
}

// True when `text` says none of something: `none`, `zero tolerance`, `nobody`, `no budget`.
bool says_none(std::string_view text) {
  constexpr auto k_none = std::to_array<std::string_view>({"none", "zero", "nothing", "nil", "nobody", "noone"});
  const std::vector<std::string> words = lower_words(text);
  if (words.empty()) {
    return false;
  }
  const bool first = std::find(k_none.begin(), k_none.end(), words.front()) != k_none.end();
  return first || (words.size() >= 2 && (words.front() == "no" || letters_only(text).starts_with("noone")));
}

// "; `A100s` fits more than one choice: write the one whose description fits, `rented` (...) or
// `dedicated` (...), and keep `A100s` as a note after a `#`".
std::string fits_hint(const FactDef& fact, std::string_view text, const std::vector<std::size_t>& choices, bool note) {
  const auto kept = [&](const Choice& c) {
    return std::any_of(choices.begin(), choices.end(), [&](std::size_t i) { return &fact.choices[i] == &c; });
  };
  return fmt::format("; `{}` fits more than one choice: write the one whose description fits, {}{}", text,
                     listed(fact, kept), note ? fmt::format(", and keep `{}` as a note after a `#`", text) : "");
}

// The hints for words with a meaning on this fact, read before a typo is guessed (`tight` is no
// typo of `high`): a size on a level, a choice's description in other words, a judgement, none.
std::string word_hint(const FactDef& fact, std::string_view text) {
  if (const auto level = level_word(fact, text)) {
    return fmt::format(" (did you mean `{}`?)", *level);
  }
  if (is_judgement(text)) {
    std::vector<std::size_t> all(fact.choices.size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    return fits_hint(fact, text, all, false);
  }
  const std::vector<std::string> words = lower_words(text);
  const bool negated = !words.empty() && (words.front() == "no" || words.front() == "not");
  const auto named = negated ? std::vector<std::size_t>{} : choices_in_other_words(fact, text);
  if (named.size() == 1) {
    return fmt::format("; did you mean {}?", described(fact.choices[named.front()]));
  }
  if (named.size() > 1) {
    return fits_hint(fact, text, named, true);
  }
  const Choice* none = none_choice(fact);
  const auto low = fact.choice_index("low");
  if (says_none(text) && (none != nullptr || low)) {
    return fmt::format(" (did you mean `{}`?)", none != nullptr ? none->value : fact.choices[static_cast<std::size_t>(*low)].value);
  }
  return "";
}

} // namespace

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
  if (std::string verdict = verdict_hint(fact, text); !verdict.empty()) {
    return verdict;
  }
  if (const auto yes = boolean(text)) {
    return yes_no_hint(fact, *yes);
  }
  if (is_amount(text)) {
    return amount_hint(fact);
  }
  if (const auto noted = split_note(text)) {
    if (const auto index = choice_index(fact, noted->value)) {
      return note_hint(fact.choices[*index].value, *noted);
    }
  }
  if (std::string hint = word_hint(fact, text); !hint.empty()) {
    return hint;
  }
  if (std::string hint = did_you_mean(squeezed(text), fact.choice_values()); !hint.empty()) {
    return hint;
  }
  if (auto stem = stem_match(fact, text)) {
    return fmt::format(" (did you mean `{}`?)", *stem);
  }
  return meaning_hint(fact, text);
}

} // namespace ragft::loose
