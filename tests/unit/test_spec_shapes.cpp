// A list or a mapping where one value goes, and the reverse: every such slip says what to write
// (docs/spec-format.md, "Common mistakes"). Expected texts are written from the rule each slip
// breaks (a fact holds one value; `facts` is a mapping; `components` and `sources` are lists), the
// positions counted by hand in the YAML below.
#include <catch2/catch.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

using test::facts_error;

} // namespace

TEST_CASE("a fact written as a list of one value is told to drop the brackets, with the line to write") {
  // `  knowledge_base_docs: ` is 23 characters: the list starts at column 24, its item at 25.
  CHECK(facts_error("  knowledge_base_docs: [300]\n") ==
        "bad.yaml:4:24: fact `knowledge_base_docs` holds one value, got a list of one: write it without `[ ]` or "
        "`- `, as `knowledge_base_docs: 300`");
  CHECK(facts_error("  knowledge_updates:\n    - weekly\n") ==
        "bad.yaml:5:5: fact `knowledge_updates` holds one value, got a list of one: write it without `[ ]` or `- `, "
        "as `knowledge_updates: weekly`");
  CHECK(facts_error("  private_data: [yes]\n") ==
        "bad.yaml:4:17: fact `private_data` holds one value, got a list of one: write it without `[ ]` or `- `, as "
        "`private_data: yes`");
  // The value inside is no number either: both fixes, the second the one a plain `about 300` gets.
  CHECK(facts_error("  knowledge_base_docs: [about 300]\n") ==
        "bad.yaml:4:25: fact `knowledge_base_docs` holds one value, got a list of one: write it without `[ ]` or "
        "`- `; and the value itself: fact `knowledge_base_docs` (documents) must be a whole number, got `about 300`; "
        "write one whole number, your best estimate: 300");
}

TEST_CASE("a fact written as a list of several values says it takes one") {
  CHECK(facts_error("  labeled_examples: [100, 500]\n") ==
        "bad.yaml:4:21: fact `labeled_examples` (examples) must be a whole number, got a list: it takes one value: "
        "write the one that applies, without `[ ]` or `- `");
  CHECK(facts_error("  citations_required: [yes, no]\n") ==
        "bad.yaml:4:23: fact `citations_required` must be true or false, got a list: it takes one value: write the "
        "one that applies, without `[ ]` or `- `");
  CHECK(facts_error("  labeled_examples: []\n") ==
        "bad.yaml:4:21: fact `labeled_examples` (examples) must be a whole number, got a list: `[]` is an empty "
        "list; write one value, or leave the line out");
}

TEST_CASE("a fact written as a mapping: the value alone, or the fact indented under it lined up") {
  CHECK(facts_error("  labeled_examples: {count: 500}\n") ==
        "bad.yaml:4:21: fact `labeled_examples` holds one value, got a mapping, `count: 500`: write the value alone, "
        "as `labeled_examples: 500`");
  // A fact indented under the one above, which has no value: YAML reads it as that fact's value.
  CHECK(facts_error("  private_data:\n    citations_required: true\n") ==
        "bad.yaml:5:5: fact `citations_required` is indented under fact `private_data`, so YAML reads it as the "
        "value of `private_data`: line `citations_required` up with `private_data`, and give `private_data` a value "
        "after its `:` (or `unknown`)");
  CHECK(facts_error("  budget: {amount: 5000, currency: EUR}\n") ==
        "bad.yaml:4:11: fact `budget` must be one of: low, medium, high; got a mapping: the `key:` lines indented "
        "under it are read as its value; write its value after its `:`, and line up with it any line under it that "
        "is a key of its own");
}

TEST_CASE("a list or a mapping where a text goes, and a text where a list or a mapping goes") {
  CHECK(test::spec_error("ragft: 1\nproject: [Acme helpdesk]\n").to_string() ==
        "bad.yaml:2:10: `project` (the project's name) must be a text value, got a list: it takes one value, "
        "written alone, without `[ ]` or `- `: `Acme helpdesk`");
  // A file of prose: not a spec at all, so what a spec starts with (not how to indent keys).
  CHECK(test::spec_error("It answers questions about HR policies.\n").to_string() ==
        "bad.yaml:1:1: a spec must be a mapping of `key: value` lines, got `It answers questions about HR policies.`: "
        "a spec starts with the lines `ragft: 1` and `project: NAME`, then its facts under `facts:` (`ragft ask "
        "--save FILE` writes one from your answers)");
  CHECK(test::spec_error("ragft: 1\nproject: X\nfacts: weekly\n").to_string() ==
        "bad.yaml:3:8: `facts` must be a mapping of `key: value` lines, got `weekly`: write its `key: value` lines "
        "under it, each on a line of its own, indented by two spaces");
  CHECK(test::spec_error("ragft: 1\nproject: X\nfacts:\n  - weekly\n").to_string() ==
        "bad.yaml:4:3: `facts` must be a mapping of `key: value` lines, got a list: write each item as a `key: "
        "value` line, without the `- ` before it");
  CHECK(test::spec_error("ragft: 1\nproject: X\ncomponents: answer style\n").to_string() ==
        "bad.yaml:3:13: `components` must be a list, got `answer style`: write each component as a list item "
        "under it, `- name: answer style` with its `facts:` under it, indented by four spaces");
}
