// The compiled-in rule base is read into YAML values at build time and decoded at start-up
// (base/yaml_value_codec.hpp): the codec must give back exactly the values it was given, refuse
// any other text, and the rule base loaded from its values must be the one loaded from its text.

#include <catch2/catch.hpp>

#include <sstream>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include <ragft/base/diagnostic.hpp>
#include <ragft/rules/loader.hpp>
#include <ragft/rules/show.hpp>

#include "base/yaml_value.hpp"
#include "base/yaml_value_codec.hpp"

using ragft::yaml::decode_values;
using ragft::yaml::describe;
using ragft::yaml::encode_values;
using ragft::yaml::parse_value_documents_by_events;

namespace {

std::string round_trip(const std::string& text) {
  return describe(decode_values(encode_values(parse_value_documents_by_events(text, "t.yaml", 8))));
}

std::string read_directly(const std::string& text) {
  return describe(parse_value_documents_by_events(text, "t.yaml", 8));
}

// What a person compares of two loads: everything `rules show` prints, and where each part is written.
std::string summary(const ragft::RuleBase& rules) {
  std::ostringstream out;
  ragft::render_rule_base(out, rules, ragft::ShowFormat::json);
  const auto at = [&](const std::string& id, const ragft::Location& where) {
    out << fmt::format("{} {}:{}:{}\n", id, where.file, where.line, where.column);
  };
  for (const ragft::FactDef& fact : rules.facts) {
    at(fact.id, fact.where);
  }
  for (const ragft::Rule& rule : rules.rules) {
    at(rule.id, rule.where);
  }
  for (const ragft::Constraint& constraint : rules.constraints) {
    at(constraint.id, constraint.where);
  }
  for (const auto& [key, source] : rules.sources) {
    at(key, source.where);
  }
  return out.str();
}

// The 1-based line of the first line of `text` that is `line` with its indentation removed.
int line_of(std::string_view text, std::string_view line) {
  std::istringstream in{std::string(text)};
  std::string each;
  for (int n = 1; std::getline(in, each); ++n) {
    if (each.find_first_not_of(' ') != std::string::npos && each.substr(each.find_first_not_of(' ')) == line) {
      return n;
    }
  }
  return 0;
}

} // namespace

TEST_CASE("encoded values decode to the same values, positions and tags") {
  SECTION("block and flow collections, nulls, quoted and block scalars") {
    const std::string text = "a: 1\nb:\n  - x\n  - 'quoted: yes'\n  -\nc: {d: [1, 2], e: ~}\nf: >\n  folded\n  text\n";
    CHECK(round_trip(text) == read_directly(text));
  }
  SECTION("several documents, and text with the codec's own separators in it") {
    const std::string text = "x: \"a;b,c:d\"\n---\n- 3:4;5\n- \"\\n\"\n";
    CHECK(round_trip(text) == read_directly(text));
  }
  SECTION("an alias comes back as a copy of the value it names") {
    CHECK(round_trip("a: &x [1, 2]\nb: *x\n") == read_directly("a: &x [1, 2]\nb: *x\n"));
  }
  SECTION("the text follows the format written in yaml_value_codec.cpp") {
    // One document; a mapping at 0 (line 0, column 0) with one pair; yaml-cpp tags plain nodes `?`.
    CHECK(encode_values(parse_value_documents_by_events("a: 1\n", "t.yaml", 8)) ==
          "1;m0,0,0,1:?0:1;s0,0,0,1:?1:a0;s3,0,3,1:?1:10;");
  }
}

TEST_CASE("a text the encoder did not write is refused, not read") {
  for (const char* text : {"", "1;", "x;", "1;q0,0,0,0:0:0;", "1;s0,0,0,5:ab0:0;", "1;s0,0,0,0:0:0;extra",
                           "1;s0,0,0,0:0:-1;", "1;l0,0,0,0:0:2;s0,0,0,0:0:0;", "2;s0,0,0,0:0:0;"}) {
    INFO(text);
    CHECK_THROWS_AS(decode_values(text), std::invalid_argument);
  }
}

TEST_CASE("the compiled-in rule base, read from its values, is the one its text gives") {
  const ragft::RuleBase& compiled = ragft::default_rule_base();
  const ragft::RuleBase from_text = ragft::load_rule_base(ragft::default_rule_base_text(), "rules/default.yaml");
  CHECK(summary(compiled) == summary(from_text));
  REQUIRE(compiled.fact_index("knowledge_updates"));
  const ragft::FactDef& fact = compiled.facts[static_cast<std::size_t>(*compiled.fact_index("knowledge_updates"))];
  CHECK(fact.where.file == "rules/default.yaml");
  CHECK(fact.where.line == line_of(ragft::default_rule_base_text(), "- id: knowledge_updates"));
}

TEST_CASE("an alias inside the value it names is an error at the alias, not an endless loop") {
  const std::string text = "ragft_rules: 1\nname: cyclic\nfacts: &f\n- *f\n";
  try {
    (void)ragft::load_rule_base(text, "cyclic.yaml");
    FAIL("a cyclic rule base loaded");
  } catch (const ragft::InputError& e) {
    CHECK(e.diagnostic().where.file == "cyclic.yaml");
    CHECK(e.diagnostic().where.line == 4);
    CHECK(e.diagnostic().where.column == 3);
    CHECK(e.diagnostic().message.find("cannot contain itself") != std::string::npos);
  }
}
