// Decision logs kept in one file (round sixteen): each `## ADR-001: …` (`## Decision 2`, `## 003.`,
// in a file named as a log `## 9.`) section is an ADR of its own, with its own status, decision,
// facts and lines; a single ADR with `##` sub-headings stays one. The fixtures are written for
// these tests (shaped like hAIrem's `docs/adr/design-drift.md`, intake-agent's `DECISIONS.md` and
// LLM_Retail_Platform's `decision-log.md`, none of their text); each expected value is what a
// person reads in them.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <ragft/adr/check.hpp>
#include <ragft/adr/decision_log.hpp>
#include <ragft/adr/findings.hpp>
#include <ragft/adr/folders.hpp>
#include <ragft/adr/search.hpp>
#include <ragft/rules/loader.hpp>

#include "adr_read_helpers.hpp"

using namespace ragft;

namespace {

std::vector<AdrRecord> read_log(const std::string& text, const std::string& file = "docs/adr/design-notes.md") {
  return read_adr_file(text, file, default_rule_base());
}

using test::k_rag_facts;

// Three decisions in French, as a team logs them in one file: a preamble, then `## ADR-NNN: …`
// sections with `### Décision` sub-headings and a status at the end of each.
const std::string k_log = "# Dérive de conception\n"                            // 1
                          "\n"                                                  // 2
                          "Ce document suit les décisions prises en route.\n"   // 3
                          "\n"                                                  // 4
                          "## ADR-001: Ordre de la configuration LLM\n"         // 5
                          "\n"                                                  // 6
                          "### Décision\n"                                      // 7
                          "\n"                                                  // 8
                          "Les variables d'environnement passent en dernier.\n" // 9
                          "\n"                                                  // 10
                          "### Statut: Planifié\n"                              // 11
                          "\n"                                                  // 12
                          "## ADR-002: Réponses du support\n"                   // 13
                          "\n"                                                  // 14
                          "**Statut:** Accepté\n"                               // 15
                          "\n"                                                  // 16
                          "### Décision\n"                                      // 17
                          "\n"                                                  // 18
                          "Nous faisons le fine-tuning du modèle.\n"            // 19
                          "\n"                                                  // 20
                          "```ragft\n" +                                        // 21
                          k_rag_facts +                                         // 22-32
                          "```\n"                                               // 33
                          "\n"                                                  // 34
                          "## ADR-003: Stockage des clés\n"                     // 35
                          "\n"                                                  // 36
                          "* Statut : Accepté\n"                                // 37
                          "* Supersedes: ADR-001\n"                             // 38
                          "\n"                                                  // 39
                          "### Décision\n"                                      // 40
                          "\n"                                                  // 41
                          "Les clés restent dans l'environnement.\n";           // 42

} // namespace

TEST_CASE("round sixteen: each decision of a log kept in one file is an ADR of its own", "[adr][logs]") {
  const std::vector<AdrRecord> records = read_log(k_log);
  REQUIRE(records.size() == 3);
  CHECK(records[0].file == "docs/adr/design-notes.md");
  CHECK(records[0].section == "adr-001-ordre-de-la-configuration-llm");
  CHECK(adr_name(records[0]) == "docs/adr/design-notes.md#adr-001-ordre-de-la-configuration-llm");
  CHECK(records[1].section == "adr-002-réponses-du-support");
  CHECK(records[2].section == "adr-003-stockage-des-clés");
  CHECK(records[0].section_number == 1);
  CHECK(records[2].section_number == 3);
  // the title is the section's heading, at its line
  REQUIRE(records[1].title);
  CHECK(records[1].title->text == "ADR-002: Réponses du support");
  CHECK(records[1].title->where.line == 13);
  // each its own status, from its own section
  CHECK(records[1].status == AdrStatus::accepted);
  REQUIRE(records[1].status_text);
  CHECK(records[1].status_text->where.line == 15);
  CHECK(records[2].status == AdrStatus::accepted);
  // each its own decision, at its own line of the file
  REQUIRE(records[0].decision);
  CHECK(records[0].decision->text == "Les variables d'environnement passent en dernier.");
  CHECK(records[0].decision->where.line == 9);
  REQUIRE(records[1].decision);
  CHECK(records[1].decision->where.line == 19);
  REQUIRE(records[2].decision);
  CHECK(records[2].decision->text == "Les clés restent dans l'environnement.");
  CHECK(records[2].decision->where.line == 42);
  // the facts are the second decision's only, at their lines in the file (the block's first line)
  CHECK_FALSE(records[0].facts_where);
  REQUIRE(records[1].facts_where);
  CHECK(records[1].facts_where->line == 22);
  CHECK_FALSE(records[2].facts_where);
  // a decision of a log is numbered by its heading: never a note beside the ADRs
  CHECK(adr_note_reason(records[0]).empty());
}

