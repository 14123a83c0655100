#include <catch2/catch.hpp>

#include "helpers.hpp"
#include <ragft/spec/writer.hpp>

#include <algorithm>

using namespace ragft;

namespace {

const FactValue& fact(const FactSet& facts, const char* id) {
  return facts[static_cast<std::size_t>(*test::rules().fact_index(id))];
}

} // namespace

TEST_CASE("a spec of the contract is read with every part") {
  const Spec spec = test::spec(R"(ragft: 1
project: Acme support assistant
description: Answers customer questions from the product docs.
decision: RAG
facts:
  knowledge_updates: daily
  citations_required: true
  labeled_examples: 0
  budget: unknown
  latency_budget_ms: ~
components:
  - name: answer style
    facts: {style_requirement: strict, labeled_examples: 2000}
cost: {}
)");
  CHECK(spec.project == "Acme support assistant");
  CHECK(spec.description == std::optional<std::string>("Answers customer questions from the product docs."));
  REQUIRE(spec.decision.has_value());
  CHECK(spec.decision->verdict == Verdict::rag);
  CHECK(spec.decision->where.line == 4);
  CHECK(spec.decision->where.column == 11);
  CHECK(fact(spec.facts, "knowledge_updates") == FactValue::choice(5));
  CHECK(fact(spec.facts, "citations_required") == FactValue::boolean(true));
  CHECK(fact(spec.facts, "labeled_examples") == FactValue::integer(0));
  CHECK_FALSE(fact(spec.facts, "budget").known());
  CHECK_FALSE(fact(spec.facts, "latency_budget_ms").known());
  REQUIRE(spec.components.size() == 1);
  const FactSet& merged = spec.components[0].facts;
  CHECK(fact(merged, "style_requirement") == FactValue::choice(2));
  CHECK(fact(merged, "labeled_examples") == FactValue::integer(2000));
  CHECK(fact(merged, "knowledge_updates") == FactValue::choice(5));
}

TEST_CASE("JSON specs are read like YAML") {
  const Spec spec =
      test::spec(R"({"ragft": 1, "project": "J", "facts": {"labeled_examples": 1500, "private_data": false,
  	"task_type": "extraction"}})");
  CHECK(fact(spec.facts, "labeled_examples") == FactValue::integer(1500));
  CHECK(fact(spec.facts, "private_data") == FactValue::boolean(false));
  CHECK(fact(spec.facts, "task_type") == FactValue::choice(5));
}

TEST_CASE("each document of a multi-document file is its own spec, named file#N") {
  const auto documents = parse_specs("ragft: 1\nproject: A\n---\nragft: 1\nprojet: B\n---\nragft: 1\nproject: C\n",
                                     "many.yaml", test::rules());
  REQUIRE(documents.size() == 3);
  CHECK(std::get<Spec>(documents[0]).name == "many.yaml#1");
  CHECK(std::get<Diagnostic>(documents[1]).to_string() ==
        "many.yaml:5:1: unknown key `projet` in a spec (did you mean `project`?); expected one of: ragft, project, "
        "description, decision, facts, components, cost, measure");
  CHECK(std::get<Spec>(documents[2]).project == "C");
}

TEST_CASE("a YAML merge key is refused where it is written, with what to write instead") {
  // yaml-cpp 0.7 does not apply `<<:`; read as a key it would be an "unknown fact `<<`".
  const Diagnostic d = test::spec_error(R"(ragft: 1
project: X
facts: &common
  budget: low
components:
  - name: search
    facts:
      <<: *common
      task_type: search
)");
  CHECK(d.where.line == 8);
  CHECK(d.where.column == 7);
  CHECK(d.message.find("`<<` is a YAML merge key, which ragft does not apply") == 0);
  CHECK(d.message.find("write out in") != std::string::npos);
  // Quoted, it is a key like any other (here an unknown fact).
  CHECK(test::spec_error("ragft: 1\nproject: X\nfacts:\n  \"<<\": low\n").message.find("unknown fact `<<`") == 0);
}

