// The mistakes teams make when they write facts into an ADR (issue: ADRs that carry ragft facts),
// each in a small ADR written for this test: every one is told at the line a person must edit,
// with what to change. Lines and columns are counted by hand in the ADR texts below.

#include <catch2/catch.hpp>

#include <string>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/check.hpp>
#include <ragft/adr/findings.hpp>
#include <ragft/rules/loader.hpp>

#include "adr_read_helpers.hpp"

using namespace ragft;

namespace {

using test::check;
using test::read;

bool says(const std::string& message, const std::string& part) { return message.find(part) != std::string::npos; }

// `r` has one error, at `line` (and `column`, unless 0), whose message says `part`.
void one_error(const AdrRecord& r, int line, int column, const std::string& part) {
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].where.line == line);
  if (column != 0) {
    CHECK(r.errors[0].where.column == column);
  }
  CHECK(says(r.errors[0].message, part));
}

// `e` has one finding, the note `adr-facts-missing` at `line`, whose message says `part`.
void one_note(const AdrEntry& e, int line, const std::string& part) {
  REQUIRE(e.findings.size() == 1);
  CHECK(e.findings[0].rule == k_adr_facts_missing);
  CHECK(e.findings[0].severity == Severity::note);
  CHECK(e.findings[0].where.line == line);
  CHECK(says(e.findings[0].message, part));
}

} // namespace

TEST_CASE("a fenced ragft block never closed, or empty, is told at its fence", "[adr][facts]") {
  SECTION("never closed: the rest of the file is not read as YAML") {
    const AdrRecord r = read("# T\n\n## Decision\n\nWe use RAG.\n\n```ragft\nfacts:\n  knowledge_updates: weekly\n\n"
                             "## Consequences\n\nNightly retraining.\n");
    one_error(r, 7, 1, "never closed");
    CHECK(says(r.errors[0].message, "add a ``` line"));
  }
  SECTION("never closed at the end of the file, with ~~~") {
    const AdrRecord r = read("# T\n\n~~~ragft\nfacts:\n  knowledge_updates: weekly\n");
    one_error(r, 3, 0, "add a ~~~ line");
  }
  SECTION("closed after a blank line, in a block quote, or in CRLF: read") {
    CHECK(read("# T\n\n```ragft\nfacts:\n  knowledge_updates: weekly\n\n```\n").spec);
    CHECK(read("# T\n\n> ```ragft\n> facts:\n>   knowledge_updates: weekly\n> ```\n").spec);
    CHECK(read("# T\r\n\r\n```ragft\r\nfacts:\r\n  knowledge_updates: weekly\r\n```\r\n").spec);
  }
  SECTION("empty: at the fence's line, not without one") {
    const AdrRecord r = read("# T\n\n## Decision\n\nWe use RAG.\n\n  ```ragft\n  ```\n");
    one_error(r, 7, 3, "empty");
    const AdrRecord crlf = read("# T\r\n\r\n```ragft\r\n```\r\n");
    one_error(crlf, 3, 0, "empty");
  }
}

TEST_CASE("facts at the wrong level say where they go", "[adr][facts]") {
  SECTION("a fact at the top of the block, beside `decision`") {
    const AdrRecord r = read("---\nstatus: accepted\nragft:\n  decision: rag\n  knowledge_updates: daily\n---\n# T\n");
    one_error(r, 5, 3, "`knowledge_updates` is a fact");
    CHECK(says(r.errors[0].message, "under `facts:`"));
  }
  SECTION("the same in a fenced block under a list item keeps the file's column") {
    const AdrRecord r = read("# T\n\n- facts:\n\n  ```ragft\n  citations_required: true\n  ```\n");
    one_error(r, 6, 3, "`citations_required` is a fact");
  }
  SECTION("`ragft:` empty, `facts:` beside it in the front matter") {
    const AdrRecord r = read("---\nstatus: accepted\nragft:\nfacts:\n  knowledge_updates: daily\n---\n# T\n");
    one_error(r, 3, 0, "`facts:` (line 4)");
    CHECK(says(r.errors[0].message, "indent `facts:`"));
  }
  SECTION("`ragft: 1` copied from a spec file, `decision:` beside it") {
    const AdrRecord r = read("---\nragft: 1\ndecision: rag\n---\n# T\n");
    one_error(r, 2, 0, "`ragft: 1` (a spec file's first line)");
  }
  SECTION("`ragft-ignore` at the top of the front matter, beside `ragft:`, is not dropped without a word") {
    const AdrRecord r =
        read("---\nragft:\n  facts: {knowledge_updates: daily}\nragft-ignore:\n  - rule: adr-facts-unknown\n"
             "    reason: decided in ADR 2\n---\n# T\n");
    one_error(r, 4, 1, "indent it and its entries by two spaces under `ragft:`");
    CHECK_FALSE(r.spec);
  }
  SECTION("a second YAML document in the block is not dropped without a word; a leading `---` is no second") {
    const AdrRecord r =
        read("# T\n\n```ragft\nfacts: {knowledge_updates: weekly}\n---\nfacts: {labeled_examples: 5}\n```\n");
    one_error(r, 6, 1, "a second YAML document");
    CHECK(read("# T\n\n```ragft\n---\nfacts: {knowledge_updates: weekly}\n```\n").spec);
  }
  SECTION("a `ragft-ignore` entry that names the rule alone") {
    const AdrRecord r =
        read("# T\n\n```ragft\nfacts: {knowledge_updates: daily}\nragft-ignore: [adr-facts-unknown]\n```\n");
    one_error(r, 5, 0, "`- rule: adr-facts-unknown`");
    CHECK(says(r.errors[0].message, "`reason: ...`"));
  }
}

