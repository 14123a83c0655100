// The questionnaire engine, driven in-process: scripted actions, line mode over string streams,
// the question model's checks in the loader, and the saved spec's round trip.

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include <ragft/ask/answer.hpp>
#include <ragft/ask/prompter.hpp>
#include <ragft/engine/project.hpp>
#include <ragft/rules/loader.hpp>

#include "helpers.hpp"
#include <ragft/spec/writer.hpp>

using namespace ragft;

namespace {

using test::rules;

int q(const std::string& id) { return question_of(*rules().fact_index(id)); }

std::string loader_error(const std::string& facts) {
  const std::string text = "ragft_rules: 1\nname: t\nsources: {s: {title: S}}\nfacts:\n" + facts + "rules: []\n";
  try {
    load_rule_base(text, "t.yaml");
  } catch (const InputError& e) {
    return e.diagnostic().to_string();
  }
  return "";
}

const std::string k_docs = "  - {id: docs, type: integer, question: Q, help: H}\n";

// Answers every question asked with its default, or the first menu entry, or 10.
AnswerStack answer_all(AnswerStack answers) {
  for (Screen s = screen(rules(), answers); s.kind == ScreenKind::question; s = screen(rules(), answers)) {
    const auto items = menu(rules(), s.question);
    Action a = s.question == k_project_question ? Action::typed("Acme")
               : items.empty()                  ? Action::typed("10")
                                                : Action::picked(items.front().value);
    answers = step(rules(), std::move(answers), a);
  }
  return answers;
}

} // namespace

TEST_CASE("the loader checks when and default of questions", "[questionnaire]") {
  CHECK(loader_error(k_docs + "  - {id: rag, type: bool, question: Q, help: H, when: {fact: docs, gt: 0}}\n").empty());
  const std::string later =
      loader_error("  - {id: rag, type: bool, question: Q, help: H, when: {fact: docs, gt: 0}}\n" + k_docs);
  CHECK(later.rfind("t.yaml:5:", 0) == 0);
  CHECK_THAT(later, Catch::Contains("not a fact defined before it"));
  CHECK_THAT(
      loader_error(k_docs + "  - {id: rag, type: bool, question: Q, help: H, when: {need: knowledge, is: strong}}\n"),
      Catch::Contains("reads a need level"));
  CHECK_THAT(loader_error("  - {id: c, type: choice, question: Q, help: H, default: dayly, choices: [{value: daily}, "
                          "{value: weekly}]}\n"),
             Catch::Contains("did you mean `daily`"));
  CHECK_THAT(loader_error("  - {id: n, type: integer, minimum: 1, question: Q, help: H, default: 0}\n"),
             Catch::Contains("at least its minimum, 1"));
  CHECK(rules().facts[static_cast<std::size_t>(fact_of(q("existing_rag_quality")))].when != nullptr);
}

TEST_CASE("answers are parsed and checked the same way from every source", "[questionnaire]") {
  const FactDef& docs = rules().facts[static_cast<std::size_t>(fact_of(q("knowledge_base_docs")))];
  CHECK(parse_answer(docs, "1,000").value == FactValue::integer(1000));
  CHECK(parse_answer(docs, "12,000,000").value == FactValue::integer(12000000));
  // Commas only between groups of three, as in a spec file.
  CHECK_THAT(parse_answer(docs, "1,50").error, Catch::Contains("commas only between groups of three"));
  CHECK_THAT(parse_answer(docs, "1,5,0,0").error, Catch::Contains("not a whole number"));
  CHECK_THAT(parse_answer(docs, "-1").error, Catch::Contains("at least 0"));
  CHECK_THAT(parse_answer(docs, "many").error, Catch::Contains("not a whole number"));
  CHECK_FALSE(parse_answer(docs, "unknown").value.known());
  const FactDef& updates = rules().facts[static_cast<std::size_t>(fact_of(q("knowledge_updates")))];
  CHECK(parse_answer(updates, " Daily ").value == FactValue::choice(5));
  CHECK_THAT(parse_answer(updates, "dayly").error, Catch::Contains("did you mean `daily`"));
  CHECK_FALSE(check_answer(updates, FactValue::choice(99)).empty());
  AnswerStack answers = start_answers(rules());
  CHECK_THAT(set_answer(rules(), answers, "knowledge_update=daily"),
             Catch::Contains("did you mean `knowledge_updates`"));
  CHECK_THAT(set_answer(rules(), answers, "latency_budget_ms=0"), Catch::Contains("at least 1"));
  CHECK(set_answer(rules(), answers, "private_data=yes").empty());
}

