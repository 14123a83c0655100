// Rationale templates read as English for every value they can quote: each `because` and `unblock`
// of the built-in rule base, rendered with each value of each fact it quotes.

#include <regex>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "helpers.hpp"
#include "rules/because.hpp"

using namespace ragft;

namespace {

// Integers where English changes (0, 1, a plural, numbers said with a vowel first: 8, 11, 18, 800,
// 11,000), from the fact's minimum up.
std::vector<std::string> integers_of(const FactDef& fact) {
  std::vector<std::string> out;
  for (std::int64_t n : {0, 1, 2, 8, 11, 18, 100, 800, 1000, 11000, 100000}) {
    if (n >= fact.minimum) {
      out.push_back(std::to_string(n));
    }
  }
  return out;
}

// The values a template is tried with: every choice, both bools, and the integers above.
std::vector<std::string> values_of(const FactDef& fact) {
  if (fact.type == FactType::integer) {
    return integers_of(fact);
  }
  if (fact.type == FactType::boolean) {
    return {"true", "false"};
  }
  std::vector<std::string> out;
  out.reserve(fact.choices.size());
  for (const Choice& c : fact.choices) {
    out.push_back(c.value);
  }
  return out;
}

std::vector<std::string> templates() {
  std::vector<std::string> out;
  for (const Rule& r : test::rules().rules) {
    out.push_back(r.because);
  }
  for (const Constraint& c : test::rules().constraints) {
    out.push_back(c.because);
    out.push_back(c.unblock);
  }
  return out;
}

std::string render(const std::string& text, const std::string& id, const std::string& value) {
  return render_because(text, test::rules(), test::facts({{id, value}}));
}

// What reads wrong, by the rules of English the templates must keep.
void check_reads(const std::string& s) {
  INFO(s);
  static const std::regex article_before_vowel(R"((^|[ (])[aA] ([aeiouAEIOU8]|11\b|11,|18\b|18,))");
  static const std::regex one_plural(R"((^|[^0-9,])1 (\w+ )?(examples|documents|weeks|queries|days)\b)");
  CHECK_FALSE(std::regex_search(s, article_before_vowel));
  CHECK_FALSE(std::regex_search(s, one_plural));
  CHECK(s.find('_') == std::string::npos); // a value spelt as in a spec, not in words
  CHECK(s.find("changes never") == std::string::npos);
  CHECK(s.find("realtime") == std::string::npos);
}

} // namespace

TEST_CASE("every rationale of the built-in rule base reads right with every value it can quote") {
  int rendered = 0;
  for (const std::string& text : templates()) {
    for (const Placeholder& p : parse_placeholders(text)) {
      const auto index = test::rules().fact_index(p.id);
      REQUIRE(index);
      for (const std::string& value : values_of(test::rules().facts[static_cast<std::size_t>(*index)])) {
        check_reads(render(text, p.id, value));
        ++rendered;
      }
    }
  }
  CHECK(rendered > 50);
}

TEST_CASE("choices are quoted by their phrase, integers agree with their noun, a becomes an") {
  const std::string k = "Knowledge {knowledge_updates}: x.";
  CHECK(render(k, "knowledge_updates", "never") == "Knowledge never changes: x.");
  CHECK(render(k, "knowledge_updates", "realtime") == "Knowledge changes in real time: x.");
  CHECK(render(k, "knowledge_updates", "daily") == "Knowledge changes daily: x.");
  const std::string d = "Answers draw on {knowledge_base_docs|document|documents}.";
  CHECK(render(d, "knowledge_base_docs", "1") == "Answers draw on 1 document.");
  CHECK(render(d, "knowledge_base_docs", "1200") == "Answers draw on 1,200 documents.");
  CHECK(render("on a {task_type} task", "task_type", "extraction") == "on an extraction task");
  CHECK(render("on a {task_type} task", "task_type", "generation") == "on a generation task");
  CHECK(render("A {latency_budget_ms} ms budget", "latency_budget_ms", "800") == "An 800 ms budget");
  CHECK(render("A {latency_budget_ms} ms budget", "latency_budget_ms", "11") == "An 11 ms budget");
  CHECK(render("A {latency_budget_ms} ms budget", "latency_budget_ms", "110") == "A 110 ms budget");
  CHECK(render("a {task_type}", "task_type", "extraction") == "an extraction");        // "a" at the very start
  CHECK(render("Samba {task_type}", "task_type", "extraction") == "Samba extraction"); // not an article
}
