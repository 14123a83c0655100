// Written forms found in real ADR repositories (round five): decisions after a colon or after a
// sentence that only weighs an option, titles, statuses in comments, at the end of an ADR or
// beside a documentation site's page status, and the check's closing line. Each expected value is
// what a person reads in the fixture.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/check.hpp>
#include <ragft/adr/findings.hpp>
#include <ragft/adr/folders.hpp>
#include <ragft/rules/loader.hpp>

#include "adr/words.hpp"

using namespace ragft;

namespace {

AdrRecord read(const std::string& text) { return read_adr(text, "adr.md", default_rule_base()); }

std::string status_of(const std::string& text) {
  const AdrRecord r = read(text);
  return std::string(to_string(r.status)) + (r.status_text ? ": " + r.status_text->text : "");
}

std::string decided(const std::string& text) {
  const AdrRecord r = read(text);
  if (!r.decision) {
    return "(none)";
  }
  return r.decision->text + " -> " + (r.decision->verdict ? std::string(to_string(*r.decision->verdict)) : "none");
}

} // namespace

TEST_CASE("decision texts: a colon, and a sentence that only weighs an option", "[adr][forms]") {
  // What follows a colon is read when what comes before it names nothing or says what is not done.
  CHECK(verdict_of_decision_text("Fine-tuning is not needed: use RAG.") == Verdict::rag);
  CHECK(verdict_of_decision_text("Our approach: fine-tune a small model on the tickets.") == Verdict::fine_tune);
  CHECK(verdict_of_decision_text("Hybrid: fine-tuning and retrieval-augmented generation.") == Verdict::hybrid);
  CHECK_FALSE(verdict_of_decision_text("Hybrid: BM25 and dense vectors."));
  // A colon after the options weighed introduces them, not the choice.
  CHECK_FALSE(verdict_of_decision_text("We compared two options: RAG and fine-tuning."));
  CHECK_FALSE(verdict_of_decision_text("The approaches we evaluated: RAG, fine-tuning."));
  // A named approach before the colon is the decision.
  CHECK(verdict_of_decision_text("RAG: answers cite the help centre.") == Verdict::rag);
  // A multi-adapter LoRA design is fine-tuning.
  CHECK(verdict_of_decision_text("We will implement a Multi-LoRA architecture.") == Verdict::fine_tune);
}

TEST_CASE("decision texts: LoRa the radio is not LoRA the fine-tuning", "[adr][forms]") {
  // IoT ADRs choose LoRa (long-range radio) or LoRaWAN; low-rank adaptation is written LoRA/QLoRA.
  CHECK_FALSE(verdict_of_decision_text("We will use LoRa for the field sensors."));
  CHECK_FALSE(verdict_of_decision_text("Use LoRaWAN gateways (LoRa, not NB-IoT)."));
  CHECK_FALSE(adr_words::names_fine_tuning("Sensors report over **LoRa**; the gateway forwards to MQTT."));
  CHECK(verdict_of_decision_text("Fine-tune with LoRA adapters.") == Verdict::fine_tune);
  CHECK(verdict_of_decision_text("We will train lora adapters on the tickets.") == Verdict::fine_tune);
  CHECK(verdict_of_decision_text("QLoRA on a 7B model.") == Verdict::fine_tune);
  // Radio and retrieval in one text: only retrieval is an approach.
  CHECK(verdict_of_decision_text("Answer from the manuals with RAG, the devices reporting over LoRa.") == Verdict::rag);
}

TEST_CASE("the decision: a first sentence that only weighs an option gives way to the next", "[adr][forms]") {
  CHECK(decided("# T\n\n## Decision\n\nWe considered fine-tuning. We chose RAG.\n") ==
        "We considered fine-tuning. We chose RAG. -> rag");
  CHECK(decided("# T\n\n## Decision\n\nFine-tuning was evaluated first. The assistant uses RAG.\n") ==
        "Fine-tuning was evaluated first. The assistant uses RAG. -> rag");
  // The next sentence names nothing: the first is the decision.
  CHECK(decided("# T\n\n## Decision\n\nOf the options considered, RAG fits best. It is cheap.\n") ==
        "Of the options considered, RAG fits best. -> rag");
  // A sentence that decides is read alone, whatever follows.
  CHECK(decided("# T\n\n## Decision\n\nWe chose RAG. Fine-tuning may come later.\n") == "We chose RAG. -> rag");
  CHECK(decided("# T\n\n## Decision\n\nFine-tuning is not needed: use RAG.\n") ==
        "Fine-tuning is not needed: use RAG. -> rag");
}

TEST_CASE("the title: never a template's section heading", "[adr][forms]") {
  const auto title = [](const std::string& text) {
    const AdrRecord r = read(text);
    return r.title ? r.title->text : std::string("(none)");
  };
  CHECK(title("## Context\n\nWe need answers.\n\n## Decision\n\nUse RAG.\n") == "(none)");
  CHECK(title("## Status\n\nAccepted\n\n## Context\n\nx\n") == "(none)");
  CHECK(title("### ADR-011: Use X\n\n## Context\n\nx\n") == "ADR-011: Use X");
  CHECK(title("## Context\n\nx\n\n# Use RAG\n") == "Use RAG");
  // Without a title, the checked project is named by the file.
  const AdrRecord r = read("## Context\n\nx\n\n## Decision\n\nUse RAG.\n\n```ragft\nfacts:\n  budget: low\n```\n");
  REQUIRE(r.spec);
  CHECK(r.spec->project == "adr");
}