// docs/spec-format.md "Common mistakes": what a spec file is told, a typed answer is told too.
TEST_CASE("a refused answer says what to write instead, as a spec file's reader does", "[questionnaire]") {
  const FactDef& docs = rules().facts[static_cast<std::size_t>(fact_of(q("knowledge_base_docs")))];
  CHECK_THAT(parse_answer(docs, "10k").error,
             Catch::EndsWith("not a whole number; expected a number of documents; write 10000"));
  CHECK_THAT(parse_answer(docs, "2.5k").error, Catch::EndsWith("; write 2500"));
  CHECK_THAT(parse_answer(docs, "~500").error, Catch::EndsWith("; write one whole number, your best estimate: 500"));
  CHECK_THAT(parse_answer(docs, "1000-2000").error, Catch::EndsWith("not a range: your best estimate, e.g. 1500"));
  CHECK_THAT(parse_answer(docs, "10 000").error, Catch::EndsWith("; write 10000 (or 10,000)"));
  const FactDef& updates = rules().facts[static_cast<std::size_t>(fact_of(q("knowledge_updates")))];
  CHECK_THAT(parse_answer(updates, "every week").error, Catch::Contains("(did you mean `weekly`?)"));
  const FactDef& private_data = rules().facts[static_cast<std::size_t>(fact_of(q("private_data")))];
  CHECK_THAT(parse_answer(private_data, "1").error, Catch::EndsWith("expected yes or no; write true"));
  // The words people use for "not known" are "don't know" here: a person at a prompt means it.
  for (const char* word : {"n/a", "TBD", "not sure", "dont know", "Unknown"}) {
    const AnswerCheck check = parse_answer(docs, word);
    CHECK(check.ok());
    CHECK_FALSE(check.value.known());
  }
}

TEST_CASE("an invalid answer is refused, then a valid one moves on", "[questionnaire]") {
  AnswerStack answers = step(rules(), start_answers(rules()), Action::typed("Acme"));
  answers = step(rules(), answers, Action::typed("dayly"));
  Screen s = screen(rules(), answers);
  CHECK(s.question == q("knowledge_updates"));
  CHECK_THAT(s.error, Catch::Contains("did you mean `daily`"));
  CHECK(s.refused_text == "dayly"); // the field starts with it, to mend rather than retype
  answers = step(rules(), answers, Action::typed("daily"));
  s = screen(rules(), answers);
  CHECK(s.question == q("knowledge_base_docs"));
  CHECK(s.error.empty());
  CHECK(s.refused_text.empty());
  answers = step(rules(), answers, Action::typed("10k"));
  CHECK(screen(rules(), answers).refused_text == "10k");
  answers = step(rules(), answers, Action::back()); // any other step forgets it
  CHECK(screen(rules(), answers).refused_text.empty());
  CHECK(s.number == 3);
  CHECK(s.known_facts >= 1);
}

TEST_CASE("back returns to the previous question with its answer preselected", "[questionnaire]") {
  AnswerStack answers = step(rules(), start_answers(rules()), Action::typed("Acme"));
  answers = step(rules(), answers, Action::typed("weekly"));
  answers = step(rules(), answers, Action::back());
  Screen s = screen(rules(), answers);
  CHECK(s.question == q("knowledge_updates"));
  CHECK(s.suggested == FactValue::choice(4));
  answers = step(rules(), answers, Action::typed(""));
  CHECK(screen(rules(), answers).question == q("knowledge_base_docs"));
  answers = step(rules(), step(rules(), answers, Action::back()), Action::back());
  CHECK(screen(rules(), answers).question == k_project_question);
  CHECK_FALSE(screen(rules(), answers).can_go_back);
  CHECK_FALSE(step(rules(), answers, Action::back()).error.empty());
}

