// The command Ctrl-C prints to resume `ragft ask`: the answers given so far as `--set` options,
// quoted for a POSIX shell, and where the resumed questionnaire starts.

#include <catch2/catch.hpp>

#include <ragft/ask/prompter.hpp>
#include <ragft/ask/resume.hpp>
#include <ragft/rules/loader.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

using test::rules;

// Runs the questionnaire over `typed` answers until they run out (as Ctrl-C would stop it) and
// returns the answers the last step left.
AnswerStack interrupted_after(AnswerStack answers, const std::vector<std::string>& typed) {
  std::vector<Action> actions;
  for (const std::string& text : typed) {
    actions.push_back(Action::typed(text));
  }
  ScriptedPrompter prompter(actions);
  AnswerStack last;
  try {
    run_questionnaire(rules(), std::move(answers), prompter, [&last](const AnswerStack& so_far) { last = so_far; });
  } catch (const EndOfInput&) {
  }
  return last;
}

} // namespace

TEST_CASE("shell_word leaves plain words and single-quotes the rest", "[resume]") {
  CHECK(shell_word("daily") == "daily");
  CHECK(shell_word("knowledge_base_docs=12000") == "knowledge_base_docs=12000");
  CHECK(shell_word("build/ragft") == "build/ragft");
  CHECK(shell_word("Acme support") == "'Acme support'");
  CHECK(shell_word("Acme's desk") == "'Acme'\\''s desk'"); // a quote ends the quoting, is escaped, and it starts again
  CHECK(shell_word("$HOME") == "'$HOME'");
  CHECK(shell_word("a;rm -rf x") == "'a;rm -rf x'");
  CHECK(shell_word("caf\xc3\xa9") == "'caf\xc3\xa9'");
  CHECK(shell_word("") == "''");
  CHECK(shell_assignment("budget=low") == "budget=low");
  CHECK(shell_assignment("project=Acme support") == "project='Acme support'");
  CHECK(shell_assignment("project=") == "project=''");
  CHECK(shell_assignment("odd id=x") == "'odd id=x'");
}

TEST_CASE("the answers of the session are its --set options, in the rule base's order", "[resume]") {
  const AnswerStack answers = interrupted_after(start_answers(rules()), {"Acme support", "daily", "", "yes"});
  CHECK(session_assignments(rules(), answers) ==
        std::vector<std::string>{"project=Acme support", "knowledge_updates=daily", "knowledge_base_docs=unknown",
                                 "private_data=true"});
  // Four answered: the fifth question, of 20 (the RAG-quality question is asked while the number of
  // documents is unknown).
  CHECK(resume_position(rules(), answers) == "question 5 of 20");
}

TEST_CASE("answers given before the questions are left to the options that gave them", "[resume]") {
  AnswerStack given = start_answers(rules());
  REQUIRE(set_answer(rules(), given, "budget=low").empty());
  const AnswerStack answers = interrupted_after(given, {"Acme"});
  CHECK(session_assignments(rules(), answers) == std::vector<std::string>{"project=Acme"});
  CHECK(session_assignments(rules(), answers, true) == std::vector<std::string>{"project=Acme", "budget=low"});
  CHECK(assignment_id("budget=low") == "budget");
  CHECK(assignment_id("budget") == "");
}

TEST_CASE("with every question answered the resumed command asks nothing", "[resume]") {
  AnswerStack answers = start_answers(rules());
  answer_defaults(rules(), answers);
  CHECK(resume_position(rules(), answers).empty());
}

TEST_CASE("command_text wraps between parts, with a backslash to continue", "[resume]") {
  const std::vector<std::string> parts = {"ragft ask", "--set project='Acme support'", "--set knowledge_updates=daily",
                                          "--set budget=low"};
  CHECK(command_text(parts, 0) ==
        "ragft ask --set project='Acme support' --set knowledge_updates=daily --set budget=low");
  // 50 columns: a line and its " \" stay under 50 characters (the first is 40, with the next part
  // it would be 70); a part is never split.
  CHECK(command_text(parts, 50) == "ragft ask --set project='Acme support' \\\n"
                                   "    --set knowledge_updates=daily \\\n"
                                   "    --set budget=low");
}

TEST_CASE("one --set gives every answer, so that twenty answers wrap into fewer lines", "[resume]") {
  CHECK(set_parts({}).empty());
  CHECK(set_parts({"budget=low"}) == std::vector<std::string>{"--set budget=low"});
  CHECK(set_parts({"project='Acme support'", "budget=low", "launch_weeks=6"}) ==
        std::vector<std::string>{"--set project='Acme support'", "budget=low", "launch_weeks=6"});
  // 60 columns (width 58, as on a 60-column terminal): the answers of the readers10 bank assistant
  // interrupted at its summary took a line each with a --set each (17 lines for 18 answers); two
  // go on each line here. Lines counted by hand: each stays under 58 characters with its " \".
  std::vector<std::string> parts = {"ragft ask"};
  for (std::string& part : set_parts({"knowledge_updates=monthly", "knowledge_base_docs=2400", "private_data=true",
                                      "citations_required=true", "hallucination_tolerance=low"})) {
    parts.push_back(std::move(part));
  }
  CHECK(command_text(parts, 58) == "ragft ask --set knowledge_updates=monthly \\\n"
                                   "    knowledge_base_docs=2400 private_data=true \\\n"
                                   "    citations_required=true hallucination_tolerance=low");
}