TEST_CASE("bad specs get one error naming line, column, what was expected and a fix") {
  using test::spec_error;
  CHECK(spec_error("ragft: 1\nproject: X\nfacts:\n  knowledge_updates: wekly\n").to_string() ==
        "bad.yaml:4:22: `wekly` is not a value of fact `knowledge_updates` (did you mean `weekly`?); expected one of: "
        "never, yearly, quarterly, monthly, weekly, daily, realtime, or unknown");
  CHECK(spec_error("ragft: 1\nproject: X\nfacts:\n  labeled_exmaples: 5\n").to_string() ==
        "bad.yaml:4:3: unknown fact `labeled_exmaples` (did you mean `labeled_examples`?); `ragft rules show` lists "
        "the 19 facts of the rule base `default`");
  // Nothing close: the nearest few by one of their words, not all 19.
  const std::string nothing_close = spec_error("ragft: 1\nproject: X\nfacts:\n  documents: 5\n").to_string();
  CHECK(nothing_close.rfind("bad.yaml:4:3: unknown fact `documents`; the nearest are `knowledge_base_docs`, `", 0) ==
        0);
  CHECK(nothing_close.find("`; `ragft rules show` lists the 19 facts of the rule base `default`") != std::string::npos);
  CHECK(std::count(nothing_close.begin(), nothing_close.end(), '`') == 2 + 6 + 4); // the key, 3 names, 2 more
  CHECK(spec_error("ragft: 1\nproject: X\nfacts:\n  labeled_exampels: 5\n")
            .to_string()
            .rfind("bad.yaml:4:3: unknown fact `labeled_exampels` (did you mean `labeled_examples`?)", 0) == 0);
  CHECK(spec_error("ragft: 1\nproject: X\nfacts:\n  labeled_examples: lots\n").to_string() ==
        "bad.yaml:4:21: fact `labeled_examples` (examples) must be a whole number, got `lots`; write one whole "
        "number of examples in digits, your best estimate");
  CHECK(spec_error("ragft: 1\nproject: X\nfacts:\n  labeled_examples: \"500\"\n").to_string() ==
        "bad.yaml:4:21: fact `labeled_examples` (examples) must be a whole number, got the text \"500\"; write it "
        "without quotes: 500");
  CHECK(spec_error("ragft: 1\nproject: X\nfacts:\n  labeled_examples: -3\n").to_string() ==
        "bad.yaml:4:21: fact `labeled_examples` (examples) must be at least 0, got -3");
  CHECK(spec_error("ragft: 1\nproject: X\nfacts:\n  private_data: maybe\n").to_string() ==
        "bad.yaml:4:17: fact `private_data` must be true or false, got `maybe` (for a value not known yet, write "
        "`unknown` or leave the line out)");
  CHECK(spec_error("ragft: 1\nproject: X\ndecision: prompting\n").to_string() ==
        "bad.yaml:3:11: `prompting` is not a verdict; expected rag, fine-tune or hybrid");
  CHECK(spec_error("ragft: 1\nfacts:\n  budget: low\n").to_string() ==
        "bad.yaml:1:1: a spec is missing the required key `project`; add a line `project: ...` to it");
  CHECK(spec_error("project: X\n").to_string() ==
        "bad.yaml:1:1: not a ragft spec: the key `ragft: 1` (the format version) is missing; add it as the first line");
  CHECK(spec_error("ragft: 2\nproject: X\n").to_string() ==
        "bad.yaml:1:8: `ragft` (the spec format version) must be 1, got `2`; this ragft reads `ragft: 1`: write it "
        "so, a whole number without quotes");
  CHECK(spec_error("ragft: 1\nproject: X\nfacts:\n  budget: low\n  budget: high\n").to_string() ==
        "bad.yaml:5:3: duplicate key `budget` in `facts`, first written at line 4; keep one of the two");
  // A duplicate among many keys (past the few that are searched one by one), and one among the first.
  std::string many = "ragft: 1\nproject: X\n";
  for (int i = 0; i < 60; ++i) {
    many += "k" + std::to_string(i) + ": 1\n";
  }
  // `k0` is line 3, so `k45` is line 48 and `k3` line 6.
  CHECK(spec_error(many + "k45: 2\n").to_string() ==
        "bad.yaml:63:1: duplicate key `k45` in a spec, first written at line 48; keep one of the two");
  CHECK(spec_error(many + "k3: 2\n").to_string() ==
        "bad.yaml:63:1: duplicate key `k3` in a spec, first written at line 6; keep one of the two");
  CHECK(spec_error("ragft: 1\nproject: [X\n").to_string().rfind("bad.yaml:", 0) == 0);
  CHECK(spec_error("").to_string() == "bad.yaml:1:1: empty file: expected a spec starting with `ragft: 1`");
  CHECK(spec_error("- just\n- a list\n").to_string() ==
        "bad.yaml:1:1: a spec must be a mapping of `key: value` lines, got a list: a spec starts with the lines "
        "`ragft: 1` and `project: NAME`, then its facts under `facts:` (`ragft ask --save FILE` writes one from your "
        "answers)");
}

