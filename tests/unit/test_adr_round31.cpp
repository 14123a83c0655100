// Round thirty-one's forms (written for these tests, in the shapes met in real ADR repositories):
// an empty supersession list in a front matter, a template's question above the decision, a status
// and the decision on one line, a Decision section that opens with a sub-heading over a list or a
// label with a reference, statuses under consideration, `決定事項`, and backups of the
// documents. Each expected value is what a person reads in the fixture.

#include <catch2/catch.hpp>

#include <string>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/search.hpp>
#include <ragft/rules/loader.hpp>

#include "adr_read_helpers.hpp"

using namespace ragft;

namespace {

using test::decided;
using test::read;
using test::status_of;

bool starts(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

} // namespace

TEST_CASE("round thirty-one: an empty list or map as the supersession names no ADR", "[adr][round31]") {
  // A front matter template that writes every key, its lists empty: the ADR is in force.
  CHECK(starts(status_of("---\nADR: 0004\nTitle: Search\nStatus: Implemented\nSupersedes: []\nSuperseded-by: []\n"
                         "---\n\n## Status\n\nAccepted - 2026-01-30.\n"),
               "accepted"));
  // The same keys in a front matter that is no YAML (a link written as a list item), read line by line.
  CHECK(starts(status_of("---\nStatus: Accepted\nSuperseded-by: []\nReferences:\n  - [Docs](https://example.com)\n"
                         "---\n\n# Search\n"),
               "accepted"));
  CHECK(starts(status_of("---\nstatus: accepted\nsuperseded_by: ~\n---\n\n# 2. X\n"), "accepted"));
  CHECK(starts(status_of("---\nstatus: accepted\nsuperseded_by: {}\n---\n\n# 2. X\n"), "accepted"));
  // A list that names one is a supersession (in a front matter read line by line).
  CHECK(status_of("---\nStatus: Accepted\nSuperseded-by: ['ADR-0022']\nReferences:\n  - [Docs](https://example.com)\n"
                  "---\n\n# 2. X\n") == "superseded");
}

TEST_CASE("round thirty-one: the template's question above the decision is passed over", "[adr][round31]") {
  // adr-tools' template question left in the Decision section, the answer in the paragraph after it.
  CHECK(decided("# 1. Notes\n\n## Decision\n\nWhat is the change that we're proposing and/or doing?\n\n"
                "Keep every decision in one file.\n") == "Keep every decision in one file. -> none");
  CHECK(decided("# 2. Answers\n\n## Decision\n\nWhat is the change that we're proposing and/or doing?\n\n"
                "Answer from the handbook with RAG.\n") == "Answer from the handbook with RAG. -> rag");
  // A question with nothing after it stays what the section says.
  CHECK(decided("# 3. Store\n\n## Decision\n\nWhich store do we use?\n") == "Which store do we use? -> none");
}

TEST_CASE("round thirty-one: a status and the decision on one line", "[adr][round31]") {
  // In a Decision section: the status is the line's first sentence, the decision the next one.
  CHECK(decided("# 3. Answers\n\n## Decision\n\nStatus: accepted. We use RAG.\n") == "We use RAG. -> rag");
  // After a Decision label in an ADR without headings: the status word alone is passed over.
  CHECK(decided("# 4. Answers\n\nDecision: Accepted. We fine-tune the model on our tickets.\n") ==
        "We fine-tune the model on our tickets. -> fine-tune");
  // A status alone, nothing after it: as before.
  CHECK(decided("# 5. Answers\n\nDecision: Accepted.\n") == "Accepted. -> none");
  // A sentence that opens with a status word is no status alone.
  CHECK(decided("# 6. Answers\n\nDecision: Draft a weekly report. Review it on Fridays.\n") ==
        "Draft a weekly report. -> none");
}

TEST_CASE("round thirty-one: a sub-heading over a list or a label with a reference names the decision",
          "[adr][round31]") {
  // A list right under the sub-heading the section opens with: a part of what the sub-heading names.
  CHECK(decided("# 15. Performance\n\n## Decision\n\n### \u274c Not doing\n\n1. \u274c Query batching (no N+1 "
                "exists)\n2. \u274c Hook refactoring\n") == "Not doing: Query batching (no N+1 exists) -> none");
  CHECK(decided("# 16. Answers\n\n## Decision\n\n### 1. Use RAG\n\n- Qdrant as the store\n- bge-m3 embeddings\n") ==
        "Use RAG: Qdrant as the store -> rag");
  // A sub-heading that ends in `:` is quoted without it.
  CHECK(decided("# 12. UI\n\n## Decision\n\n### Implement a UI overhaul comprising:\n\n1. **Boundary layers** via "
                "vector tiles\n2. A phase filter\n") ==
        "Implement a UI overhaul comprising: Boundary layers via vector tiles -> none");
  // A list after prose under the sub-heading: the prose, as before.
  CHECK(decided("# 17. Answers\n\n## Decision\n\n### Overview\n\nWe use RAG.\n\n- Qdrant\n") == "We use RAG. -> rag");
  // A bold label with a reference in parentheses before its colon is a label, as `**Rationale:**` is.
  CHECK(decided("# 20. Schema\n\n## Decision\n\n### Source of truth: the live database\n\n**Official order** (see "
                "RULE 8):\n\n```\ndatabase > migrations > types\n```\n") ==
        "Source of truth: the live database -> none");
}

TEST_CASE("round thirty-one: statuses under consideration, a Russian revocation", "[adr][round31]") {
  CHECK(status_of("# 25. X\n\n## Status\n\nUnder consideration\n") == "proposed: Under consideration");
  CHECK(status_of("# 6. \u0418\u043c\u0435\u043d\u0430\n\n## \u0421\u0442\u0430\u0442\u0443\u0441\n\n"
                  "\u041d\u0430 \u0440\u0430\u0441\u0441\u043c\u043e\u0442\u0440\u0435\u043d\u0438\u0438\n") ==
        "proposed: \u041d\u0430 \u0440\u0430\u0441\u0441\u043c\u043e\u0442\u0440\u0435\u043d\u0438\u0438");
  // `Отменено (0005)`: revoked, no longer in force (as `Revoked`).
  CHECK(status_of("# 4. X\n\n## \u0421\u0442\u0430\u0442\u0443\u0441\n\n\u041e\u0442\u043c\u0435\u043d\u0435\u043d"
                  "\u043e (0005)\n") == "deprecated: \u041e\u0442\u043c\u0435\u043d\u0435\u043d\u043e (0005)");
}

TEST_CASE("round thirty-one: the corpus of a RAG system is a part of it", "[adr][round31]") {
  // A list item labelled with a part of the RAG system that exists, under a complete sentence.
  CHECK(decided("# 14. Phases\n\n## Decision\n\nWe adopt a four-phase rollout with a gate between phases:\n\n"
                "- RAG corpus: a bucket of 34 documents\n- Data: fixtures\n") ==
        "We adopt a four-phase rollout with a gate between phases: -> none");
  CHECK_FALSE(verdict_of_decision_text("Build the RAG corpus from the manuals."));
  CHECK(verdict_of_decision_text("Use RAG over the manuals.") == Verdict::rag);
}

TEST_CASE("round thirty-one: the Japanese heading for what was decided is a Decision section", "[adr][round31]") {
  CHECK(decided("# \u30de\u30cb\u30e5\u30a2\u30eb\n\n## \U0001f4cb **\u6c7a\u5b9a\u4e8b\u9805**\n\n"
                "\u691c\u7d22\u62e1\u5f35\u751f\u6210\u3067\u56de\u7b54\u3059\u308b\u3002\n\n## \u80cc\u666f\n\n"
                "\u30c6\u30ad\u30b9\u30c8\u3002\n") ==
        "\u691c\u7d22\u62e1\u5f35\u751f\u6210\u3067\u56de\u7b54\u3059\u308b\u3002 -> rag");
}

TEST_CASE("round thirty-one: a backup of the documents is an archive", "[adr][round31]") {
  CHECK(is_archive_folder_name("backups"));
  CHECK(is_archive_folder_name("docs-backup-2025"));
  CHECK_FALSE(is_archive_folder_name("decisions"));
}
