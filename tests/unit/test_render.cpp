#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ragft/base/wrap.hpp>
#include <ragft/engine/project.hpp>
#include <ragft/explain/prices.hpp>
#include <ragft/render/explain.hpp>
#include <ragft/render/render.hpp>
#include <ragft/report/charts.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

std::string render(Format format, const std::vector<ResultEntry>& entries, const std::vector<Diagnostic>& errors,
                   const RenderOptions& options = RenderOptions{}) {
  std::ostringstream out;
  auto renderer = make_renderer(format, options);
  Summary summary;
  renderer->begin(out);
  for (const ResultEntry& e : entries) {
    add_to_summary(summary, e);
    renderer->result(out, e);
  }
  for (const Diagnostic& d : errors) {
    renderer->error(out, d);
    ++summary.failed;
  }
  renderer->end(out, summary);
  return out.str();
}

ResultEntry entry_for(const Spec& spec) { return make_result_entry(test::rules(), score_project(test::rules(), spec)); }

const char* k_acme = R"(ragft: 1
project: Acme support assistant
decision: fine-tune
facts:
  knowledge_updates: daily
  citations_required: true
  labeled_examples: 0
)";

} // namespace

TEST_CASE("JSON output has the contract's keys and meanings") {
  const Spec spec = test::spec(k_acme);
  const auto json = nlohmann::json::parse(
      render(Format::json, {entry_for(spec)}, {Diagnostic{Location{"specs/bad.yaml", 4, 3}, "broken"}}));
  CHECK(json["ragft_output"] == 1);
  REQUIRE(json["results"].size() == 1);
  const auto& r = json["results"][0];
  CHECK(r["file"] == "spec.yaml");
  CHECK(r["project"] == "Acme support assistant");
  CHECK(r["verdict"] == "rag");
  CHECK(r["confidence"].is_string());
  CHECK(r["components"].is_array());
  for (const char* v : {"rag", "fine-tune", "hybrid"}) {
    double sum = 0;
    for (const auto& reason : r["rationale"]) {
      CHECK(reason["rule"].is_string());
      CHECK(reason["because"].is_string());
      CHECK_FALSE(reason["sources"].empty());
      sum += reason["points"][v].get<double>();
    }
    CHECK(r["scores"][v].get<double>() == Approx(sum));
  }
  CHECK(r["decision"]["recorded"] == "fine-tune");
  CHECK(r["decision"]["agrees"] == false);
  CHECK(r["decision"]["line"] == 3);
  const auto& e = json["errors"][0];
  CHECK(e == nlohmann::json{{"file", "specs/bad.yaml"}, {"line", 4}, {"column", 3}, {"message", "broken"}});
}

// readers12: `margin` was 0 both for a tie and for a verdict that no other is left to compare with;
// a script reading `margin < 1` as a close call took a forced verdict for a tie. `runner_up` says
// what the margin is measured against, and null when there is nothing (the key's type unchanged).
TEST_CASE("JSON margin is the lead over runner_up, which is null when every other verdict is blocked") {
  // 0 examples: too-few-examples blocks fine-tune and hybrid, so rag is the only option left.
  const auto forced = nlohmann::json::parse(render(Format::json, {entry_for(test::spec(k_acme))}, {}))["results"][0];
  CHECK(forced["blocked"] == nlohmann::json{"fine-tune", "hybrid"});
  CHECK(forced["runner_up"].is_null());
  CHECK(forced["margin"] == 0);
  // 500 examples alone fire only some-examples (fine-tune +0.5, hybrid +0.5): a real tie, given to
  // fine-tune by tie_order [rag, fine-tune, hybrid]; hybrid is its runner-up, 0 points behind.
  const auto tie = nlohmann::json::parse(
      render(Format::json, {entry_for(test::spec("ragft: 1\nproject: T\nfacts: {labeled_examples: 500}\n"))},
             {}))["results"][0];
  CHECK(tie["verdict"] == "fine-tune");
  CHECK(tie["runner_up"] == "hybrid");
  CHECK(tie["margin"] == 0);
  // A lead: the margin is the verdict's score less the runner-up's, the best of the unblocked others.
  const auto lead = nlohmann::json::parse(render(
      Format::json,
      {entry_for(test::spec("ragft: 1\nproject: L\nfacts: {knowledge_updates: daily, labeled_examples: 5000}\n"))},
      {}))["results"][0];
  REQUIRE(lead["runner_up"].is_string());
  const std::string second = lead["runner_up"];
  CHECK(second != lead["verdict"]);
  for (const char* v : {"rag", "fine-tune", "hybrid"}) {
    if (v != lead["verdict"] && std::find(lead["blocked"].begin(), lead["blocked"].end(), v) == lead["blocked"].end()) {
      CHECK(lead["scores"][second].get<double>() >= lead["scores"][v].get<double>());
    }
  }
  CHECK(lead["margin"].get<double>() == Approx(lead["scores"][lead["verdict"].get<std::string>()].get<double>() -
                                               lead["scores"][second].get<double>()));
  CHECK(lead["margin"].get<double>() > 0);
}