TEST_CASE("round sixteen: a log's decision supersedes another by its number, and is checked at its lines",
          "[adr][logs]") {
  std::vector<AdrRecord> records = read_log(k_log);
  resolve_supersession(records);
  CHECK(records[0].status == AdrStatus::superseded);
  REQUIRE(records[0].status_text);
  CHECK(records[0].status_text->text ==
        "superseded by docs/adr/design-notes.md#adr-003-stockage-des-clés (written there)");
  CHECK(records[2].status == AdrStatus::accepted);
  // the second decision fine-tunes while its facts point to RAG: the contradiction is at its
  // decision's line, named by its section
  const AdrEntry entry = check_adr(records[1], default_rule_base());
  CHECK(entry.section == "adr-002-réponses-du-support");
  REQUIRE_FALSE(entry.findings.empty());
  const Finding& f = entry.findings.front();
  CHECK(f.rule == k_adr_contradicts);
  CHECK(f.where.file == "docs/adr/design-notes.md");
  CHECK(f.where.line == 19);
  CHECK(f.subject == "docs/adr/design-notes.md#adr-002-réponses-du-support");
  // the same finding in another decision of the same file is another finding
  AdrRecord other = records[1];
  other.section = "adr-004-x";
  CHECK(check_adr(other, default_rule_base()).findings.front().fingerprint != f.fingerprint);
}