TEST_CASE("status: HTML comments, the end of an ADR, a documentation site's page status", "[adr][forms]") {
  // A comment in the status line (a template's list of values) is not read; a comment block neither.
  CHECK(status_of("# T\n\n* Status: <!-- proposed | rejected | accepted --> accepted\n") == "accepted: accepted");
  CHECK(status_of("# T\n\n* Status: <!-- proposed |\n  rejected --> accepted\n") == "accepted: accepted");
  // A comment that spans lines of the paragraph: its lines are no status lines.
  CHECK(status_of("# T\n\nStatus: accepted <!-- one of:\nStatus: rejected\n| Status | Superseded |\n-->\n") ==
        "accepted: accepted");
  CHECK(status_of("# T\n\n<!--\n| Status | Rejected |\n|---|---|\n-->\n\n## Status\n\nAccepted\n") ==
        "accepted: Accepted");
  // A bold status paragraph at the end, when the ADR writes none where a status is read.
  CHECK(status_of("# T\n\n## Context\n\nx\n\n## Consequences\n\ny\n\n**Status:** Accepted for now.\n") ==
        "accepted: Accepted for now.");
  // Not when a status is written where it is read, nor in a sub-section (a component's, an
  // option's), nor without bold.
  CHECK(status_of("# T\n\n## Status\n\nProposed\n\n## Notes\n\n**Status:** Rejected\n") == "proposed: Proposed");
  CHECK(status_of("# T\n\n## Options\n\n### Option 2\n\n**Status:** Rejected\n") == "none");
  CHECK(status_of("# T\n\n## Context\n\nStatus: rejected by the vendor.\n") == "none");
  // A documentation site's page status in the front matter yields to the ADR's own.
  CHECK(status_of("---\nstatus: stable\n---\n# T\n\n**Status**: Accepted\n") == "accepted: Accepted");
  CHECK(status_of("---\nstatus: stable\n---\n# T\n\n## Context\n\nx\n") == "other: stable");
  CHECK(status_of("---\nstatus: accepted\n---\n# T\n\n**Status**: Proposed\n") == "accepted: accepted");
  // A common misspelling.
  CHECK(parse_adr_status("Depreciated.") == AdrStatus::deprecated);
}

TEST_CASE("the closing line says what skipped means", "[adr][forms]") {
  CheckSummary s;
  s.adrs = 5;
  s.scored = 1;
  s.skipped = 3;
  s.skipped_by_status[static_cast<std::size_t>(AdrStatus::superseded)] = 2;
  s.skipped_by_status[static_cast<std::size_t>(AdrStatus::rejected)] = 1;
  s.without_facts = 1;
  CHECK(check_summary_text(s) == "5 ADR(s): 1 checked, 3 skipped as not in force (1 rejected, 2 superseded), "
                                 "1 without facts; 0 error(s), 0 warning(s), 0 note(s)");
  CheckSummary none;
  none.adrs = 1;
  none.without_facts = 1;
  CHECK(check_summary_text(none) == "1 ADR(s): 0 checked, 0 skipped as not in force, 1 without facts; 0 error(s), "
                                    "0 warning(s), 0 note(s)");
}

TEST_CASE("a byte that is not UTF-8: one hint, Windows-1252", "[adr][forms]") {
  const AdrEntry e = check_adr(read("# T\n\nCaf\xE9\n\n```ragft\nfacts:\n  budget: low\n```\n"), default_rule_base());
  bool hinted = false;
  for (const Finding& f : e.findings) {
    hinted = hinted || (f.rule == "adr-text-encoding" && f.message.find("iconv -f windows-1252 -t utf-8") != std::string::npos);
  }
  CHECK(hinted);
  CHECK(adr_file_skip_reason("INSTRUCTIONS.md") == "instructions for writing ADRs, not an ADR");
}

TEST_CASE("supersession: a part of an ADR, and a number several ADRs share", "[adr][forms]") {
  std::vector<AdrRecord> records;
  records.push_back(read_adr("# A\n\n## Status\n\nAccepted\n", "0053-box-migration.md", default_rule_base()));
  records.push_back(read_adr("# B\n\n## Status\n\nAccepted\n", "0053-fix-pipeline.md", default_rule_base()));
  records.push_back(read_adr("# C\n\n## Status\n\nAccepted\n", "0054-cache.md", default_rule_base()));
  records.push_back(read_adr("# D\n\n**Status**: Accepted\n**Supersedes**: ADR 0053 \xC2\xA7" "7 \"Bootstrap\" behaviour\n",
                             "0057-schema.md", default_rule_base()));
  records.push_back(read_adr("# E\n\n* Status: accepted\n* Supersedes: ADR 0053\n", "0058-x.md", default_rule_base()));
  records.push_back(read_adr("# F\n\n* Status: accepted\n* Supersedes: section 2 of ADR 0054\n", "0059-y.md",
                             default_rule_base()));
  records.push_back(read_adr("# G\n\n* Status: accepted\n* Supersedes: ADR 0054\n", "0060-z.md", default_rule_base()));
  resolve_supersession(records);
  // Only section 7 of one of the two ADRs 0053 is superseded, and "ADR 0053" could be either.
  CHECK(records[0].status == AdrStatus::accepted);
  CHECK(records[1].status == AdrStatus::accepted);
  // A section of ADR 0054 is no supersession of it; ADR 0054 as a whole, by its only number, is.
  CHECK(records[2].status == AdrStatus::superseded);
  CHECK(records[2].status_text->text == "superseded by 0060-z.md (written there)");
}