TEST_CASE("JSONL output is one result object per line") {
  const Spec spec = test::spec(k_acme);
  const std::string out = render(Format::jsonl, {entry_for(spec), entry_for(spec)}, {});
  std::istringstream lines(out);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    CHECK(nlohmann::json::parse(line)["verdict"] == "rag");
    ++count;
  }
  CHECK(count == 2);
}

TEST_CASE("text output starts with the verdict and confidence, one sentence of why and one next step") {
  const std::string out = render(Format::text, {entry_for(test::spec(k_acme))}, {});
  std::istringstream lines(out);
  std::string first, second, third;
  std::getline(lines, first);
  std::getline(lines, second);
  std::getline(lines, third);
  CHECK(first.rfind("verdict: rag (confidence: ", 0) == 0);
  CHECK(second.rfind("  why: Knowledge changes daily", 0) == 0);
  CHECK(third.rfind("  next step: ", 0) == 0);
  CHECK(out.find("legend: rag = ") != std::string::npos);
  CHECK(out.find("its score in points: the sum of its reasons' points") != std::string::npos); // a number with its unit
  CHECK(out.find("--format json") == std::string::npos);
}

TEST_CASE("text output shows the verdict, bars, reasons with sources, blockers and the decision") {
  const std::string out = render(Format::text, {entry_for(test::spec(k_acme))}, {});
  CHECK(out.find("verdict: rag") != std::string::npos);
  CHECK(out.find("fast-changing-knowledge: Knowledge changes daily") != std::string::npos);
  // Sources are named by their titles in the rule base, numbered in the order first cited.
  CHECK(out.find("rapid change. (sources 1, 2, 3, 4)") != std::string::npos);
  CHECK(out.find("1. Myth: RAG and fine-tuning solve the same problem") != std::string::npos);
  CHECK(out.find("_e3ac8a53f64d216f") == std::string::npos);
  CHECK(out.find("blocked: fine-tune, hybrid by too-few-examples") != std::string::npos);
  CHECK(out.find("to unblock: Collect at least 10 curated examples") != std::string::npos);
  CHECK(out.find("decision: fine-tune CONTRADICTS the facts (line 3)") != std::string::npos);
  CHECK(out.find('\033') == std::string::npos);
}

TEST_CASE("a format that does not show the analysis renders the same without it") {
  // `score` leaves flips and robustness out when no output shows them: that must change no output
  // of such a format, and must change those of the formats that show them. (Text shows the top
  // flip, so the spec needs one: fewer examples would make this hybrid rag.)
  const Spec spec =
      test::spec("ragft: 1\nproject: p\nfacts:\n  knowledge_updates: weekly\n  style_requirement: strict\n"
                 "  labeled_examples: 2000\n");
  const ProjectResult result = score_project(test::rules(), spec);
  const ResultEntry with = make_result_entry(test::rules(), result);
  const ResultEntry without = make_result_entry(test::rules(), result, nullptr);
  for (const std::string& name : format_names()) {
    for (const bool table : {false, true}) {
      const Format format = *parse_format(name);
      RenderOptions options;
      options.table = table;
      const auto rendered = [&](const ResultEntry& entry) {
        std::ostringstream out;
        auto renderer = make_renderer(format, options);
        renderer->begin(out);
        renderer->result(out, entry);
        renderer->end(out, Summary{});
        return out.str();
      };
      INFO(name << (table ? " (table)" : ""));
      CHECK((rendered(with) != rendered(without)) == shows_analysis(format, options));
    }
  }
}

