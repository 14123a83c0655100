// Spec files as people write them by hand: what is read as meant (docs/spec-format.md, "Common
// mistakes"), and what is refused with the fix to make. Expected values come from the contract's
// fact table (values and types) and the rule of each slip, not from ragft's output.
#include <catch2/catch.hpp>

#include "helpers.hpp"
#include <ragft/ask/answer.hpp>
#include <ragft/spec/loose_values.hpp>

using namespace ragft;

namespace {

using test::facts_error;

bool ends_in(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

TEST_CASE("a choice in another case or with spaces or dashes for its underscores is that choice") {
  using test::facts;
  // knowledge_updates: never yearly quarterly monthly weekly daily realtime (the contract's order)
  CHECK(facts({{"knowledge_updates", "Weekly"}}) == facts({{"knowledge_updates", "weekly"}}));
  CHECK(facts({{"knowledge_updates", "WEEKLY"}}) == facts({{"knowledge_updates", "weekly"}}));
  CHECK(facts({{"knowledge_updates", "\"weekly \""}}) == facts({{"knowledge_updates", "weekly"}}));
  CHECK(facts({{"knowledge_updates", "Real-time"}}) == facts({{"knowledge_updates", "realtime"}}));
  CHECK(facts({{"output_format", "strict schema"}}) == facts({{"output_format", "strict_schema"}}));
  CHECK(facts({{"output_format", "Strict-Schema"}}) == facts({{"output_format", "strict_schema"}}));
  CHECK(facts({{"task_type", "Question Answering"}}) == facts({{"task_type", "question_answering"}}));
  CHECK(facts({{"hallucination_tolerance", "Low"}}) == facts({{"hallucination_tolerance", "low"}}));
}

TEST_CASE("two choices that differ only in case or separators are told apart by the exact spelling only") {
  FactDef fact;
  fact.id = "mode";
  fact.choices = {Choice{"a_b", "", "", ""}, Choice{"ab", "", "", ""}};
  CHECK(fact.choice_index("ab") == 1);
  RuleBase rules = test::rules();
  rules.facts.push_back(fact);
  const auto documents = parse_specs("ragft: 1\nproject: X\nfacts:\n  mode: A-B\n", "amb.yaml", rules);
  REQUIRE(std::holds_alternative<Diagnostic>(documents.front()));
  const auto exact = parse_specs("ragft: 1\nproject: X\nfacts:\n  mode: a_b\n", "amb.yaml", rules);
  REQUIRE(std::holds_alternative<Spec>(exact.front()));
}

TEST_CASE("booleans as yes/no, y/n, on/off and true/false, in any case") {
  using test::facts;
  for (const char* yes : {"true", "True", "yes", "Yes", "Y", "y", "on", "On"}) {
    CHECK(facts({{"private_data", yes}}) == facts({{"private_data", "true"}}));
  }
  for (const char* no : {"false", "FALSE", "no", "No", "N", "n", "off", "Off"}) {
    CHECK(facts({{"private_data", no}}) == facts({{"private_data", "false"}}));
  }
}

TEST_CASE("a number written as people do is refused with the number to write") {
  const std::string what = "fact `knowledge_base_docs` (documents) must be a whole number, got ";
  CHECK(facts_error("  knowledge_base_docs: 10k\n") == "bad.yaml:4:24: " + what + "`10k`; write 10000");
  CHECK(facts_error("  knowledge_base_docs: 2.5k\n") == "bad.yaml:4:24: " + what + "`2.5k`; write 2500");
  CHECK(facts_error("  knowledge_base_docs: 1.2M\n") == "bad.yaml:4:24: " + what + "`1.2M`; write 1200000");
  CHECK(facts_error("  knowledge_base_docs: 1e4\n") == "bad.yaml:4:24: " + what + "`1e4`; write 10000");
  CHECK(facts_error("  knowledge_base_docs: 10_000\n") ==
        "bad.yaml:4:24: " + what + "`10_000`; write 10000 (or 10,000)");
  CHECK(facts_error("  knowledge_base_docs: 10 000\n") ==
        "bad.yaml:4:24: " + what + "`10 000`; write 10000 (or 10,000)");
  CHECK(facts_error("  knowledge_base_docs: \"500\"\n") ==
        "bad.yaml:4:24: " + what + "the text \"500\"; write it without quotes: 500");
  CHECK(facts_error("  knowledge_base_docs: 1500.5\n") ==
        "bad.yaml:4:24: " + what + "`1500.5`; write a whole number, e.g. 1501");
}

TEST_CASE("an estimate, a range or a number with its unit is refused with one plain number") {
  const std::string what = "fact `knowledge_base_docs` (documents) must be a whole number, got ";
  const std::string estimate = "; write one whole number, your best estimate: 500";
  CHECK(facts_error("  knowledge_base_docs: ~500\n") == "bad.yaml:4:24: " + what + "`~500`" + estimate);
  CHECK(facts_error("  knowledge_base_docs: 500+\n") == "bad.yaml:4:24: " + what + "`500+`" + estimate);
  CHECK(facts_error("  knowledge_base_docs: about 500\n") == "bad.yaml:4:24: " + what + "`about 500`" + estimate);
  CHECK(facts_error("  knowledge_base_docs: 1000-2000\n") ==
        "bad.yaml:4:24: " + what + "`1000-2000`; write one number, not a range: your best estimate, e.g. 1500");
  CHECK(facts_error("  knowledge_base_docs: 100 to 200\n") ==
        "bad.yaml:4:24: " + what + "`100 to 200`; write one number, not a range: your best estimate, e.g. 150");
  CHECK(facts_error("  latency_budget_ms: 500ms\n") ==
        "bad.yaml:4:22: fact `latency_budget_ms` (ms) must be a whole number, got `500ms`; write the number alone, "
        "without its unit: 500");
  // A number too large is still called that; a plain word gets how to write a count, and no number.
  CHECK(facts_error("  knowledge_base_docs: 99999999999999999999\n") ==
        "bad.yaml:4:24: fact `knowledge_base_docs` (documents) is too large: `99999999999999999999` is more than "
        "9223372036854775807");
  CHECK(facts_error("  knowledge_base_docs: lots\n") ==
        "bad.yaml:4:24: " + what + "`lots`; write one whole number of documents in digits, your best estimate");
}

TEST_CASE("the words people write for not known are refused with `unknown`") {
  const std::string fix = " (for a value not known yet, write `unknown` or leave the line out)";
  CHECK(ends_in(facts_error("  budget: TBD\n"),
                "`TBD` is not a value of fact `budget`" + fix + "; expected one of: low, medium, high, or unknown"));
  CHECK(ends_in(facts_error("  private_data: n/a\n"), "got `n/a`" + fix));
  CHECK(ends_in(facts_error("  labeled_examples: \"?\"\n"), "got the text \"?\"" + fix));
  CHECK(facts_error("  budget: ?\n") == "bad.yaml:4:11: invalid YAML: `?` alone is YAML syntax (it starts a complex "
                                        "key), not a value; for a value not known yet, write `unknown` or leave the "
                                        "line out");
  // The contract's words for not known: `unknown` (any case), empty, `~`, null.
  CHECK(test::facts({{"budget", "Unknown"}, {"private_data", ""}, {"labeled_examples", "~"}}) == test::facts({}));
}

TEST_CASE("a choice written as a phrase or a bool written in quotes or as 1 gets the value to write") {
  CHECK(facts_error("  knowledge_updates: every week\n")
            .find("`every week` is not a value of fact `knowledge_updates` "
                  "(did you mean `weekly`?)") != std::string::npos);
  CHECK(facts_error("  knowledge_updates: each day\n").find("(did you mean `daily`?)") != std::string::npos);
  CHECK(facts_error("  private_data: \"true\"\n") ==
        "bad.yaml:4:17: fact `private_data` must be true or false, got the text \"true\"; write it without "
        "quotes: true");
  CHECK(facts_error("  private_data: 1\n") ==
        "bad.yaml:4:17: fact `private_data` must be true or false, got `1`; write true");
}

TEST_CASE("a fact's name in another case, with spaces or dashes, or as its question, names the fact to write") {
  const std::string fix = ": write `labeled_examples` (fact names are lower case, with underscores)";
  CHECK(facts_error("  Labeled Examples: 5\n") == "bad.yaml:4:3: unknown fact `Labeled Examples`" + fix);
  CHECK(facts_error("  labeled-examples: 5\n") == "bad.yaml:4:3: unknown fact `labeled-examples`" + fix);
  CHECK(facts_error("  LABELED_EXAMPLES: 5\n") == "bad.yaml:4:3: unknown fact `LABELED_EXAMPLES`" + fix);
  const auto budget = static_cast<std::size_t>(*test::rules().fact_index("budget"));
  const std::string& question = test::rules().facts[budget].question;
  CHECK(facts_error("  " + question + ": low\n") ==
        "bad.yaml:4:3: unknown fact `" + question + "`: that is the question of fact `budget`; write `budget: ...`");
}

TEST_CASE("keys in the wrong place: a fact at the top, a spec key under facts, a list for the spec") {
  CHECK(test::spec_error("ragft: 1\nproject: X\nbudget: low\n").to_string() ==
        "bad.yaml:3:1: `budget` is a fact, not a key of a spec: put it under `facts:`, indented by two spaces, as "
        "`budget: ...`");
  CHECK(facts_error("  decision: rag\n") == "bad.yaml:4:3: `decision` is a key of the spec, not a fact: move it out of "
                                            "`facts:`, to the start of a line with no indentation");
  CHECK(test::spec_error("ragft: 1\nname: X\n")
            .to_string()
            .rfind("bad.yaml:2:1: unknown key `name` in a spec; a spec's name is written `project: ...`", 0) == 0);
  CHECK(test::spec_error("- ragft: 1\n  project: X\n").to_string() ==
        "bad.yaml:1:1: a spec must be a mapping of `key: value` lines, got a list: remove the `- ` before `ragft: 1` "
        "and unindent the lines under it (several specs in one file are separated by `---` lines)");
  CHECK(test::spec_error("ragft: 1\nproject: X\ncomponents:\n  style:\n    facts: {}\n")
            .to_string()
            .rfind("bad.yaml:4:3: `components` must be a list, got a mapping", 0) == 0);
}

TEST_CASE("a misspelt `ragft` key is reported as such, not as a missing version") {
  const Diagnostic d = test::spec_error("Ragft: 1\nproject: X\n");
  CHECK(d.to_string() == "bad.yaml:1:1: unknown key `Ragft` in a spec (did you mean `ragft`?); expected one of: "
                         "ragft, project, description, decision, facts, components, cost, measure");
  CHECK(test::spec_error("ragft: 1.0\nproject: X\n").to_string() ==
        "bad.yaml:1:8: `ragft` (the spec format version) must be 1, got `1.0`; this ragft reads `ragft: 1`: write it "
        "so, a whole number without quotes");
}

TEST_CASE("JSON as developers write it: a trailing comma is read, a comment is named") {
  CHECK(test::spec("{\"ragft\": 1, \"project\": \"X\", \"facts\": {\"budget\": \"low\",},}").project == "X");
  CHECK(test::spec_error("{\n  // mine\n  \"ragft\": 1, \"project\": \"X\"\n}\n").to_string() ==
        "bad.yaml:2:3: invalid JSON: `//` starts no comment: JSON has no comments; delete the comment, or write the "
        "spec in YAML, where a comment starts with `#`");
}

TEST_CASE("ragft ask and --set read a choice and a bool as a spec file does") {
  const RuleBase& rules = test::rules();
  const FactDef& format = rules.facts[static_cast<std::size_t>(*rules.fact_index("output_format"))];
  const FactDef& data = rules.facts[static_cast<std::size_t>(*rules.fact_index("private_data"))];
  const FactSet from_file = test::facts({{"output_format", "Strict-Schema"}});
  const auto at = static_cast<std::size_t>(*rules.fact_index("output_format"));
  CHECK(parse_answer(format, "Strict-Schema").value == from_file[at]);
  CHECK(parse_answer(format, "strict schema").value == FactValue::choice(2)); // free_text, template, strict_schema
  CHECK(parse_answer(data, "on").value == FactValue::boolean(true));
  CHECK(parse_answer(data, "off").value == FactValue::boolean(false));
  CHECK(!parse_answer(format, "schema").error.empty());
}

TEST_CASE("a spec pasted from a chat: a code fence, typographic quotes, no-break spaces are named") {
  CHECK(test::spec_error("```yaml\nragft: 1\nproject: X\n```\n").to_string() ==
        "bad.yaml:1:1: invalid YAML: a Markdown code fence (```), as copied from a chat or a page, is not YAML; "
        "delete this line, the ``` line that closes the block, and any text before or after them, so that the file "
        "holds the spec alone");
  CHECK(facts_error("  knowledge_updates: \u201cweekly\u201d\n")
            .find("(typographic quotes are no quotes in YAML: write `weekly`)") != std::string::npos);
  CHECK(ends_in(facts_error("  labeled_examples: \u201c500\u201d\n"),
                "; typographic quotes are no quotes in YAML: write 500"));
  CHECK(test::spec_error("ragft: 1\nproject: X\nfacts:\n\u00a0\u00a0budget: low\n").to_string() ==
        "bad.yaml:4:1: a no-break space (U+00A0), as copied from a web page or a chat, is in this line's "
        "indentation; YAML indents with plain spaces: retype the indentation with spaces");
}

// Round three: values people write in other words. Each expectation comes from the contract's fact
// table (the values) and the rule base's help for each choice, or from arithmetic on the unit written
// (1 s = 1000 ms; a month = 52/12 weeks), never from ragft's output.
TEST_CASE("a number with another unit of time is converted to the fact's unit, not just stripped") {
  const std::string ms = "bad.yaml:4:22: fact `latency_budget_ms` (ms) must be a whole number, got ";
  CHECK(facts_error("  latency_budget_ms: 2s\n") == ms + "`2s`; write it in ms, the number alone: 2000");
  CHECK(facts_error("  latency_budget_ms: 1.5 seconds\n") ==
        ms + "`1.5 seconds`; write it in ms, the number alone: 1500");
  CHECK(facts_error("  latency_budget_ms: <500\n") == ms + "`<500`; write one whole number, your best estimate: 500");
  CHECK(facts_error("  latency_budget_ms: under 1 second\n") ==
        ms + "`under 1 second`; write one whole number of ms, your best estimate: 1000");
  // 3 months = 3 x 52/12 = 13 weeks; 14 days = 2 weeks.
  const std::string weeks = "bad.yaml:4:17: fact `launch_weeks` (weeks) must be a whole number, got ";
  CHECK(facts_error("  launch_weeks: 3 months\n") == weeks + "`3 months`; write it in weeks, the number alone: 13");
  CHECK(facts_error("  launch_weeks: 14 days\n") == weeks + "`14 days`; write it in weeks, the number alone: 2");
  CHECK(facts_error("  launch_weeks: 6 weeks\n") == weeks + "`6 weeks`; write the number alone, without its unit: 6");
  // The fact's own unit after a multiplier: 10k a day is 10000 queries/day.
  CHECK(ends_in(facts_error("  queries_per_day: 10k/day\n"), "; write the number alone, without its unit: 10000"));
  CHECK(ends_in(facts_error("  queries_per_day: 10k queries per day\n"),
                "; write the number alone, without its unit: 10000"));
  // A unit of another kind gets no number: weeks are no milliseconds.
  CHECK(ends_in(facts_error("  latency_budget_ms: 2 weeks\n"), "got `2 weeks`; write the number of ms alone"));
  // None of a count is 0; a count that must be at least 1 gets no such advice.
  CHECK(ends_in(facts_error("  labeled_examples: none\n"), "got `none`; write 0"));
  CHECK(ends_in(facts_error("  latency_budget_ms: none\n"), "got `none`"));
}

TEST_CASE("a choice written in other words names the choice its initials or its description point to") {
  const auto hint = [](const std::string& line) { return facts_error("  " + line + "\n"); };
  CHECK(hint("task_type: Q&A").find("`Q&A` is not a value of fact `task_type` (did you mean `question_answering`?)") !=
        std::string::npos);
  CHECK(hint("task_type: qa").find("(did you mean `question_answering`?)") != std::string::npos);
  // output_format's strict_schema: "Always valid machine-readable output of one schema, e.g. JSON."
  CHECK(hint("output_format: JSON")
            .find("; did you mean `strict_schema` (always valid machine-readable output of "
                  "one schema, e.g. JSON)?") != std::string::npos);
  // task_type's conversation: "Support chat or an assistant that converses."
  CHECK(hint("task_type: chatbot").find("; did you mean `conversation` (support chat") != std::string::npos);
  // A translation task is a generation one: the corpus's case writers set `generation` for every
  // translation (cases/*translat*), and its help names translation among its examples.
  CHECK(hint("task_type: translation").find("; did you mean `generation` (write new text") != std::string::npos);
  // gpu_access's rented: "Cloud GPUs by the hour."
  CHECK(hint("gpu_access: cloud").find("; did you mean `rented` (cloud GPUs by the hour)?") != std::string::npos);
  // A size word on a low/medium/high choice: a small budget is a low one.
  CHECK(hint("budget: small").find("`small` is not a value of fact `budget` (did you mean `low`?)") !=
        std::string::npos);
  CHECK(hint("budget: large").find("(did you mean `high`?)") != std::string::npos);
  CHECK(hint("style_requirement: small").find("did you mean") == std::string::npos);
  // No tolerance of wrong answers is the lowest one.
  CHECK(hint("hallucination_tolerance: none").find("(did you mean `low`?)") != std::string::npos);
  // Markdown is prose, with or without a fixed layout: free_text ("Ordinary prose") or template.
  CHECK(hint("output_format: markdown")
            .find("; `markdown` fits more than one choice: write the one whose description "
                  "fits, `free_text` (ordinary prose; no fixed structure) or `template` (a "
                  "fixed template: sections, bullet points, a report layout)") != std::string::npos);
  // A word no choice's description has gets no guess.
  CHECK(ends_in(hint("output_format: docx"),
                "`docx` is not a value of fact `output_format`; expected one of: free_text, template, "
                "strict_schema, or unknown"));
}

TEST_CASE("yes, no, a number or a verdict for a choice says what the choice is and what to write") {
  CHECK(ends_in(facts_error("  gpu_access: yes\n"),
                "`yes` is not a value of fact `gpu_access`; `gpu_access` is a choice, not yes or no: for yes, write "
                "`rented` (cloud GPUs by the hour) or `dedicated` (your own GPUs); for no, `none`; expected one of: "
                "none, rented, dedicated, or unknown"));
  CHECK(facts_error("  ml_expertise: no\n").find("(did you mean `none`? `ml_expertise` is a choice, not yes or no)") !=
        std::string::npos);
  CHECK(facts_error("  budget: yes\n").find("; `budget` is a choice, not yes or no: write one of its values") !=
        std::string::npos);
  const std::string amount = "; `budget` is a choice, not a number: write the one whose description fits, `low` ("
                             "roughly under $1,000 a month";
  CHECK(facts_error("  budget: $10k\n").find(amount) != std::string::npos);
  CHECK(facts_error("  budget: 10k USD\n").find(amount) != std::string::npos);
  CHECK(facts_error("  task_type: RAG\n")
            .find("; `RAG` is a verdict, which ragft works out from the facts; for a "
                  "decision already taken, write `decision: rag` at the top level") != std::string::npos);
  CHECK(ends_in(facts_error("  citations_required: required\n"), "got `required`; write true"));
  CHECK(ends_in(facts_error("  citations_required: optional\n"), "got `optional`; write false"));
  CHECK(ends_in(facts_error("  citations_required: nice to have\n"), "got `nice to have`; write false"));
  CHECK(facts_error("  task_type: Q and A\n").find("(did you mean `question_answering`?)") != std::string::npos);
  // A count in words: a few hundred is some hundreds, 3 x 100 as an example to replace.
  CHECK(ends_in(facts_error("  knowledge_base_docs: a few hundred\n"),
                "got `a few hundred`; write one whole number in digits, your best estimate, e.g. 300"));
  CHECK(ends_in(facts_error("  knowledge_base_docs: thousands\n"),
                "got `thousands`; write one whole number in digits, your best estimate, e.g. 1,000"));
}

TEST_CASE("text around a pasted spec, facts as a list, and a key in other words are named with the fix") {
  const std::string sentence = " is a sentence, not a key of a spec (text around a spec, as copied with a chat's "
                               "answer?): delete it, so that the file holds the spec alone, from `ragft: 1` on";
  CHECK(test::spec_error("Here is the spec:\nragft: 1\nproject: X\n").to_string() ==
        "bad.yaml:1:1: `Here is the spec`" + sentence);
  CHECK(test::spec_error("ragft: 1\nproject: X\n\nHope this helps!\n").to_string() ==
        "bad.yaml:4:1: `Hope this helps!`" + sentence);
  CHECK(test::spec_error("~~~yaml\nragft: 1\nproject: X\n~~~\n")
            .to_string()
            .find("a Markdown code fence (~~~), as copied from a chat or a page, is not YAML; delete this line") !=
        std::string::npos);
  const std::vector<std::pair<std::string, std::string>> slips = {
      {"  - budget: low", "`facts` must be a mapping of `key: value` lines, got a list: remove the `- ` before each "
                          "fact, so that each line reads like `budget: low`"},
      {"  Latency Budget (ms): 300",
       "unknown fact `Latency Budget (ms)`: write `latency_budget_ms` (fact names are lower case, with underscores)"},
      {"  GPU Access For Training: none",
       "unknown fact `GPU Access For Training`: write `gpu_access` (fact names are lower case, with underscores)"},
      {"  How often does the knowledge change: weekly",
       "unknown fact `How often does the knowledge change`: it reads like the question of fact `knowledge_updates` "
       "(How often does the knowledge the answers draw on change (not the input the model is given)?); write "
       "`knowledge_updates: ...`"},
  };
  for (const auto& [line, message] : slips) {
    CHECK(facts_error(line + "\n") == "bad.yaml:4:3: " + message);
  }
}

TEST_CASE("a value with a note after it names the value alone and where a note goes") {
  // YAML's comment starts with ` #`; the value before the note is one of the fact's own.
  CHECK(facts_error("  budget: Medium ($5k/month)\n")
            .find("`Medium ($5k/month)` is not a value of fact `budget`; write `medium` alone, and a note after a `#`: "
                  "`medium  # $5k/month`; expected one of: low, medium, high, or unknown") != std::string::npos);
  CHECK(ends_in(facts_error("  citations_required: Yes - mandatory\n"),
                "got `Yes - mandatory`; write `true` alone, and a note after a `#`: `true  # mandatory`"));
  CHECK(ends_in(facts_error("  labeled_examples: 300, all checked\n"),
                "got `300, all checked`; write `300` alone, and a note after a `#`: `300  # all checked`"));
  CHECK(ends_in(facts_error("  labeled_examples: approx 300\n"), "; write one whole number, your best estimate: 300"));
  CHECK(test::spec_error("ragft: 1\nproject: X\ndecision: Hybrid (RAG + fine-tuned model)\n").to_string() ==
        "bad.yaml:3:11: `Hybrid (RAG + fine-tuned model)` is not a verdict; write `hybrid` alone, and a note after a "
        "`#`: `hybrid  # RAG + fine-tuned model`; expected rag, fine-tune or hybrid");
}

TEST_CASE("a decision not taken yet is answered with where it goes: nowhere, decision is optional") {
  // The contract: `decision` is optional. A spec written before the choice is made says so in
  // words; the error says to leave the line out, not "did you mean ...".
  for (const std::string word : {"TBD", "undecided", "Pending", "none", "not decided yet", "n/a"}) {
    CAPTURE(word);
    CHECK(ends_in(test::spec_error("ragft: 1\nproject: X\ndecision: " + word + "\n").to_string(),
                  "is not a verdict (while no decision is taken, leave `decision` out: it is optional, and ragft "
                  "says what the facts point to); expected rag, fine-tune or hybrid"));
  }
  // A typo is still a typo.
  CHECK(test::spec_error("ragft: 1\nproject: X\ndecision: hybird\n").to_string().find("did you mean `hybrid`") !=
        std::string::npos);
}

TEST_CASE("a choice in words its description uses otherwise names that choice, before any typo is guessed") {
  const auto hint = [](const std::string& line) { return facts_error("  " + line + "\n"); };
  // knowledge_updates' realtime: "Changes continuously"; hourly is more often than daily.
  const std::string realtime =
      "; did you mean `realtime` (changes continuously, e.g. news, stock levels, live status)?";
  CHECK(hint("knowledge_updates: hourly").find(realtime) != std::string::npos);
  CHECK(hint("knowledge_updates: every hour").find(realtime) != std::string::npos);
  CHECK(hint("knowledge_updates: constantly").find(realtime) != std::string::npos);
  // gpu_access's dedicated: "Your own GPUs"; rented: "Cloud GPUs by the hour"; none: "No GPUs".
  for (const char* own : {"on-prem", "on premises", "On-Premise", "local", "our own cluster"}) {
    CHECK(hint(std::string("gpu_access: ") + own).find("; did you mean `dedicated` (your own GPUs)?") !=
          std::string::npos);
  }
  CHECK(hint("gpu_access: AWS").find("; did you mean `rented` (cloud GPUs by the hour)?") != std::string::npos);
  CHECK(hint("gpu_access: no GPUs").find("(did you mean `none`?)") != std::string::npos);
  // GPUs alone say nothing of whose: both choices with GPUs, and where the name can stay.
  CHECK(hint("gpu_access: A100s")
            .find("; `A100s` fits more than one choice: write the one whose description fits, "
                  "`rented` (cloud GPUs by the hour) or `dedicated` (your own GPUs), and keep "
                  "`A100s` as a note after a `#`") != std::string::npos);
  // A tone names which style, not how strictly it must hold: moderate ("tone") or strict ("voice").
  CHECK(hint("style_requirement: Formal")
            .find("`moderate` (a recognisable tone that a system prompt mostly achieves) "
                  "or `strict` (a distinctive voice that must hold in every answer), and "
                  "keep `Formal` as a note") != std::string::npos);
  // A budget that is tight is a low one: a size word, not a typo of `high`.
  CHECK(hint("budget: tight").find("(did you mean `low`?)") != std::string::npos);
  CHECK(hint("budget: Limited").find("(did you mean `low`?)") != std::string::npos);
  CHECK(hint("ml_expertise: nobody").find("(did you mean `none`?)") != std::string::npos);
  CHECK(hint("hallucination_tolerance: zero tolerance").find("(did you mean `low`?)") != std::string::npos);
}

TEST_CASE("a judgement such as ok or fine is refused with every choice described, not read as one") {
  const std::string all =
      "; `ok` fits more than one choice: write the one whose description fits, `none` (there is "
      "none yet), `poor` (a prototype or a production system exists but its answers are often wrong "
      "or off-topic) or `good` (its answers are factually good, in a prototype or in production); "
      "expected one of";
  CHECK(facts_error("  existing_rag_quality: ok\n").find(all) != std::string::npos);
  CHECK(facts_error("  hallucination_tolerance: acceptable\n")
            .find("write the one whose description fits, `low` (a wrong answer is very costly), `medium` (a wrong "
                  "answer is annoying but caught) or `high` (a wrong answer is harmless); expected") !=
        std::string::npos);
  // "not bad" is a judgement, not "bad" (a poor prototype).
  CHECK(facts_error("  existing_rag_quality: not bad\n").find("`not bad` fits more than one choice") !=
        std::string::npos);
  // A list of choices gives a long help (over 64 characters) up to its first colon or semicolon.
  CHECK(ends_in(facts_error("  budget: $10k\n"),
                "write the one whose description fits, `low` (roughly under $1,000 a month to build and run it), "
                "`medium` (roughly $1,000 to $10,000 a month: a normal project budget) or `high` (roughly over "
                "$10,000 a month); expected "
                "one of: low, medium, high, or unknown"));
}

TEST_CASE("a yes with more words is true, a hedge is neither, and words with no number get what to write") {
  CHECK(ends_in(facts_error("  citations_required: yes please\n"), "got `yes please`; write true"));
  CHECK(ends_in(facts_error("  citations_required: Yes!\n"), "got `Yes!`; write true"));
  CHECK(ends_in(facts_error("  private_data: definitely\n"), "got `definitely`; write true"));
  CHECK(ends_in(facts_error("  private_data: no way\n"), "got `no way`; write false"));
  for (const char* hedge : {"true-ish", "partially", "kind of", "sometimes"}) {
    CHECK(facts_error(std::string("  private_data: ") + hedge + "\n")
              .find("; ragft reads no partly: write the nearer of "
                    "true and false") != std::string::npos);
  }
  const std::string weeks = "bad.yaml:4:17: fact `launch_weeks` (weeks) must be a whole number, got ";
  const std::string date = " (for a date, the weeks from now until then)";
  CHECK(facts_error("  launch_weeks: ASAP\n") ==
        weeks + "`ASAP`; write one whole number of weeks in digits, your best estimate" + date);
  CHECK(facts_error("  launch_weeks: Q3\n") ==
        weeks + "`Q3`; write one whole number of weeks in digits, your best estimate" + date);
  // a month is 52/12 weeks, 4 when rounded; a quarter 13.
  CHECK(facts_error("  launch_weeks: in a month\n") ==
        weeks + "`in a month`; write one whole number of weeks in digits, your best estimate, e.g. 4" + date);
  CHECK(facts_error("  launch_weeks: 1 quarter\n") == weeks + "`1 quarter`; write it in weeks, the number alone: 13");
  CHECK(facts_error("  launch_weeks: within 2 months\n") ==
        weeks + "`within 2 months`; write one whole number of weeks, your best estimate: 9");
  // A range with its unit: the middle, in the fact's unit (1-2 months: 1.5 x 52/12 = 6.5, 7 rounded).
  CHECK(facts_error("  launch_weeks: 2-3 weeks\n") ==
        weeks + "`2-3 weeks`; write one number of weeks, not a range: your best estimate, e.g. 3");
  CHECK(facts_error("  launch_weeks: 1-2 months\n") ==
        weeks + "`1-2 months`; write one number of weeks, not a range: your best estimate, e.g. 7");
  // Each line with the end of its message: a range's middle with its multiplier (500-2k: the low end
  // already whole); a count a day per another period (24 hours, 30 days a month as the cost model's
  // months); a word ragft does not know after a time gets no number (a sprint may be 1-4 weeks),
  // after a count the number alone; words with no number, what to write.
  const std::pair<const char*, const char*> k_endings[] = {
      {"queries_per_day: 10-20k", "; write one number, not a range: your best estimate, e.g. 15000"},
      {"queries_per_day: 500-2k", "; write one number, not a range: your best estimate, e.g. 1250"},
      {"queries_per_day: 1000/hour", "got `1000/hour`; write it per day, the number alone: 24000"},
      {"queries_per_day: 30k a month", "got `30k a month`; write it per day, the number alone: 1000"},
      {"queries_per_day: ~70 per minute",
       "got `~70 per minute`; write one whole number a day, your best estimate: 100800"},
      {"launch_weeks: 2 sprints", "got `2 sprints`; write the number of weeks alone"},
      {"knowledge_base_docs: 50 PDFs", "got `50 PDFs`; write the number alone, without its unit: 50"},
      {"queries_per_day: a lot", "got `a lot`; write one whole number of queries/day in digits, your best estimate"},
  };
  for (const auto& [line, ending] : k_endings) {
    CHECK(ends_in(facts_error(std::string("  ") + line + "\n"), ending));
  }
}

TEST_CASE("vague frequencies, price levels, organisations and two choices in one are told with the choices they fit") {
  const auto hint = [](const std::string& line) { return facts_error("  " + line + "\n"); };
  // knowledge_updates' choices: yearly "about once a year", quarterly "a few times a year".
  const std::string seldom = "fits more than one choice: write the one whose description fits, `yearly` (changes about "
                             "once a year, e.g. an annual catalogue) or `quarterly` (changes a few times a year)";
  for (const char* rarely : {"rarely", "seldom", "hardly ever"}) {
    CHECK(hint(std::string("knowledge_updates: ") + rarely).find(seldom) != std::string::npos);
  }
  // Between two periods' choices (every two weeks; twice a year): both, to pick from; a period's
  // adverb its choice writes otherwise (readers21: `fortnightly` and `annually` had no hint).
  const std::string weekly_or_monthly = "`monthly` (changes every month, e.g. monthly releases) or `weekly` (changes "
                                        "every week, e.g. promotions, schedules or release notes)";
  for (const char* fortnightly : {"fortnightly", "every fortnight", "semimonthly"}) {
    CAPTURE(fortnightly);
    CHECK(hint(std::string("knowledge_updates: ") + fortnightly).find(weekly_or_monthly) != std::string::npos);
  }
  for (const char* twice_a_year : {"semiannually", "biannual"}) {
    CAPTURE(twice_a_year);
    CHECK(hint(std::string("knowledge_updates: ") + twice_a_year).find(seldom) != std::string::npos);
  }
  CHECK(hint("knowledge_updates: annually").find("did you mean `yearly`") != std::string::npos);
  CHECK(hint("knowledge_updates: nightly").find("did you mean `daily`") != std::string::npos);
  CHECK(hint("knowledge_updates: minutely").find("did you mean `realtime`") != std::string::npos);
  // More often than a period's choice: that choice, and the next more often one.
  CHECK(hint("knowledge_updates: several times a day")
            .find("`daily` (changes every day, e.g. records, tickets, prices) "
                  "or `realtime` (changes continuously") != std::string::npos);
  CHECK(hint("knowledge_updates: twice a week")
            .find("`weekly` (changes every week, e.g. promotions, schedules or release notes) "
                  "or `daily`") != std::string::npos);
  // Currency signs as restaurant guides write a price level ($ low, $$ medium, $$$ high): 4 are none.
  CHECK(hint("budget: $$$$").find("did you mean") == std::string::npos);
  // A kind of organisation says no amount and no skill: every choice, described.
  CHECK(hint("budget: enterprise")
            .find("; `enterprise` describes who builds it, not the budget: write the one whose "
                  "description fits, `low` (roughly under $1,000") != std::string::npos);
  CHECK(hint("ml_expertise: startup")
            .find("not the ML expertise in-house: write the one whose description fits, "
                  "`none` (application developers only)") != std::string::npos);
  // Two choices in one value: a fact holds one.
  CHECK(hint("hallucination_tolerance: medium-low")
            .find("; `medium-low` names two choices, and a fact holds one: write "
                  "the one that fits better, `low` (a wrong answer is very costly") != std::string::npos);
  CHECK(hint("budget: medium/high")
            .find("`medium` (roughly $1,000 to $10,000 a month: a normal project budget) or "
                  "`high`") != std::string::npos);
  // low/medium/high on a scale of other words maps onto none of them with certainty.
  CHECK(hint("ml_expertise: high")
            .find("; `ml_expertise` is not a low/medium/high scale: write the one whose "
                  "description fits, `none`") != std::string::npos);
  // A plural period, a count per period, price levels, degrees and sizes beside a level (low-ish is
  // low, mid is medium, few money is a low budget), words of a choice's description in other words,
  // and a verb sharing its stem with a choice.
  const std::pair<const char*, const char*> k_meant[] = {
      {"knowledge_updates: every days", "(did you mean `daily`?)"},
      {"knowledge_updates: 1 time per month", "(did you mean `monthly`?)"},
      {"budget: $$$", "; did you mean `high` (roughly over $10,000 a month"},
      {"budget: \"$$\"", "; did you mean `medium` (roughly $1,000 to $10,000 a month"},
      {"hallucination_tolerance: low-ish", "(did you mean `low`?)"},
      {"budget: lowish", "(did you mean `low`?)"},
      {"budget: mid", "(did you mean `medium`?)"},
      {"budget: few money", "(did you mean `low`?)"},
      {"budget: not so much", "(did you mean `low`?)"},
      {"gpu_access: spot instances", "; did you mean `rented` (cloud GPUs by the hour)?"},
      {"gpu_access: 4x A100 on-prem", "; did you mean `dedicated` (your own GPUs)?"},
      {"gpu_access: we don't have", "(did you mean `none`?)"},
      {"task_type: summarize reviews", "(did you mean `summarization`?)"},
  };
  for (const auto& [line, meant] : k_meant) {
    CHECK(hint(line).find(meant) != std::string::npos);
  }
  // A value that names no choice, with a note that names one: the note's choice, the value kept as a note.
  CHECK(hint("knowledge_updates: per release (every 2 weeks)")
            .find("; write `weekly` alone, and a note after a `#`: `weekly  # per release`; expected") !=
        std::string::npos);
  CHECK(hint("existing_rag_quality: n/a (no prototype)")
            .find("; write `none` alone, and a note after a `#`: `none  # n/a`") != std::string::npos);
  // a size beside a word the question does not use says nothing of the level ("big risk")
  CHECK(hint("hallucination_tolerance: big risk").find("did you mean") == std::string::npos);
}

TEST_CASE("numbers as spreadsheets and other countries write them, and yes in other words") {
  const auto hint = [](const std::string& line) { return facts_error("  " + line + "\n"); };
  CHECK(ends_in(hint("labeled_examples: 800.0"), "got `800.0`; write 800"));
  // Dots between groups of three: thousands (1.500.000); one such dot may be either (3.000).
  CHECK(ends_in(hint("knowledge_base_docs: 1.500.000"), "; write 1500000 (or 1,500,000)"));
  CHECK(ends_in(hint("knowledge_base_docs: 3.000"),
                "; YAML reads `.` as a decimal point: if it groups thousands, write 3000"));
  CHECK(ends_in(hint("knowledge_base_docs: 10^6"), "; write 1000000"));
  CHECK(ends_in(hint("queries_per_day: 300-ish"), "; write one whole number, your best estimate: 300"));
  CHECK(ends_in(hint("latency_budget_ms: p95 < 300ms"), "; write one whole number, your best estimate: 300"));
  CHECK(ends_in(hint("knowledge_base_docs: a couple hundred"), "your best estimate, e.g. 200"));
  CHECK(ends_in(hint("labeled_examples: none yet"), "got `none yet`; write 0"));
  CHECK(hint("labeled_examples: \"-\"").find("(for a value not known yet, write `unknown` or leave the line out)") !=
        std::string::npos);
  // A note in brackets keeps its brackets when it has more than one pair.
  CHECK(ends_in(hint("labeled_examples: 12,000 (train) + 1,500 (val)"),
                "write `12000` alone, and a note after a `#`: `12000  # (train) + 1,500 (val)`"));
  for (const char* yes : {"necessary", "must have", "ja", "oui", "preferably", "x"}) {
    CHECK(ends_in(hint(std::string("citations_required: ") + yes), "; write true"));
  }
  for (const char* no : {"nein", "non", "unnecessary"}) {
    CHECK(ends_in(hint(std::string("citations_required: ") + no), "; write false"));
  }
}

TEST_CASE("a value in another language is refused with the English value it stands for") {
  const auto hint = [](const std::string& line) { return facts_error("  " + line + "\n"); };
  const auto in_english = [&](const std::string& line, const std::string& said) {
    return hint(line).find(said) != std::string::npos;
  };
  // The words as the languages' dictionaries give them; the exact value (contract) is what to write.
  CHECK(in_english(
      "knowledge_updates: mensuel",
      "; `mensuel` is French for `monthly`, and ragft reads values in English: write `monthly`; expected one of"));
  CHECK(in_english("knowledge_updates: monatlich", "is German for `monthly`"));
  CHECK(in_english("knowledge_updates: Tous les jours",
                   "is French for `daily`, and ragft reads values in English: write `daily`"));
  CHECK(in_english("knowledge_updates: en tiempo real", "is Spanish for `realtime`"));
  CHECK(in_english("knowledge_updates: JÄHRLICH", "`JÄHRLICH` is German for `yearly`"));
  CHECK(in_english("knowledge_updates: wekelijks", "is Dutch for `weekly`"));
  CHECK(in_english("budget: moyen", "write `medium`"));
  CHECK(in_english("budget: mittel", "write `medium`"));
  CHECK(in_english("budget: Élevé", "`Élevé` is French for `high`, and ragft reads values in English: write `high`"));
  CHECK(in_english("budget: eleve", "write `high`")); // typed without its accents
  CHECK(in_english("hallucination_tolerance: faible", "write `low`"));
  CHECK(in_english("hallucination_tolerance: bajo", "write `low`"));
  CHECK(in_english("hallucination_tolerance: alta", "is Spanish, Italian or Portuguese for `high`"));
  CHECK(in_english("style_requirement: ninguno", "write `none`"));
  CHECK(in_english("task_type: Zusammenfassung",
                   "is German for `summarization`, and ragft reads values in English: write `summarization`"));
  CHECK(in_english("domain_terminology: spécialisé", "is French for `specialized`"));
  // a foreign word whose English says nothing on this fact gets no foreign hint (recherche: search)
  CHECK(!in_english("knowledge_updates: recherche", "is French for"));
  // On a scale that is not low/medium/high the English word gets that word's hint: no level maps on it.
  CHECK(in_english(
      "ml_expertise: élevé",
      "is French for `high`, and ragft reads values in English; `ml_expertise` is not a low/medium/high scale"));
  CHECK(in_english(
      "domain_terminology: hoch",
      "is German for `high`, and ragft reads values in English; `domain_terminology` is not a low/medium/high scale"));
  // none on a count is 0; yes and no on a bool
  CHECK(ends_in(hint("labeled_examples: aucun"), "got `aucun`; write 0"));
  CHECK(ends_in(hint("labeled_examples: keine"), "got `keine`; write 0"));
  CHECK(ends_in(hint("queries_per_day: environ 2000"), "write one whole number, your best estimate: 2000"));
  for (const char* yes : {"sim", "vrai", "wahr", "verdadero"}) {
    CHECK(ends_in(hint(std::string("citations_required: ") + yes), "; write true"));
  }
  for (const char* no : {"nee", "faux", "falsch", "falso", "n\xc3\xa3o"}) {
    CHECK(ends_in(hint(std::string("citations_required: ") + no), "; write false"));
  }
  // Words that are English too are not read as foreign: `media` gets the typo hint of English.
  CHECK(!in_english("hallucination_tolerance: media", "for `medium`, and ragft reads values in English"));
}

TEST_CASE("where it runs or who uses it answers no yes/no question, the question to answer is quoted") {
  const auto hint = [](const std::string& line) { return facts_error("  " + line + "\n"); };
  // private_data's question as rules/default.yaml asks it
  const std::string question =
      "write true or false as the answer to \"Must answers look up private or per-user knowledge that no public "
      "model was trained on?\"";
  CHECK(ends_in(hint("private_data: internal only"),
                "got `internal only`; `internal only` says where it runs or who uses it, not yes or no: " + question));
  CHECK(ends_in(hint("private_data: on-prem"),
                "`on-prem` says where it runs or who uses it, not yes or no: " + question));
  CHECK(ends_in(hint("citations_required: internal only"),
                "not yes or no: write true or false as the answer to \"Must each answer point to its sources?\""));
  // `internal docs` says what the data is: no claim about where it runs, only the question
  CHECK(ends_in(hint("private_data: internal docs"), "got `internal docs`; " + question));
  // gpu_access: serverless is managed APIs or GPUs rented by the second; a laptop has its own GPU or none that trains
  CHECK(hint("gpu_access: serverless")
            .find("`serverless` fits more than one choice: write the one whose description "
                  "fits, `none` (no GPUs; only managed APIs) or `rented` (cloud GPUs by the "
                  "hour)") != std::string::npos);
  CHECK(hint("gpu_access: my laptop")
            .find("`my laptop` fits more than one choice: write the one whose description "
                  "fits, `none` (no GPUs; only managed APIs) or `dedicated` (your own GPUs)") != std::string::npos);
  // a RAG system in production exists; how good it is stays the writer's to say
  CHECK(hint("existing_rag_quality: production")
            .find("`production` fits more than one choice: write the one whose "
                  "description fits, `poor` (") != std::string::npos);
  CHECK(hint("ml_expertise: we have no").find("(did you mean `none`?)") != std::string::npos);
  // a rule base's own yes/no fact without a question: the setting is said, and no empty quotes
  FactDef bare;
  bare.id = "eu_only";
  bare.type = FactType::boolean;
  CHECK(loose::boolean_hint(bare, "on-prem", false) ==
        "; `on-prem` says where it runs or who uses it, not yes or no: write true or false");
  CHECK(loose::boolean_hint(bare, "internal docs", false).empty());
}

// YAML syntax slipped into a value by hand: each named by what was written, at that place, with
// the line to write (docs/spec-format.md, "Common mistakes"). yaml-cpp's own words ("illegal block
// entry", "unknown token", "illegal map value") name none of them.
TEST_CASE("YAML syntax written by hand in a value is named with the line to write") {
  const std::string bad = "bad.yaml:4:";
  CHECK(facts_error("  labeled_examples: -\n") ==
        bad + "21: invalid YAML: `-` alone starts a list item in YAML, not a value (an empty cell of a spreadsheet?): "
              "for a value not known yet, write `unknown` or leave the line out");
  CHECK(facts_error("  labeled_examples: *500\n") ==
        bad + "21: invalid YAML: a value starting with `*` is a YAML alias, a reference to a value marked `&500` "
              "elsewhere: write the value without the `*` (`labeled_examples: 500`), or in quotes to keep it "
              "(`labeled_examples: \"*500\"`)");
  CHECK(facts_error("  ml_expertise: @ml-team\n")
            .find("4:17: invalid YAML: `@` cannot start a value in YAML (it is "
                  "reserved for YAML's own syntax): put the value in quotes: "
                  "`ml_expertise: \"@ml-team\"`") != std::string::npos);
  CHECK(ends_in(facts_error("  output_format: `template`\n"),
                "backticks are Markdown, not YAML quotes: write the value without them (`output_format: template`)"));
  CHECK(facts_error("  labeled_examples: %50\n").find("`%` cannot start a value in YAML") != std::string::npos);
  CHECK(facts_error("  latency_budget_ms: >500\n") ==
        bad + "22: invalid YAML: `>` at the start of a value starts a YAML block of text on the lines below, not "
              "\"more than\": write one whole number, your best estimate: 500");
  CHECK(ends_in(facts_error("  gpu_access: |none|\n"), "put it in quotes: `gpu_access: \"|none|\"`"));
  CHECK(ends_in(facts_error("  task_type: - search\n"), "write the value without the dash (`task_type: search`)"));
  CHECK(ends_in(facts_error("  budget: **medium**\n"), "`*` around a value is Markdown emphasis, not YAML: write the "
                                                       "value without the asterisks (`budget: medium`)"));
  // Asterisks alone (fuzz_adr found `**`, which ended a batch of several files): no value to quote back.
  for (const std::string stars : {"*", "**", "****"}) {
    CHECK(ends_in(facts_error("  labeled_examples: " + stars + "\n"),
                  "`" + stars +
                      "` is no value: a `*` starts a YAML alias, and around a value it is Markdown "
                      "emphasis: write the value itself (`labeled_examples: ...`), or leave the line "
                      "out if the value is not known"));
  }
  CHECK(ends_in(
      test::spec_error("ragft: 1\nproject: X\ncomponents:\n  - name: a\n    facts: - budget: low\n").to_string(),
      "write `budget: low` on a line of its own below `facts:`, indented further, without the dash"));
}

TEST_CASE("a colon or a quote a value cannot hold and a key without its space are named with the line to write") {
  CHECK(test::spec_error("ragft: 1\nproject: RAG: phase 2\n").to_string() ==
        "bad.yaml:2:13: invalid YAML: a second `: ` on this line: YAML reads one `key: value` a line, so `RAG` would "
        "be another key; put the value in quotes: `project: \"RAG: phase 2\"`, or, if what follows the `:` is a note, "
        "write it after a `#`: `project: RAG  # phase 2`");
  CHECK(ends_in(test::spec_error("ragft: 1\nproject: X\ndescription: Three goals:\nfacts: {}\n").to_string(),
                "the value ends with `:`, which YAML reads as a key: drop the `:`, or put the value in quotes: "
                "`description: \"Three goals:\"`"));
  CHECK(test::spec_error("ragft: 1\nproject: 'Maria's bot'\n").to_string() ==
        "bad.yaml:2:16: invalid YAML: the quoted value ends at this `'` and more text follows it: to write a `'` "
        "inside a value quoted with `'`, double it (`''`), or quote the value with `\"`; here: "
        "`project: \"Maria's bot\"`");
  CHECK(ends_in(test::spec_error("ragft: 1\nproject: \"The \"smart\" bot\"\n").to_string(),
                "here: `project: 'The \"smart\" bot'`"));
  // A key and its value written as one word: the facts' text, and the end of the message.
  const std::vector<std::pair<std::string, std::string>> one_word = {
      {"  budget:low\n  gpu_access: none\n", "bad.yaml:4:10: invalid YAML: `budget:low` has no space after the `:`, so "
                                             "YAML reads it as text, not as a key and its value: write `budget: low`"},
      {"  budget:low\n", "got `budget:low`: YAML reads a key and its value only with a space after the `:`; write "
                         "`budget: low`"},
      {"  budget: low\n  task_type:search\n", "bad.yaml:5:3: unknown fact `task_type:search`: YAML reads a key and "
                                              "its value only with a space after the `:`; write `task_type: search`"},
      {"  budget = low\n", "got `budget = low`: YAML writes a key and its value with `: `, not `=`; write "
                           "`budget: low`"},
  };
  for (const auto& [facts, tail] : one_word) {
    CHECK(ends_in(facts_error(facts), tail));
  }
  CHECK(ends_in(facts_error("  task_type:\n    - question_answering\n    - search\n"),
                "got a list; a fact holds one value: write the one that fits best (if parts of the system differ, "
                "each can be a component of its own, under `components:`)"));
  CHECK(ends_in(test::spec_error("ragft: 1\ndecision: rag: agreed in review\nproject: X\n").to_string(),
                "or, if what follows the `:` is a note, write it after a `#`: `decision: rag  # agreed in review`"));
  CHECK(facts_error("  citations_required: !important\n")
            .find("got `!important`, whose `!important` YAML reads as a "
                  "type tag") != std::string::npos);
}

// yaml-cpp 0.7 reads a quote never closed as a value up to the end of the file, without an error:
// `project: "Helpdesk` would swallow the facts below it and score a spec with none.
TEST_CASE("a quote left open is named where it opens, not read as a value to the end of the file") {
  CHECK(test::spec_error("ragft: 1\nproject: \"Helpdesk\nfacts:\n  budget: low\n").to_string() ==
        "bad.yaml:2:10: invalid YAML: this `\"` opens a quoted value that is never closed, so YAML reads the rest of "
        "the file as part of the value: add the closing `\"` at the end of the value");
  CHECK(test::spec_error("ragft: 1\nproject: 'Helpdesk\nfacts:\n  budget: low\n")
            .to_string()
            .rfind("bad.yaml:2:10: invalid YAML: this `'` opens", 0) == 0);
  CHECK(
      test::spec_error("ragft: 1\nproject: X\nfacts: {budget: low, labeled_examples: 0\ndecision: rag\n").to_string() ==
      "bad.yaml:3:8: invalid YAML: this `{` is never closed: add the `}` after the last of the "
      "values it holds");
  // Quoted values over several lines, quotes in a block of text or after a word are YAML as written.
  CHECK(test::spec("ragft: 1\nproject: \"Help\n  desk\"\n").project == "Help desk");
  CHECK(test::spec("ragft: 1\nproject: X\ndescription: |\n  'tis the\n  season\n").description == "'tis the\nseason\n");
  CHECK(test::spec("ragft: 1\nproject: Maria's bot\ndescription: it's 'fine\n").project == "Maria's bot");
}

// A fact named by a part of its name, as people shorten it: the fact whose name holds every word
// of the key (the contract's fact table), when there is one; `knowledge` is a part of two facts,
// so it keeps the nearest names; `rag` is a verdict, not a part of `existing_rag_quality`.
TEST_CASE("a fact written by a part of its name is named in full") {
  const std::string tail = "; `ragft rules show` lists the 19 facts of the rule base `default`";
  // clang-format off
  const std::vector<std::pair<std::string, std::string>> parts = {
      {"latency", "latency_budget_ms"}, {"gpu", "gpu_access"},          {"docs", "knowledge_base_docs"},
      {"citations", "citations_required"}, {"style", "style_requirement"}, {"rag_quality", "existing_rag_quality"},
      {"examples", "labeled_examples"}};
  // clang-format on
  for (const auto& [key, id] : parts) {
    INFO(key);
    CHECK(facts_error("  " + key + ": unknown\n") == "bad.yaml:4:3: unknown fact `" + key + "` (did you mean `" + id +
                                                         "`? a fact is written by its full name)" + tail);
  }
  CHECK(facts_error("  knowledge: weekly\n").find("did you mean") == std::string::npos);
  CHECK(facts_error("  rag: yes\n").find("existing_rag_quality`?") == std::string::npos);
}

// The contract: a decision already taken is the spec's top-level `decision`, a verdict.
TEST_CASE("a verdict written as a fact says where a decision taken goes") {
  CHECK(facts_error("  rag: yes\n") == "bad.yaml:4:3: unknown fact `rag`: a verdict, which ragft works out from the "
                                       "facts; for a decision already taken, write `decision: rag` at the top level "
                                       "of the spec");
  CHECK(facts_error("  Fine-Tuning: true\n").find("write `decision: fine-tune` at the top level") != std::string::npos);
  // `rag: no` is no decision to write down.
  CHECK(facts_error("  rag: no\n").find("decision:") == std::string::npos);
}