TEST_CASE("round sixteen: the headings that make a decision log, and those that do not", "[adr][logs]") {
  const auto sections = [](const std::string& text, const std::string& file) {
    return decision_log_sections(text, file).size();
  };
  // `## Decision N`, `DEC-NNN`, a zero-padded number, German: each a decision's number
  CHECK(sections("# Log\n\n## Decision 1: RAG\n\nText.\n\n## Decision 2: LoRA\n\nText.\n", "notes.md") == 2);
  CHECK(sections("# Log\n\n## DEC-001 - Cache\n\nText.\n\n## DEC-002 - Queue\n\nText.\n", "notes.md") == 2);
  CHECK(sections("# Log\n\n## 001. Cache\n\nText.\n\n## 002. Queue\n\nText.\n", "notes.md") == 2);
  CHECK(sections("# Log\n\n### Entscheidung 1: Cache\n\nText.\n\n### Entscheidung 2: Queue\n\nText.\n", "x.md") == 2);
  CHECK(sections("# Log\n\n## ADR-0001 — Cache\n\nText.\n\n## ADR-0002 — Queue\n\nText.\n", "x.md") == 2);
  // a bare `9.` only in a file named as a log (`decision-log.md`, `DECISIONS.md`)
  const std::string numbered = "# Decision log\n\n## 9. Ollama on the host\n\nText.\n\n## 10. SQLite\n\nText.\n";
  CHECK(sections(numbered, "docs/decision-log.md") == 2);
  CHECK(sections(numbered, "DECISIONS.md") == 2);
  CHECK(sections(numbered, "docs/guide.md") == 0);
  // a single ADR with `##` sub-headings, numbered or not, stays one
  CHECK(sections("# Use RAG\n\n## 1. Context\n\nText.\n\n## 2. Decision\n\nUse RAG.\n", "DECISIONS.md") == 0);
  CHECK(sections("# Use RAG\n\n## Context\n\nText.\n\n## Decision\n\nUse RAG.\n", "notes.md") == 0);
  // one decision is no log; nor are headings with no number (`ADR-XXX`, a template's)
  CHECK(sections("# Log\n\n## ADR-001: Cache\n\nText.\n\n## Notes\n\nText.\n", "x.md") == 0);
  CHECK(sections("# Log\n\n## ADR-XXX: Title\n\nText.\n\n## ADR-[number]: Title\n\nText.\n", "x.md") == 0);
  // a file that is one ADR by its name or by its title: its numbered headings are its parts
  const std::string parts = "# ADR-005: Stack\n\n## Decision 1: FastAPI\n\nText.\n\n## Decision 2: Postgres\n\nText.\n";
  CHECK(sections(parts, "stack.md") == 0);
  CHECK(sections("# Stack\n\n## Decision 1: FastAPI\n\nText.\n\n## Decision 2: Postgres\n\nT.\n", "0005-stack.md") ==
        0);
  CHECK(sections("# Stack\n\n## Decision 1: FastAPI\n\nText.\n\n## Decision 2: Postgres\n\nT.\n", "ADR-005.md") == 0);
  // a section ends at the next heading at its level: the unnumbered one after the last is not in it
  const std::string text = "# Decisions\n\n## 1. A\n\nText.\n\n## 2. B\n\nText.\n\n## What comes next\n\nText.\n";
  const std::vector<LogSection> found = decision_log_sections(text, "DECISIONS.md");
  REQUIRE(found.size() == 2);
  CHECK(text.substr(found[1].begin, found[1].end - found[1].begin) == "## 2. B\n\nText.\n\n");
}

TEST_CASE("round sixteen: a log whose status or facts are written before its first decision is one ADR",
          "[adr][logs]") {
  const std::string sections = "## ADR-001: A\n\nStatus: Accepted\n\n## ADR-002: B\n\nStatus: Proposed\n";
  CHECK(read_log("# Log\n\n" + sections).size() == 2);
  // the front matter's status, or a status in the preamble, holds for the whole file
  CHECK(read_log("---\nstatus: accepted\n---\n# Log\n\n" + sections).size() == 1);
  CHECK(read_log("# Log\n\n**Status:** Accepted\n\n" + sections).size() == 1);
  // so do facts in the front matter
  const std::vector<AdrRecord> one =
      read_log("---\nragft:\n  facts: {knowledge_updates: daily}\n---\n# Log\n\n" + sections);
  REQUIRE(one.size() == 1);
  CHECK(one[0].section.empty());
  CHECK(one[0].facts_where);
}

TEST_CASE("round sixteen: a heading's anchor is GitHub's", "[adr][logs]") {
  CHECK(heading_anchor("ADR-001: Priorité de Configuration LLM") == "adr-001-priorité-de-configuration-llm");
  CHECK(heading_anchor("9. Ollama runs natively on the host, not in Compose") ==
        "9-ollama-runs-natively-on-the-host-not-in-compose");
  CHECK(heading_anchor("ADR-004: Docker Compose - SurrealDB Healthcheck") ==
        "adr-004-docker-compose---surrealdb-healthcheck");
  // round twenty-seven: punctuation and symbols beyond ASCII are left out too, as GitHub leaves out
  // everything but letters, marks, digits, `-` and `_` (headings written for this test)
  CHECK(heading_anchor("Decision 1: Agents (Router \u2192 Planner \u2192 Retriever)") ==
        "decision-1-agents-router--planner--retriever");
  CHECK(heading_anchor("ADR-002 \u2014 Use \u201cRAG\u201d first") == "adr-002--use-rag-first");
  CHECK(heading_anchor("Decision 003 \u2013 LoRA-first + RAG") == "decision-003--lora-first--rag");
  CHECK(heading_anchor("ADR-7: \u2705 Done \U0001F680") == "adr-7--done-");
  CHECK(heading_anchor("ADR-8: Cost \u00d7 2 \u00bb \u20ac5") == "adr-8-cost--2--5");
  // letters of any script are kept, as before
  CHECK(heading_anchor("Решение 4: Кэш") == "решение-4-кэш");
  CHECK(heading_anchor("決定 5：キャッシュ") == "決定-5キャッシュ");
  // a repeated heading gets `-1`, as GitHub numbers it
  const std::vector<LogSection> found = decision_log_sections("# L\n\n## ADR-1\n\nA.\n\n## ADR-1\n\nB.\n", "notes.md");
  REQUIRE(found.size() == 2);
  CHECK(found[0].anchor == "adr-1");
  CHECK(found[1].anchor == "adr-1-1");
}

