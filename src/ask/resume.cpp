#include <ragft/ask/resume.hpp>

#include <algorithm>

#include <fmt/format.h>

namespace ragft {

namespace {

bool is_plain_shell_char(char c) {
  const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return alnum || std::string_view("_-.,/:=@%+").find(c) != std::string_view::npos;
}

bool answered_in_session(const AnswerStack& answers, int question) {
  const bool answered = std::find(answers.answered.begin(), answers.answered.end(), question) != answers.answered.end();
  const bool given = std::find(answers.given.begin(), answers.given.end(), question) != answers.given.end();
  return answered && !given;
}

} // namespace

std::string shell_word(std::string_view word) {
  if (!word.empty() && std::all_of(word.begin(), word.end(), is_plain_shell_char)) {
    return std::string(word);
  }
  std::string out = "'";
  for (const char c : word) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

std::string shell_assignment(std::string_view assignment) {
  const auto equals = assignment.find('=');
  const std::string_view id = assignment.substr(0, equals);
  if (equals == std::string_view::npos || id.empty() || shell_word(id) != id) {
    return shell_word(assignment);
  }
  return fmt::format("{}={}", id, shell_word(assignment.substr(equals + 1)));
}

std::vector<std::string> session_assignments(const RuleBase& rules, const AnswerStack& answers, bool all) {
  std::vector<std::string> out;
  for (const int question : active_questions(rules, answers)) {
    if (!(all ? is_answered(answers, question) : answered_in_session(answers, question))) {
      continue;
    }
    if (question == k_project_question) {
      out.push_back("project=" + answers.project);
      continue;
    }
    const auto i = static_cast<std::size_t>(fact_of(question));
    const FactValue value = answers.values[i].value_or(FactValue{});
    out.push_back(fmt::format("{}={}", rules.facts[i].id, format_value(rules.facts[i], value)));
  }
  return out;
}

std::string assignment_id(std::string_view assignment) {
  const auto equals = assignment.find('=');
  return equals == std::string_view::npos ? "" : std::string(assignment.substr(0, equals));
}

std::vector<std::string> set_parts(const std::vector<std::string>& assignments) {
  std::vector<std::string> parts = assignments;
  if (!parts.empty()) {
    parts.front() = "--set " + parts.front();
  }
  return parts;
}

std::string command_text(const std::vector<std::string>& parts, std::size_t width) {
  constexpr std::string_view k_continue = " \\";
  constexpr std::string_view k_indent = "    ";
  std::string out;
  std::size_t line = 0; // characters on the current line
  for (const std::string& part : parts) {
    const bool first = out.empty();
    if (!first && width > 0 && line + 1 + part.size() + k_continue.size() >= width) {
      out += fmt::format("{}\n{}{}", k_continue, k_indent, part);
      line = k_indent.size() + part.size();
      continue;
    }
    out += (first ? "" : " ") + part;
    line += (first ? 0 : 1) + part.size();
  }
  return out;
}

std::string resume_position(const RuleBase& rules, const AnswerStack& answers) {
  const std::vector<int> missing = missing_questions(rules, answers);
  if (missing.empty()) {
    return "";
  }
  const std::vector<int> active = active_questions(rules, answers);
  const auto number = std::find(active.begin(), active.end(), missing.front()) - active.begin() + 1;
  return fmt::format("question {} of {}", number, active.size());
}

} // namespace ragft
