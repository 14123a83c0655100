// ragft's own document loop (base/yaml_documents.cpp) against yaml-cpp's LoadAll, on texts where
// LoadAll ends: the same trees (as yaml-cpp emits them), tags and positions.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "base/yaml_documents.hpp"
#include "base/yaml_value.hpp"

#include <ragft/base/diagnostic.hpp>

namespace {

std::string dump(const YAML::Node& node) {
  YAML::Emitter out;
  out << node;
  return out.c_str();
}

// The tag and position of every node, depth first, keys before values.
void describe(const YAML::Node& node, std::string& out) {
  out += node.Tag() + "@" + std::to_string(node.Mark().line) + ":" + std::to_string(node.Mark().column) + " ";
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      describe(item, out);
    }
  } else if (node.IsMap()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      describe(it->first, out);
      describe(it->second, out);
    }
  }
}

// As `describe`, for ragft's light tree, with the scalars' text too; `describe_text` for a node.
void describe_text(const ragft::yaml::ValueRef& value, std::string& out) {
  out += value.Tag() + "@" + std::to_string(value.Mark().line) + ":" + std::to_string(value.Mark().column) + "=" +
         (value.IsScalar() ? value.Scalar()
          : value.IsNull() ? "~"
                           : "") +
         " ";
  for (const ragft::yaml::ValueRef& item : value) {
    describe_text(item, out);
  }
  for (const auto& [key, item] : value.pairs()) {
    describe_text(key, out);
    describe_text(item, out);
  }
}

void describe_text(const YAML::Node& node, std::string& out) {
  out += node.Tag() + "@" + std::to_string(node.Mark().line) + ":" + std::to_string(node.Mark().column) + "=" +
         (node.IsScalar() ? node.Scalar()
          : node.IsNull() ? "~"
                          : "") +
         " ";
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      describe_text(item, out);
    }
  } else if (node.IsMap()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      describe_text(it->first, out);
      describe_text(it->second, out);
    }
  }
}

// The light tree (yaml_value.hpp) holds what the node tree holds: kinds, tags, marks, text, order.
void check_light_tree(const std::string& text) {
  INFO(text);
  const std::vector<YAML::Node> nodes = ragft::yaml::parse_documents(text, "in.yaml", 1000);
  const ragft::yaml::ValueDocuments values = ragft::yaml::parse_value_documents(text, "in.yaml", 1000);
  REQUIRE(values.roots.size() == nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    std::string a;
    std::string b;
    describe_text(values.roots[i], a);
    describe_text(nodes[i], b);
    CHECK(a == b);
  }
}

void check_same(const std::string& text) {
  INFO(text);
  const std::vector<YAML::Node> mine = ragft::yaml::parse_documents(text, "in.yaml", 1000);
  const std::vector<YAML::Node> theirs = YAML::LoadAll(text);
  REQUIRE(mine.size() == theirs.size());
  for (std::size_t i = 0; i < mine.size(); ++i) {
    CHECK(dump(mine[i]) == dump(theirs[i]));
    std::string a;
    std::string b;
    describe(mine[i], a);
    describe(theirs[i], b);
    CHECK(a == b);
  }
}

} // namespace

TEST_CASE("documents are read as yaml-cpp's own loader reads them") {
  check_same("");
  check_same("ragft: 1\nproject: \"x\"\nfacts: {a: [1, 2], b: ~}\n");
  check_same("---\na: 1\n---\n- x\n- 'y'\n- !t z\n...\n---\n");
  check_same("a: &x {b: 1}\nc: *x\nd: &y [1, *x]\ne: *y\n");
  check_same("? [a, b]\n: 1\n? {c: d}\n: [2]\n");
  check_same("a: |\n  text\n  more\nb: >-\n  folded\n");
  check_same("- - - deep\n    - x\n  - y\n- {a: [b, {c: d}]}\n");
  check_same("a:\nb: null\nc: ''\n");
}

TEST_CASE("a document after the previous one's nodes stays as read") {
  // yaml-cpp's Node::operator= writes through to the node: the loop must not reuse handles.
  const auto documents = ragft::yaml::parse_documents("a: 1\n---\nb: 2\n", "in.yaml", 1000);
  REQUIRE(documents.size() == 2);
  CHECK(documents[0]["a"].Scalar() == "1");
  CHECK(documents[1]["b"].Scalar() == "2");
}

TEST_CASE("the document limit is kept by the loop itself") {
  std::string text;
  for (int i = 0; i < 5; ++i) {
    text += "--- " + std::to_string(i) + "\n";
  }
  CHECK(ragft::yaml::parse_documents(text, "in.yaml", 5).size() == 5);
  try {
    ragft::yaml::parse_documents(text + "--- 5\n", "in.yaml", 5);
    FAIL("no error past the limit");
  } catch (const ragft::InputError& e) {
    CHECK(e.diagnostic().to_string() == "in.yaml:6:1: more than 5 YAML documents in one file; split it");
  }
}