// A person who passed --set project=... and --set knowledge_updates=... starts at the next question:
// for them it is the first, so back has nothing to reopen (the given answers are changed in the
// summary); an answer given now reopens as any other.
TEST_CASE("back stops at the first question asked, not at an answer given before the questions", "[questionnaire]") {
  AnswerStack answers = start_answers(rules());
  REQUIRE(set_answer(rules(), answers, "project=Acme").empty());
  REQUIRE(set_answer(rules(), answers, "knowledge_updates=daily").empty());
  ScriptedPrompter script({Action::back(), Action::typed("500"), Action::back()});
  CHECK_THROWS_AS(run_questionnaire(rules(), answers, script), EndOfInput);
  const std::vector<Screen>& shown = script.screens();
  REQUIRE(shown.size() == 4);
  CHECK(shown[0].question == q("knowledge_base_docs"));
  CHECK_FALSE(shown[0].can_go_back);
  CHECK(shown[1].question == q("knowledge_base_docs")); // still there, told why
  CHECK_THAT(shown[1].error, Catch::Contains("this is the first question asked"));
  CHECK(shown[2].can_go_back); // 500 was answered now
  CHECK(shown[3].question == q("knowledge_base_docs"));
  CHECK(shown[3].suggested == FactValue::integer(500));
  CHECK_FALSE(shown[3].can_go_back);
}

TEST_CASE("conditions make questions appear and disappear, and recount them", "[questionnaire]") {
  AnswerStack answers = start_answers(rules());
  answers = step(rules(), answers, Action::typed("Acme"));
  const int total = screen(rules(), answers).total;
  answers = step(rules(), answers, Action::typed("daily"));
  answers = step(rules(), answers, Action::typed("0"));
  CHECK(screen(rules(), answers).total == total - 1);
  answers = answer_all(answers);
  Screen s = screen(rules(), answers);
  REQUIRE(s.kind == ScreenKind::summary);
  const auto rag_quality = static_cast<std::size_t>(fact_of(q("existing_rag_quality")));
  CHECK(answered_facts(rules(), answers)[rag_quality] == FactValue::choice(0)); // not asked: its default, none
  // Editing the documents from the summary brings the question back; then the summary again.
  answers = step(rules(), answers, Action::edit(q("knowledge_base_docs")));
  answers = step(rules(), answers, Action::typed("500"));
  s = screen(rules(), answers);
  CHECK(s.question == q("existing_rag_quality"));
  CHECK(s.total == total);
  answers = step(rules(), answers, Action::typed("good"));
  CHECK(screen(rules(), answers).kind == ScreenKind::summary);
  CHECK(answered_facts(rules(), answers)[rag_quality] == FactValue::choice(2));
}

TEST_CASE("the summary edits any answer, back leaves an edit unchanged, finish ends", "[questionnaire]") {
  AnswerStack answers = answer_all(start_answers(rules()));
  const auto budget = static_cast<std::size_t>(fact_of(q("budget")));
  answers = step(rules(), answers, Action::edit(q("budget")));
  CHECK(screen(rules(), answers).question == q("budget"));
  answers = step(rules(), answers, Action::back());
  CHECK(screen(rules(), answers).kind == ScreenKind::summary);
  answers = step(rules(), answers, Action::edit(q("budget")));
  answers = step(rules(), answers, Action::picked(FactValue{}));
  CHECK_FALSE(answered_facts(rules(), answers)[budget].known());
  answers = step(rules(), answers, Action::edit(k_project_question));
  answers = step(rules(), answers, Action::typed("  Beta  "));
  answers = step(rules(), answers, Action::finish());
  CHECK(screen(rules(), answers).kind == ScreenKind::done);
  CHECK(answers.project == "Beta");
}

TEST_CASE("a project name that would not read back from the saved file is asked again", "[questionnaire]") {
  AnswerStack answers = start_answers(rules());
  answers = step(rules(), answers, Action::typed(std::string(201, 'x')));
  CHECK(screen(rules(), answers).question == k_project_question);
  CHECK(answers.error == "the name is 201 characters long; type one line of at most 200 characters, e.g. Acme "
                         "support assistant");
  answers = step(rules(), answers, Action::typed("Acme"));
  CHECK(answers.project == "Acme");
  CHECK(answers.error.empty());
}

