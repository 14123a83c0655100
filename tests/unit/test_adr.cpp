// The ADR reader: status in its written forms, the recorded decision from fixed places only, the
// facts with their lines in the ADR file, and the check's findings.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/check.hpp>
#include <ragft/adr/findings.hpp>
#include <ragft/adr/folders.hpp>
#include <ragft/rules/loader.hpp>

#include "adr_read_helpers.hpp"
#include "helpers.hpp"

using namespace ragft;

namespace {

using test::check;
using test::k_rag_facts;
using test::read;

std::string fenced(const std::string& yaml) { return "```ragft\n" + yaml + "```\n"; }

// The message of an entry's contradiction finding, empty when it has none.
std::string contradiction(const AdrEntry& e) {
  const auto it =
      std::find_if(e.findings.begin(), e.findings.end(), [](const Finding& f) { return f.rule == k_adr_contradicts; });
  return it == e.findings.end() ? std::string() : it->message;
}

using test::has;

} // namespace

TEST_CASE("status is read in each written form and normalised", "[adr]") {
  CHECK(read("---\nstatus: accepted\n---\n# T\n").status == AdrStatus::accepted);
  CHECK(read("# T\n\n## Status\n\nACCEPTED\n").status == AdrStatus::accepted);
  CHECK(read("# T\n\n* Status: proposed\n* Date: 2024\n").status == AdrStatus::proposed);
  CHECK(read("# T\n\n**Status:** Deprecated  \n**Date:** 2024\n").status == AdrStatus::deprecated);
  CHECK(read("# T\n\n| Field | Value |\n|---|---|\n| Status | Rejected |\n").status == AdrStatus::rejected);
  CHECK(read("# T\n\n## Estado\n\nAceptado (2024-12)\n").status == AdrStatus::accepted);
  CHECK(read("# T\n\n## Status\n\nSuperceded by [2. X](0002-x.md)\n").status == AdrStatus::superseded);
  CHECK(read("# T\n\n## Context\n\nNo status here.\n").status == AdrStatus::none);
}

TEST_CASE("an unknown status is reported, not fatal", "[adr]") {
  const AdrRecord r =
      read("---\nstatus: experimental\nragft:\n  facts: {knowledge_updates: daily}\n  decision: rag\n---\n# T\n");
  CHECK(r.status == AdrStatus::other);
  REQUIRE(r.status_text);
  CHECK(r.status_text->where.line == 2);
  CHECK(r.status_text->where.column == 9);
  const AdrEntry e = check_adr(r, default_rule_base());
  REQUIRE_FALSE(e.findings.empty()); // then a note on the unknown facts that could change its verdict
  CHECK(e.findings[0].rule == k_adr_status_unknown);
  CHECK(e.findings[0].severity == Severity::note);
  CHECK(e.findings[0].message.find("checked as if it were in force") != std::string::npos);
  // Without facts the ADR is not checked, so "checked as if it were in force" would be untrue: no note.
  CHECK(check_adr(read("---\nstatus: experimental\n---\n# T\n"), default_rule_base()).findings.empty());
}

TEST_CASE("two Status headings: the later one, or superseded wherever it is written", "[adr]") {
  CHECK(read("# T\n\n## Status\n\nProposed\n\n## Decision\n\nX.\n\n## Status\n\nAccepted\n").status ==
        AdrStatus::accepted);
  CHECK(read("# T\n\n## Status\n\nSuperseded by ADR-9\n\n## Status\n\nAccepted\n").status == AdrStatus::superseded);
  CHECK(read("# T\n\n## Status\n\nAccepted\n\nSuperseded By: None\n").status == AdrStatus::accepted);
}

TEST_CASE("supersession written on one side only is resolved", "[adr]") {
  std::vector<AdrRecord> records;
  records.push_back(read_adr("# 1. Old\n\n## Status\n\nAccepted\n", "docs/0001-old.md", default_rule_base()));
  records.push_back(read_adr("# 2. New\n\n* Status: accepted\n\n## Links\n\n* Supersedes [1. Old](0001-old.md)\n",
                             "docs/0002-new.md", default_rule_base()));
  resolve_supersession(records);
  CHECK(records[0].status == AdrStatus::superseded);
  CHECK(records[1].status == AdrStatus::accepted);
}

TEST_CASE("the decision comes from the fixed places, in order", "[adr]") {
  SECTION("the ragft block's decision first") {
    const AdrRecord r = read("# T\n\nChosen option: \"RAG\"\n\n" + fenced("decision: fine-tune\n" + k_rag_facts));
    REQUIRE(r.decision);
    CHECK(r.decision->place == "decision key");
    CHECK(r.decision->verdict == Verdict::fine_tune);
    CHECK(r.decision->where.line == 6);
    CHECK(r.decision->where.column == 11);
  }
  SECTION("MADR's chosen option, quoted") {
    const AdrRecord r =
        read("# T\n\n## Decision Outcome\n\nChosen option: \"Fine-tune Llama\", because RAG is slow.\n");
    REQUIRE(r.decision);
    CHECK(r.decision->text == "Fine-tune Llama");
    CHECK(r.decision->verdict == Verdict::fine_tune);
    CHECK(r.decision->where.line == 5);
    CHECK(r.decision->where.column == 17);
  }
  SECTION("bold chosen option without quotes") {
    const AdrRecord r = read("# T\n\n**Chosen option:** RAG over the docs, because they change.\n");
    REQUIRE(r.decision);
    CHECK(r.decision->text == "RAG over the docs");
    CHECK(r.decision->verdict == Verdict::rag);
    CHECK(r.decision->where.column == 20);
  }
  SECTION("first sentence of the Decision section") {
    const AdrRecord r = read("# T\n\n## Decision\n\nWe will use RAG rather than fine-tuning. Fine-tuning later.\n");
    REQUIRE(r.decision);
    CHECK(r.decision->text == "We will use RAG rather than fine-tuning.");
    CHECK(r.decision->verdict == Verdict::rag);
  }
  SECTION("never from keywords elsewhere") {
    const AdrRecord r = read("# T\n\n## Context\n\nWe will fine-tune a model.\n\n```\nChosen option: \"RAG\"\n```\n");
    CHECK_FALSE(r.decision);
  }
}