TEST_CASE("facts written where ragft does not read them: a note at that place", "[adr][facts]") {
  SECTION("a ```yaml block with `facts:`, even beside a RAG decision") {
    const AdrEntry e =
        check("# T\n\n## Decision\n\nWe use RAG.\n\n```yaml\nfacts:\n  knowledge_updates: weekly\n```\n");
    one_note(e, 7, "write ```ragft");
    CHECK_FALSE(says(e.findings[0].message, "take out the `ragft:` line"));
  }
  SECTION("a ```yml block with a `ragft:` level") {
    const AdrEntry e = check("# T\n\n```yml\nragft:\n  facts: {labeled_examples: 10}\n```\n");
    one_note(e, 3, "take out the `ragft:` line");
  }
  SECTION("`facts:` at the top of the front matter, no `ragft:` key") {
    const AdrEntry e = check("---\nstatus: accepted\nfacts:\n  labeled_examples: 10\n---\n# T\n");
    one_note(e, 3, "add a `ragft:` line above `facts:`");
  }
  SECTION("YAML of other tools is not taken for facts") {
    CHECK(check("# T\n\n```yaml\nservices:\n  db: {image: postgres}\n```\n").findings.empty());
    CHECK(check("# T\n\n```yaml\nfacts:\n  owner: team-a\n```\n").findings.empty());
    CHECK(check("# T\n\n```yaml\nfacts: [\n```\n").findings.empty());
  }
  SECTION("Pandoc's ```{.ragft} is a ragft block") {
    const AdrRecord r = read("# T\n\n```{.ragft title=\"facts\"}\nfacts:\n  knowledge_updates: weekly\n```\n");
    CHECK(r.errors.empty());
    REQUIRE(r.spec);
    CHECK(r.facts_where->line == 4);
  }
}

// As a compiler does: every independent error of a ragft block, each at its own line and column of
// the ADR (the ADR showed only the first of `knowledge_base_docs: [300]` and `latency: 300`).
TEST_CASE("a ragft block with several errors reports each, at its place", "[adr][facts]") {
  SECTION("a fenced block: a list of one and an unknown fact") {
    const AdrRecord r = read("# T\n\n```ragft\nfacts:\n  knowledge_base_docs: [300]\n  latency: 300\n```\n");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].where.line == 5);
    CHECK(r.errors[0].where.column == 24); // the `[`
    CHECK(says(r.errors[0].message, "`knowledge_base_docs: 300`"));
    CHECK(r.errors[1].where.line == 6);
    CHECK(r.errors[1].where.column == 3);
    CHECK(says(r.errors[1].message, "unknown fact `latency`"));
    CHECK(r.errors[0].also.empty());
    CHECK_FALSE(r.spec);
  }
  SECTION("a block indented under a list item: each error keeps the file's column") {
    const AdrRecord r =
        read("# T\n\n- facts:\n\n  ```ragft\n  facts:\n    knowledge_base_docs: [300]\n    latency: 300\n"
             "  ```\n");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].where.line == 7);
    CHECK(r.errors[0].where.column == 26);
    CHECK(r.errors[1].where.line == 8);
    CHECK(r.errors[1].where.column == 5);
  }
  SECTION("a misspelt key of the block and an error after it: both, and nothing that follows from the first") {
    const AdrRecord r = read("# T\n\n```ragft\nfact:\n  budget: low\ncost:\n  day_rat: 700\n```\n");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].where.line == 4);
    CHECK(says(r.errors[0].message, "unknown key `fact`"));
    CHECK(says(r.errors[0].message, "did you mean `facts`?"));
    CHECK(r.errors[1].where.line == 7);
    CHECK(says(r.errors[1].message, "day_rat"));
  }
  SECTION("front matter: two bad values, one finding each in `ragft check`") {
    const AdrEntry e =
        check("---\nstatus: accepted\nragft:\n  facts:\n    budget: huge\n    citations_required: often\n"
              "---\n# T\n");
    REQUIRE(e.findings.size() == 2);
    CHECK(e.findings[0].rule == k_adr_facts_invalid);
    CHECK(e.findings[0].where.line == 5);
    CHECK(says(e.findings[0].message, "`huge`"));
    CHECK(e.findings[1].rule == k_adr_facts_invalid);
    CHECK(e.findings[1].where.line == 6);
    CHECK(says(e.findings[1].message, "citations_required"));
  }
}