TEST_CASE("a scripted prompter drives the questionnaire and ends at the end of its script", "[questionnaire]") {
  ScriptedPrompter short_script({Action::typed("Acme"), Action::typed("daily")});
  CHECK_THROWS_WITH(run_questionnaire(rules(), start_answers(rules()), short_script),
                    Catch::Contains("question 3 of") && Catch::Contains("knowledge_base_docs"));
  AnswerStack answers = start_answers(rules());
  answer_defaults(rules(), answers);
  ScriptedPrompter finish({Action::finish()});
  CHECK(run_questionnaire(rules(), answers, finish).project == "Untitled project");
  REQUIRE(finish.screens().size() == 1);
  CHECK(finish.screens().front().kind == ScreenKind::summary);
}

namespace {

// A line-mode session on `input` from the first question, which must run out at question 5;
// returns what it wrote.
std::string line_session_to_question_5(const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out;
  LinePrompter prompter(in, out);
  CHECK_THROWS_WITH(run_questionnaire(rules(), start_answers(rules()), prompter),
                    Catch::Contains("end of input at question 5 of"));
  return out.str();
}

} // namespace

TEST_CASE("line mode reads numbers, values, defaults, help and back", "[questionnaire]") {
  const std::string text = line_session_to_question_5("Acme\n?\n6\n<\n\n1,200\nmaybe\nyes\n");
  CHECK_THAT(text, Catch::Contains("Question 2 of 20\nHow often"));
  CHECK_THAT(text, Catch::Contains("  8) don't know"));
  CHECK_THAT(text, Catch::Contains("realtime: Changes continuously"));            // help
  CHECK_THAT(text, Catch::Contains("1-8 or a value (? help, < back) [daily]: ")); // back: previous answer preselected
  CHECK_THAT(text, Catch::Contains("! `maybe` is not an answer to a yes/no question"));
}

TEST_CASE("an empty answer is the previous one, else the default, else don't know", "[questionnaire]") {
  AnswerStack answers = step(rules(), start_answers(rules()), Action::typed("Acme"));
  Screen s = screen(rules(), answers);
  REQUIRE(s.question == q("knowledge_updates"));
  CHECK(s.suggested == FactValue{}); // no choice preselected: the cursor starts on "don't know"
  CHECK(s.suggested_text.empty());
  answers = step(rules(), answers, Action::typed("daily"));
  answers = step(rules(), answers, Action::typed("")); // a number without a default
  CHECK(answers.error.empty());
  CHECK(answers.values[static_cast<std::size_t>(fact_of(q("knowledge_base_docs")))] == FactValue{});
  s = screen(rules(), answers);
  REQUIRE(s.question == q("private_data")); // yes/no without a default: not "yes"
  CHECK(s.suggested == FactValue{});
  const auto items = menu(rules(), s.question);
  CHECK(items.back().label == "don't know");
  answers = step(rules(), answers, Action::back());
  CHECK(screen(rules(), answers).suggested == FactValue{}); // "don't know" is kept as the answer
  answers = step(rules(), answers, Action::typed("12"));
  answers = step(rules(), answers, Action::back());
  CHECK(screen(rules(), answers).suggested_text == "12");
}

TEST_CASE("line mode says that an empty line means don't know", "[questionnaire]") {
  const std::string text = line_session_to_question_5("Acme\n\n\n\n");
  CHECK_THAT(text, Catch::Contains("1-8 or a value, or press Enter if you don't know (? help, < back): "));
  CHECK_THAT(text, Catch::Contains("A number of documents, or press Enter if you don't know (? help, < back): "));
  CHECK_THAT(text, Catch::Contains("1-3 or a value, or press Enter if you don't know (? help, < back): "));
  CHECK_THAT(text, !Catch::Contains("! "));
}

