#pragma once
// Words people write for a fact's value that are not its value: the words a choice's description
// uses in other words (`on-prem` for "your own GPUs"), judgements with no one reading (`ok`),
// hedges on a yes/no (`partly`), and a yes or no with more after it (`yes please`). Internal to
// spec: loose_choices.cpp and loose_values.cpp turn them into hints, never into values.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/rules/rule_base.hpp>

namespace ragft::loose {

// The choices of `fact` (indexes) that the words of `text` name in other words: each word of the
// table below stands for words of a choice's value or help (`hourly` -> "continuously", `aws` ->
// "cloud", `a100s` -> "gpus"); the choices every such word of `text` names. Empty when no word
// of `text` is in the table or the words name no choice in common.
std::vector<std::size_t> choices_in_other_words(const FactDef& fact, std::string_view text);

// True when `text` is a judgement with no one reading on a scale: `ok`, `fine`, `acceptable`,
// `decent`, `so-so`, `not bad`.
bool is_judgement(std::string_view text);

// True when `text` names a kind of organisation, which says no value of a scale by itself:
// `enterprise`, `startup`, `SMB`, `corporate`.
bool is_organisation(std::string_view text);

// True when `text` hedges a yes or no: `partly`, `kind of`, `true-ish`, `sometimes`, `depends`.
bool is_hedge(std::string_view text);

// True when `text` says where the system runs or who uses it, which answers no yes/no question:
// `internal only`, `on-prem`, `cloud`, `serverless`, `my laptop`; not `internal docs`, which says
// what the data is.
bool is_setting(std::string_view text);

// A yes or no that is the first word of `text`, with more after it or around it: `yes please`,
// `Yes!`, `definitely`, `of course` (true); `no way`, `No.` (false). nullopt otherwise.
std::optional<bool> leading_yes_no(std::string_view text);

} // namespace ragft::loose
