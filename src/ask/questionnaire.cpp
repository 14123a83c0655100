#include <ragft/ask/questionnaire.hpp>

#include <algorithm>

#include <fmt/format.h>

#include <ragft/ask/answer.hpp>
#include <ragft/base/names.hpp>
#include <ragft/base/suggest.hpp>
#include <ragft/rules/condition.hpp>

namespace ragft {

namespace {

constexpr const char* k_project_text = "What is the project called?";
constexpr const char* k_project_help =
    "A name for the report and for the saved spec file (`project:`), e.g. \"Acme support assistant\".";
constexpr const char* k_default_project = "Untitled project";

void forget(AnswerStack& answers, int question) {
  auto& stack = answers.answered;
  stack.erase(std::remove(stack.begin(), stack.end(), question), stack.end());
}

bool is_given(const AnswerStack& answers, int question) {
  return std::find(answers.given.begin(), answers.given.end(), question) != answers.given.end();
}

// Whether `back` has an answer of this session to reopen (the last one, unless it was given).
bool has_answer_to_reopen(const AnswerStack& answers) {
  return !answers.answered.empty() && !is_given(answers, answers.answered.back());
}

void remember(AnswerStack& answers, int question) {
  forget(answers, question);
  answers.answered.push_back(question);
}

// Whether each fact is asked, and the facts so far, computed in order: a `when` reads only
// earlier facts, which are final by the time it is read.
struct Walk {
  FactSet facts;
  std::vector<bool> asked;
};

Walk walk(const RuleBase& rules, const AnswerStack& answers) {
  Walk w{FactSet(rules.facts.size()), std::vector<bool>(rules.facts.size(), true)};
  for (std::size_t i = 0; i < rules.facts.size(); ++i) {
    const FactDef& fact = rules.facts[i];
    w.asked[i] = fact.when == nullptr || evaluate(*fact.when, w.facts) != Truth::no;
    const int question = question_of(static_cast<int>(i));
    if (!w.asked[i]) {
      w.facts[i] = default_answer(fact);
    } else if (is_answered(answers, question) && answers.values[i]) {
      w.facts[i] = *answers.values[i];
    }
  }
  return w;
}

// Answers to questions that are no longer asked leave the stack (their values stay, so a question
// that comes back shows its old answer).
void prune(const RuleBase& rules, AnswerStack& answers) {
  const Walk w = walk(rules, answers);
  auto& stack = answers.answered;
  stack.erase(
      std::remove_if(stack.begin(), stack.end(),
                     [&](int q) { return q != k_project_question && !w.asked[static_cast<std::size_t>(fact_of(q))]; }),
      stack.end());
}

std::optional<int> current_question(const RuleBase& rules, const AnswerStack& answers) {
  if (answers.editing) {
    return answers.editing;
  }
  const std::vector<int> missing = missing_questions(rules, answers);
  if (missing.empty()) {
    return std::nullopt;
  }
  return missing.front();
}

// What an empty answer (Enter) gives: the previous answer, else the default, else "don't know".
// Never a made-up yes: without a default the cursor starts on "don't know".
FactValue suggestion(const FactDef& fact, const std::optional<FactValue>& previous) {
  return previous ? *previous : default_answer(fact);
}

std::string answer_project(AnswerStack& answers, const Action& action) {
  std::string name = action.text.empty() ? answers.project : action.text;
  const auto first = name.find_first_not_of(" \t");
  if (first == std::string::npos) {
    return "the project needs a name; type one, e.g. Acme support assistant";
  }
  name = name.substr(first, name.find_last_not_of(" \t") - first + 1);
  if (const std::string problem = name_problem(name); !problem.empty()) {
    return fmt::format("the name {}; type one line of at most {} characters, e.g. Acme support assistant", problem,
                       k_max_name_chars);
  }
  answers.project = name;
  return "";
}

AnswerCheck read_fact_answer(const FactDef& fact, const std::optional<FactValue>& previous, const Action& action) {
  if (action.value) {
    return AnswerCheck{*action.value, check_answer(fact, *action.value)};
  }
  if (action.text.empty()) {
    return AnswerCheck{suggestion(fact, previous), ""};
  }
  return parse_answer(fact, action.text);
}

std::string answer_fact(const RuleBase& rules, AnswerStack& answers, int question, const Action& action) {
  const auto i = static_cast<std::size_t>(fact_of(question));
  AnswerCheck check = read_fact_answer(rules.facts[i], answers.values[i], action);
  if (check.ok()) {
    answers.values[i] = check.value;
  }
  return check.error;
}

AnswerStack apply_answer(const RuleBase& rules, AnswerStack answers, const Action& action) {
  const auto question = current_question(rules, answers);
  if (!question) {
    answers.error = "every question is answered; pick one in the summary to change it";
    return answers;
  }
  answers.error = *question == k_project_question ? answer_project(answers, action)
                                                  : answer_fact(rules, answers, *question, action);
  if (answers.error.empty()) {
    remember(answers, *question);
    std::erase(answers.given, *question); // answered now: `back` reopens it like any other
    answers.editing.reset();
  } else if (!action.value) {
    answers.refused = action.text;
  }
  return answers;
}

AnswerStack apply_back(AnswerStack answers) {
  if (answers.editing) {
    remember(answers, *answers.editing);
    answers.editing.reset();
    return answers;
  }
  if (answers.answered.empty()) {
    answers.error = "this is the first question";
    return answers;
  }
  if (!has_answer_to_reopen(answers)) {
    answers.error = "this is the first question asked; the answers before it were given (from the answers file, "
                    "--set or the repository): change them in the summary at the end";
    return answers;
  }
  answers.answered.pop_back();
  return answers;
}

AnswerStack apply_edit(const RuleBase& rules, AnswerStack answers, int question) {
  const std::vector<int> active = active_questions(rules, answers);
  if (std::find(active.begin(), active.end(), question) == active.end() || answers.editing) {
    answers.error = "that question is not asked now";
    return answers;
  }
  forget(answers, question);
  answers.editing = question;
  return answers;
}

AnswerStack apply_finish(const RuleBase& rules, AnswerStack answers) {
  if (current_question(rules, answers)) {
    answers.error = "answer the remaining questions first";
    return answers;
  }
  answers.finished = true;
  return answers;
}

std::string row_value(const RuleBase& rules, const AnswerStack& answers, const FactSet& facts, int question) {
  if (question == k_project_question) {
    return answers.project;
  }
  const auto i = static_cast<std::size_t>(fact_of(question));
  return spoken_value(rules.facts[i], facts[i]); // "free text": in words, as it may be typed
}

std::vector<SummaryRow> summary_rows(const RuleBase& rules, const AnswerStack& answers) {
  const FactSet facts = answered_facts(rules, answers);
  std::vector<SummaryRow> rows;
  for (const int q : active_questions(rules, answers)) {
    const std::string label =
        q == k_project_question ? "project" : fact_label(rules.facts.at(static_cast<std::size_t>(fact_of(q))));
    rows.push_back(
        SummaryRow{q, question_id(rules, q), label, question_text(rules, q), row_value(rules, answers, facts, q)});
  }
  return rows;
}

void describe_question(const RuleBase& rules, const AnswerStack& answers, int question, Screen& s) {
  s.kind = ScreenKind::question;
  s.question = question;
  const std::vector<int> active = active_questions(rules, answers);
  s.total = static_cast<int>(active.size());
  s.number = static_cast<int>(std::find(active.begin(), active.end(), question) - active.begin()) + 1;
  if (question == k_project_question) {
    s.suggested_text = answers.project;
    return;
  }
  const auto i = static_cast<std::size_t>(fact_of(question));
  s.suggested = suggestion(rules.facts[i], answers.values[i]);
  if (s.suggested->known()) {
    s.suggested_text = spoken_value(rules.facts[i], *s.suggested);
  }
}

} // namespace

Action Action::typed(std::string text) {
  Action a;
  a.text = std::move(text);
  return a;
}

Action Action::picked(FactValue value) {
  Action a;
  a.value = value;
  return a;
}

Action Action::back() {
  Action a;
  a.kind = ActionKind::back;
  return a;
}

Action Action::edit(int question) {
  Action a;
  a.kind = ActionKind::edit;
  a.question = question;
  return a;
}

Action Action::finish() {
  Action a;
  a.kind = ActionKind::finish;
  return a;
}

bool is_answered(const AnswerStack& answers, int question) {
  return std::find(answers.answered.begin(), answers.answered.end(), question) != answers.answered.end();
}

AnswerStack start_answers(const RuleBase& rules) {
  AnswerStack answers;
  answers.values.resize(rules.facts.size());
  return answers;
}

AnswerStack step(const RuleBase& rules, AnswerStack answers, const Action& action) {
  answers.error.clear();
  answers.refused.clear();
  switch (action.kind) {
  case ActionKind::answer:
    answers = apply_answer(rules, std::move(answers), action);
    break;
  case ActionKind::back:
    answers = apply_back(std::move(answers));
    break;
  case ActionKind::edit:
    answers = apply_edit(rules, std::move(answers), action.question);
    break;
  case ActionKind::finish:
    answers = apply_finish(rules, std::move(answers));
    break;
  }
  prune(rules, answers);
  return answers;
}

Screen screen(const RuleBase& rules, const AnswerStack& answers) {
  Screen s;
  s.error = answers.error;
  s.refused_text = answers.refused;
  const FactSet facts = answered_facts(rules, answers);
  s.leaning = decide(rules, facts);
  s.known_facts =
      static_cast<int>(std::count_if(facts.begin(), facts.end(), [](const FactValue& v) { return v.known(); }));
  s.can_go_back = has_answer_to_reopen(answers) || answers.editing.has_value();
  if (answers.finished) {
    s.kind = ScreenKind::done;
  } else if (const auto question = current_question(rules, answers)) {
    describe_question(rules, answers, *question, s);
  } else {
    s.kind = ScreenKind::summary;
    s.rows = summary_rows(rules, answers);
  }
  return s;
}

FactSet answered_facts(const RuleBase& rules, const AnswerStack& answers) { return walk(rules, answers).facts; }

std::vector<int> active_questions(const RuleBase& rules, const AnswerStack& answers) {
  const Walk w = walk(rules, answers);
  std::vector<int> active = {k_project_question};
  for (std::size_t i = 0; i < w.asked.size(); ++i) {
    if (w.asked[i]) {
      active.push_back(question_of(static_cast<int>(i)));
    }
  }
  return active;
}

std::vector<int> missing_questions(const RuleBase& rules, const AnswerStack& answers) {
  std::vector<int> missing;
  for (const int q : active_questions(rules, answers)) {
    if (!is_answered(answers, q)) {
      missing.push_back(q);
    }
  }
  return missing;
}

std::string question_id(const RuleBase& rules, int question) {
  return question == k_project_question ? "project" : rules.facts.at(static_cast<std::size_t>(fact_of(question))).id;
}

std::string question_text(const RuleBase& rules, int question) {
  return question == k_project_question ? k_project_text
                                        : rules.facts.at(static_cast<std::size_t>(fact_of(question))).question;
}

std::string question_help(const RuleBase& rules, int question) {
  return question == k_project_question ? k_project_help
                                        : rules.facts.at(static_cast<std::size_t>(fact_of(question))).help;
}

namespace {

// The rule base's default choice says so (`free text (default)`): the cursor starts on it and Enter
// takes it, where on the questions without one the cursor starts on, and Enter takes, "don't know".
void mark_default(std::vector<MenuItem>& items, const FactDef& fact) {
  const FactValue value = default_answer(fact);
  for (MenuItem& item : items) {
    if (value.known() && item.value == value) {
      item.label += " (default)";
    }
  }
}

} // namespace

std::vector<MenuItem> menu(const RuleBase& rules, int question) {
  if (question == k_project_question) {
    return {};
  }
  const FactDef& fact = rules.facts.at(static_cast<std::size_t>(fact_of(question)));
  std::vector<MenuItem> items;
  if (fact.type == FactType::integer) {
    return items;
  }
  if (fact.type == FactType::boolean) {
    items.push_back(MenuItem{"yes", "", FactValue::boolean(true)});
    items.push_back(MenuItem{"no", "", FactValue::boolean(false)});
  }
  for (std::size_t i = 0; i < fact.choices.size(); ++i) {
    const Choice& choice = fact.choices[i];
    const std::string label = choice.label.empty() ? spoken_spelling(fact, choice.value) : choice.label;
    items.push_back(MenuItem{label, choice.help, FactValue::choice(static_cast<int>(i))});
  }
  items.push_back(
      MenuItem{"don't know", "Leaves the fact unknown: the result says how much it could matter.", FactValue{}});
  mark_default(items, fact);
  return items;
}

AnswerStack answers_from_spec(const RuleBase& rules, const Spec& spec) {
  AnswerStack answers = start_answers(rules);
  answers.project = spec.project;
  answers.description = spec.description;
  answers.answered.push_back(k_project_question);
  for (std::size_t i = 0; i < rules.facts.size(); ++i) {
    answers.values[i] = spec.facts[i];
    answers.answered.push_back(question_of(static_cast<int>(i)));
  }
  prune(rules, answers);
  return answers;
}

std::string set_answer(const RuleBase& rules, AnswerStack& answers, std::string_view assignment) {
  const auto equals = assignment.find('=');
  if (equals == std::string_view::npos) {
    return fmt::format("`{}` is not id=value, e.g. --set knowledge_updates=daily", assignment);
  }
  const std::string id(assignment.substr(0, equals));
  const std::string value(assignment.substr(equals + 1));
  if (id == "project") {
    AnswerStack next = answers;
    if (std::string error = answer_project(next, Action::typed(value)); !error.empty()) {
      return error;
    }
    answers = std::move(next);
    remember(answers, k_project_question);
    return "";
  }
  const auto index = rules.fact_index(id);
  if (!index) {
    std::vector<std::string> ids = rules.fact_ids();
    ids.insert(ids.begin(), "project");
    return fmt::format("unknown question `{}`{}; expected project or a fact of the rule base `{}`", id,
                       did_you_mean(id, ids), rules.name);
  }
  const AnswerCheck check = parse_answer(rules.facts[static_cast<std::size_t>(*index)], value);
  if (!check.ok()) {
    return fmt::format("{}: {}", id, check.error);
  }
  answers.values[static_cast<std::size_t>(*index)] = check.value;
  remember(answers, question_of(*index));
  return "";
}

void answer_defaults(const RuleBase& rules, AnswerStack& answers) {
  for (auto missing = missing_questions(rules, answers); !missing.empty();
       missing = missing_questions(rules, answers)) {
    const int q = missing.front();
    if (q == k_project_question) {
      answers.project = answers.project.empty() ? k_default_project : answers.project;
    } else {
      const auto i = static_cast<std::size_t>(fact_of(q));
      answers.values[i] = default_answer(rules.facts[i]);
    }
    remember(answers, q);
  }
  prune(rules, answers);
}

Spec to_spec(const RuleBase& rules, const AnswerStack& answers, std::string name) {
  Spec spec;
  spec.name = name;
  spec.project = answers.project;
  spec.description = answers.description;
  spec.facts = answered_facts(rules, answers);
  spec.where = Location{std::move(name), 1, 1};
  return spec;
}

} // namespace ragft