TEST_CASE("Mermaid blocks are never read: not for the decision, the status or fine-tuning", "[adr]") {
  // A chart right under the Decision heading, holding words each reader looks for.
  const std::string chart = "```mermaid\nxychart-beta\n  title \"Chosen option: Fine-tuning\"\n"
                            "  x-axis \"Status: superseded\" [\"fine-tune\", \"rag\"]\n  bar [1, 2]\n```\n\n";
  const AdrRecord r =
      read("# T\n\n## Status\n\nAccepted\n\n## Decision\n\n" + chart + "We will use RAG. Later more.\n");
  REQUIRE(r.decision);
  CHECK(r.decision->place == "decision section");
  CHECK(r.decision->text == "We will use RAG.");
  CHECK(r.decision->verdict == Verdict::rag);
  CHECK(r.status == AdrStatus::accepted);
  CHECK_FALSE(r.weighs_fine_tuning);
  CHECK(r.links.empty());
  CHECK_FALSE(read("# T\n\n## Decision\n\n" + chart).decision);
}

TEST_CASE("decision texts: rejected options and hybrid search are not misread", "[adr]") {
  CHECK(verdict_of_decision_text("RAG over the help centre") == Verdict::rag);
  CHECK(verdict_of_decision_text("We will use RAG instead of fine-tuning") == Verdict::rag);
  CHECK(verdict_of_decision_text("Retrieval-augmented generation, not a fine-tuned model") == Verdict::rag);
  CHECK(verdict_of_decision_text("Fine-tune a small model") == Verdict::fine_tune);
  CHECK(verdict_of_decision_text("LoRA-first + RAG") == Verdict::hybrid);
  CHECK(verdict_of_decision_text("Hybrid: RAG plus a fine-tuned model") == Verdict::hybrid);
  CHECK(verdict_of_decision_text("hybrid") == Verdict::hybrid);
  CHECK_FALSE(verdict_of_decision_text("We will use hybrid search (dense + sparse)"));
  CHECK_FALSE(verdict_of_decision_text("Hybrid retrieval with reciprocal rank fusion"));
  CHECK(verdict_of_decision_text("RAG with hybrid search") == Verdict::rag);
  CHECK(verdict_of_decision_text("RAG with a fine-tuned embedding model") == Verdict::rag);
  CHECK_FALSE(verdict_of_decision_text("PostgreSQL 16 + pgvector"));
}

TEST_CASE("facts: front matter or fenced block, errors at their ADR lines", "[adr]") {
  SECTION("front matter") {
    const AdrRecord r = read("---\nstatus: accepted\nragft:\n  facts:\n    knowledge_updates: daily\n---\n# T\n");
    REQUIRE(r.spec);
    CHECK(r.spec->project == "T");
    CHECK(r.facts_where->line == 3);
  }
  SECTION("an unknown fact in a fenced block") {
    const AdrRecord r = read("# T\n\nText.\n\n```ragft\nfacts:\n  knowlege_updates: daily\n```\n");
    CHECK_FALSE(r.spec);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where.line == 7);
    CHECK(r.errors[0].where.column == 3);
    CHECK(r.errors[0].message.find("did you mean `knowledge_updates`") != std::string::npos);
  }
  SECTION("an indented fence keeps the file's columns") {
    const AdrRecord r = read("# T\n\n- item\n\n  ```ragft\n  facts: {knowledge_updates: sometimes}\n  ```\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where.line == 6);
    CHECK(r.errors[0].where.column == 30);
  }
  SECTION("a YAML syntax error") {
    const AdrRecord r = read("# T\n\n```ragft\nfacts: [\n```\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].where.line >= 4);
  }
  SECTION("Markdown emphasis is not a YAML alias") {
    std::string text = "# T\n\n";
    for (int i = 0; i < 50; ++i) {
      text += "**bold** *x*\n";
    }
    CHECK(read(text).errors.empty());
  }
}

TEST_CASE("check: contradiction, unreadable decision, missing facts, suppression", "[adr]") {
  SECTION("consistent") {
    const AdrEntry e =
        check("# T\n\n## Status\n\nAccepted\n\n" + fenced(k_rag_facts) + "\n## Decision\n\nWe use RAG.\n");
    CHECK(e.findings.empty());
    REQUIRE(e.result);
    CHECK(e.result->verdict == Verdict::rag);
  }
  SECTION("contradicting") {
    const AdrEntry e = check("# T\n\n" + fenced(k_rag_facts) + "\n## Decision\n\nWe will fine-tune a model.\n");
    REQUIRE(e.findings.size() == 1);
    CHECK(e.findings[0].rule == k_adr_contradicts);
    CHECK(e.findings[0].severity == Severity::error);
    CHECK(e.findings[0].where.line == 19);
    CHECK(e.findings[0].where.column == 1);
  }
  SECTION("superseded: skipped") {
    const AdrEntry e = check("# T\n\n## Status\n\nSuperseded\n\n" + fenced("decision: fine-tune\n" + k_rag_facts));
    CHECK(e.findings.empty());
    CHECK(e.skipped == "superseded");
  }
  SECTION("a decision that names no verdict") {
    const AdrEntry e = check("# T\n\n" + fenced(k_rag_facts) + "\n## Decision\n\nWe use hybrid search.\n");
    REQUIRE(e.findings.size() == 1);
    CHECK(e.findings[0].rule == k_adr_decision_unreadable);
    CHECK(e.findings[0].severity == Severity::warning);
  }
  SECTION("fine-tuning named only as a rejected option, no facts") {
    const AdrEntry e = check("# T\n\n## Decision Outcome\n\nChosen option: \"RAG\", because fine-tuning needs data.\n");
    REQUIRE(e.findings.size() == 1);
    CHECK(e.findings[0].rule == k_adr_facts_missing);
    CHECK(e.findings[0].message.find("means rag") != std::string::npos);
  }
  SECTION("a RAG pipeline's own choice without facts is not a RAG/fine-tuning decision") {
    CHECK(check("# T\n\n## Decision\n\nOur RAG pipeline uses the granite embeddings.\n").findings.empty());
  }
  SECTION("suppressed findings are kept with their reason") {
    const AdrEntry e = check(
        "# T\n\n" +
        fenced("ragft-ignore:\n  - rule: adr-decision-contradicts\n    reason: legal requires it\n" + k_rag_facts) +
        "\n## Decision\n\nWe will fine-tune a model.\n");
    CHECK(e.findings.empty());
    REQUIRE(e.suppressed.size() == 1);
    CHECK(e.suppressed[0].reason == "legal requires it");
  }
  SECTION("a suppression without a reason is invalid") {
    const AdrRecord r = read("# T\n\n" + fenced("ragft-ignore:\n  - rule: adr-facts-unknown\n" + k_rag_facts));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("needs a `reason`") != std::string::npos);
    CHECK(r.errors[0].where.line == 5);
  }
}

