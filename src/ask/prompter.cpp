#include <ragft/ask/prompter.hpp>

#include <fmt/format.h>

namespace ragft {

AnswerStack run_questionnaire(const RuleBase& rules, AnswerStack answers, Prompter& prompter,
                              const std::function<void(const AnswerStack&)>& after_step) {
  answers.given = answers.answered;
  for (Screen s = screen(rules, answers); s.kind != ScreenKind::done; s = screen(rules, answers)) {
    if (after_step) {
      after_step(answers);
    }
    const Action action = prompter.ask(rules, s); // may throw: `answers` stays whole
    answers = step(rules, std::move(answers), action);
  }
  if (after_step) {
    after_step(answers);
  }
  return answers;
}

std::string describe_position(const RuleBase& rules, const Screen& screen) {
  if (screen.kind != ScreenKind::question) {
    return "the summary";
  }
  return fmt::format("question {} of {} (`{}`: {})", screen.number, screen.total, question_id(rules, screen.question),
                     question_text(rules, screen.question));
}

Action ScriptedPrompter::ask(const RuleBase& rules, const Screen& screen) {
  m_screens.push_back(screen);
  if (m_next >= m_actions.size()) {
    throw EndOfInput(fmt::format("the script ended at {}", describe_position(rules, screen)));
  }
  return m_actions[m_next++];
}

} // namespace ragft