TEST_CASE("every error of a spec in one run, each at its own line and column") {
  const Diagnostic d = test::spec_error("ragft: 1\nproject: X\nfacts:\n  knowledge_updates: dayly\n  budget: lots\n"
                                        "  citation_required: true\ndecision: raggy\n");
  const std::vector<Diagnostic> all = d.each();
  REQUIRE(all.size() == 4);
  CHECK(all[0].to_string().rfind("bad.yaml:4:22: `dayly` is not a value of fact `knowledge_updates`", 0) == 0);
  CHECK(all[1].to_string().rfind("bad.yaml:5:11: `lots` is not a value of fact `budget`", 0) == 0);
  CHECK(all[2].to_string().rfind("bad.yaml:6:3: unknown fact `citation_required`", 0) == 0);
  CHECK(all[3].to_string().rfind("bad.yaml:7:11: `raggy` is not a verdict", 0) == 0);
  const std::string text = d.to_string();
  CHECK(std::count(text.begin(), text.end(), '\n') == 3); // one line each
}

TEST_CASE("a wrongly indented line and a tab are named at their own line") {
  CHECK(
      test::spec_error("ragft: 1\nproject: X\nfacts:\n  knowledge_updates: daily\n   budget: low\n  gpu_access: none\n")
          .to_string() == "bad.yaml:5:4: invalid YAML: this line is indented by 3 spaces, expected 2 like the line "
                          "above (the line above does not end with `:`, so nothing can be nested under it)");
  CHECK(test::spec_error("ragft: 1\nproject: X\nfacts:\n\tknowledge_updates: daily\n").to_string() ==
        "bad.yaml:4:1: invalid YAML: a tab character in the indentation; YAML indents with spaces only: replace the "
        "tab with spaces");
}

TEST_CASE("numbers with commas between groups of three are read as in ragft ask and --set") {
  CHECK(test::facts({{"labeled_examples", "12,000"}}) == test::facts({{"labeled_examples", "12000"}}));
  CHECK(test::facts({{"labeled_examples", "1,500,000"}}) == test::facts({{"labeled_examples", "1500000"}}));
  CHECK(test::spec_error("ragft: 1\nproject: X\nfacts:\n  labeled_examples: 1,50\n").to_string() ==
        "bad.yaml:4:21: fact `labeled_examples` (examples) must be a whole number, got `1,50`: put commas only "
        "between groups of three (12,000) or leave them out (12000)");
}

TEST_CASE("the file name offered for a project's answers is its name, lower case, words joined by -") {
  CHECK(spec_file_name("Acme support") == "acme-support.yaml");
  CHECK(spec_file_name("  Acme support (EU)  ") == "acme-support-eu.yaml");
  CHECK(spec_file_name("../etc/passwd") == "etc-passwd.yaml");
  CHECK(spec_file_name("Café") == "caf.yaml");
  CHECK(spec_file_name("") == "answers.yaml");
  CHECK(spec_file_name("???") == "answers.yaml");
  CHECK(spec_file_name(std::string(100, 'a')) == std::string(60, 'a') + ".yaml");
}