// The quirks of real ADR repositories (issue 15), each in a small fixture written for this test.

TEST_CASE("an ADR without facts never fails: at most a note, for a decision that reads as RAG or fine-tuning",
          "[adr][quirks]") {
  SECTION("hybrid alone is no LLM approach") {
    CHECK(check("# T\n\n## Decision\n\nWe move to a hybrid cloud.\n").findings.empty());
    CHECK(check("# T\n\n## Decision\n\nHybrid handling of PII: mask at the edge, encrypt at rest.\n").findings.empty());
    CHECK(check("# T\n\nChosen option: \"Blazor Hybrid\", because one code base serves all.\n").findings.empty());
  }
  SECTION("fine-tuning mentioned in the prose, not the decision") {
    CHECK(check("# T\n\n## Context\n\nSomeone asked about fine-tuning.\n\n## Decision\n\nWe use Kafka.\n")
              .findings.empty());
  }
  SECTION("a recorded fine-tuning decision: a note") {
    const AdrEntry e = check("# T\n\nChosen option: \"Fine-tune a small model\"\n");
    REQUIRE(e.findings.size() == 1);
    CHECK(e.findings[0].rule == k_adr_facts_missing);
    CHECK(e.findings[0].severity == Severity::note);
  }
}

TEST_CASE("status from where a person reads it", "[adr][quirks]") {
  SECTION("a table with a Status column further down does not override the Status heading") {
    const AdrRecord r = read("# T\n\n## Status: Accepted\n\n## Context\n\nTasks:\n\n| Task | Status |\n|---|---|\n"
                             "| migrate | Rejected |\n| Status | Superseded |\n");
    CHECK(r.status == AdrStatus::accepted);
  }
  SECTION("a Status: line in the prose further down is not the status") {
    CHECK(read("# T\n\n* Status: proposed\n\n## Context\n\nStatus: rejected by the vendor.\n").status ==
          AdrStatus::proposed);
  }
  SECTION("a table header named Status is not a status") {
    CHECK(read("# T\n\n| Status | Owner |\n|---|---|\n| Accepted | Ana |\n").status == AdrStatus::none);
    CHECK(read("# T\n\n| Status | Accepted |\n|---|---|\n| Date | 2024-01-02 |\n").status == AdrStatus::accepted);
  }
  SECTION("Superseded by: none, in its written forms, is not superseded") {
    CHECK(read("# T\n\n**Status:** Accepted  \n**Superseded By:** None (subject to re-evaluation)\n").status ==
          AdrStatus::accepted);
    CHECK(read("# T\n\n* Status: accepted\n* Superseded by: —\n").status == AdrStatus::accepted);
    CHECK(read("# T\n\n* Status: accepted\n* Superseded by: n/a\n").status == AdrStatus::accepted);
    CHECK(read("# T\n\n* Status: accepted\n* Superseded by: [ADR 12](0012-x.md)\n").status == AdrStatus::superseded);
  }
  SECTION("emoji and other decoration around the word") {
    CHECK(parse_adr_status("✅ Accepted") == AdrStatus::accepted);
    CHECK(parse_adr_status("❌ Rejected") == AdrStatus::rejected);
    CHECK(parse_adr_status("⌛️ Superseded 0019") == AdrStatus::superseded);
    CHECK(parse_adr_status("⚠️ Accepted (with conditions)") == AdrStatus::accepted);
    CHECK(parse_adr_status("🚧 Proposed") == AdrStatus::proposed);
    CHECK(parse_adr_status("**[Deprecated]**") == AdrStatus::deprecated);
  }
  SECTION("a rejected ADR with facts is not checked") {
    const AdrEntry e = check("# T\n\n## Status\n\n❌ Rejected\n\n" + fenced(k_rag_facts) +
                             "\n## Decision\n\nWe will fine-tune a model.\n");
    CHECK(e.findings.empty());
    CHECK(e.skipped == "rejected");
  }
}