TEST_CASE("chart numbers: a cost axis starts at zero and reaches the highest cost, rounded up") {
  PerVerdict<std::vector<double>> costs;
  CHECK(zero_based_axis_top(costs) == 1); // nothing to draw: still an axis Mermaid can draw
  costs[Verdict::rag] = {4000.05, 4069.25, 4830.45};
  costs[Verdict::fine_tune] = {12000, 12015.3, 12183.6};
  costs[Verdict::hybrid] = {12000.05, 12088.15};
  CHECK(zero_based_axis_top(costs) == 12184);
}

TEST_CASE("chart numbers: a score axis spans zero and the scores, verdicts are counted by confidence") {
  PerVerdict<double> scores;
  CHECK_FALSE(score_axis(scores).has_value()); // no rule fired: nothing to draw
  scores[Verdict::rag] = 8.5;
  scores[Verdict::fine_tune] = 1;
  scores[Verdict::hybrid] = 4;
  REQUIRE(score_axis(scores).has_value());
  CHECK(score_axis(scores)->low == 0); // from zero, so a bar's height is its score
  CHECK(score_axis(scores)->high == 8.5);
  scores[Verdict::fine_tune] = -2.5;
  CHECK(score_axis(scores)->low == -2.5);
  VerdictCounts counts;
  add_to_counts(counts, Verdict::rag, Confidence::high);
  add_to_counts(counts, Verdict::rag, Confidence::low);
  add_to_counts(counts, Verdict::hybrid, Confidence::medium);
  CHECK(counts.total == 3);
  CHECK(counts.per_verdict[Verdict::rag] == 2);
  CHECK(counts.counts[Verdict::rag][static_cast<std::size_t>(Confidence::high)] == 1);
  CHECK(counts.counts[Verdict::rag][static_cast<std::size_t>(Confidence::low)] == 1);
  CHECK(counts.counts[Verdict::hybrid][static_cast<std::size_t>(Confidence::medium)] == 1);
  CHECK(counts.per_verdict[Verdict::fine_tune] == 0);
}