TEST_CASE("line mode's summary edits by number and finishes on an empty line", "[questionnaire]") {
  AnswerStack answers = answer_all(start_answers(rules()));
  std::istringstream in("3\n42\n\n");
  std::ostringstream out;
  LinePrompter prompter(in, out);
  answers = run_questionnaire(rules(), answers, prompter);
  CHECK(answers.finished);
  CHECK(answered_facts(rules(), answers)[static_cast<std::size_t>(fact_of(q("knowledge_base_docs")))] ==
        FactValue::integer(42));
  // Values start one space after the longest label ("quality of the existing RAG system", 34).
  CHECK_THAT(out.str(), Catch::Contains(" 3) documents to draw on                10"));
}

TEST_CASE("saved answers score exactly like the questionnaire's", "[questionnaire]") {
  AnswerStack answers = answer_all(start_answers(rules()));
  answers = step(rules(), answers, Action::edit(k_project_question));
  answers = step(rules(), answers, Action::typed("Acme \"support\": v2 # beta"));
  answers = step(rules(), answers, Action::edit(q("budget")));
  answers = step(rules(), answers, Action::picked(FactValue{}));
  const Spec spec = to_spec(rules(), answers, "acme.yaml");
  const std::string text = write_spec(rules(), spec);
  CHECK_THAT(text, Catch::Contains("ragft: 1\nproject: \"Acme \\\"support\\\": v2 # beta\"\n"));
  CHECK_THAT(text, Catch::Contains("  budget: unknown\n"));
  const auto documents = parse_specs(text, "acme.yaml", rules());
  REQUIRE(documents.size() == 1);
  const Spec& read = std::get<Spec>(documents.front());
  CHECK(read.project == spec.project);
  CHECK(read.facts == spec.facts);
  const ProjectResult a = score_project(rules(), spec);
  const ProjectResult b = score_project(rules(), read);
  CHECK(a.verdict == b.verdict);
  CHECK(a.evaluation.scores.values == b.evaluation.scores.values);
}

TEST_CASE("menus show choices in words, or the label the rule base gives, the answer keeps the value",
          "[questionnaire]") {
  const auto labels = [](const RuleBase& base, int question) {
    std::vector<std::string> out;
    for (const MenuItem& item : menu(base, question)) {
      out.push_back(item.label);
    }
    return out;
  };
  // The rule base's default (rules/default.yaml: output_format's `default: free_text`,
  // smaller_model_wanted's `default: false`) says so: the cursor starts on it and Enter takes it.
  CHECK(labels(rules(), q("output_format")) ==
        std::vector<std::string>{"free text (default)", "template", "strict schema", "don't know"});
  CHECK(labels(rules(), q("smaller_model_wanted")) == std::vector<std::string>{"yes", "no (default)", "don't know"});
  CHECK(labels(rules(), q("task_type")).front() == "question answering");
  CHECK(labels(rules(), q("private_data")) == std::vector<std::string>{"yes", "no", "don't know"});
  const RuleBase own =
      load_rule_base("ragft_rules: 1\nname: t\nsources: {s: {title: S}}\nfacts:\n"
                     "  - {id: risk, type: choice, question: Q, help: H, choices: [{value: low, label: "
                     "\"low: a wrong answer is costly\"}, {value: very_high}]}\n"
                     "rules: []\n",
                     "t.yaml");
  CHECK(labels(own, question_of(0)) ==
        std::vector<std::string>{"low: a wrong answer is costly", "very high", "don't know"});
  // What is kept and saved is the choice's value, whichever words the menu shows.
  AnswerStack answers = step(own, start_answers(own), Action::typed("Own"));
  answers = step(own, answers, Action::picked(menu(own, question_of(0)).front().value));
  CHECK(format_value(own.facts[0], *answers.values[0]) == "low");
  const Screen summary = screen(own, answers);
  REQUIRE(summary.kind == ScreenKind::summary);
  CHECK(summary.rows.back().value == "low");
}

TEST_CASE("the RAG-quality question is asked while the number of documents is unknown, not at 0", "[questionnaire]") {
  // Not asked, it would take its default, `none`: an answer nobody gave while the documents may exist.
  AnswerStack answers = step(rules(), start_answers(rules()), Action::typed("Acme"));
  answers = step(rules(), answers, Action::typed("daily"));
  answers = step(rules(), answers, Action::typed("")); // documents: don't know
  std::vector<int> active = active_questions(rules(), answers);
  CHECK(std::find(active.begin(), active.end(), q("existing_rag_quality")) != active.end());
  answers = step(rules(), answers, Action::back());
  answers = step(rules(), answers, Action::typed("0"));
  active = active_questions(rules(), answers);
  CHECK(std::find(active.begin(), active.end(), q("existing_rag_quality")) == active.end());
}

