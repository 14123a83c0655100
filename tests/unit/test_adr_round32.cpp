// Round thirty-two's forms (written for these tests, in the shapes met in real ADR repositories):
// a supersession written as a YAML list in a front matter that parses, statuses that put a
// decision off, a Decision section that opens with a sub-heading stating the decision over prose,
// Chinese `已修订` (revised), and a RAG system's data named as a part. Each expected value is what a
// person reads in the fixture.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/check.hpp>
#include <ragft/rules/loader.hpp>

#include "adr_read_helpers.hpp"

using namespace ragft;

namespace {

using test::decided;
using test::read;
using test::status_of;

using test::opens_with;

} // namespace

TEST_CASE("round thirty-two: a YAML list names the successor", "[adr][round32]") {
  // A flow list and a block list under the key, in a front matter that parses: the ADR is superseded.
  CHECK(opens_with(status_of("---\nstatus: accepted\nsuperseded_by: ['ADR-0022']\n---\n\n# 2. Sessions\n"),
                   "superseded"));
  CHECK(opens_with(status_of("---\nstatus: active\nsuperseded_by:\n  - ADR-0171-packaging\n---\n\n# 20. Charts\n"),
                   "superseded"));
  // Each item is a link of its own, at its line.
  const AdrRecord two = read("---\nstatus: accepted\nsupersedes:\n  - ADR-0003\n  - ADR-0004\n---\n\n# 9. Store\n");
  REQUIRE(two.links.size() == 2);
  CHECK(two.links[1].target == "ADR-0004");
  CHECK_FALSE(two.links[1].by);
  CHECK(two.links[1].where.line == 5);
  CHECK(opens_with(status_of("---\nstatus: accepted\nsupersedes:\n  - ADR-0003\n---\n\n# 9. Store\n"), "accepted"));
  // The ADR a list names as superseded is read so.
  std::vector<AdrRecord> records;
  records.push_back(
      read_adr("---\nstatus: accepted\n---\n\n# 3. Old store\n", "docs/adr/0003-old-store.md", default_rule_base()));
  records.push_back(read_adr("---\nstatus: accepted\nsupersedes: [\"0003-old-store.md\"]\n---\n\n# 9. Store\n",
                             "docs/adr/0009-store.md", default_rule_base()));
  resolve_supersession(records);
  CHECK(records[0].status == AdrStatus::superseded);
  CHECK(records[1].status == AdrStatus::accepted);
  // A list of anything but text, and an empty one, names none.
  CHECK(opens_with(status_of("---\nstatus: accepted\nsuperseded_by:\n  - {}\n---\n\n# 4. X\n"), "accepted"));
}

TEST_CASE("round thirty-two: a decision put off is proposed", "[adr][round32]") {
  // None of MADR's or log4brains' statuses says it; not in force, and it may yet be taken up.
  CHECK(opens_with(status_of("# 7. Cache\n\n## Status\n\nDeferred\n"), "proposed"));
  CHECK(opens_with(status_of("# 7. Cache\n\n* Status: Deferred to Phase 2\n"), "proposed"));
  CHECK(opens_with(status_of("---\nstatus: on hold\n---\n# Write own tooling\n"), "proposed"));
  CHECK(opens_with(status_of("# 7. Cache\n\n**Status:** On-hold\n"), "proposed"));
  CHECK(opens_with(status_of("# 7. Cache\n\n## Status\n\nPostponed until the pilot ends.\n"), "proposed"));
  CHECK(opens_with(status_of("# 7. Cache\n\n## Status\n\nParked\n"), "proposed"));
  CHECK(opens_with(status_of("# 7. Cache\n\n## Status\n\nPaused\n"), "proposed"));
  CHECK(opens_with(status_of("# 7. Cache\n\n## Status\n\nZur\u00fcckgestellt\n"), "proposed"));
  CHECK(opens_with(status_of("# 7. Cach\u00e9\n\n## Estado\n\nAplazado\n"), "proposed"));
  CHECK(opens_with(status_of("# 7. Cache\n\n## Statut\n\nReport\u00e9e\n"), "proposed"));
  CHECK(opens_with(status_of("# 7. 缓存\n\n## 状态\n\n搁置\n"), "proposed"));
  // A status in force that mentions a deferral stays in force.
  CHECK(opens_with(status_of("# 7. Cache\n\n## Status\n\nAccepted (rollout deferred)\n"), "accepted"));
}

TEST_CASE("round thirty-two: a sub-heading that states the decision names it", "[adr][round32]") {
  // A verb that adopts opens the sub-heading: it names the decision, the prose under it details it.
  CHECK(decided("# 9. Data\n\n## Decision\n\n### Adopt fixture-first development\n\n"
                "We ship static fixture data in the container.\n") ==
        "Adopt fixture-first development: We ship static fixture data in the container. -> none");
  CHECK(decided("# 9. Answers\n\n## Decision\n\n### Use RAG for the manuals\n\n"
                "Answers cite the retrieved pages.\n") ==
        "Use RAG for the manuals: Answers cite the retrieved pages. -> rag");
  // A statement with a copula or modal.
  CHECK(decided("# 2. Model\n\n## Decision\n\n### Stages are separate types, not optional fields\n\n"
                "The loader returns one type per stage.\n") ==
        "Stages are separate types, not optional fields: The loader returns one type per stage. -> none");
  // A topic, a question and `Use cases` stay over their prose, which is the decision.
  CHECK(decided("# 4. Layers\n\n## Decision\n\n### Architecture Layers\n\nWe split the service in three layers.\n") ==
        "We split the service in three layers. -> none");
  CHECK(decided("# 4. Index\n\n## Decision\n\n### What is indexed\n\nEvery manual is indexed nightly.\n") ==
        "Every manual is indexed nightly. -> none");
  CHECK(decided("# 4. Scope\n\n## Decision\n\n### Use cases\n\nSupport agents ask about warranties.\n") ==
        "Support agents ask about warranties. -> none");
  CHECK(decided("# 4. Store\n\n## Decision\n\n### Storage\n\nWe keep the vectors in Qdrant.\n") ==
        "We keep the vectors in Qdrant. -> none");
}

TEST_CASE("round thirty-two: revised in Chinese, and a RAG system's data", "[adr][round32]") {
  CHECK(opens_with(status_of("# ADR-004：复杂度上限\n\n## 状态\n\n已修订（2026-07-09）\n"), "accepted"));
  // The data a RAG system retrieves from, and their storage, are its parts.
  CHECK(decided("# 7. Data\n\n## Decision\n\nUse MinIO for local RAG data persistence.\n") ==
        "Use MinIO for local RAG data persistence. -> none");
  CHECK(decided("# 7. Data\n\n## Decision\n\nUse RAG over the product data.\n") ==
        "Use RAG over the product data. -> rag");
}
