// summary_layout (ask): the summary's label column and title, and the leaning line. Expected
// texts written by hand from what a person should read, not taken from ragft's output.

#include <catch2/catch.hpp>

#include <ragft/ask/summary_layout.hpp>

using namespace ragft;

namespace {

SummaryRow row(std::string label, std::string value) {
  SummaryRow r;
  r.label = std::move(label);
  r.value = std::move(value);
  return r;
}

} // namespace

TEST_CASE("a summary label longer than the old 31-column field does not run into its value") {
  // The default rule base's longest label, 34 characters: it was shown as
  // "quality of the existing RAG system none", then with one space, which still read as one phrase.
  const std::vector<SummaryRow> rows = {row("project", "HR policy chatbot"),
                                        row("quality of the existing RAG system", "none")};
  const std::size_t width = summary_label_width(rows);
  CHECK(width == 34);
  CHECK(summary_row_text(rows[1], width) == "quality of the existing RAG system  none");
  CHECK(summary_row_text(rows[0], width) == "project                             HR policy chatbot");
  // Every value starts in the same column.
  CHECK(summary_row_text(rows[0], width).find("HR") == summary_row_text(rows[1], width).find("none"));
}

TEST_CASE("a label too long for the capped column is still followed by the gap") {
  const std::string long_label(50, 'x');
  const std::vector<SummaryRow> rows = {row(long_label, "yes"), row("budget", "low")};
  const std::size_t width = summary_label_width(rows);
  CHECK(width == k_summary_label_column_max);
  CHECK(summary_row_text(rows[0], width) == long_label + "  yes");
  CHECK(summary_row_text(rows[1], width) == "budget" + std::string(36, ' ') + "low");
}

TEST_CASE("labels are measured in characters, not bytes") {
  // "durée" is 5 characters and 6 bytes: its value lines up with the ASCII row's.
  const std::vector<SummaryRow> rows = {row("durée", "6"), row("budget", "low")};
  const std::size_t width = summary_label_width(rows);
  CHECK(width == 6);
  CHECK(summary_row_text(rows[0], width) == "durée   6");
  CHECK(summary_row_text(rows[1], width) == "budget  low");
}

TEST_CASE("the summary title fits the terminal without cutting a word") {
  CHECK(summary_title(80) == "ragft ask  summary: check the answers, Enter on one to change it");
  // 60 columns cut the full title after "chang"; the wording without the program's name fits.
  CHECK(summary_title(60) == "summary: check the answers, Enter on one to change it");
  CHECK(summary_title(45) == "summary: Enter on an answer to change it");
  CHECK(summary_title(20) == "summary");
  CHECK(summary_title(4) == "summ");
}

TEST_CASE("the leaning marks an option that a hard limit rules out") {
  // The code-review session: fine-tune scores 14 but daily knowledge blocks it, so hybrid (13)
  // leads; without the mark the leaning reads as a mistake.
  Screen s;
  s.known_facts = 5;
  s.leaning.scores[Verdict::rag] = 0.5;
  s.leaning.scores[Verdict::fine_tune] = 14;
  s.leaning.scores[Verdict::hybrid] = 13;
  s.leaning.blocked[Verdict::fine_tune] = true;
  s.leaning.verdict = Verdict::hybrid;
  CHECK(leaning_text(s, 80) == "leaning: hybrid (rag 0.5, fine-tune 14 blocked, hybrid 13)");
  // 58 characters; on 50 columns the blocked score goes, the mark stays.
  CHECK(leaning_text(s, 50) == "leaning: hybrid (rag 0.5, fine-tune blocked, hybrid 13)");
  s.leaning.blocked[Verdict::fine_tune] = false;
  s.leaning.verdict = Verdict::fine_tune;
  CHECK(leaning_text(s, 80) == "leaning: fine-tune (rag 0.5, fine-tune 14, hybrid 13)");
  s.known_facts = 0;
  CHECK(leaning_text(s, 80).empty());
}

TEST_CASE("a summary value too long for its line goes on under its first character") {
  // A project name in a 40-column space (line mode at 46 columns, less the row's number).
  const SummaryRow project = row("project", "Acme customer support assistant for the spring launch");
  const std::vector<std::string> expected = {"project     Acme customer support",
                                             "            assistant for the spring", "            launch"};
  CHECK(summary_row_lines(project, 10, 40) == expected);
  // A row that fits, or no width at all (a pipe), is the one line of summary_row_text.
  CHECK(summary_row_lines(row("budget", "low"), 10, 40) == std::vector<std::string>{"budget      low"});
  CHECK(summary_row_lines(project, 10, 0) == std::vector<std::string>{summary_row_text(project, 10)});
}

TEST_CASE("a summary value with too little room beside its label goes under the label") {
  // With the default rule base's 34-column labels, 40 columns leave 5 for a value.
  const SummaryRow project = row("project", "Acme customer support assistant");
  const std::vector<std::string> expected = {"project", "    Acme customer support assistant"};
  CHECK(summary_row_lines(project, 34, 40) == expected);
}

// readers24: after `private_data: false` (which scores nothing) a product lead read `leaning: rag
// (rag 0, fine-tune 0, hybrid 0)` as a lean towards rag; only the tie order had picked it. A lead
// of nothing names the options tied, those a hard limit rules out left aside.
TEST_CASE("the leaning names the tied options when the verdict leads by nothing") {
  Screen s;
  s.known_facts = 2; // scores all 0: s.leaning as it starts
  CHECK(leaning_text(s, 80) == "leaning: rag, fine-tune and hybrid tied (rag 0, fine-tune 0, hybrid 0)");
  CHECK(leaning_name(s.leaning) == "rag, fine-tune and hybrid tied");
  s.leaning.scores[Verdict::rag] = 3;
  s.leaning.scores[Verdict::hybrid] = 3;
  s.leaning.scores[Verdict::fine_tune] = 3;
  s.leaning.blocked[Verdict::fine_tune] = true; // not an option: not tied
  CHECK(leaning_text(s, 80) == "leaning: rag and hybrid tied (rag 3, fine-tune 3 blocked, hybrid 3)");
  s.leaning.scores[Verdict::hybrid] = 2.5; // a lead of half a point is a lean
  CHECK(leaning_text(s, 80) == "leaning: rag (rag 3, fine-tune 3 blocked, hybrid 2.5)");
}
