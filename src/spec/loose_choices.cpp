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

#include "spec/loose_foreign.hpp"
#include "spec/loose_text.hpp"
#include "spec/loose_words.hpp"

namespace ragft::loose {

namespace {

// True when `word` is the stem of `value`: "week" of "weekly" (a prefix), "day" of "daily".
bool names_by_stem(const std::string& value, const std::string& word) {
  constexpr std::size_t k_shared_stem = 7; // "summarize" and "summarization", "classify" and "classification"
  if (value.starts_with(word) || value == word + "ly") {
    return true;
  }
  if (word.size() >= k_shared_stem && value.compare(0, k_shared_stem, word, 0, k_shared_stem) == 0) {
    return true;
  }
  return word.back() == 'y' && value == word.substr(0, word.size() - 1) + "ily";
}

// The one choice of `fact` that `word` is the stem of, if one only; a plural names its singular's
// ("every days" -> daily).
std::optional<std::string> stem_of(const FactDef& fact, std::string word) {
  if (word.size() > 3 && word.back() == 's') {
    word.pop_back();
  }
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
    if (std::any_of(words.begin(), words.end(),
                    [&](const std::string& w) { return w.size() >= 4 && same_word(written, w); })) {
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

bool is_level_scale(const FactDef& fact) {
  return fact.choice_index("low") && fact.choice_index("medium") && fact.choice_index("high");
}

// The level that a word of size names on a low/medium/high choice (`small budget`, `few money` ->
// low; `mid` -> medium), if any: the one level that the words of `text` name.
std::optional<std::string_view> level_word(const FactDef& fact, std::string_view text) {
  // clang-format off
  constexpr auto k_levels = std::to_array<std::pair<std::string_view, std::string_view>>({
      {"small", "low"}, {"limited", "low"}, {"tight", "low"}, {"minimal", "low"}, {"little", "low"},
      {"tiny", "low"}, {"shoestring", "low"}, {"few", "low"}, {"cheap", "low"}, {"modest", "low"},
      {"moderate", "medium"}, {"average", "medium"}, {"normal", "medium"}, {"mid", "medium"},
      {"middle", "medium"}, {"med", "medium"}, {"midrange", "medium"},
      {"large", "high"}, {"big", "high"}, {"generous", "high"}, {"huge", "high"}, {"unlimited", "high"},
      {"plenty", "high"}, {"massive", "high"}, {"notmuch", "low"}, {"notsomuch", "low"}, {"notalot", "low"},
  });
  // clang-format on
  if (!is_level_scale(fact)) {
    return std::nullopt;
  }
  const auto level_of = [&](const std::string& word) {
    const auto it = std::find_if(k_levels.begin(), k_levels.end(), [&](const auto& l) { return l.first == word; });
    return it == k_levels.end() ? std::nullopt : std::optional<std::string_view>(it->second);
  };
  if (const auto whole = level_of(letters_only(text))) {
    return whole; // "mid-range" as one word
  }
  // a level word beside words of the fact's own ("few money": the question asks how much money)
  const std::vector<std::string> own = lower_words(fact.id + " " + fact.label + " " + fact.question);
  std::optional<std::string_view> found;
  for (const std::string& word : lower_words(text)) {
    const auto level = level_of(word);
    const bool fact_word = std::find(own.begin(), own.end(), word) != own.end();
    if ((!level && !fact_word) || (level && found && *found != *level)) {
      return std::nullopt;
    }
    found = level ? level : found;
  }
  return found;
}

// A price level written in currency signs, as restaurant guides write it: `$` low, `$$` medium,
// `$$$` high (or in euros or pounds), on a low/medium/high choice; nullopt otherwise.
std::optional<std::string_view> currency_level(const FactDef& fact, std::string_view text) {
  const std::string t = trimmed_lower(text);
  constexpr auto k_signs = std::to_array<std::string_view>({"$", "\xe2\x82\xac", "\xc2\xa3"});
  for (const std::string_view sign : k_signs) {
    std::size_t count = 0;
    while ((count + 1) * sign.size() <= t.size() && t.compare(count * sign.size(), sign.size(), sign) == 0) {
      ++count;
    }
    if (count >= 1 && count <= 3 && count * sign.size() == t.size() && is_level_scale(fact)) {
      constexpr auto k_by_count = std::to_array<std::string_view>({"low", "medium", "high"});
      return k_by_count.at(count - 1);
    }
  }
  return std::nullopt;
}

// The choice `text` names with a word of degree around it: `low-ish`, `quite high`, `very strict`.
std::optional<int> degree_of(const FactDef& fact, std::string_view text) {
  constexpr auto k_degrees = std::to_array<std::string_view>(
      {"ish", "very", "quite", "rather", "pretty", "fairly", "super", "extremely", "really", "relatively", "rel"});
  std::vector<std::string> rest = lower_words(text);
  if (rest.size() == 1 && rest.front().size() > 3 && rest.front().ends_with("ish")) {
    rest = {rest.front().substr(0, rest.front().size() - 3), "ish"}; // "lowish"
  }
  const std::size_t before = rest.size();
  std::erase_if(
      rest, [&](const std::string& w) { return std::find(k_degrees.begin(), k_degrees.end(), w) != k_degrees.end(); });
  if (rest.size() != 1 || before == 1) {
    return std::nullopt;
  }
  return choice_index(fact, rest.front());
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
  const std::string letters = letters_only(text);
  const bool lacks = letters.find("donthave") != std::string::npos || letters.find("notha") != std::string::npos ||
                     letters.find("haventany") != std::string::npos; // "we don't have", "do not have any"
  const auto have = std::find(words.begin(), words.end(), "have");   // "we have no", "we have none"
  const bool have_none = have != words.end() && have + 1 != words.end() && (have[1] == "no" || have[1] == "none");
  return first || lacks || have_none || (words.size() >= 2 && (words.front() == "no" || letters.starts_with("noone")));
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
  if (const auto level = currency_level(fact, text)) {
    return fmt::format("; did you mean {}?",
                       described(fact.choices[static_cast<std::size_t>(*fact.choice_index(*level))]));
  }
  if (const auto index = degree_of(fact, text)) {
    return fmt::format(" (did you mean `{}`?)", fact.choices[static_cast<std::size_t>(*index)].value);
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
  if (is_organisation(text)) {
    return fmt::format("; `{}` describes who builds it, not the {}: write the one whose description fits, {}", text,
                       fact.label.empty() ? fact.id : fact.label, listed(fact, [](const Choice&) { return true; }));
  }
  const Choice* none = none_choice(fact);
  const auto low = fact.choice_index("low");
  if (says_none(text) && (none != nullptr || low)) {
    return fmt::format(" (did you mean `{}`?)",
                       none != nullptr ? none->value : fact.choices[static_cast<std::size_t>(*low)].value);
  }
  return "";
}

// Two or more choices written as one value: `medium-low`, `medium/high`, `weekly or monthly`; ragft
// takes one, so both are named with what each means. "" when `text` names fewer than two.
std::string two_choices_hint(const FactDef& fact, std::string_view text) {
  std::vector<std::size_t> named;
  for (const std::string& word : lower_words(text)) {
    const auto index = fact.choice_index(word);
    if (!index && word != "to" && word != "or" && word != "and") {
      return "";
    }
    if (index && std::find(named.begin(), named.end(), static_cast<std::size_t>(*index)) == named.end()) {
      named.push_back(static_cast<std::size_t>(*index));
    }
  }
  if (named.size() < 2) {
    return "";
  }
  std::sort(named.begin(), named.end());
  return fmt::format("; `{}` names {} choices, and a fact holds one: write the one that fits better, {}", text,
                     named.size() == 2 ? "two" : "several", listed(fact, [&](const Choice& c) {
                       return std::any_of(named.begin(), named.end(),
                                          [&](std::size_t i) { return &fact.choices[i] == &c; });
                     }));
}

// `high` on a scale that is not low/medium/high (`ml_expertise: high`): this scale's choices, each
// with what it means, for no level maps onto them by position with certainty.
std::string other_scale_hint(const FactDef& fact, std::string_view text) {
  const std::string word = trimmed_lower(text);
  if (is_level_scale(fact) || (word != "low" && word != "medium" && word != "high")) {
    return "";
  }
  return fmt::format("; `{}` is not a low/medium/high scale: write the one whose description fits, {}", fact.id,
                     listed(fact, [](const Choice&) { return true; }));
}

// The one choice that the note after a value names when the value names none: by a period's stem
// ("every 2 weeks": weekly), by words of one choice's description, or by none ("no prototype").
std::optional<std::string> note_choice(const FactDef& fact, std::string_view note) {
  if (auto stem = stem_match(fact, note)) {
    return stem;
  }
  if (const auto named = choices_in_other_words(fact, note); named.size() == 1) {
    return fact.choices[named.front()].value;
  }
  const Choice* none = none_choice(fact);
  return says_none(note) && none != nullptr ? std::optional<std::string>(none->value) : std::nullopt;
}

// " (did you mean `daily`?)" for "every day"; for "several times a day", "twice a week", more often
// than the period's choice, that choice and the next more often one (`daily` or `realtime`).
std::string stem_hint(const FactDef& fact, std::string_view text, const std::string& stem) {
  const std::vector<std::string> words = lower_words(text);
  const bool more_often = std::any_of(
      words.begin(), words.end(), [](const std::string& w) { return w == "times" || w == "twice" || w == "thrice"; });
  const auto index = fact.choice_index(stem);
  if (!more_often || !index || static_cast<std::size_t>(*index) + 1 >= fact.choices.size()) {
    return fmt::format(" (did you mean `{}`?)", stem);
  }
  const auto at = static_cast<std::size_t>(*index);
  return fits_hint(fact, text, {at, at + 1}, false);
}

// A value written in another language (`mensuel`, `hoch`): the English value it stands for, or
// what its English word says on this fact; "" when it is no such word or its English says nothing
// here.
std::string foreign_hint(const FactDef& fact, std::string_view text) {
  const auto english = in_english(text);
  if (!english) {
    return "";
  }
  const std::string said =
      fmt::format("; `{}` is {} for `{}`, and ragft reads values in English", text, english->language, english->word);
  if (const auto index = choice_index(fact, english->word)) {
    return fmt::format("{}: write `{}`", said, fact.choices[static_cast<std::size_t>(*index)].value);
  }
  const std::string hint = choice_hint(fact, english->word);
  return hint.empty() ? "" : said + hint;
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
  if (std::string foreign = foreign_hint(fact, text); !foreign.empty()) {
    return foreign;
  }
  if (std::string verdict = verdict_hint(fact, text); !verdict.empty()) {
    return verdict;
  }
  if (const auto yes = boolean(text)) {
    return yes_no_hint(fact, *yes);
  }
  if (const auto noted = split_note(text)) {
    if (const auto index = choice_index(fact, noted->value)) {
      return note_hint(fact.choices[*index].value, *noted);
    }
    if (const auto meant = note_choice(fact, noted->note)) { // "per release (every 2 weeks)"
      return note_hint(*meant, Noted{"", noted->value});
    }
  }
  for (const auto hint_of : {two_choices_hint, other_scale_hint, word_hint}) {
    if (std::string hint = hint_of(fact, text); !hint.empty()) {
      return hint;
    }
  }
  if (std::string hint = did_you_mean(squeezed(text), fact.choice_values()); !hint.empty()) {
    return hint;
  }
  if (auto stem = stem_match(fact, text)) {
    return stem_hint(fact, text, *stem); // "1 time per month" too, before it reads as an amount
  }
  return is_amount(text) ? amount_hint(fact) : meaning_hint(fact, text);
}

} // namespace ragft::loose