TEST_CASE("a project whose verdict comes from its components shows its own scores in brackets, labelled") {
  const ResultEntry e = entry_for(test::spec(R"(ragft: 1
project: Parts
facts:
  knowledge_updates: daily
components:
  - name: answers
    facts: {citations_required: true}
  - name: tone
    facts: {style_requirement: strict, labeled_examples: 5000, knowledge_updates: never}
)"));
  REQUIRE(e.from_components);
  const PerVerdict<double>& s = e.assessment.scores; // the project-level facts alone
  const std::string md = render(Format::markdown, {e}, {});
  CHECK_THAT(md, Catch::Contains(fmt::format("| Parts | **{}** (from its components) | {} | ({:g}) | ({:g}) | ({:g}) |",
                                             to_string(e.verdict), to_string(e.confidence), s[Verdict::rag],
                                             s[Verdict::fine_tune], s[Verdict::hybrid])));
  CHECK_THAT(md, Catch::Contains("Scores in brackets: what the project-level facts alone say"));
  RenderOptions table_options;
  table_options.table = true;
  const std::string table = render(Format::text, {e, e}, {}, table_options);
  CHECK_THAT(table, Catch::Contains(fmt::format("({:g})", s[Verdict::rag])));
  CHECK_THAT(table, Catch::Contains("Scores in brackets are what the project-level facts alone say"));
  // A project without components: plain scores, no note.
  const std::string plain = render(Format::markdown, {entry_for(test::spec(k_acme))}, {});
  CHECK_THAT(plain, !Catch::Contains("Scores in brackets"));
  CHECK_THAT(plain, !Catch::Contains("from its components"));
}

namespace {

// readers11's game studio: rag 8.5, fine-tune 5 and hybrid `hybrid`, both fine-tune and hybrid
// blocked (too few examples).
ResultEntry npc_voice_entry(double hybrid) {
  ResultEntry e;
  e.file = "npc.yaml";
  e.project = "NPC voice";
  e.verdict = Verdict::rag;
  e.confidence = Confidence::high;
  e.assessment.verdict = Verdict::rag;
  e.assessment.scores[Verdict::rag] = 8.5;
  e.assessment.scores[Verdict::fine_tune] = 5;
  e.assessment.scores[Verdict::hybrid] = hybrid;
  e.assessment.blocked[Verdict::fine_tune] = true;
  e.assessment.blocked[Verdict::hybrid] = true;
  return e;
}

} // namespace

// readers11: a game studio's NPC voice on 60 examples scored rag 8.5, fine-tune 5, hybrid 8.5,
// verdict rag: hybrid is blocked (too few examples), which the batch table did not show, so the
// row read as a tie decided the wrong way. readers16: a manual's Q&A read rag 13.5, hybrid 12.5,
// unmarked, as a close second, though too few examples blocked it. Every blocked score is marked
// (`*` in the text table, "(blocked)" in Markdown), ahead of the verdict or behind it, with a note
// under the table; a row with nothing blocked has no mark and no note.
TEST_CASE("a blocked score is marked in the tables, ahead of the verdict or behind it, with a note") {
  ResultEntry e = npc_voice_entry(8.5);
  RenderOptions table_options;
  table_options.table = true;
  const std::string table = render(Format::text, {e, e}, {}, table_options);
  CHECK_THAT(table, Catch::Contains("rag        high           8.5         5*    8.5*"));
  CHECK_THAT(table, Catch::Contains("* blocked: a hard limit rules it out, whatever it scores: not an option until"));
  const std::string md = render(Format::markdown, {e}, {});
  CHECK_THAT(md, Catch::Contains("| 8.5 | 5 (blocked) | 8.5 (blocked) |"));
  CHECK_THAT(md, Catch::Contains("A score marked (blocked) is ruled out by a hard limit, whatever it scores"));
  // Behind the verdict (readers16's close second): marked all the same.
  e.assessment.scores[Verdict::hybrid] = 8;
  const std::string behind = render(Format::text, {e, e}, {}, table_options);
  CHECK_THAT(behind, Catch::Contains("rag        high           8.5         5*      8*"));
  CHECK_THAT(render(Format::markdown, {e}, {}), Catch::Contains("| 8.5 | 5 (blocked) | 8 (blocked) |"));
  // Nothing blocked: no mark, no note.
  e.assessment.blocked[Verdict::fine_tune] = false;
  e.assessment.blocked[Verdict::hybrid] = false;
  const std::string open = render(Format::text, {e, e}, {}, table_options);
  CHECK_THAT(open, Catch::Contains("rag        high           8.5          5       8 "));
  CHECK_THAT(open, !Catch::Contains("*"));
  CHECK_THAT(render(Format::markdown, {e}, {}), !Catch::Contains("(blocked)"));
}

// readers23: a pull-request comment of `score --format markdown` on 22 files showed 17 rows, then
// the chart, and only at the very bottom the 5 files not scored and `17 scored, 5 failed`. A
// comment is read from the top: the counts in bold first, the files not scored under them, then
// the table (as `check --format markdown` does).
TEST_CASE("score's Markdown opens with the counts and the files not scored, then the table") {
  const ResultEntry e = npc_voice_entry(8);
  const std::string md = render(Format::markdown, {e, e}, {Diagnostic{Location{"specs/bad.yaml", 4, 3}, "broken"}});
  CHECK(md.rfind("**2 scored, 1 failed: 2 rag**\n\n**Errors**\n\n- specs/bad.yaml:4:3: broken\n\n| File |", 0) == 0);
  CHECK(md.find("| File |") < md.find("### Portfolio"));
  CHECK(md.find("scored") == md.rfind("scored")); // said once, not again at the bottom
  // Nothing failed: the counts, then the table straight away.
  CHECK(render(Format::markdown, {e}, {}).rfind("**1 scored: 1 rag**\n\n| File |", 0) == 0);
}

// readers18: a project name of 120 characters, and a Japanese one of 24 (48 columns), ran past the
// report's first line at 80 columns, and the terminal broke each inside a word. The name is wrapped
// at its spaces under the line (a name with no spaces that fits a line goes on one of its own), and
// the file on a line of its own after the three head lines.
TEST_CASE("a project name too long for the terminal is wrapped under the first line, not broken mid-word") {
  ResultEntry e = entry_for(test::spec(k_acme));
  e.project = "Internal knowledge assistant for the regional logistics and warehouse operations teams of the "
              "northern district";
  RenderOptions options;
  options.width = 80;
  const std::string lead =
      fmt::format("verdict: {} (confidence: {}) for", to_string(e.verdict), to_string(e.confidence));
  const std::string text = render(Format::text, {e}, {}, options);
  const std::string head = text.substr(0, text.find("\n  why: "));
  std::istringstream lines(head);
  std::string words;
  int count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    CHECK(display_width(line) <= 80);
    CHECK(line.rfind(count == 0 ? lead : "  ", 0) == 0);
    words += " " + line.substr(line.find_first_not_of(' '));
  }
  CHECK(count == 2);
  CHECK(words == " " + lead + " " + e.project);
  CHECK_THAT(text, Catch::Contains("\n  file: spec.yaml\n"));
  e.project = "東京カスタマーサポート問い合わせ応答アシスタント";
  CHECK(render(Format::text, {e}, {}, options).rfind(lead + "\n  " + e.project + "\n  why: ", 0) == 0);
  // Piped (no width): one line, the file at its end.
  CHECK(render(Format::text, {e}, {}).rfind(lead + " " + e.project + "  spec.yaml\n", 0) == 0);
}