TEST_CASE("status written as a label paragraph, a definition, a Decision Status row, in a Metadata section",
          "[adr][quirks]") {
  const auto status = [](const std::string& text) {
    const AdrRecord r = read(text);
    return std::string(to_string(r.status)) + (r.status_text ? " @" + std::to_string(r.status_text->where.line) : "");
  };
  // A document converted from a word processor: bold paragraphs for headings, the value below.
  CHECK(status("**Grading assistant**\n\n**8. Decision Status**\n\nIn Progress\n\n**3. Decision**\n\nUse RAG.\n") ==
        "proposed @5");
  CHECK(status("# T\n\n**Status**\n\nRejected\n\n**Context**\n\nx\n") == "rejected @5");
  // Numbered, it is a heading wherever it is: a converted table's rule may have made a Markdown
  // heading of the line above it.
  CHECK(status("**1. Context**\n\nx\n\n  Risk   Impact\n  ------ ------\n\n**8. Decision Status**\n\n-   "
               "\xF0\x9F\x9F\xA1 **In Progress** (pilot)\n") == "proposed @10");
  CHECK(status("# T\n\n**Status:**  \nDeprecated\n\n## Context\n\nx\n") == "deprecated @4");
  // A definition list (`Status` then `: value`, PHP Markdown Extra and Pandoc) and AsciiDoc's `Status::`.
  CHECK(status("# T\n\nStatus\n: Rejected\n\n## Decision\n\nUse RAG.\n") == "rejected @4");
  CHECK(status("# T\n\nStatus:: Superseded by ADR-7\n\n## Decision\n\nUse RAG.\n") == "superseded @3");
  CHECK(read("# T\n\nStatus:: Rejected\n").status_text->text == "Rejected");
  // `Decision Status` in a metadata table or list, also under a Metadata heading.
  CHECK(status("# T\n\n| Field | Value |\n|---|---|\n| **Decision Status** | Rejected |\n\n## Context\n\nx\n") ==
        "rejected @5");
  CHECK(status("# T\n\n## Context\n\nx\n\n## Metadata\n\n- **Decision Status**: Rejected\n- Date: 2024\n") ==
        "rejected @9");
  CHECK(status("# T\n\n## Context\n\nx\n\n## Document information\n\n| Status | Deprecated |\n|---|---|\n") ==
        "deprecated @9");
  CHECK(
      status(
          "# T\n\n## Architecture Decision Record\n\n**Status**: Deprecated  \n**Date**: 2025\n\n## Context\n\nx\n") ==
      "deprecated @5");
  // The first heading is the title whatever its level; the status lines below it are the preamble.
  CHECK(status("---\n### ADR-011: Use X\nStatus: Rejected\nContext: y\n") == "rejected @3");
  CHECK(status("## Status\n\nRejected\n") == "rejected @3");
  // A checklist of the statuses: the ticked one.
  CHECK(status("# T\n\n## Status\n\n- [ ] Proposed\n- [ ] Accepted\n- [x] Rejected\n\n## Context\n\nx\n") ==
        "rejected @7");
  CHECK(status("# T\n\n## Status\n\n- [X] Draft\n- [ ] Accepted\n") == "proposed @5");
  // Not the ADR's status: a table of contents item, a label paragraph further down, another section.
  CHECK(status("# T\n\n* [Status](#status)\n* [Context](#context)\n\n## Context\n\nx\n") == "none");
  CHECK(status("# T\n\n## Context\n\nx\n\n**Status**\n\nRejected by the vendor.\n") == "none");
  CHECK(status("# T\n\n## Implementation\n\n- Status: rejected\n") == "none");
}

TEST_CASE("the decision: headings with suffixes, sub-headings, nested quotes", "[adr][quirks]") {
  const auto decided = [](const std::string& text) {
    const AdrRecord r = read(text);
    return r.decision ? r.decision->text : std::string("(none)");
  };
  CHECK(decided("# T\n\n## Decision: two datasets\n\nWe fine-tune on both datasets.\n") ==
        "We fine-tune on both datasets.");
  CHECK(decided("# T\n\n## Decision (proposed)\n\nUse RAG.\n") == "Use RAG.");
  CHECK(decided("# T\n\n## Decision (Proposed Workflow Solution):\n\nRetrieve first.\n") == "Retrieve first.");
  CHECK(decided("# T\n\n## Decision Outcome\n\nChosen option: \"RAG\"\n") == "RAG");
  CHECK(decided("# T\n\n## Decisions we skipped\n\nFine-tune.\n") == "(none)");
  // A plural heading over one sub-heading per decision (a real adr-tools record): the first is read.
  CHECK(decided("# T\n\n## Status\n\nAccepted\n\n## Decisions\n\n### Answers\n\nWe answer with RAG.\n\n### Hosting\n\n"
                "Fine-tune nothing.\n") == "We answer with RAG.");
  CHECK(decided("# T\n\n## Entscheidungen\n\nWir nutzen RAG.\n") == "Wir nutzen RAG.");
  CHECK(decided("# T\n\n## Decision & Changes\n\nMove to RAG.\n") == "Move to RAG.");
  // MADR's "Decision Outcome" translated (a Portuguese MADR record).
  CHECK(decided("# T\n\n## Resultado da decisão\n\nUsaremos RAG. Mais tarde.\n") == "Usaremos RAG.");
  CHECK(decided("# T\n\n## Resultado de la decisión\n\nUsaremos RAG.\n") == "Usaremos RAG.");
  CHECK(decided("# T\n\n## Decision and consequences\n\nMove to RAG.\n") == "Move to RAG.");
  // A path or URL names an endpoint or a file, not the approach.
  CHECK_FALSE(verdict_of_decision_text("Implement POST /v1/rag/pdfs as the ingestion endpoint."));
  CHECK_FALSE(verdict_of_decision_text("Store the notes in docs/finetune/notes.md."));
  CHECK_FALSE(verdict_of_decision_text("Follow https://example.com/rag for the setup."));
  CHECK(verdict_of_decision_text("Serve RAG answers from /v1/answers.") == Verdict::rag);
  SECTION("a section that opens with a sub-heading") {
    CHECK(
        decided(
            "# T\n\n## Decision\n\n### Summary\n\nWe use RAG over the wiki. More later.\n\n## Consequences\n\nX.\n") ==
        "We use RAG over the wiki.");
  }
  SECTION("a sub-heading does not end the section, the next section does") {
    CHECK(decided("# T\n\n## Decision\n\n### Notes\n\n## Consequences\n\nWe fine-tune.\n") == "(none)");
  }
  SECTION("nested quotes in the chosen option") {
    CHECK(decided("# T\n\nChosen option: \"Use \"retrieval-augmented\" answers\", because they cite.\n") ==
          "Use \"retrieval-augmented\" answers");
    CHECK(decided("# T\n\nChosen option: \"Fine-tune \"small\"\".\n") == "Fine-tune \"small\"");
  }
}