TEST_CASE("line mode on a terminal breaks its lines at spaces to fit the width", "[questionnaire]") {
  // The same session (with help, a refused answer and back) unwrapped and at 40 columns: every line
  // shorter than 40 (answers are short), the same words.
  const auto session = [](int width) {
    std::istringstream in("Acme\n?\n6\n<\n\n1,200\nmaybe\nyes\n");
    std::ostringstream out;
    LinePrompter prompter(in, out, true, width); // each answer echoed, as a terminal shows it typed
    CHECK_THROWS(run_questionnaire(rules(), start_answers(rules()), prompter));
    return out.str();
  };
  const std::string wide = session(0);
  const std::string narrow = session(40);
  std::istringstream lines(narrow);
  std::size_t longest = 0;
  for (std::string line; std::getline(lines, line);) {
    for (const std::string typed : {"Acme", "?", "6", "<", "1,200", "maybe", "yes"}) { // the echo: the person's
      if (line.ends_with(": " + typed)) {
        line.resize(line.size() - typed.size());
      }
    }
    longest = std::max(longest, line.size()); // the text is ASCII: bytes are columns
  }
  CHECK(longest < 40);
  CHECK(wide.find("Think of prices, documentation, policies, records, news: whatever the answers quote.") !=
        std::string::npos); // unwrapped: one line
  // The same words, only the spaces and line ends between them differ.
  const auto words = [](const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string word; in >> word;) {
      out.push_back(word);
    }
    return out;
  };
  CHECK(words(narrow) == words(wide));
}

// readers20 and readers21: `ask --plain` at 60 columns broke the prompt at its spaces, "1-8 or a
// value, or press Enter if you don't know (? help, <" / "back): ", a key parted from what it does.
TEST_CASE("line mode keeps the keys' hint of a prompt whole, on a line of its own when it does not fit",
          "[questionnaire]") {
  const auto session = [](int width) {
    std::istringstream in("Acme\n"); // ends at the second question (how often the knowledge changes)
    std::ostringstream out;
    LinePrompter prompter(in, out, true, width);
    CHECK_THROWS(run_questionnaire(rules(), start_answers(rules()), prompter));
    return out.str();
  };
  const std::string narrow = session(60);
  CHECK(narrow.find("1-8 or a value, or press Enter if you don't know\n(? help, < back): ") != std::string::npos);
  CHECK(narrow.find("(? help, <\n") == std::string::npos);
  // Where it fits, on the same line; unwrapped, as before.
  CHECK(session(80).find("1-8 or a value, or press Enter if you don't know (? help, < back): ") != std::string::npos);
  CHECK(session(0).find("1-8 or a value, or press Enter if you don't know (? help, < back): ") != std::string::npos);
}

// Where the readers10 newcomers stopped in `ragft ask` (tmux, 80x24 and 60x18): a support lead
// whose help centre is public did not know whether it is private knowledge; a customer-facing bot
// whose wrong answers a customer can take to a person found only "internal tools" under medium;
// "two maintenance streams" under a high budget named nothing she knew. The help now answers each.
TEST_CASE("the built-in help answers the questions newcomers stopped at", "[questionnaire]") {
  const auto has = [](const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  };
  const std::string private_help = question_help(rules(), q("private_data"));
  CHECK(has(private_help, "public pages"));
  CHECK(has(private_help, "help centre"));
  const auto help_of = [](const std::string& fact, const std::string& value) {
    for (const MenuItem& item : menu(rules(), q(fact))) {
      if (item.label == value) {
        return item.help;
      }
    }
    return std::string();
  };
  CHECK(has(help_of("hallucination_tolerance", "medium"), "support answers a customer can check"));
  CHECK_FALSE(has(help_of("budget", "high"), "streams"));
  CHECK(has(help_of("budget", "high"), "a retrieval index and a trained model"));
}