TEST_CASE("round sixteen: `vigente` is in force, a RAG prompt is a part of a RAG system", "[adr][logs]") {
  // yggdrasil-dew's Spanish ADRs write `status: vigente` ("in force") in their front matter
  CHECK(read_adr("---\nstatus: vigente\n---\n# ADR-002 — Tridente\n", "adr.md", default_rule_base()).status ==
        AdrStatus::accepted);
  CHECK(read_adr("# ADR-1\n\n**Estado:** Vigente\n", "adr.md", default_rule_base()).status == AdrStatus::accepted);
  // hAIrem's `Partiellement implémenté (UI de base)`, as `Partially Implemented`: in force
  CHECK(read_adr("# ADR-1\n\n**Statut:** Partiellement impl\u00e9ment\u00e9 (UI de base)\n", "adr.md",
                 default_rule_base())
            .status == AdrStatus::accepted);
  // alexandria-vector-shelf-mcp's "Use a strict grounded RAG prompt with the following structure:"
  // designs the prompt of its RAG system: no choice between RAG and fine-tuning
  CHECK_FALSE(verdict_of_decision_text("Use a strict grounded RAG prompt with the following structure:"));
  CHECK_FALSE(verdict_of_decision_text("Adopt RAG prompts with citations"));
  CHECK(verdict_of_decision_text("Use RAG with a strict prompt") == Verdict::rag);
}

TEST_CASE("round sixteen: a log's decision may state its status at its end, under its own sections", "[adr][logs]") {
  // hAIrem's decisions end with `**Statut:** Implémenté` under their `### Décision`: the sections of
  // a decision titled at level 2 are at level 3
  const std::vector<AdrRecord> records =
      read_log("# Dérive\n\n## ADR-001: A\n\n### Décision\n\nX.\n\n**Statut:** Implémenté\n\n"
               "## ADR-002: B\n\n### Décision\n\nY.\n\n#### Détail\n\n**Statut:** Rejeté\n");
  REQUIRE(records.size() == 2);
  CHECK(records[0].status == AdrStatus::accepted);
  // under a sub-section of its own (level 4), it is that part's, as in a file of one ADR
  CHECK(records[1].status == AdrStatus::none);
}