TEST_CASE("saved answers are read back as the spec reader reads them before they are written") {
  Spec spec = test::spec("ragft: 1\nproject: Acme\nfacts:\n  budget: low\n  labeled_examples: 12,000\n");
  CHECK(spec_read_back_problem(test::rules(), write_spec(test::rules(), spec), spec).message.empty());
  // Control characters are written as escapes (\x01, four characters each): 5,000 of them make a
  // line longer than the reader's 16,384 characters, so the file would be refused.
  spec.project = std::string(5000, '\x01');
  const ReadBackProblem problem = spec_read_back_problem(test::rules(), write_spec(test::rules(), spec), spec);
  CHECK(problem.message.rfind("`ragft score` would refuse it: line longer than 16384 characters", 0) == 0);
  CHECK(problem.key == "project");
  // A spec whose text reads back as other facts is caught.
  spec.project = "Acme";
  std::string text = write_spec(test::rules(), spec);
  text.replace(text.find("budget: low"), 11, "budget: high");
  CHECK(spec_read_back_problem(test::rules(), text, spec).message == "the facts would read back differently");
  CHECK(spec_read_back_problem(test::rules(), text, spec).key == "facts");
  // The measure section is written and read back too, and a change in it is caught.
  spec.measure = MeasureSection{true, {"docs", "odd \"name\""}, {"data"}, {"."}, {}};
  text = write_spec(test::rules(), spec);
  CHECK(text.find("measure:\n  knowledge: [\"docs\", \"odd \\\"name\\\"\"]\n  examples: [\"data\"]\n") !=
        std::string::npos);
  CHECK(spec_read_back_problem(test::rules(), text, spec).message.empty());
  text.replace(text.find("[\"data\"]"), 8, "[\"other\"]");
  CHECK(spec_read_back_problem(test::rules(), text, spec).message ==
        "the `measure:` section would read back differently");
}

TEST_CASE("a long description is written in lines and reads back as it was") {
  Spec spec = test::spec("ragft: 1\nproject: Acme\nfacts:\n  budget: low\n");
  // 6,000 words folded from as many lines: one line of 41,999 characters as read.
  std::string words;
  for (int i = 0; i < 6000; ++i) {
    words += i == 0 ? "" : " ";
    words += "word" + std::to_string(i % 10) + "a";
  }
  // Also what must survive a break: double spaces, escapes, quotes, backslashes, UTF-8, a tab.
  const std::string tricky = "  two  spaces, a \"quote\", a \\ back\\slash, caf\xc3\xa9 \xe2\x82\xac\t tab \x01 end  ";
  std::string padded = tricky;
  padded += words;
  padded += tricky;
  for (const std::string& text : {words, padded, std::string(20000, 'x')}) {
    spec.description = text;
    const std::string written = write_spec(test::rules(), spec);
    CHECK(spec_read_back_problem(test::rules(), written, spec).message.empty());
    std::size_t longest = 0;
    for (std::size_t start = 0; start < written.size();) {
      const std::size_t end = std::min(written.find('\n', start), written.size());
      longest = std::max(longest, end - start);
      start = end + 1;
    }
    CHECK(longest <= 120); // "description: " and about 100 characters of the value
  }
  // A short one stays on its line, as before.
  spec.description = "Answers questions.";
  CHECK(write_spec(test::rules(), spec).find("description: \"Answers questions.\"\n") != std::string::npos);
  // Broken only between two characters that are not spaces (not around "ab c"'s space); the escape
  // \x01 is not split.
  CHECK(yaml_quote_wrapped("ab cd\x01"
                           "ef",
                           "  ", 4) == "\"ab c\\\n  d\\\n  \\x01\\\n  ef\"");
}

