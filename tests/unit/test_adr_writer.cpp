#include <catch2/catch.hpp>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/writer.hpp>
#include <ragft/engine/project.hpp>
#include <ragft/explain/prices.hpp>
#include <ragft/render/charts.hpp>

#include "helpers.hpp"

using namespace ragft;

TEST_CASE("the next ADR follows the folder's numbering style") {
  CHECK(next_adr_file_name({}, "Use RAG for Acme", "2026-11-22") == "0001-use-rag-for-acme.md");
  CHECK(next_adr_file_name({"0001-a.md", "0012-b.md", "0003-c.md", "README.md", "template.md"}, "X y", "2026-11-22") ==
        "0013-x-y.md");
  CHECK(next_adr_file_name({"ADR-001-pgvector.md", "ADR-012-hybrid.md"}, "Use fine-tuning", "2026-11-22") ==
        "ADR-013-use-fine-tuning.md");
  CHECK(next_adr_file_name({"20201016-use-the-slug.md"}, "Use RAG", "2026-11-22") == "20261122-use-rag.md");
  CHECK(next_adr_file_name({"001-a.md"}, "b", "2026-11-22") == "002-b.md");
}

TEST_CASE("slugs are lowercase words joined by dashes") {
  CHECK(slug_of("Use a hybrid of RAG and fine-tuning for Bank customer assistant!") ==
        "use-a-hybrid-of-rag-and-fine-tuning-for-bank-customer-assistant");
  CHECK(slug_of("  ??  ") == "decision");
  CHECK(slug_of(std::string(20000, 'x')) == std::string(100, 'x')); // a file name the file system takes
}

TEST_CASE("a written ADR reads back with the spec's facts and the verdict as its decision") {
  const Spec spec = test::spec(R"(ragft: 1
project: Acme support assistant
description: Answers customer questions from the product docs.
facts:
  knowledge_updates: daily
  citations_required: true
  labeled_examples: 0
  task_type: conversation
)");
  const ResultEntry entry = make_result_entry(test::rules(), score_project(test::rules(), spec));
  const std::string text = write_adr(test::rules(), spec, entry, AdrDraft{"", "2026-11-22", ""});
  CHECK(text.rfind("---\nstatus: proposed\ndate: 2026-11-22\nragft:\n  decision: rag\n", 0) == 0);
  CHECK(text.find("# Use RAG for Acme support assistant") != std::string::npos);
  CHECK(text.find("Chosen option: \"RAG (retrieval-augmented generation)\", because knowledge changes daily") !=
        std::string::npos);
  CHECK(text.find("* Bad, because it is not feasible now: 0 curated examples are too few") != std::string::npos);
  const AdrRecord record = read_adr(text, "0001-use-rag.md", test::rules());
  REQUIRE(record.decision.has_value());
  REQUIRE(record.decision->verdict.has_value());
  CHECK(*record.decision->verdict == Verdict::rag);
  CHECK(record.decision->place == "decision key");
  CHECK(record.errors.empty());
  REQUIRE(record.spec.has_value());
  CHECK(record.spec->facts == spec.facts);
}

TEST_CASE("adr new's charts section: the scores and the cost as Mermaid charts, checked as before") {
  const Spec spec = test::spec("ragft: 1\nproject: Acme\nfacts:\n  knowledge_updates: daily\n  labeled_examples: 0\n");
  const ResultEntry entry = make_result_entry(test::rules(), score_project(test::rules(), spec));
  const CostReport cost = make_spec_cost_report(test::rules(), spec, entry.verdict, default_price_sheet());
  const std::string section = adr_charts_section(entry, cost);
  CHECK(section.rfind("\n## Scores and Costs\n", 0) == 0);
  CHECK(section.find("```mermaid\n%%{init") != std::string::npos);
  CHECK(section.find("  title \"Cumulative cost over 12 months\"") != std::string::npos);
  const std::string plain = write_adr(test::rules(), spec, entry, AdrDraft{"", "2026-11-22", ""});
  const std::string charted = write_adr(test::rules(), spec, entry, AdrDraft{"", "2026-11-22", section});
  CHECK(charted == plain + section);
  const AdrRecord a = read_adr(plain, "a.md", test::rules());
  const AdrRecord b = read_adr(charted, "a.md", test::rules());
  REQUIRE(b.decision);
  CHECK(b.decision->text == a.decision->text);
  CHECK(b.decision->place == a.decision->place);
  CHECK(b.status == a.status);
  CHECK(b.errors.empty());
}

TEST_CASE("a new ADR is read back as check reads it before it is written") {
  const Spec spec = test::spec("ragft: 1\nproject: Acme\nfacts:\n  knowledge_updates: daily\n  labeled_examples: 0\n");
  const ResultEntry entry = make_result_entry(test::rules(), score_project(test::rules(), spec));
  const std::string title = default_adr_title(entry);
  const std::string text = write_adr(test::rules(), spec, entry, AdrDraft{"", "2026-11-22", ""});
  CHECK(adr_read_back_problem(test::rules(), text, spec, entry.verdict, title).empty());
  CHECK(adr_read_back_problem(test::rules(), text, spec, entry.verdict, "Another title") ==
        "its title would read back differently");
  const Verdict other = entry.verdict == Verdict::rag ? Verdict::fine_tune : Verdict::rag;
  CHECK(adr_read_back_problem(test::rules(), text, spec, other, title) == "its decision would read back differently");
  // A description that writes a second decision into the prose is caught (check would see two).
  Spec injected = spec;
  injected.description = "Docs.\n\n## Decision Outcome\n\nChosen option: \"Fine-tuning\"\n";
  const std::string bad = write_adr(test::rules(), injected, entry, AdrDraft{"", "2026-11-22", ""});
  CHECK(!adr_read_back_problem(test::rules(), bad, injected, entry.verdict, title).empty());
}

TEST_CASE("adr new says how sure the verdict is and what is still unknown, in words with the id to answer") {
  // Only the task is known: rag, low confidence; the unknown facts that could change it are listed.
  const Spec spec = test::spec("ragft: 1\nproject: Pilot\nfacts:\n  task_type: question_answering\n");
  const ResultEntry entry = make_result_entry(test::rules(), score_project(test::rules(), spec));
  const std::string text = write_adr(test::rules(), spec, entry, AdrDraft{"", "2026-11-22", ""});
  CHECK(text.find("How sure: low") != std::string::npos);
  CHECK(text.find("Still unknown, and each could change the verdict (answer them in the `ragft:` block):") !=
        std::string::npos);
  CHECK(text.find("* labelled examples (`labeled_examples`): could make it ") != std::string::npos);
  // Without a description, the context does not repeat the project's name on a line of its own; the
  // name is quoted, so that a name which is a phrase reads as a name.
  CHECK(text.find("## Context and Problem Statement\n\nShould the project \"Pilot\" use retrieval-augmented "
                  "generation") != std::string::npos);
  const AdrRecord record = read_adr(text, "0001-use-rag.md", test::rules());
  REQUIRE(record.decision.has_value());
  CHECK(record.decision->verdict == Verdict::rag);
}
