#pragma once
// The command that resumes an interrupted `ragft ask`: the answers given so far as `--set`
// options, quoted for a POSIX shell, so that a person who quits at question 14 goes on from there.
// Pure: the front end adds the options it was given and prints the result when Ctrl-C comes.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/ask/questionnaire.hpp>

namespace ragft {

// `word` as a POSIX shell reads it back: as it is when it holds only letters, digits and
// `_-.,/:=@%+`, else in single quotes (a `'` inside written `'\''`); `''` when empty.
std::string shell_word(std::string_view word);

// `id=value` for a shell, the value quoted as `shell_word` quotes it: `project='Acme support'`
// (the whole assignment quoted when its id needs it).
std::string shell_assignment(std::string_view assignment);

// `id=value` for each question answered in this session (not one of `answers.given`), in the
// rule base's order: the project's name, then each fact's value as a spec file spells it
// (`unknown` for "don't know", so that it is not asked again). With `all`, the given answers too.
std::vector<std::string> session_assignments(const RuleBase& rules, const AnswerStack& answers, bool all = false);

// The id an `id=value` assignment answers ("" when it has no `=`).
std::string assignment_id(std::string_view assignment);

// The parts of the command that give `assignments` (each `id=value` quoted for the shell): one
// `--set` before the first and each of the others alone, since `--set` takes every `id=value`
// that follows it ("--set budget=low", "launch_weeks=6"). Twenty answers then wrap into about
// half as many lines as with a `--set` each, so that the command fits a terminal to be copied.
// Empty when there are none.
std::vector<std::string> set_parts(const std::vector<std::string>& assignments);

// `parts` (each one or more shell words, e.g. "--set budget=low") joined by spaces; when `width` is
// above 0, in lines shorter than `width` characters, each but the last ending with ` \` and the
// ones after the first indented by four spaces, so that the command can be copied as it is shown.
// A part is never split.
std::string command_text(const std::vector<std::string>& parts, std::size_t width);

// Where the resumed questionnaire starts, in words: "question 14 of 19"; "" when every question
// asked is answered (the resumed command then gives the result without asking).
std::string resume_position(const RuleBase& rules, const AnswerStack& answers);

} // namespace ragft
