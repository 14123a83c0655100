// `ragft rules show`: the rule base as text, JSON or Markdown. Each format only formats the rule
// base; the Markdown form is the rule reference in docs/rules.md.

#include <ragft/base/escape.hpp>
#include <ragft/base/name_table.hpp>
#include <ragft/rules/show.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ragft {

namespace {

using Json = nlohmann::ordered_json;

constexpr Named<ShowFormat> k_show_formats[] = {
    {"text", ShowFormat::text},
    {"json", ShowFormat::json},
    {"markdown", ShowFormat::markdown},
};

std::string points_text(double x) { return x == 0 ? "0" : fmt::format("{:+g}", x); }

std::vector<std::string> short_sources(const std::vector<std::string>& keys) {
  std::vector<std::string> out;
  out.reserve(keys.size());
  for (const std::string& key : keys) {
    out.push_back(short_source(key));
  }
  return out;
}

std::vector<std::string_view> verdict_names(const std::vector<Verdict>& verdicts) {
  std::vector<std::string_view> out;
  out.reserve(verdicts.size());
  for (const Verdict v : verdicts) {
    out.push_back(to_string(v));
  }
  return out;
}

std::string type_text(const FactDef& fact) {
  if (fact.type != FactType::integer) {
    return std::string(to_string(fact.type));
  }
  return fmt::format("integer >= {}{}", fact.minimum, fact.unit.empty() ? "" : fmt::format(" ({})", fact.unit));
}

std::string summary_line(const RuleBase& rules) {
  return fmt::format("rule base `{}`{}: {} facts, {} constraints, {} rules, {} sources", escape_text(rules.name),
                     rules.version.empty() ? "" : fmt::format(" version {}", escape_text(rules.version)),
                     rules.facts.size(), rules.constraints.size(), rules.rules.size(), rules.sources.size());
}

// How to answer "I don't know", said above the facts: a spec writer reading this list met no word
// of it (readers22).
constexpr std::string_view k_unknown_note =
    "Every fact is optional: when you do not know one, leave it out of the spec or write `unknown`; "
    "the report says whether it could change the verdict (`ragft ask` offers \"don't know\").";

// --- text ----------------------------------------------------------------------------------------

void text_fact(std::ostream& out, const FactDef& fact) {
  const std::string values = escape_text(fmt::format("{}", fmt::join(fact.choice_values(), " | ")));
  out << fmt::format("  {}  {}{}\n    {}\n", fact.id, escape_text(type_text(fact)), values.empty() ? "" : ": " + values,
                     escape_text(fact.question));
  if (!fact.label.empty()) {
    out << fmt::format("    reports call it: {}\n", escape_text(fact.label));
  }
  if (fact.default_value) {
    out << fmt::format("    ragft ask's default: {} (a spec that leaves it out leaves it unknown)\n",
                       escape_text(*fact.default_value));
  }
  for (const Choice& choice : fact.choices) {
    const std::string phrase =
        (choice.label.empty() ? "" : fmt::format(" (menus say: {})", escape_text(choice.label))) +
        (choice.phrase.empty() ? "" : fmt::format(" (reasons say: {})", escape_text(choice.phrase)));
    out << fmt::format("      {}: {}{}\n", escape_text(choice.value), escape_text(choice.help), phrase);
  }
}

void text_constraint(std::ostream& out, const RuleBase& rules, const Constraint& c) {
  out << fmt::format("  {}  blocks {}\n", c.id, fmt::join(verdict_names(c.blocks), ", "));
  out << fmt::format("    when {}\n    because {}\n    to unblock: {}\n    sources [{}]\n",
                     escape_text(describe_condition(rules, c.condition)), escape_text(c.because),
                     escape_text(c.unblock), escape_text(fmt::format("{}", fmt::join(short_sources(c.sources), ", "))));
}

void text_rule(std::ostream& out, const RuleBase& rules, const Rule& r) {
  std::string need = r.need == Need::none ? "" : fmt::format("  ({} need)", to_string(r.need));
  need += r.mixed_evidence ? "  (mixed evidence: a medium verdict it fires for is low)" : "";
  out << fmt::format("  {}{}\n    when {}\n    points rag {}, fine-tune {}, hybrid {}\n", r.id, need,
                     escape_text(describe_condition(rules, r.condition)), points_text(r.points[Verdict::rag]),
                     points_text(r.points[Verdict::fine_tune]), points_text(r.points[Verdict::hybrid]));
  out << fmt::format("    because {}\n    sources [{}]\n", escape_text(r.because),
                     escape_text(fmt::format("{}", fmt::join(short_sources(r.sources), ", "))));
}

void render_text(std::ostream& out, const RuleBase& rules) {
  // Above the `facts` heading, not under it: the shell completions read each line under it that
  // starts with two spaces as a fact.
  out << summary_line(rules) << "\n\n" << k_unknown_note << "\n\nfacts\n";
  for (const FactDef& fact : rules.facts) {
    text_fact(out, fact);
  }
  out << "\nconstraints\n";
  for (const Constraint& c : rules.constraints) {
    text_constraint(out, rules, c);
  }
  out << "\nrules\n";
  for (const Rule& r : rules.rules) {
    text_rule(out, rules, r);
  }
  out << "\nsources\n";
  for (const auto& [key, source] : rules.sources) {
    out << fmt::format("  {}  [{}] {}\n", escape_text(key), escape_text(source.grade), escape_text(source.title));
  }
}

// --- json ----------------------------------------------------------------------------------------

Json fact_json(const FactDef& fact) {
  Json j{{"id", fact.id},
         {"type", to_string(fact.type)},
         {"question", fact.question},
         {"label", fact_label(fact)},
         {"help", fact.help}};
  if (fact.type == FactType::integer) {
    j["minimum"] = fact.minimum;
    j["unit"] = fact.unit;
  }
  if (fact.type == FactType::choice) {
    j["choices"] = Json::array();
    for (const Choice& choice : fact.choices) {
      Json c{{"value", choice.value}, {"help", choice.help}};
      if (!choice.phrase.empty()) {
        c["phrase"] = choice.phrase;
      }
      if (!choice.label.empty()) {
        c["label"] = choice.label;
      }
      j["choices"].push_back(std::move(c));
    }
  }
  return j;
}

Json constraint_json(const RuleBase& rules, const Constraint& c) {
  return Json{{"id", c.id},
              {"when", describe_condition(rules, c.condition)},
              {"blocks", verdict_names(c.blocks)},
              {"because", c.because},
              {"unblock", c.unblock},
              {"sources", c.sources},
              {"line", c.where.line}};
}

Json rule_json(const RuleBase& rules, const Rule& r) {
  Json points{{"rag", r.points[Verdict::rag]},
              {"fine-tune", r.points[Verdict::fine_tune]},
              {"hybrid", r.points[Verdict::hybrid]}};
  return Json{{"id", r.id},
              {"need", to_string(r.need)},
              {"when", describe_condition(rules, r.condition)},
              {"points", points},
              {"because", r.because},
              {"sources", r.sources},
              {"mixed_evidence", r.mixed_evidence},
              {"line", r.where.line}};
}

void render_json(std::ostream& out, const RuleBase& rules) {
  Json j{{"ragft_rules_show", 1}, {"name", rules.name}, {"version", rules.version}, {"origin", rules.origin}};
  j["decision"] = Json{{"strong_need", rules.decision.strong_need},
                       {"high_margin", rules.decision.high_margin},
                       {"medium_margin", rules.decision.medium_margin},
                       {"max_unknown_share", rules.decision.max_unknown_share},
                       {"tie_order", verdict_names(rules.decision.tie_order)}};
  for (const FactDef& fact : rules.facts) {
    j["facts"].push_back(fact_json(fact));
  }
  j["constraints"] = Json::array();
  for (const Constraint& c : rules.constraints) {
    j["constraints"].push_back(constraint_json(rules, c));
  }
  j["rules"] = Json::array();
  for (const Rule& r : rules.rules) {
    j["rules"].push_back(rule_json(rules, r));
  }
  j["sources"] = Json::object();
  for (const auto& [key, s] : rules.sources) {
    j["sources"][key] = Json{{"title", s.title}, {"finding", s.finding}, {"caveat", s.caveat}, {"grade", s.grade}};
  }
  out << j.dump(2) << '\n';
}

// --- markdown ------------------------------------------------------------------------------------

// A table cell of rule base text (`markdown_text`).
std::string cell(std::string_view text) { return markdown_text(text); }

std::string code_list(const std::vector<std::string>& items, std::string_view separator) {
  std::vector<std::string> coded;
  coded.reserve(items.size());
  for (const std::string& item : items) {
    coded.push_back(markdown_code(item));
  }
  return fmt::format("{}", fmt::join(coded, separator));
}

// A fact's values, each with the phrase a reason quotes it by when it has one: `realtime` (changes in real time).
std::string values_cell(const FactDef& fact) {
  std::vector<std::string> values;
  values.reserve(fact.choices.size());
  for (const Choice& choice : fact.choices) {
    values.push_back(choice.phrase.empty() ? markdown_code(choice.value)
                                           : fmt::format("{} ({})", markdown_code(choice.value), cell(choice.phrase)));
  }
  return fmt::format("{}", fmt::join(values, " "));
}

void markdown_facts(std::ostream& out, const RuleBase& rules) {
  out << "### Facts\n\n"
      << k_unknown_note
      << "\n\n| fact | type | question | reports call it | values |\n"
         "|---|---|---|---|---|\n";
  for (const FactDef& f : rules.facts) {
    out << fmt::format("| `{}` | {} | {} | {} | {} |\n", f.id, cell(type_text(f)), cell(f.question), cell(f.label),
                       values_cell(f));
  }
}

void markdown_constraints(std::ostream& out, const RuleBase& rules) {
  out << "\n### Constraints\n\n| constraint | when | blocks | because | to unblock | sources |\n"
         "|---|---|---|---|---|---|\n";
  for (const Constraint& c : rules.constraints) {
    std::vector<std::string> blocks;
    for (const std::string_view v : verdict_names(c.blocks)) {
      blocks.emplace_back(v);
    }
    out << fmt::format("| `{}` | {} | {} | {} | {} | {} |\n", c.id,
                       markdown_code(describe_condition(rules, c.condition)), code_list(blocks, ", "), cell(c.because),
                       cell(c.unblock), cell(fmt::format("{}", fmt::join(short_sources(c.sources), ", "))));
  }
}

void markdown_rules(std::ostream& out, const RuleBase& rules) {
  out << "\n### Rules\n\n| rule | need | when | rag | fine-tune | hybrid | because | sources |\n"
         "|---|---|---|--:|--:|--:|---|---|\n";
  for (const Rule& r : rules.rules) {
    out << fmt::format("| `{}`{} | {} | {} | {} | {} | {} | {} | {} |\n", r.id,
                       r.mixed_evidence ? " (mixed evidence)" : "",
                       r.need == Need::none ? "" : std::string(to_string(r.need)),
                       markdown_code(describe_condition(rules, r.condition)), points_text(r.points[Verdict::rag]),
                       points_text(r.points[Verdict::fine_tune]), points_text(r.points[Verdict::hybrid]),
                       cell(r.because), cell(fmt::format("{}", fmt::join(short_sources(r.sources), ", "))));
  }
}

void markdown_sources(std::ostream& out, const RuleBase& rules) {
  out << "\n### Sources\n\n| source | grade | title |\n|---|---|---|\n";
  for (const auto& [key, s] : rules.sources) {
    out << fmt::format("| {} | {} | {} |\n", markdown_code(key), cell(s.grade), cell(s.title));
  }
}

void render_markdown(std::ostream& out, const RuleBase& rules) {
  out << "<!-- Generated by `ragft rules show --format markdown`; regenerate with "
         "scripts/update-rule-reference.sh. -->\n\n";
  out << summary_line(rules) << ".\n\n";
  markdown_facts(out, rules);
  markdown_constraints(out, rules);
  markdown_rules(out, rules);
  markdown_sources(out, rules);
}

} // namespace

std::optional<ShowFormat> parse_show_format(std::string_view name) { return find_named(k_show_formats, name); }

std::vector<std::string> show_format_names() { return names_of(k_show_formats); }

void render_rule_base(std::ostream& out, const RuleBase& rules, ShowFormat format) {
  switch (format) {
  case ShowFormat::text:
    render_text(out, rules);
    return;
  case ShowFormat::json:
    render_json(out, rules);
    return;
  case ShowFormat::markdown:
    render_markdown(out, rules);
    return;
  }
}

} // namespace ragft