// readers18: a team lead who answered "don't know" to 15 of 19 questions read "how sure: low"
// and, on the next line of `ragft explain`, "with other rule weights: robust: the verdict stays
// rag in 100% of 2,000 trials": the trials vary the rules' weights, never the unknown facts. When
// unknown facts could change the verdict, the summary says the trials are of the weights only.
TEST_CASE("the weight trials' summary says it is of the weights only when unknown facts could change it") {
  const ResultEntry lead = entry_for(test::spec(R"(ragft: 1
project: Claims helper
facts:
  output_format: free_text
  style_requirement: none
)"));
  REQUIRE(lead.assessment.robustness);
  REQUIRE(lead.assessment.unknowns.size() > 1);
  CHECK_THAT(lead.assessment.robustness->summary,
             Catch::EndsWith(fmt::format("trials that each shifted every rule's weight at random by up to ±30% (the "
                                         "rule weights only: {} unknown facts could each still change it)",
                                         lead.assessment.unknowns.size())));
  // examples/support-assistant.yaml: 9 facts unknown, none of which alone could change rag.
  const ResultEntry support = entry_for(test::spec(R"(ragft: 1
project: Acme support assistant
facts:
  knowledge_updates: weekly
  knowledge_base_docs: 2500
  citations_required: true
  hallucination_tolerance: low
  labeled_examples: 0
  task_type: conversation
  budget: low
  ml_expertise: none
  gpu_access: none
  launch_weeks: 6
)"));
  REQUIRE(support.assessment.robustness);
  REQUIRE(support.assessment.unknowns.empty());
  CHECK_THAT(support.assessment.robustness->summary, Catch::EndsWith("by up to ±30%"));
}

// readers18: at 80 columns every row of the table overflowed (its FILE column starts at 74), so
// the terminal broke each file name mid-word, and a Japanese project's row, counted one column a
// character, overflowed further. Where the file and project do not fit the terminal's width,
// they go on a line of their own under the row's columns; piped (no width), one line as before.
TEST_CASE("the table puts a file and project that do not fit the terminal on a line of their own") {
  ResultEntry e = npc_voice_entry(8);
  e.file = "specs/tokyo.yaml";
  e.project = "東京カスタマーサポート"; // 11 characters, 22 columns
  RenderOptions options;
  options.table = true;
  const std::string piped = render(Format::text, {e, e}, {}, options);
  CHECK_THAT(piped, Catch::Contains("8*  " + std::string(22, ' ') + " specs/tokyo.yaml  (東京カスタマーサポート)\n"));
  options.width = 80;
  const std::string narrow = render(Format::text, {e, e}, {}, options);
  CHECK_THAT(narrow,
             Catch::Contains(
                 "rag        high           8.5         5*      8*\n    specs/tokyo.yaml (東京カスタマーサポート)\n"));
  // The note under the table is wrapped too, its lines after the first under its first word.
  CHECK_THAT(
      narrow,
      Catch::Contains(
          "\n* blocked: a hard limit rules it out, whatever it scores: not an option until\n  the limit is lifted"));
  options.width = 120; // 73 columns, then 16 + 2 + 24
  CHECK_THAT(render(Format::text, {e, e}, {}, options),
             Catch::Contains("8*  " + std::string(22, ' ') + " specs/tokyo.yaml  (東京カスタマーサポート)\n"));
  options.width = 110; // 73 + 42 = 115 columns: it does not fit, though 73 + 31 characters would
  CHECK_THAT(render(Format::text, {e, e}, {}, options), Catch::Contains("8*\n    specs/tokyo.yaml"));
}

// readers20: `ragft score` on a 60-column terminal wrapped the 77-column header (FILE alone on a
// line) and broke `hybrid agrees` mid-word in every row that recorded a decision. Narrower than the
// header, the table heads only the scores' columns, and each row says its file and project, then
// its decision, on the line under its scores; at 80 columns the table is as before.
TEST_CASE("a table narrower than its header puts each row's decision with its file under the scores") {
  ResultEntry e = npc_voice_entry(8);
  e.decision = DecisionCheck{Verdict::fine_tune, false, {}};
  RenderOptions options;
  options.table = true;
  options.width = 60;
  const std::string narrow = render(Format::text, {e}, {}, options);
  CHECK_THAT(narrow, Catch::StartsWith("VERDICT    CONFIDENCE     RAG  FINE-TUNE  HYBRID\nrag "));
  CHECK_THAT(narrow, Catch::Contains("rag        high           8.5         5*      8*\n"
                                     "    npc.yaml (NPC voice); decision: fine-tune CONTRADICTS\n"));
  e.decision = DecisionCheck{Verdict::rag, true, {}};
  e.project = "Voice of the non-player characters in the northern village quests";
  CHECK_THAT(render(Format::text, {e}, {}, options),
             Catch::Contains("8*\n    npc.yaml (Voice of the non-player characters in the\n"
                             "      northern village quests); decision: rag agrees\n")); // 51 of 56, then 54
  options.width = 80;
  CHECK_THAT(render(Format::text, {e}, {}, options),
             Catch::StartsWith("VERDICT    CONFIDENCE     RAG  FINE-TUNE  HYBRID  DECISION               FILE\n"));
  CHECK_THAT(render(Format::text, {e}, {}, options), Catch::Contains("8*  rag agrees"));
}

// readers12, readers13: a dispatcher's CSV row said fine-tune 0 and nothing else, so a script (or a
// spreadsheet) could not tell a low score from one a hard limit rules out. The last column names
// the blocked verdicts, whether or not they are behind the verdict; the other columns keep their
// places.
TEST_CASE("csv names the blocked verdicts in a last column") {
  ResultEntry e = npc_voice_entry(8);
  const std::string csv = render(Format::csv, {e}, {});
  CHECK(csv.rfind("file,project,component,verdict,rag,fine-tune,hybrid,confidence,decision,agrees,error,blocked\r\n",
                  0) == 0);
  CHECK_THAT(csv, Catch::Contains("npc.yaml,NPC voice,,rag,8.5,5,8,high,,,,fine-tune hybrid\r\n"));
  e.assessment.blocked[Verdict::hybrid] = false;
  CHECK_THAT(render(Format::csv, {e}, {}), Catch::Contains(",high,,,,fine-tune\r\n"));
  e.assessment.blocked[Verdict::fine_tune] = false;
  CHECK_THAT(render(Format::csv, {e}, {}), Catch::Contains(",high,,,,\r\n"));
}

// readers17: a council's planning-rules chatbot (rag; specialized terms, 0 examples) read "collect
// at least 10 curated examples ..." three times: in its next step, under its blocker ("to unblock:
// ...") and in an advice line that repeated the next step ("Behaviour matters too ... add
// fine-tuning when this changes: Collect at least 10 ..."). The advice, which holds only when the
// next step already names what lifts the block, stays in JSON and is no longer printed in text.
TEST_CASE("the advice that repeats the next step is in JSON only") {
  const Spec council = test::spec(R"(ragft: 1
project: Planning rules chatbot
facts:
  knowledge_updates: monthly
  knowledge_base_docs: 1200
  citations_required: true
  hallucination_tolerance: low
  labeled_examples: 0
  domain_terminology: specialized
  task_type: question_answering
)");
  const ProjectResult result = score_project(test::rules(), council);
  const ResultEntry entry = make_result_entry(test::rules(), result);
  REQUIRE(entry.verdict == Verdict::rag);
  REQUIRE(entry.assessment.advice.has_value());
  const std::string text = render(Format::text, {entry}, {});
  CHECK_THAT(text, Catch::Contains("is blocked until you lift it: collect at least 10 curated examples"));
  CHECK_THAT(text, Catch::Contains("to unblock: Collect at least 10 curated examples"));
  CHECK_THAT(text, !Catch::Contains("advice:"));
  CHECK_THAT(text, !Catch::Contains("Behaviour matters too"));
  const auto json = nlohmann::json::parse(render(Format::json, {entry}, {}));
  CHECK_THAT(json["results"][0]["advice"].get<std::string>(), Catch::StartsWith("Behaviour matters too"));
  const ExplainEntry explained =
      make_explain_entry(test::rules(), result, default_price_sheet(), PerturbationOptions{});
  for (const Format format : {Format::text, Format::markdown}) {
    std::ostringstream out;
    auto renderer = make_explain_renderer(format, RenderOptions{});
    renderer->begin(out);
    renderer->result(out, explained);
    renderer->end(out);
    CHECK_THAT(out.str(), Catch::Contains("is blocked until you lift it: collect at least 10 curated examples"));
    CHECK_THAT(out.str(), !Catch::Contains("Behaviour matters too"));
  }
}

// readers18: `ragft explain` at 80 columns (tmux, a Japanese project) let the terminal break
// most of its lines mid-word: the facts' `fires` lists, the rules that fired, their sources, the
// blockers, the flips and the sources' findings were written one line each whatever the width.
// At a width, every line of the report but the bars and charts fits it, or is one word too long.
TEST_CASE("explain's text at 80 columns: every line fits, or is a single word too long for any line") {
  const Spec spec = test::spec(R"(ragft: 1
project: 東京カスタマーサポート問い合わせ応答アシスタント
facts:
  knowledge_updates: weekly
  knowledge_base_docs: 2500
  labeled_examples: 0
  citations_required: true
)");
  const ExplainEntry explained = make_explain_entry(test::rules(), score_project(test::rules(), spec),
                                                    default_price_sheet(), PerturbationOptions{});
  RenderOptions options;
  options.width = 80;
  std::ostringstream out;
  auto renderer = make_explain_renderer(Format::text, options);
  renderer->begin(out);
  renderer->result(out, explained);
  renderer->end(out);
  std::istringstream lines(out.str());
  int checked = 0;
  for (std::string line; std::getline(lines, line); ++checked) {
    const std::string words = line.substr(std::min(line.size(), line.find_first_not_of(' ')));
    if (display_width(line) > 80 && words.find(' ') != std::string::npos) {
      FAIL_CHECK("wider than 80 columns: " << line);
    }
  }
  CHECK(checked > 40);
}

// readers20: `ragft explain docs/adr/007-rag-over-fine-tuning.md` on an 80-column terminal opened
// with its title and path on one line of 85 columns, and the terminal broke the path mid-word.
// Where they do not fit, the file goes on a line of its own under the title; piped, one line.
TEST_CASE("explain's title puts a file that does not fit the terminal on a line of its own") {
  const Spec spec = test::spec(R"(ragft: 1
project: "ADR 007: Retrieval over fine-tuning for answers"
facts:
  knowledge_updates: weekly
)");
  ExplainEntry explained = make_explain_entry(test::rules(), score_project(test::rules(), spec), default_price_sheet(),
                                              PerturbationOptions{});
  explained.result.file = "docs/adr/007-rag-over-fine-tuning.md"; // 47 + 2 + 36 = 85 columns
  const auto rendered = [&](int width) {
    RenderOptions options;
    options.width = width;
    std::ostringstream out;
    auto renderer = make_explain_renderer(Format::text, options);
    renderer->result(out, explained);
    return out.str();
  };
  CHECK(rendered(80).starts_with(
      "ADR 007: Retrieval over fine-tuning for answers\n  file: docs/adr/007-rag-over-fine-tuning.md\n  verdict: "));
  CHECK(rendered(0).starts_with(
      "ADR 007: Retrieval over fine-tuning for answers  docs/adr/007-rag-over-fine-tuning.md\n  verdict: "));
  CHECK(rendered(85).starts_with(
      "ADR 007: Retrieval over fine-tuning for answers  docs/adr/007-rag-over-fine-tuning.md\n"));
}