TEST_CASE("decision texts: negations keep what is kept, aliases are whole words", "[adr][quirks]") {
  CHECK(verdict_of_decision_text("Fine-tuning was rejected in favour of RAG.") == Verdict::rag);
  CHECK(verdict_of_decision_text("We moved away from RAG in favor of a fine-tuned model") == Verdict::fine_tune);
  CHECK_FALSE(verdict_of_decision_text("We will not fine-tune the model; retrieval is used instead."));
  CHECK(verdict_of_decision_text("We will not fine-tune the model; RAG is used instead.") == Verdict::rag);
  CHECK(verdict_of_decision_text("Use RAG rather than fine-tuning") == Verdict::rag);
  CHECK(verdict_of_decision_text("Fine-tuning was rejected") == std::nullopt);
  CHECK(verdict_of_decision_text("We decided against fine-tuning") == std::nullopt);
  CHECK(verdict_of_decision_text("Use RAG; fine-tuning may come later") == Verdict::rag);
  CHECK_FALSE(verdict_of_decision_text("We run on a hybrid cloud; fine-tuning was discussed elsewhere."));
  CHECK(verdict_of_decision_text("Use FT.") == Verdict::fine_tune);
  CHECK_FALSE(verdict_of_decision_text("Use the draft template"));
  CHECK_FALSE(verdict_of_decision_text("Store fragments in S3"));
  CHECK(verdict_of_decision_text("Hybrid: retrieval-augmented generation with a fine-tuned model") == Verdict::hybrid);
  CHECK(verdict_of_decision_text("Hybrid RAG with BM25 and vectors") == Verdict::rag);
  CHECK_FALSE(verdict_of_decision_text("Hybrid cloud"));
}

TEST_CASE("decision texts: a negation after the approach it negates", "[adr][quirks]") {
  CHECK_FALSE(verdict_of_decision_text("RAG is not used."));
  CHECK_FALSE(verdict_of_decision_text("Retrieval-augmented generation will not be used for grading."));
  CHECK_FALSE(verdict_of_decision_text("Fine-tuning isn't needed."));
  CHECK_FALSE(verdict_of_decision_text("Fine-tuning won\u2019t be pursued."));
  CHECK_FALSE(verdict_of_decision_text("RAG has never been considered."));
  CHECK_FALSE(verdict_of_decision_text("RAG was rejected."));
  CHECK_FALSE(verdict_of_decision_text("We will not use fine-tuning."));
  // The next clause says what is done instead.
  CHECK(verdict_of_decision_text("RAG is not used; the model is fine-tuned on our tickets.") == Verdict::fine_tune);
  // A negation that is not about the approach before it.
  CHECK(verdict_of_decision_text("Use RAG, which is not fine-tuning.") == Verdict::rag);
  CHECK(verdict_of_decision_text("RAG, not fine-tuning, is used.") == Verdict::rag);
  CHECK(verdict_of_decision_text("Use RAG and not fine-tuning.") == Verdict::rag);
  CHECK(verdict_of_decision_text("We use RAG because the documents do not change often.") == Verdict::rag);
  // A comma after the approach: the negation is about what follows it, as with `RAG, not ...`.
  CHECK(verdict_of_decision_text("Fine-tuning, not RAG.") == Verdict::fine_tune);
  CHECK(verdict_of_decision_text("We use fine-tuning, no RAG.") == Verdict::fine_tune);
  CHECK(verdict_of_decision_text("Fine-tuning, no retrieval.") == Verdict::fine_tune);
  // `no matter` is an idiom, not a negation; `no longer` is one.
  CHECK(verdict_of_decision_text("We will use RAG no matter what.") == Verdict::rag);
  CHECK_FALSE(verdict_of_decision_text("RAG no longer used."));
}

TEST_CASE("decision texts of real LLM ADRs: deferred, declined for now, model and store choices", "[adr][quirks]") {
  // Deferring or postponing an approach decides against it for now.
  CHECK_FALSE(verdict_of_decision_text("Defer retrieval-augmented generation until the API settles."));
  CHECK_FALSE(verdict_of_decision_text("Postpone fine-tuning until we have labelled tickets."));
  CHECK_FALSE(verdict_of_decision_text("We put off fine-tuning; the prompt carries examples."));
  // A clause that opens with "no" says what is not done; the next clause may say what is.
  CHECK_FALSE(verdict_of_decision_text("No fine-tuning for now."));
  CHECK(verdict_of_decision_text("No fine-tuning for now; answers come from RAG.") == Verdict::rag);
  CHECK(verdict_of_decision_text("Answer with RAG; no fine-tuning.") == Verdict::rag);
  CHECK(verdict_of_decision_text("Use RAG with no fine-tuning.") == Verdict::rag);
  // Choosing an embedding model, a vector store or a base model names no approach.
  CHECK_FALSE(verdict_of_decision_text("Adopt a multilingual embedding model for the document pipeline."));
  CHECK_FALSE(verdict_of_decision_text("Use Postgres with pgvector instead of a hosted vector database."));
  CHECK_FALSE(verdict_of_decision_text("Use a 4B instruct model, quantised, as the base model."));
  // Retrieval with a fine-tuned model is the hybrid verdict.
  CHECK(verdict_of_decision_text(
            "We will build a hybrid grader: retrieval-augmented generation with a fine-tuned model.") ==
        Verdict::hybrid);
}