// A spec written as JSON is told about its slips in JSON's terms, at the place a person would fix
// (positions counted by hand: line, then column of the character named).
TEST_CASE("a JSON spec's slips are named as JSON's, where they are") {
  // `,` missing after the value `1` of line 2 (`  "ragft": 1` ends at column 12).
  CHECK(test::spec_error("{\n  \"ragft\": 1\n  \"project\": \"X\"\n}\n").to_string() ==
        "bad.yaml:2:13: invalid JSON: a `,` is missing here: JSON separates the entries of an object or a list with "
        "commas");
  // A comment: `//` at column 3 of line 3.
  CHECK(test::spec_error("{\n  \"ragft\": 1,\n  // why\n  \"project\": \"X\"\n}\n").to_string() ==
        "bad.yaml:3:3: invalid JSON: `//` starts no comment: JSON has no comments; delete the comment, or write "
        "the spec in YAML, where a comment starts with `#`");
  // The closing `}` is missing: named just after the last character, `}` at column 3 of line 4.
  CHECK(test::spec_error("{\n  \"ragft\": 1,\n  \"facts\": {\n  }\n").to_string() ==
        "bad.yaml:4:4: invalid JSON: the text ends before every `{` and `[` is closed: add the missing `}` or `]`");
  // The `:` between a key and its value: after `"project"` (columns 3-11 of line 3).
  CHECK(test::spec_error("{\n  \"ragft\": 1,\n  \"project\" \"X\"\n}\n").to_string() ==
        "bad.yaml:3:12: invalid JSON: a `:` is missing here, between the key and its value");
  // Two objects of a list without the `,` between them: after the first object's `}` (column 29 of line 1).
  CHECK(test::spec_error("{\"components\": [{\"name\": \"a\"} {\"name\": \"b\"}], \"ragft\": 1}\n")
            .to_string()
            .rfind("bad.yaml:1:30: invalid JSON: a `,` is missing here", 0) == 0);
}

TEST_CASE("JSON that YAML reads is read, and YAML's flow style keeps YAML's messages") {
  // A trailing comma and single quotes are not JSON, but YAML's flow style reads them: accepted.
  const Spec read = test::spec("{\n  'ragft': 1,\n  \"project\": \"X\",\n  \"facts\": {\"budget\": \"low\",},\n}\n");
  CHECK(read.project == "X");
  CHECK(fact(read.facts, "budget").as_choice() == 0); // low, the first of low, medium, high
  // An unquoted first key is YAML's flow style, not JSON: no JSON message for its slip.
  CHECK(test::spec_error("{ragft: 1, project: [X}\n").to_string().find("invalid JSON") == std::string::npos);
}

TEST_CASE("a JSON file holding a list of specs is told to hold one") {
  // The `[` is at line 1, column 1; the list holds two specs.
  CHECK(test::spec_error("[{\"ragft\": 1, \"project\": \"A\"}, {\"ragft\": 1, \"project\": \"B\"}]\n").to_string() ==
        "bad.yaml:1:1: a JSON spec file holds one spec, an object `{...}`, got a list of 2: put each spec in a file "
        "of its own (`ragft score` reads a folder of them), or write them in one YAML file, separated by `---` lines");
  // The same list written as YAML keeps YAML's advice (the `- ` to remove).
  CHECK(test::spec_error("- ragft: 1\n  project: A\n").to_string().find("remove the `- `") != std::string::npos);
}

TEST_CASE("a YAML or JSON file found beside specs is told from a spec by its keys") {
  // Other files: none of a spec's keys (`ragft`, `project`, `facts`, `components`, `decision`).
  CHECK(other_yaml_file("on: push\njobs:\n  build: {}\n") == std::string());
  CHECK(other_yaml_file("{\"name\": \"site\", \"version\": \"1.0.0\"}") == std::string());
  CHECK(other_yaml_file("- hosts: all\n  tasks: []\n") == std::string()); // a playbook: a list
  CHECK(other_yaml_file("ragft_rules: 1\nname: acme\nfacts: []\n") == std::string("a rule base"));
  // A key a spec may have but other files have too: OpenAPI's and a UI translation's `components`.
  CHECK(other_yaml_file("openapi: 3.0.0\ncomponents:\n  schemas: {}\n") == std::string());
  // A spec written wrongly is still a spec: its errors are what the user needs.
  CHECK_FALSE(other_yaml_file("project: X\nfacts:\n  budget: low\n").has_value());
  CHECK_FALSE(other_yaml_file("ragft: 1\nprojet: X\n").has_value());
  CHECK_FALSE(other_yaml_file("ragtf: 1\nname: X\n").has_value()); // a misspelt version key
  CHECK_FALSE(other_yaml_file("services: {}\n---\nragft: 1\nproject: X\n").has_value());
  // Nothing to tell by, or text that does not parse: said as it is.
  CHECK_FALSE(other_yaml_file("").has_value());
  CHECK_FALSE(other_yaml_file("services: [\n").has_value());
  // Text past the input limits is never read as a tree: its limit error is what is said.
  CHECK_FALSE(other_yaml_file("services: " + std::string(200, '[') + std::string(200, ']') + "\n").has_value());
}
