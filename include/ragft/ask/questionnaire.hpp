#pragma once
// The questionnaire of `ragft ask`, generated from a rule base: the project's name first, then one
// question per fact, in the rule base's order, each with the fact's question, help, choices and
// default. Nothing about the questions is written in C++.
//
// The state is an answer stack. `step` applies one action (an answer, back, edit, finish) and
// returns the new state; `screen` says what to show next; both are pure. After every step each
// fact's `when` is evaluated again over the answers so far, so questions appear and disappear and
// "question n of N" is recounted. A question whose `when` is known to be false is not asked and
// takes its default (unknown without one). An empty answer (Enter) takes the previous answer, else
// the default, else "don't know": no question starts on a choice nobody made. Every answer, whatever its source, passes
// `parse_answer`/`check_answer` (answer.hpp).

#include <optional>
#include <string>
#include <vector>

#include <ragft/engine/engine.hpp>
#include <ragft/model/facts.hpp>
#include <ragft/rules/rule_base.hpp>
#include <ragft/spec/spec.hpp>

namespace ragft {

// Question 0 is the project's name; question `i + 1` asks fact `i`.
inline constexpr int k_project_question = 0;
inline constexpr int fact_of(int question) { return question - 1; }
inline constexpr int question_of(int fact) { return fact + 1; }

struct AnswerStack {
  std::string project;                          // the project's name, once given
  std::optional<std::string> description;       // kept from an answers file
  std::vector<std::optional<FactValue>> values; // per fact: the last answer given, kept after `back`
  std::vector<int> answered;                    // the questions answered, oldest first
  std::vector<int> given;                       // answered before the questions began (a file, --set,
                                                // measured): `back` stops at them; the summary changes them
  std::optional<int> editing;                   // a question reopened from the summary
  bool finished = false;
  std::string error;   // why the last answer was refused
  std::string refused; // that answer as typed, to edit rather than retype
};

AnswerStack start_answers(const RuleBase& rules);

// Whether `question` has been answered (is on the stack).
bool is_answered(const AnswerStack& answers, int question);

enum class ActionKind { answer, back, edit, finish };

struct Action {
  ActionKind kind = ActionKind::answer;
  std::string text;               // answer: as typed, parsed by the engine ("" = the suggestion)
  std::optional<FactValue> value; // answer: a value picked from a menu (unknown = "don't know")
  int question = -1;              // edit: the question to reopen

  static Action typed(std::string text);
  static Action picked(FactValue value);
  static Action back();
  static Action edit(int question);
  static Action finish();
};

// Applies `action` to `answers`. A refused answer leaves the stack as it was, with `error` set.
AnswerStack step(const RuleBase& rules, AnswerStack answers, const Action& action);

enum class ScreenKind { question, summary, done };

struct SummaryRow {
  int question = 0;
  std::string id;    // "project" or the fact's id
  std::string label; // "project" or the fact in words (`fact_label`), what the summary shows
  std::string text;  // the question
  std::string value; // as a person reads it
};

struct Screen {
  ScreenKind kind = ScreenKind::question;
  int question = 0;
  int number = 0; // 1-based among the questions asked now
  int total = 0;
  std::optional<FactValue> suggested; // what Enter gives: the previous answer, else the default, else
                                      // unknown ("don't know"); none for the project's name
  std::string suggested_text;         // as a person reads it ("" = none, or "don't know")
  std::string error;
  std::string refused_text; // the typed answer just refused: the field starts with it
  bool can_go_back = false;
  int known_facts = 0;          // facts with a known value so far
  Outcome leaning;              // the verdict the answers so far give
  std::vector<SummaryRow> rows; // summary: every question asked, with its answer
};

Screen screen(const RuleBase& rules, const AnswerStack& answers);

// The facts as answered so far: answered questions give their value, skipped ones their default,
// the rest are unknown.
FactSet answered_facts(const RuleBase& rules, const AnswerStack& answers);

// The questions asked now (not skipped by `when`), in order.
std::vector<int> active_questions(const RuleBase& rules, const AnswerStack& answers);

// The questions asked now that have no answer yet.
std::vector<int> missing_questions(const RuleBase& rules, const AnswerStack& answers);

// "project" or the fact's id; the question's text; its help.
std::string question_id(const RuleBase& rules, int question);
std::string question_text(const RuleBase& rules, int question);
std::string question_help(const RuleBase& rules, int question);

// One entry of a menu: a choice, yes or no, or "don't know".
struct MenuItem {
  std::string label;
  std::string help;
  FactValue value;
};

// The menu of a choice or yes/no question, ending with "don't know" (unknown); empty for the
// questions that are typed (numbers, the project's name).
std::vector<MenuItem> menu(const RuleBase& rules, int question);

// Answers from other sources, validated like typed ones. `answers_from_spec` answers every
// question (a spec's missing facts are unknown); `set_answer` reads `id=value` and returns why it
// was refused, or ""; `answer_defaults` answers what is missing with defaults (unknown without).
AnswerStack answers_from_spec(const RuleBase& rules, const Spec& spec);
std::string set_answer(const RuleBase& rules, AnswerStack& answers, std::string_view assignment);
void answer_defaults(const RuleBase& rules, AnswerStack& answers);

// The finished answers as a spec named `name`, to score or save.
Spec to_spec(const RuleBase& rules, const AnswerStack& answers, std::string name);

} // namespace ragft