TEST_CASE("the decision: label paragraphs and label lines where there are no headings", "[adr][quirks]") {
  const auto decided = [](const std::string& text) {
    const AdrRecord r = read(text);
    return r.decision ? r.decision->text + " @" + std::to_string(r.decision->where.line) : std::string("(none)");
  };
  // A document converted from a word processor: bold paragraphs as headings.
  CHECK(decided("**Record**\n\n**2. Context**\n\nGrading is slow.\n\n**3. Decision**\n\nWe will use RAG for grading. "
                "More.\n\n**4. Consequences**\n\nFaster.\n") == "We will use RAG for grading. @9");
  // Further down, a converted table's rule under a line makes it a heading to Markdown: the label
  // before it is still read.
  CHECK(decided("**3. Decision**\n\nWe will use RAG.\n\n**5. Costs**\n\n  Item   Cost\n  ------ -----\n") ==
        "We will use RAG. @3");
  CHECK(decided("# T\n\nDecision:\n\nFine-tune the classifier.\n") == "Fine-tune the classifier. @5");
  // `Decision:` lines among `Status:` and `Context:` lines, bold or not.
  CHECK(decided("### ADR-6: Retrieval\n\nStatus: Inferred\nContext: Answers need grounding.\nDecision: Provide "
                "retrievers for RAG. Later more.\nConsequences: infra.\n") == "Provide retrievers for RAG. @5");
  CHECK(decided("### ADR-2\n\n**Status:** Proposed\n\n**Decision:** Fine-tune a small model. Then test.\n") ==
        "Fine-tune a small model. @5");
  // Labels that are not the Decision: drivers, makers, a decision's status.
  CHECK(decided("# T\n\nDecision drivers: cost.\n\nDecision makers: Ann.\n\n**Decision Status**\n\nUse RAG.\n") ==
        "(none)");
  // A real Decision heading comes first when it comes first.
  CHECK(decided("# T\n\n## Decision\n\nUse RAG.\n\nDecision: fine-tune.\n") == "Use RAG. @5");
  // In an ADR with sections, a `Decision:` line is an alternative's, not the ADR's.
  CHECK(
      decided("# T\n\n## Context\n\nX.\n\n## Alternatives\n\n**Decision: Rejected.** Fine-tuning costs too much.\n") ==
      "(none)");
  CHECK(decided("# T\n\n## Options\n\n- Decision: use RAG for search only\n\n**3. Decision**\n\nFine-tune.\n") ==
        "(none)");
}

TEST_CASE("front matter and prose that disagree are a finding of their own", "[adr][quirks]") {
  const std::string text = "---\nstatus: accepted\nragft:\n  decision: rag\n  " +
                           std::string("facts: {knowledge_updates: daily, citations_required: true}\n---\n# T\n\n") +
                           "## Decision Outcome\n\nChosen option: \"Fine-tuning\", because tone matters.\n";
  const AdrRecord r = read(text);
  REQUIRE(r.prose_decision);
  CHECK(r.prose_decision->verdict == Verdict::fine_tune);
  const AdrEntry e = check_adr(r, default_rule_base());
  const auto it = std::find_if(e.findings.begin(), e.findings.end(),
                               [](const Finding& f) { return f.rule == k_adr_decision_disagrees; });
  REQUIRE(it != e.findings.end());
  CHECK(it->severity == Severity::warning);
  CHECK(it->where.line == 11);
  SECTION("agreeing places give none") {
    const AdrRecord agreeing = read("---\nragft:\n  decision: rag\n  facts: {knowledge_updates: daily}\n---\n# T\n\n"
                                    "Chosen option: \"RAG\"\n");
    CHECK_FALSE(agreeing.prose_decision);
  }
}

TEST_CASE("Markdown limits apply to the YAML only: long lines and odd bytes in prose", "[adr][quirks]") {
  const std::string image = "![diagram](data:image/png;base64," + std::string(20000, 'A') + ")\n";
  SECTION("a 20 KB line in an ADR without facts") {
    const AdrRecord r = read("# T\n\n" + image + "\n## Decision\n\nUse Kafka.\n");
    CHECK_FALSE(r.unreadable);
    CHECK(r.errors.empty());
    CHECK(check_adr(r, default_rule_base()).findings.empty());
  }
  SECTION("a stray Latin-1 byte in an ADR without facts") {
    const AdrRecord r = read("# T\n\nCaf\xE9 menu.\n\n## Decision\n\nUse Kafka.\n");
    CHECK(r.errors.empty());
    REQUIRE(r.odd_bytes);
    CHECK(r.odd_bytes->line == 3);
    CHECK(r.odd_bytes->column == 4);
    CHECK(check_adr(r, default_rule_base()).findings.empty());
  }
  SECTION("an odd byte in an ADR with facts: a note at its position") {
    const AdrEntry e = check("# T\n\nCaf\xE9.\n\n" + fenced("decision: rag\n" + k_rag_facts));
    const auto it = std::find_if(e.findings.begin(), e.findings.end(),
                                 [](const Finding& f) { return f.rule == k_adr_text_encoding; });
    REQUIRE(it != e.findings.end());
    CHECK(it->severity == Severity::note);
    CHECK(it->where.line == 3);
    CHECK_FALSE(e.invalid);
  }
  SECTION("a long line inside the ragft block is still an error") {
    const AdrRecord r = read("# T\n\n" + fenced("description: " + std::string(20000, 'x') + "\n" + k_rag_facts));
    CHECK_FALSE(r.errors.empty());
  }
}

