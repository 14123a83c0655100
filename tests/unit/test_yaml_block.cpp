// The block-subset reader (base/yaml_block.hpp) against yaml-cpp's events: whatever it accepts, it
// reads exactly as yaml-cpp does (values, tags, nulls, positions); whatever is outside it, it declines.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "base/yaml_block.hpp"
#include "base/yaml_value.hpp"

namespace {

using ragft::yaml::describe;
using ragft::yaml::parse_block_subset;
using ragft::yaml::parse_value_documents_by_events;

std::string by_events(const std::string& text) { return describe(parse_value_documents_by_events(text, "t.yaml", 8)); }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_CASE("the block subset reads what yaml-cpp reads: values, tags, nulls and positions") {
  const char* texts[] = {
      "ragft: 1\nproject: Support bot\nfacts:\n  knowledge_updates: daily\n  labeled_examples: 300\n",
      // empty values: yaml-cpp puts the null at the next token, or at the end of the text
      "a:\nb: ~\nc: null\nd: NULL\ne:\n  f:\n\n  # a comment\ng:", "a:\n  b:\n",
      // quoted scalars (tag !), with a comment after them; '' in single quotes
      "a: \"x y\"\nb: 'it''s'  # c\nc: ''\nd: \"null\"\n",
      // plain scalars: comments, inner colons and hashes, commas, brackets inside, negative numbers
      "a: x y  # c\nb: a:b\nc: a#b\nd: a, b [c] {d}\ne: -5\nf: -0.5\ng: true\nh: it's\n",
      // lists: of mappings (compact), of scalars, empty items, nested blocks, at their key's indent
      "components:\n  - name: part 1\n    facts:\n      a: 1\n  - name: part 2\n  - \n  -\n  - x\nnext: 1\n",
      "list:\n- a\n- b: 1\n  c: 2\nafter: 3\n", "-\n  a: 1\n- b\n", "- # a comment\n  a: 1\n",
      // keys: spaces, dots, slashes, dashes; a key that reads as null; spaces before the colon
      "part one: 1\nv1.2/x-y: 2\nnull: 3\nkey  : 4\n",
      // a root indented, trailing spaces, no newline at the end
      "  a: 1   \n  b: 2",
      "a:\n  b:\n\n", // blank lines at the end
  };
  for (const char* text : texts) {
    INFO(text);
    const auto block = parse_block_subset(text);
    REQUIRE(block.has_value());
    CHECK(describe(*block) == by_events(text));
  }
}

TEST_CASE("the block subset declines what it does not read, so yaml-cpp reads it (and gives its errors)") {
  const char* texts[] = {
      "",                       // no document
      "# only a comment\n",     //
      "a: [1, 2]\n",            // flow collections
      "a: {b: 1}\n",            //
      "a: |\n  text\n",         // block scalars
      "a: >\n  text\n",         //
      "a: &x 1\nb: *x\n",       // anchors and aliases
      "a: !!str 1\n",           // tags
      "a: \"x\\ty\"\n",         // escapes
      "a: 'x\n  y'\n",          // a quoted scalar over lines
      "a: x\n  y\n",            // a plain scalar over lines
      "---\na: 1\n",            // document markers
      "a: 1\n...\n",            //
      "%YAML 1.2\n---\na: 1\n", // directives
      "a:\tb\n",                // a tab
      "a: 1\r\nb: 2\r\n",       // CR
      "a: caf\xc3\xa9\n",       // bytes beyond ASCII
      "\"a\": 1\n",             // a quoted key
      "? a\n: 1\n",             // complex keys
      "a: b: c\n",              // a value that reads as a mapping
      "a: 1\n  b: 2\n",         // bad indentation (a yaml-cpp error)
      "a:\n  - b\n  c: 1\n",    // a key after a list at the list's indent (an error)
      "a: 1\n- b\n",            // a list item in a mapping (an error)
      "- - a\n",                // a list in a list item
      "a: - b\n",               // a list on a key's line
      "hello\n",                // a scalar document
      "a: 'x'y\n",              // text after a closing quote
      "a: 1\nb:\n    c:\n  ",   // spaces at the end (found by fuzz_spec: yaml-cpp
                                // put the empty value at their column, 2)
      "a:\n    b:\n #",         // a short comment at the end, without a newline
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK_FALSE(parse_block_subset(text).has_value());
  }
  // Nesting deeper than 64 blocks (the input scan's limit) is declined, not followed.
  std::string deep;
  for (int level = 0; level < 100; ++level) {
    deep += std::string(static_cast<std::size_t>(level), ' ') + "k:\n";
  }
  CHECK_FALSE(parse_block_subset(deep).has_value());
  CHECK(parse_block_subset(deep.substr(0, deep.find(std::string(40, ' ') + "k:"))).has_value());
}

TEST_CASE("every spec file of the project that the block subset accepts reads as yaml-cpp reads it") {
  int accepted = 0;
  int files = 0;
  for (const char* folder : {"examples", "cases", "tests/scenarios", "tests/batch/specs", "tests/e2e"}) {
    const std::filesystem::path root = std::filesystem::path(RAGFT_SOURCE_DIR) / folder;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".yaml") {
        continue;
      }
      ++files;
      const std::string text = read_file(entry.path());
      if (const auto block = parse_block_subset(text)) {
        ++accepted;
        INFO(entry.path().string());
        CHECK(describe(*block) == by_events(text));
      }
    }
  }
  // Most real specs are in the subset (the rest are read by yaml-cpp alone).
  CHECK(files > 100);
  CHECK(accepted * 2 > files);
}
