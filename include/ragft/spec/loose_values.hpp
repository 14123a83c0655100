#pragma once
// Values as people write them in spec files by hand, and what to tell them when a value is not one.
// What is accepted beyond the exact spelling: a choice in any case, with spaces or dashes for its
// underscores, around spaces (`Weekly`, `strict schema`, `weekly `), when that names one choice
// only; a bool as `y`/`n` or `on`/`off` as well as `true`/`false`/`yes`/`no` (any case). Everything
// else is refused, and these functions say what to write instead. The spec reader and `ragft ask`
// (answers, `--set`) use them, so both read and refuse the same things.

#include <optional>
#include <string>
#include <string_view>

#include <ragft/rules/rule_base.hpp>

namespace ragft::loose {

// The choice `text` names, exactly or in another case or spelling of its separators, when it names
// exactly one of `fact`'s choices.
std::optional<int> choice_index(const FactDef& fact, std::string_view text);

// What to write instead of `text`, which is no value of choice `fact`: " (did you mean `weekly`?)",
// " (for a value not known yet, write `unknown` or leave the line out)", or "".
std::string choice_hint(const FactDef& fact, std::string_view text);

// `text` as a bool, in any case: true/yes/y/on, false/no/n/off.
std::optional<bool> boolean(std::string_view text);

// What to write instead of `text`, which is no whole number of integer `fact`; `quoted` when it was
// written in quotes. E.g. "; write 10000" for `10k`, "; write it without quotes: 500" for "500",
// "; write it in ms, the number alone: 2000" for `2s` of a fact in ms, "; write 0" for `none`, ""
// when no guess.
std::string integer_hint(const FactDef& fact, std::string_view text, bool quoted);

// What to write instead of `text`, which is not true or false for bool `fact`; `quoted` as above.
// A word that says where the system runs or who uses it (`internal only`, `on-prem`) answers no
// yes/no question: the hint quotes `fact`'s question, to be answered true or false.
std::string boolean_hint(const FactDef& fact, std::string_view text, bool quoted);

// The id of the fact of `rules` that `key` names in another form: another case, spaces or dashes
// for underscores (`Labeled Examples`), or the fact's question (`How often ...?`).
std::optional<std::string> fact_id(const RuleBase& rules, std::string_view key);

// The one fact of `rules` whose id, label and question hold every telling word of `key` (two or
// more words of 4 letters or more, in another form too): `How often does the knowledge change`
// -> knowledge_updates; nullopt when none or several.
std::optional<std::string> fact_in_words(const RuleBase& rules, std::string_view key);

// The one fact of `rules` whose id holds every word of `key` as a whole word, and more: `latency`
// -> latency_budget_ms, `gpu` -> gpu_access, `docs` -> knowledge_base_docs (a fact named by a part
// of its name); nullopt when none or several (`knowledge`, `domain`) or when `key` is a verdict.
std::optional<std::string> fact_by_part(const RuleBase& rules, std::string_view key);

// True when `key` is `fact`'s question, in any case and punctuation.
bool is_question_of(const FactDef& fact, std::string_view key);

// What is wrong with a key that no reader takes, when it was pasted: it starts with a no-break
// space (U+00A0), which YAML takes for part of the key, not for indentation; "" otherwise.
std::string pasted_key_hint(std::string_view key);

// True when `key` reads as a sentence, not a key: four words or more, or words ending in `.`, `!`
// or `?` (`Here is the spec`, `Hope this helps!`): text around a spec pasted from a chat.
bool is_sentence(std::string_view key);

// True for the words people write for "not known": n/a, tbd, ?, don't know, ... (any case).
bool is_unknown_word(std::string_view text);

// What a `decision` error adds when `text` says no decision is taken yet (`tbd`, `undecided`,
// `pending`, `none`, `unknown`, `not decided yet`): that `decision` is optional; "" otherwise.
std::string undecided_hint(std::string_view text);

} // namespace ragft::loose