TEST_CASE("round seventeen: a decision titled as a Decision heading over its own Decision section", "[adr][logs]") {
  // as mcp-search-hub's 006 writes it: `# Architecture Decisions`, then one decision titled
  // `## Decision: …` with its metadata, and its `### Decision` below
  const std::string text = "# Architecture Decisions\n\n"                                        // 1
                           "The key decisions of the project.\n\n"                               // 3
                           "## Decision: Serve answers from the handbook\n\n"                    // 5
                           "**Date**: January 2025\n"                                            // 7
                           "**Status**: Implemented for search, In Progress for chat\n"          // 8
                           "**Context**: Answers were stale\n\n"                                 // 9
                           "### Background\n\n"                                                  // 11
                           "The model did not know the handbook.\n\n"                            // 13
                           "### Decision\n\n"                                                    // 15
                           "We decided to use RAG over the handbook rather than fine-tuning.\n"; // 17
  const AdrRecord adr = read_adr(text, "docs/adrs/006-handbook.md", default_rule_base());
  CHECK(adr.status == AdrStatus::accepted);
  REQUIRE(adr.status_text);
  CHECK(adr.status_text->where.line == 8);
  REQUIRE(adr.decision);
  CHECK(adr.decision->verdict == Verdict::rag);
  CHECK(adr.decision->where.line == 17);
  // a `## Decision: …` heading without a Decision heading of its own is the Decision section
  const AdrRecord plain =
      read_adr("# ADR-1: Search\n\n## Context\n\nStale answers.\n\n## Decision: RAG\n\nWe use RAG over the handbook.\n",
               "docs/adr/0001-search.md", default_rule_base());
  REQUIRE(plain.decision);
  CHECK(plain.decision->verdict == Verdict::rag);
  CHECK(plain.decision->where.line == 9);
}

TEST_CASE("round twenty-three: a file whose decision sections write nothing of an ADR is no log", "[adr][log]") {
  // Written for this test, in the shape of Apex's CITATIONS-VALIDATION.md: a report on the sources
  // each ADR cites, one `### ADR-00N: …` section per ADR; a person reads no decision in it.
  const std::string report = "# Citation report\n\n**Scope:** ADR-001 through ADR-002\n\n## Breakdown\n\n"
                             "### ADR-001: Multi-database choice\n\n**Sources:** 12 (8 official docs)\n\n"
                             "### ADR-002: Saga pattern\n\n**Sources:** 10 (6 official docs)\n";
  const std::vector<AdrRecord> records = read_log(report, "docs/adr/CITATIONS-VALIDATION.md");
  REQUIRE(records.size() == 1);
  CHECK(records[0].section.empty());
  CHECK_FALSE(writes_adr_parts(records[0]));
  // A log with one section that writes a status is read as a log, as before.
  const std::string log = "# Decisions\n\n## ADR-001: Multi-database choice\n\nStatus: Accepted\n\n"
                          "## ADR-002: Saga pattern\n\n**Sources:** 10\n";
  CHECK(read_log(log, "docs/adr/decisions.md").size() == 2);
}

TEST_CASE("round thirty: a numbered chapter named as a decision log is a log", "[adr][logs]") {
  // Written for this test, in the shape of a documentation folder of numbered chapters (`01-overview.md`,
  // `05-architecture-decisions.md`) whose decisions chapter logs `## ADR-NNN: …` sections under a title
  // that is no decision's.
  const std::string log = "# Architecture Decision Records\n\n"
                          "## ADR-001: Agents on a graph\n\n**Status**: Proposed\n\n### Decision\n\n"
                          "We will run the agents on a state graph.\n\n"
                          "## ADR-002: Checkpoints in Postgres\n\n**Status**: Accepted\n\n### Decision\n\n"
                          "We will keep checkpoints in Postgres.\n";
  CHECK(decision_log_sections(log, "05-architecture-decisions.md").size() == 2);
  CHECK(decision_log_sections(log, "05-decisions.md").size() == 2);
  const std::vector<AdrRecord> records = read_log(log, "docs/technical/05-architecture-decisions.md");
  REQUIRE(records.size() == 2);
  CHECK(records[0].status == AdrStatus::proposed);
  CHECK(records[1].decision->text == "We will keep checkpoints in Postgres.");
  // a numbered ADR is still one, whatever it is about, and so is one whose title is numbered
  CHECK(decision_log_sections(log, "0005-stack.md").empty());
  CHECK(decision_log_sections("# 5. Keep a log\n\n## ADR-001: A\n\nText.\n\n## ADR-002: B\n\nText.\n",
                              "0005-decision-log.md")
            .empty());
  CHECK(is_decision_log_name("05-architecture-decisions.md"));
  CHECK_FALSE(is_decision_log_name("0001-record-architecture-decisions.md"));
}