TEST_CASE("discovery: which files of an ADR folder are ADRs, and log4brains packages", "[adr][quirks]") {
  CHECK(adr_file_skip_reason("0001-use-rag.md").empty());
  CHECK(adr_file_skip_reason("LICENSE.md") == "a licence, not an ADR");
  CHECK(adr_file_skip_reason("CHANGELOG.md") == "a change log, not an ADR");
  CHECK(adr_file_skip_reason("CONTRIBUTING.md") == "contribution guidelines, not an ADR");
  CHECK(adr_file_skip_reason("CODE_OF_CONDUCT.md") == "a code of conduct, not an ADR");
  CHECK(adr_file_skip_reason("glossary.md") == "a glossary, not an ADR");
  CHECK(adr_file_skip_reason("README.md") == "a README (an index of the folder), not an ADR");
  CHECK(adr_file_skip_reason("adr-template.md") == "a template (its name says so), not an ADR");
  CHECK(adr_file_skip_reason("diagram.png") == "not Markdown (*.md, *.markdown)");
  CHECK(adr_file_skip_reason("index.md").empty());
  CHECK(is_index_page("index.md"));
  CHECK_FALSE(is_adr_file_name("index.md"));
  const std::vector<std::string> folders = log4brains_adr_folders(
      "project:\n  name: x\n  adrFolder: ./docs/adr\n  packages:\n    - name: a\n      path: ./a\n"
      "      adrFolder: ./a/docs/adr\n    - name: b\n      path: ./b\n");
  CHECK(folders == std::vector<std::string>{"./docs/adr", "./a/docs/adr"});
  CHECK(log4brains_adr_folders("adrFolder: adr\n") == std::vector<std::string>{"adr"});
  CHECK(log4brains_adr_folders("[").empty());
}

