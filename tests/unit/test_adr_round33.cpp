// Round thirty-three's forms (written for these tests, in the shapes met in real ADR repositories):
// a status label after another one on a line a formatter has joined, a decision log whose sections
// are numbered by a team's own identifier in a `log.md` kept in a decisions folder, and a Decision
// section that opens with a sub-heading labelling the choice before a colon. Each expected value is
// what a person reads in the fixture.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/decision_log.hpp>
#include <ragft/rules/loader.hpp>

#include "adr_read_helpers.hpp"

using namespace ragft;

namespace {

using test::decided;
using test::status_of;

using test::opens_with;

std::size_t log_sections(const std::string& text, const std::string& path) {
  return decision_log_sections(text, path).size();
}

} // namespace

TEST_CASE("round thirty-three: a status after the date on one line", "[adr][round33]") {
  // The date first, then the status, as one bold pair after another on one line.
  CHECK(
      opens_with(status_of("# 18. Tracing\n\n**Date**: 2025-10-02 **Status**: Proposed (pilot first)\n"), "proposed"));
  CHECK(opens_with(status_of("# 22. Flows\n\n**Date**: 2025-10-02 **Status**: Rejected\n\n## Context\n\nX.\n"),
                   "rejected"));
  CHECK(opens_with(status_of("# 3. Auth\n\nFecha: 2025-03-01 Estado: Aceptado\n"), "accepted"));
  // The status first reads as before, and a status word in a later sentence of the body is none.
  CHECK(opens_with(status_of("# 5. Cache\n\n**Status**: Accepted **Date**: 2025-10-02\n"), "accepted"));
  CHECK(opens_with(status_of("# 6. Queue\n\n## Context\n\nNote: the old queue status: deprecated.\n"), "none"));
}

TEST_CASE("round thirty-three: a decision log numbered by its own identifiers", "[adr][round33]") {
  const std::string log = "# Decision Log\n\n## AD-001: Start with one agent\n\n**Status:** Accepted\n\n"
                          "Start with one capable agent.\n\n## AD-002: MCP for tools\n\n**Status:** Accepted\n\n"
                          "Use MCP as the tool interface.\n";
  // A `log.md` in a folder named for decisions is a log; `AD-NNN` numbers its decisions.
  CHECK(log_sections(log, "kit/decisions/log.md") == 2);
  CHECK(log_sections(log, "DECISIONS.md") == 2);
  // Elsewhere an identifier that is not a decision's word numbers nothing.
  CHECK(log_sections(log, "kit/notes/log.md") == 0);
  CHECK(log_sections(log, "notes.md") == 0);
  // Each is read as its own ADR, by its own anchor.
  const std::vector<AdrRecord> read = read_adr_file(log, "kit/decisions/log.md", default_rule_base());
  REQUIRE(read.size() == 2);
  CHECK(read[1].section == "ad-002-mcp-for-tools");
  CHECK(read[1].status == AdrStatus::accepted);
  // An identifier is a few letters, a dash and a digit: a word or a version is none.
  CHECK(log_sections("# Log\n\n## Release-1 notes\n\nA.\n\n## Release-2 notes\n\nB.\n", "decisions/log.md") == 0);
}

TEST_CASE("round thirty-three: a sub-heading that labels the choice names it", "[adr][round33]") {
  // A label that says the thing was chosen, a colon, the choice: the choice is the decision.
  CHECK(opens_with(decided("# 7. Editor\n\n## Décision\n\n### Architecture retenue : Éditeur en ligne\n\n"
                           "Une seule vue affiche le prompt.\n"),
                   "Architecture retenue : Éditeur en ligne: Une seule vue affiche le prompt."));
  CHECK(decided("# 8. Search\n\n## Decision\n\n### Selected engine: Tantivy\n\nIt indexes the manuals.\n") ==
        "Selected engine: Tantivy: It indexes the manuals. -> none");
  CHECK(decided("# 8. Answers\n\n## Decision\n\n### Chosen approach: RAG\n\nAnswers cite the pages.\n") ==
        "Chosen approach: RAG: Answers cite the pages. -> rag");
  // A topic's label before a colon stays over its prose, which is the decision.
  CHECK(decided("# 9. Client\n\n## Decision\n\n### Tier 1: WebSocket\n\nWe stream over a socket.\n") ==
        "We stream over a socket. -> none");
  CHECK(decided("# 9. Plan\n\n## Decision\n\n### Phase 1: Setup\n\nWe provision the cluster.\n") ==
        "We provision the cluster. -> none");
}

TEST_CASE("round thirty-three: a name in code names no approach", "[adr][round33]") {
  // A function, module or file of the code that has RAG in its name is not the approach chosen.
  CHECK(verdict_of_decision_text("Agent: a support agent with one tool, search_docs(query), that calls "
                                 "rag.search(session, query).") == std::nullopt);
  CHECK(verdict_of_decision_text("The ingest job lives in rag_ingest.py and runs nightly.") == std::nullopt);
  // The approach in prose is read as before, also at a sentence's end and before a parenthesis.
  CHECK(verdict_of_decision_text("Use RAG.") == Verdict::rag);
  CHECK(verdict_of_decision_text("Use RAG (retrieval-augmented generation) for the answers.") == Verdict::rag);
  CHECK(verdict_of_decision_text("We fine-tune the model, e.g. with LoRA.") == Verdict::fine_tune);
}