TEST_CASE("the light tree holds what the node tree holds") {
  check_light_tree("");
  check_light_tree("ragft: 1\nproject: \"x\"\nfacts: {a: [1, 2], b: ~}\n");
  check_light_tree("---\na: 1\n---\n- x\n- 'y'\n- !t z\n...\n---\n");
  check_light_tree("a: &x {b: 1}\nc: *x\nd: &y [1, *x]\ne: *y\n");
  check_light_tree("? [a, b]\n: 1\n? {c: d}\n: [2]\n");
  check_light_tree("a:\nb: null\nc: ''\na: again\n");
}

TEST_CASE("the light tree's loop keeps the document limit") {
  std::string text;
  for (int i = 0; i < 6; ++i) {
    text += "--- " + std::to_string(i) + "\n";
  }
  try {
    ragft::yaml::parse_value_documents(text, "in.yaml", 5);
    FAIL("no error past the limit");
  } catch (const ragft::InputError& e) {
    CHECK(e.diagnostic().to_string() == "in.yaml:6:1: more than 5 YAML documents in one file; split it");
  }
}

namespace {

// The message of the InputError that reading `text` with `parse` throws; "" when it reads.
template <typename Parse> std::string parse_error_with(Parse parse, const std::string& text) {
  try {
    parse(text, "in.yaml", 1000);
  } catch (const ragft::InputError& e) {
    return e.diagnostic().to_string();
  }
  return "";
}

// As above, reading into yaml-cpp's tree, or into ragft's own.
std::string node_tree_error(const std::string& text) { return parse_error_with(ragft::yaml::parse_documents, text); }
std::string light_tree_error(const std::string& text) {
  return parse_error_with(ragft::yaml::parse_value_documents_by_events, text);
}

// `name: &name [x, x, ...]`, a list of `items` scalars (so `items + 1` values), as one line.
std::string anchored_list(const std::string& name, int items) {
  std::string line = name + ": &" + name + " [x";
  for (int i = 1; i < items; ++i) {
    line += ", x";
  }
  return line + "]\n";
}

// `name: [*of, *of, ...]`, `count` aliases, as one line; with `anchor`, anchored as `&name`.
std::string alias_list(const std::string& name, const std::string& of, int count, bool anchor = false) {
  std::string line = name + ": " + (anchor ? "&" + name + " " : "") + "[*" + of;
  for (int i = 1; i < count; ++i) {
    line += ", *" + of;
  }
  return line + "]\n";
}

} // namespace

TEST_CASE("an alias inside the value its anchor names is refused by both trees, at the alias") {
  const std::string message = "invalid YAML: an alias inside the very value its anchor names: a value cannot "
                              "contain itself; write the inner value out instead of the alias";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"facts: &f [*f]\n", "in.yaml:1:12: "},
      {"when: &c {all: [*c]}\n", "in.yaml:1:17: "},
      {"a: &a\n  b:\n    - c: *a\n", "in.yaml:3:10: "},
      {"? &k [*k]\n: 1\n", "in.yaml:1:7: "},
  };
  for (const auto& [text, where] : cases) {
    INFO(text);
    CHECK(node_tree_error(text) == where + message);
    CHECK(light_tree_error(text) == where + message);
  }
  // An alias after its anchor's value is complete is fine, also inside another value.
  CHECK(node_tree_error("a: &a [1]\nb: &b [*a, {c: *a}]\n").empty());
  CHECK(light_tree_error("a: &a [1]\nb: &b [*a, {c: *a}]\n").empty());
}

TEST_CASE("aliases may stand for at most 100,000 values in one document, counted as copies") {
  const std::string message = "invalid YAML: the aliases of this document stand for more than 100000 values (each "
                              "counts every value its anchor names, the aliases in it included); write the values "
                              "out instead of aliasing aliases";
  SECTION("32 aliases of a list of 3,124 scalars: 32 * 3,125 = 100,000 values, the limit") {
    const std::string text = anchored_list("a", 3124) + alias_list("b", "a", 32);
    CHECK(node_tree_error(text).empty());
    CHECK(light_tree_error(text).empty());
  }
  SECTION("one scalar more: the 32nd alias (line 2, column 4 + 4 * 31 + 1) passes the limit") {
    const std::string text = anchored_list("a", 3125) + alias_list("b", "a", 32);
    CHECK(node_tree_error(text) == "in.yaml:2:129: " + message);
    CHECK(light_tree_error(text) == "in.yaml:2:129: " + message);
  }
  SECTION("an alias counts the aliases inside the value it names") {
    // a: 1,562 values; b: the list and two copies of a, 3,125 values (its two aliases: 3,124).
    // 31 aliases of b: 3,124 + 31 * 3,125 = 99,999 values; the 32nd passes the limit.
    const std::string base = anchored_list("a", 1561) + alias_list("b", "a", 2, true);
    CHECK(node_tree_error(base + alias_list("c", "b", 31)).empty());
    CHECK(light_tree_error(base + alias_list("c", "b", 31)).empty());
    CHECK(node_tree_error(base + alias_list("c", "b", 32)) == "in.yaml:3:129: " + message);
    CHECK(light_tree_error(base + alias_list("c", "b", 32)) == "in.yaml:3:129: " + message);
  }
  SECTION("the count starts again in each document") {
    const std::string document = anchored_list("a", 3124) + alias_list("b", "a", 32);
    CHECK(node_tree_error(document + "---\n" + document).empty());
    CHECK(light_tree_error(document + "---\n" + document).empty());
  }
}