TEST_CASE("embedding: facts where users put them in real ADRs, findings at their lines", "[adr][quirks]") {
  const auto contradiction_line = [](const std::string& text) {
    const AdrEntry e = check(text);
    const auto it = std::find_if(e.findings.begin(), e.findings.end(),
                                 [](const Finding& f) { return f.rule == k_adr_contradicts; });
    return it == e.findings.end() ? 0 : it->where.line;
  };
  const std::string facts_line = "facts: {knowledge_updates: weekly, knowledge_base_docs: 2500, citations_required: "
                                 "true, hallucination_tolerance: low, labeled_examples: 0, task_type: conversation, "
                                 "budget: low, ml_expertise: none, gpu_access: none, launch_weeks: 6}\n";
  SECTION("a <details> with no blank line after <summary>: Markdown keeps it as HTML, a person reads the block") {
    // Lines: 1 title, 3 <details>, 4 <summary>, 5 fence, 6 facts, 7 decision.
    const std::string text = "# T\n\n<details>\n<summary>ragft facts</summary>\n```ragft\n" + facts_line +
                             "decision: fine-tune\n```\n</details>\n";
    const AdrRecord r = read(text);
    REQUIRE(r.facts_where);
    CHECK(r.facts_where->line == 6);
    CHECK(contradiction_line(text) == 7);
  }
  SECTION("a <details> with a blank line: a code block") {
    const std::string text = "# T\n\n<details>\n<summary>facts</summary>\n\n```ragft\n" + facts_line +
                             "decision: fine-tune\n```\n\n</details>\n";
    CHECK(contradiction_line(text) == 8);
  }
  SECTION("a block commented out in HTML is not read") {
    const AdrRecord r = read("# T\n\n<!--\n```ragft\n" + facts_line + "decision: fine-tune\n```\n-->\n");
    CHECK_FALSE(r.facts_where);
    CHECK_FALSE(r.spec);
  }
  SECTION("CRLF line endings: the same lines") {
    std::string text =
        "# T\n\n## Status\n\nAccepted\n\n## Decision\n\n```ragft\n" + facts_line + "decision: fine-tune\n```\n";
    std::string crlf;
    for (const char c : text) {
      crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    CHECK(contradiction_line(crlf) == 11);
  }
  SECTION("tabs between a key and its value, and before a comment") {
    CHECK(contradiction_line("# T\n\n```ragft\n" + k_rag_facts + "decision:\tfine-tune\t# as piloted\n```\n") == 15);
  }
  SECTION("a tilde fence, and a fence indented under a list item") {
    CHECK(contradiction_line("# T\n\n~~~ragft\n" + facts_line + "decision: fine-tune\n~~~\n") == 5);
    CHECK(contradiction_line("# T\n\n- Facts:\n\n  ```ragft\n  " + facts_line + "  decision: fine-tune\n  ```\n") == 7);
  }
}

// The strongest reasons of a contradiction say the facts behind each rule with their values, so a
// reviewer reading a CI annotation follows them without the rule base; the rule id stays for search.
TEST_CASE("a contradiction's reasons are said by their facts, a component's by its own", "[adr][check]") {
  SECTION("project: citations_required true is `citations` (+3 for rag, rules/default.yaml)") {
    const std::string message = contradiction(check("# T\n\n" + fenced(k_rag_facts + "decision: fine-tune\n")));
    REQUIRE(has(message, ". Strongest reasons for rag over fine-tune: "));
    // readers14: one fact quoted as several are, so that a list of reasons says each the same way.
    CHECK(has(message, "citations required \"yes\" (rag +3, fine-tune -2) [citations]"));
    CHECK_FALSE(has(message, "citations required: yes"));
    CHECK_FALSE(has(message, "fine-tune: citations ("));
  }
  SECTION("a component: the facts it was scored on, not the project's") {
    // The project's knowledge changes yearly; the component's daily (fast-changing-knowledge, +4).
    const std::string text =
        "# T\n\n" + fenced("facts: {knowledge_updates: yearly}\ncomponents:\n  - name: triage\n"
                           "    decision: fine-tune\n    facts:\n      knowledge_updates: daily\n"
                           "      citations_required: true\n      task_type: question_answering\n");
    const std::string message = contradiction(check(text));
    REQUIRE(has(message, "component `triage`"));
    CHECK(has(message, "how often the knowledge changes \"daily\" (rag +4, fine-tune -3) [fast-changing-knowledge]"));
    CHECK_FALSE(has(message, "yearly"));
  }
  SECTION("a rule that reads many facts names two of them and counts the rest") {
    // readers10: lookup-task fires for a conversation through its `any` of private data,
    // citations, documents and changing knowledge (rules/default.yaml); here three of those hold,
    // and with the task that is four facts, which made one reason of a GitHub annotation 120
    // characters long. Named in the condition's order: the task, then citations.
    const std::string message = contradiction(check(
        "# T\n\n" + fenced("facts: {task_type: conversation, citations_required: true, knowledge_base_docs: 900,\n"
                           "        knowledge_updates: weekly, private_data: false}\ndecision: fine-tune\n")));
    REQUIRE(has(message, ". Strongest reasons for rag over fine-tune: "));
    // readers12 and readers13: each value quoted, so that a value does not run into the next label
    // ("weekly and main task: conversation" read as one chain).
    CHECK(has(message, "main task \"conversation\" and citations required \"yes\" and 2 other facts (rag +2, "
                       "fine-tune -1.5) [lookup-task]"));
    CHECK_FALSE(has(message, "documents to draw on"));
    // two facts are both named
    CHECK(has(message, "how often the knowledge changes \"weekly\" and main task \"conversation\" (rag +3, "
                       "fine-tune -2) [regularly-changing-knowledge]"));
    CHECK_FALSE(has(message, "weekly and main task: "));
  }
}

// readers11: reasons are ranked by how far they put the facts' verdict ahead of the recorded one,
// and a recorded decision that a hard limit rules out says so first.
TEST_CASE("a contradiction names what rules the recorded decision out, then what separates the two", "[adr][check]") {
  SECTION("a blocked decision: each hard limit's claim and id, before the reasons") {
    // k_rag_facts: 0 examples (too-few-examples blocks fine-tune under 10) and citations required
    // (citations-need-retrieval: "A fine-tuned model alone cannot point to the source of an
    // answer; citations come from ..."), in the rule base's order.
    const std::string message = contradiction(check("# T\n\n" + fenced(k_rag_facts + "decision: fine-tune\n")));
    // readers21: each part a sentence of its own and the items of a list parted by semicolons, as a
    // reason holds a comma between its points ("(rag +3, fine-tune -2) [citations], citations ...").
    REQUIRE(has(message, "but the ADR's facts point to rag. fine-tune is ruled out by 2 hard limits: "));
    CHECK(has(message, "[too-few-examples]; a fine-tuned model alone cannot point to the source of an answer "
                       "[citations-need-retrieval]. Strongest reasons for rag over fine-tune: "));
    CHECK(has(message, "[citations]; "));
    CHECK_FALSE(has(message, "[citations], "));
    CHECK_FALSE(has(message, "citations come from"));
  }
  SECTION("how sure is a sentence after the reasons, not a parenthesis after the verdict") {
    // readers21: "point to rag (confidence low; rag held in 100% of 2,000 trials ...: robust (the
    // rule weights only: ...)); fine-tune is ruled out ..." nested one parenthesis in another.
    const std::string message = contradiction(check("# T\n\n" + fenced(k_rag_facts + "decision: fine-tune\n")));
    const std::size_t reasons = message.find(". Strongest reasons for rag over fine-tune: ");
    const std::size_t sure = message.find(". How sure: confidence ");
    const std::size_t fix = message.find(". `ragft explain` on this ADR's file");
    REQUIRE(reasons != std::string::npos);
    REQUIRE(sure != std::string::npos);
    REQUIRE(fix != std::string::npos);
    CHECK(reasons < sure);
    CHECK(sure < fix);
    CHECK(has(message, ". To resolve: update the decision"));
    CHECK_FALSE(has(message, "))"));
  }
  SECTION("a decision in the block's key is said once, with the key") {
    const std::string message = contradiction(check("# T\n\n" + fenced(k_rag_facts + "decision: fine-tuning\n")));
    // An alias is read as its verdict.
    CHECK(message.rfind("the recorded decision is fine-tune (the ragft block's `decision:`), but the ADR's facts "
                        "point to rag. ",
                        0) == 0);
  }
  SECTION("a decision no hard limit rules out: no such clause") {
    const std::string message = contradiction(
        check("# T\n\n" + fenced("facts: {knowledge_updates: weekly, knowledge_base_docs: 300, private_data: true,\n"
                                 "        labeled_examples: 2400, citations_required: false}\ndecision: fine-tune\n")));
    REQUIRE(has(message, ". Strongest reasons for "));
    CHECK_FALSE(has(message, "ruled out"));
  }
  SECTION("a reason that favours the recorded decision more is not one against it") {
    // A post-mortem drafter (readers11): hybrid, recorded fine-tune. domain-reasoning gives hybrid
    // +2 but fine-tune +3, so it is no reason for hybrid over fine-tune; regularly-changing-knowledge
    // and private-data (hybrid +1.5, fine-tune -2: 3.5 apart) and both-needs (hybrid +3, fine-tune
    // 0) are the three that separate them (rules/default.yaml).
    const std::string message = contradiction(check(
        "# T\n\n" + fenced("facts: {knowledge_updates: weekly, knowledge_base_docs: 300, private_data: true,\n"
                           "        citations_required: false, hallucination_tolerance: medium,\n"
                           "        labeled_examples: 2400, output_format: template, style_requirement: moderate,\n"
                           "        domain_terminology: proprietary, domain_reasoning: true, queries_per_day: 5,\n"
                           "        budget: medium, launch_weeks: 10, ml_expertise: some, gpu_access: rented,\n"
                           "        smaller_model_wanted: false, existing_rag_quality: none,\n"
                           "        task_type: summarization}\ndecision: fine-tune\n")));
    REQUIRE(has(message, "facts point to hybrid"));
    CHECK(has(message, ". Strongest reasons for hybrid over fine-tune: "));
    CHECK(has(message, "(hybrid +1.5, fine-tune -2) [regularly-changing-knowledge]"));
    CHECK(has(message, "(hybrid +1.5, fine-tune -2) [private-data]"));
    // both-needs reads the needs, not a fact: its claim, the first clause of its `because`
    // ("Both needs are strong: ..."), with its id in brackets as every other reason's.
    CHECK(has(message, "both needs are strong (hybrid +3, fine-tune +0) [both-needs]"));
    CHECK_FALSE(has(message, "[domain-reasoning]"));
    CHECK_FALSE(has(message, "ruled out"));
  }
}
