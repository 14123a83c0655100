// `ragft rules show` and `ragft schema spec`: conditions as people read them, every rule in every
// format, and a schema that lists the rule base's facts.

#include <catch2/catch.hpp>

#include <sstream>

#include <ragft/rules/show.hpp>
#include <ragft/spec/schema.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

std::string condition_of(std::string_view id) {
  for (const Rule& rule : test::rules().rules) {
    if (rule.id == id) {
      return describe_condition(test::rules(), rule.condition);
    }
  }
  return "no such rule";
}

std::string show(ShowFormat format) {
  std::ostringstream out;
  render_rule_base(out, test::rules(), format);
  return out.str();
}

} // namespace

TEST_CASE("conditions read as people write them") {
  CHECK(condition_of("fast-changing-knowledge") == "knowledge_updates in [daily, realtime]");
  CHECK(condition_of("some-examples") == "labeled_examples >= 100 and labeled_examples < 1000");
  CHECK(condition_of("citations") == "citations_required = true");
  CHECK(condition_of("both-needs") == "knowledge need is strong and behaviour need is strong");
  CHECK(condition_of("rag-good-style-off") ==
        "existing_rag_quality = good and (style_requirement = strict or output_format = template)");
  CHECK(condition_of("rag-good-enough") == "existing_rag_quality = good and style_requirement in [none, moderate] and "
                                           "output_format = free_text and domain_terminology = general");
}

TEST_CASE("every format shows every fact, rule and constraint") {
  for (const ShowFormat format : {ShowFormat::text, ShowFormat::json, ShowFormat::markdown}) {
    const std::string out = show(format);
    for (const Rule& rule : test::rules().rules) {
      CHECK_THAT(out, Catch::Contains(rule.id));
    }
    for (const Constraint& constraint : test::rules().constraints) {
      CHECK_THAT(out, Catch::Contains(constraint.id));
    }
    for (const FactDef& fact : test::rules().facts) {
      CHECK_THAT(out, Catch::Contains(fact.id));
    }
  }
  const auto json = nlohmann::json::parse(show(ShowFormat::json));
  CHECK(json["rules"].size() == test::rules().rules.size());
  CHECK(json["rules"][0]["points"]["rag"] == 4);
  CHECK_THAT(show(ShowFormat::markdown), Catch::Contains("| `low-budget` |  | `budget = low` | +2 | -2 | -2.5 |"));
  // A rule of mixed evidence (rules/default.yaml: accuracy-critical) says so in every format.
  CHECK_THAT(show(ShowFormat::markdown), Catch::Contains("| `accuracy-critical` (mixed evidence) | knowledge |"));
  CHECK_THAT(show(ShowFormat::text), Catch::Contains("accuracy-critical  (knowledge need)  (mixed evidence: "));
  for (const auto& rule : json["rules"]) {
    CHECK(rule["mixed_evidence"] == (rule["id"] == "accuracy-critical"));
  }
}

TEST_CASE("the spec schema lists the rule base's facts, values and help") {
  const auto schema = spec_schema(test::rules());
  CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
  const auto& facts = schema["$defs"]["facts"]["properties"];
  CHECK(facts.size() == test::rules().facts.size());
  CHECK(facts["knowledge_updates"]["anyOf"][0]["const"] == "never");
  CHECK(facts["labeled_examples"]["anyOf"][0]["minimum"] == 0);
  CHECK(facts["latency_budget_ms"]["anyOf"][0]["minimum"] == 1);
  CHECK(schema["$defs"]["facts"]["additionalProperties"] == false);
}

TEST_CASE("rules show names each fact as the reports do and each choice as the reasons quote it") {
  // rules/default.yaml: knowledge_updates has the label "how often the knowledge changes" and the
  // choice realtime the phrase "changes in real time"; budget's choices have no phrase.
  const std::string text = show(ShowFormat::text);
  CHECK_THAT(text, Catch::Contains("    reports call it: how often the knowledge changes\n"));
  CHECK_THAT(text,
             Catch::Contains("      realtime: Changes continuously, e.g. news, stock levels, live status. (reasons "
                             "say: changes in real time)\n"));
  CHECK_THAT(text,
             !Catch::Contains("low: Roughly under $1,000 a month to build and run it; it must be cheap. (reasons"));
  const auto json = nlohmann::json::parse(show(ShowFormat::json));
  CHECK(json["facts"][0]["choices"][6]["phrase"] == "changes in real time");
  CHECK_FALSE(json["facts"][0]["choices"][6].contains("label"));
  CHECK_THAT(show(ShowFormat::markdown),
             Catch::Contains("| how often the knowledge changes | `never` (never changes) "));
}
