#include <ragft/spec/schema.hpp>

#include <cctype>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace ragft {

namespace {

using Json = nlohmann::ordered_json;

// A regular expression matching `word` in any case ("[Rr][Aa][Gg]"); JSON Schema has no flag for it.
std::string any_case(std::string_view word) {
  std::string out;
  for (const char c : word) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      out += fmt::format("[{}{}]", static_cast<char>(std::toupper(u)), static_cast<char>(std::tolower(u)));
    } else if (std::isalnum(u) || c == ' ' || c == '-' || c == '_') {
      out += c;
    } else {
      out += fmt::format("\\{}", c);
    }
  }
  return out;
}

std::string any_case_pattern(const std::vector<std::string_view>& words) {
  std::vector<std::string> parts;
  parts.reserve(words.size());
  for (const std::string_view word : words) {
    parts.push_back(any_case(word));
  }
  return fmt::format("^\\s*(?:{})\\s*$", fmt::join(parts, "|"));
}

Json verdict_schema() {
  return Json{
      {"description", "A verdict: rag, fine-tune or hybrid (aliases such as fine-tuning, ft, both are read too)."},
      {"anyOf", Json::array({Json{{"enum", {"rag", "fine-tune", "hybrid"}}},
                             Json{{"type", "string"}, {"pattern", any_case_pattern(verdict_spellings())}}})}};
}

Json unknown_schema() {
  return Json{{"description", "Not known (the same as leaving the fact out)."},
              {"anyOf", Json::array({Json{{"type", "null"}},
                                     Json{{"type", "string"}, {"pattern", any_case_pattern({"unknown"})}}})}};
}

// A regular expression matching `value` as ragft reads a choice (spec/loose_values.hpp): any case,
// any spaces, dashes or underscores between its letters and around it ("[Ss][ _-]*[Tt]...").
std::string loose_choice(std::string_view value) {
  std::vector<std::string> letters;
  for (const char c : value) {
    if (c != ' ' && c != '-' && c != '_') {
      letters.push_back(any_case(std::string_view(&c, 1)));
    }
  }
  return fmt::format("{}", fmt::join(letters, "[ _-]*"));
}

// The choices of `fact` as ragft reads them beyond the exact spelling (`Weekly`, `strict schema`).
Json loose_choices_schema(const FactDef& fact) {
  std::vector<std::string> parts;
  parts.reserve(fact.choices.size());
  for (const Choice& choice : fact.choices) {
    parts.push_back(loose_choice(choice.value));
  }
  return Json{{"type", "string"},
              {"description", "The same choice in another case, or with spaces or dashes for its underscores."},
              {"pattern", fmt::format("^[\\s_-]*(?:{})[\\s_-]*$", fmt::join(parts, "|"))}};
}

Json value_schemas(const FactDef& fact) {
  Json options = Json::array();
  switch (fact.type) {
  case FactType::choice:
    for (const Choice& choice : fact.choices) {
      options.push_back(Json{{"const", choice.value}, {"description", choice.help}});
    }
    options.push_back(loose_choices_schema(fact));
    break;
  case FactType::integer:
    options.push_back(Json{{"type", "integer"}, {"minimum", fact.minimum}});
    options.push_back(Json{{"type", "string"},
                           {"description", "A whole number with commas between groups of three, e.g. 12,000."},
                           {"pattern", "^\\s*[0-9]{1,3}(?:,[0-9]{3})+\\s*$"}});
    break;
  case FactType::boolean:
    options.push_back(Json{{"type", "boolean"}});
    options.push_back(
        Json{{"type", "string"}, {"pattern", any_case_pattern({"yes", "no", "true", "false", "y", "n", "on", "off"})}});
    break;
  }
  options.push_back(Json{{"$ref", "#/$defs/unknown"}});
  return options;
}

Json fact_schema(const FactDef& fact) {
  std::string description = fact.question;
  if (!fact.help.empty()) {
    description += "\n\n" + fact.help;
  }
  if (!fact.unit.empty()) {
    description += fmt::format(" (in {})", fact.unit);
  }
  return Json{{"description", description}, {"anyOf", value_schemas(fact)}};
}

Json facts_schema(const RuleBase& rules) {
  Json properties = Json::object();
  for (const FactDef& fact : rules.facts) {
    properties[fact.id] = fact_schema(fact);
  }
  return Json{{"description", fmt::format("Facts defined by rule base `{}`; a missing fact is unknown.", rules.name)},
              {"type", {"object", "null"}},
              {"additionalProperties", false},
              {"properties", properties}};
}

Json component_schema() {
  return Json{{"description", "A part of the system, decided on its own; its facts are merged over the project's."},
              {"type", "object"},
              {"required", {"name"}},
              {"additionalProperties", false},
              {"properties", Json{{"name", Json{{"type", "string"}, {"minLength", 1}}},
                                  {"description", Json{{"type", "string"}}},
                                  {"decision", Json{{"$ref", "#/$defs/verdict"}}},
                                  {"facts", Json{{"$ref", "#/$defs/facts"}}}}}};
}

Json measure_schema() {
  const Json paths{
      {"oneOf", Json::array({Json{{"type", "string"}}, Json{{"type", "array"}, {"items", Json{{"type", "string"}}}}})}};
  return Json{{"description", "Where `ragft measure` looks for facts; paths relative to the repository's root."},
              {"type", {"object", "null"}},
              {"additionalProperties", false},
              {"properties", Json{{"knowledge", paths}, {"examples", paths}, {"manifests", paths}}}};
}

Json spec_properties() {
  return Json{
      {"ragft", Json{{"description", "The spec format version."}, {"const", 1}}},
      {"project", Json{{"description", "The project's name."}, {"type", "string"}, {"minLength", 1}}},
      {"description", Json{{"type", "string"}}},
      {"decision",
       Json{{"$ref", "#/$defs/verdict"}, {"description", "The decision already taken; checked against the facts."}}},
      {"facts", Json{{"$ref", "#/$defs/facts"}}},
      {"components", Json{{"type", "array"}, {"items", Json{{"$ref", "#/$defs/component"}}}}},
      {"cost", Json{{"description", "Inputs of the cost model."}, {"type", {"object", "null"}}}},
      {"measure", measure_schema()},
  };
}

} // namespace

Json spec_schema(const RuleBase& rules) {
  const std::string version = rules.version.empty() ? "" : " " + rules.version;
  return Json{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
              {"title", fmt::format("ragft spec file (rule base {}{})", rules.name, version)},
              {"description", "A project described for ragft: RAG, fine-tuning or hybrid?"},
              {"type", "object"},
              {"required", {"ragft", "project"}},
              {"additionalProperties", false},
              {"properties", spec_properties()},
              {"$defs", Json{{"verdict", verdict_schema()},
                             {"unknown", unknown_schema()},
                             {"facts", facts_schema(rules)},
                             {"component", component_schema()}}}};
}

} // namespace ragft
