#include <ragft/rules/loader.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include <fmt/format.h>

#include <ragft/base/input_limits.hpp>
#include <ragft/base/name_table.hpp>
#include <ragft/base/suggest.hpp>

#include "base/yaml_reader.hpp"
#include "rules/because.hpp"
#include "rules/bounds.hpp"
#include "rules/extends.hpp"
#include "rules/load_values.hpp"

namespace ragft {

namespace {

using yaml::ValueEntry;
using yaml::ValueRef;

const std::vector<std::string> k_top_keys = {"ragft_rules", "name",        "version", "decision", "sources",
                                             "facts",       "constraints", "rules",   "tests",    "cases"};
const std::vector<std::string> k_fact_keys = {"id",      "type", "question", "label",   "help",
                                              "choices", "unit", "minimum",  "default", "when"};
const std::vector<std::string> k_choice_keys = {"value", "help", "phrase", "label"};
const std::vector<std::string> k_source_keys = {"title", "finding", "caveat", "grade"};
const std::vector<std::string> k_rule_keys = {"id",      "need",    "condition",     "points",
                                              "because", "sources", "mixed_evidence"};
const std::vector<std::string> k_constraint_keys = {"id", "condition", "blocks", "because", "unblock", "sources"};
const std::vector<std::string> k_decision_keys = {"strong_need", "high_margin", "medium_margin", "max_unknown_share",
                                                  "tie_order"};
const std::vector<std::string> k_verdict_names = {"rag", "fine-tune", "hybrid"};
constexpr Named<FactType> k_fact_types[] = {
    {"choice", FactType::choice}, {"integer", FactType::integer}, {"bool", FactType::boolean}};
const std::vector<std::string> k_needs = {"knowledge", "behaviour", "none"};

struct OperatorName {
  std::string_view name;
  ConditionKind kind;
};
// clang-format off
constexpr OperatorName k_operators[] = {
    {"is", ConditionKind::is},   {"in", ConditionKind::in},   {"lt", ConditionKind::lt},
    {"lte", ConditionKind::lte}, {"gt", ConditionKind::gt},   {"gte", ConditionKind::gte},
    {"known", ConditionKind::known},
};
// clang-format on
// clang-format off
constexpr OperatorName k_combinators[] = {
    {"all", ConditionKind::all}, {"and", ConditionKind::all}, {"any", ConditionKind::any},
    {"or", ConditionKind::any},  {"not", ConditionKind::negate},
};
// clang-format on

std::vector<std::string> condition_keys() {
  std::vector<std::string> keys = {"fact", "need"};
  for (const auto& op : k_operators) {
    keys.emplace_back(op.name);
  }
  for (const auto& op : k_combinators) {
    keys.emplace_back(op.name);
  }
  return keys;
}

bool is_kebab_id(std::string_view id) {
  if (id.empty() || !std::islower(static_cast<unsigned char>(id.front()))) {
    return false;
  }
  return std::all_of(id.begin(), id.end(),
                     [](unsigned char c) { return std::islower(c) || std::isdigit(c) || c == '-'; });
}

bool is_snake_id(std::string_view id) {
  if (id.empty() || !std::islower(static_cast<unsigned char>(id.front()))) {
    return false;
  }
  return std::all_of(id.begin(), id.end(),
                     [](unsigned char c) { return std::islower(c) || std::isdigit(c) || c == '_'; });
}

InputLimits rule_base_limits() {
  InputLimits limits;
  limits.max_bytes = k_max_rule_base_bytes;
  return limits;
}

// Whether a rule-base document inherits another (`extends:`), or says what not to inherit
// (`disable:`, an error without `extends:` that the merge reports).
bool inherits(const ValueRef& root) {
  const auto& pairs = root.pairs();
  return std::any_of(pairs.begin(), pairs.end(), [](const auto& pair) {
    return pair.first.IsScalar() && (pair.first.Scalar() == "extends" || pair.first.Scalar() == "disable");
  });
}

// The `i`th item of a list, or the value itself when it is not a list (one item written bare).
ValueRef item_at(const ValueRef& node, std::size_t i) {
  return node.IsSequence() ? node.begin()[static_cast<std::ptrdiff_t>(i)] : node;
}

class Loader {
public:
  explicit Loader(std::string origin) : m_in(std::move(origin)) {}

  RuleBase load(std::string_view text);
  RuleBase load_values(const yaml::ValueDocuments& documents);

private:
  RuleBase load_extended(std::string_view text, const InputLimits& limits);
  void check_one_document(std::size_t count) const;
  RuleBase load_root(const ValueRef& root);
  void load_decision(const ValueRef& node);
  void load_sources(const ValueRef& node);
  void load_facts(const ValueRef& node);
  FactDef load_fact(const ValueRef& node);
  FactType load_fact_type(const ValueRef& node);
  void load_choices(FactDef& fact, const ValueRef& node);
  void check_default(const FactDef& fact, const ValueRef& node);
  void load_when(FactDef& fact, const ValueRef& node);
  void load_rules(const ValueRef& node);
  void load_constraints(const ValueRef& node);
  std::string load_id(const std::vector<ValueEntry>& entries, const ValueRef& node, std::string_view what);
  Condition load_condition(const ValueRef& node);
  Condition load_leaf(const std::vector<ValueEntry>& entries, const ValueRef& node);
  Condition load_need_condition(const std::vector<ValueEntry>& entries, const ValueRef& node);
  std::int64_t load_need_level(const ValueRef& node);
  std::int64_t load_operand(const FactDef& fact, const ValueRef& node);
  std::int64_t safe_integer(const ValueRef& node, const std::string& what);
  Verdict load_verdict(const ValueRef& node);
  std::vector<std::string> load_source_keys(const ValueRef& node);
  std::string load_because(const ValueRef& node, std::string_view what);
  const FactDef& fact_named(const ValueRef& node);

  yaml::ValueReader m_in;
  RuleBase m_rules;
  std::set<std::string> m_ids;
  std::string m_asking; // the fact whose `when` is being read
};

// Rule bases are read as ragft's own YAML values (base/yaml_value.hpp); one that inherits another is
// first merged over it as yaml-cpp nodes (rules/extends.hpp), then read the same way.
RuleBase Loader::load(std::string_view text) {
  const InputLimits limits = rule_base_limits();
  const yaml::ValueDocuments documents = m_in.load_all(text, limits);
  check_one_document(documents.roots.size());
  if (inherits(documents.roots.front())) {
    return load_extended(text, limits);
  }
  return load_root(documents.roots.front());
}

RuleBase Loader::load_values(const yaml::ValueDocuments& documents) {
  check_one_document(documents.roots.size());
  return load_root(documents.roots.front());
}

RuleBase Loader::load_extended(std::string_view text, const InputLimits& limits) {
  const yaml::Reader nodes(m_in.origin());
  const std::vector<YAML::Node> documents = nodes.load_all(text, limits);
  std::optional<ExtendsPlan> plan = merge_extends(documents.front(), nodes);
  const yaml::ValueDocuments merged = yaml::values_of(plan ? plan->merged : documents.front());
  RuleBase rules = load_root(merged.roots.front());
  if (plan) {
    relabel_inherited(rules, *plan);
  }
  return rules;
}

void Loader::check_one_document(std::size_t count) const {
  if (count != 1) {
    throw InputError(Diagnostic{Location{m_in.origin(), 1, 1},
                                fmt::format("a rule base must be one YAML document, found {}", count)});
  }
}

// Validates one rule-base document (`tests:` is read by load_rule_tests).
RuleBase Loader::load_root(const ValueRef& root) {
  const auto entries = m_in.entries(root, k_top_keys, "the rule base");
  const ValueRef& format = m_in.require(entries, root, "ragft_rules", "the rule base");
  if (m_in.integer(format, "`ragft_rules` (the rule-base format version)") != 1) {
    m_in.fail(format, "unsupported rule-base format version; expected `ragft_rules: 1`");
  }
  m_rules.origin = m_in.origin();
  m_rules.name = m_in.string(m_in.require(entries, root, "name", "the rule base"), "`name`");
  if (const ValueRef* version = m_in.find(entries, "version")) {
    m_rules.version = m_in.string(*version, "`version`");
  }
  if (const ValueRef* decision = m_in.find(entries, "decision")) {
    load_decision(*decision);
  }
  load_sources(m_in.require(entries, root, "sources", "the rule base"));
  load_facts(m_in.require(entries, root, "facts", "the rule base"));
  if (const ValueRef* constraints = m_in.find(entries, "constraints")) {
    load_constraints(*constraints);
  }
  load_rules(m_in.require(entries, root, "rules", "the rule base"));
  m_rules.index = index_rules(m_rules);
  return std::move(m_rules);
}

void Loader::load_decision(const ValueRef& node) {
  DecisionParams& d = m_rules.decision;
  for (const ValueEntry& e : m_in.entries(node, k_decision_keys, "`decision`")) {
    if (e.key == "tie_order") {
      d.tie_order.clear();
      for (const ValueRef& item : m_in.sequence(e.value, "`tie_order`")) {
        d.tie_order.push_back(load_verdict(item));
      }
      if (auto problem = tie_order_problem(d.tie_order)) {
        m_in.fail(e.value, *problem);
      }
      continue;
    }
    const double value = m_in.number(e.value, fmt::format("`{}`", e.key));
    if (auto problem = decision_problem(e.key, value)) {
      m_in.fail(e.value, *problem);
    }
    if (e.key == "strong_need") {
      d.strong_need = value;
    } else if (e.key == "high_margin") {
      d.high_margin = value;
    } else if (e.key == "medium_margin") {
      d.medium_margin = value;
    } else {
      d.max_unknown_share = value;
    }
  }
}

void Loader::load_sources(const ValueRef& node) {
  for (const ValueEntry& e : m_in.entries(node, "`sources`")) {
    Source source;
    source.key = e.key;
    source.where = m_in.location(e.key_node);
    for (const ValueEntry& field : m_in.entries(e.value, k_source_keys, fmt::format("source `{}`", e.key))) {
      std::string value = m_in.string(field.value, fmt::format("`{}` of source `{}`", field.key, e.key));
      if (field.key == "title") {
        source.title = std::move(value);
      } else if (field.key == "finding") {
        source.finding = std::move(value);
      } else if (field.key == "caveat") {
        source.caveat = std::move(value);
      } else {
        source.grade = std::move(value);
      }
    }
    if (source.title.empty()) {
      m_in.fail(e.key_node, fmt::format("source `{}` needs a `title`", e.key));
    }
    m_rules.sources.emplace(e.key, std::move(source));
  }
}

void Loader::load_facts(const ValueRef& node) {
  for (const ValueRef& item : m_in.sequence(node, "`facts`")) {
    FactDef fact = load_fact(item);
    if (m_rules.fact_index(fact.id)) {
      m_in.fail(item, fmt::format("duplicate fact id `{}`", fact.id));
    }
    m_rules.facts.push_back(std::move(fact));
  }
}

FactDef Loader::load_fact(const ValueRef& node) {
  const auto entries = m_in.entries(node, k_fact_keys, "a fact");
  FactDef fact;
  fact.where = m_in.location(node);
  const ValueRef& id = m_in.require(entries, node, "id", "a fact");
  fact.id = m_in.string(id, "a fact's `id`");
  if (!is_snake_id(fact.id)) {
    m_in.fail(id, fmt::format("fact id `{}` must be snake_case (lowercase letters, digits, `_`)", fact.id));
  }
  fact.type = load_fact_type(m_in.require(entries, node, "type", fmt::format("fact `{}`", fact.id)));
  fact.question = m_in.string(m_in.require(entries, node, "question", fmt::format("fact `{}`", fact.id)), "`question`");
  fact.help = m_in.string(m_in.require(entries, node, "help", fmt::format("fact `{}`", fact.id)), "`help`");
  if (const ValueRef* label = m_in.find(entries, "label")) {
    fact.label = m_in.string(*label, "`label`");
  }
  if (const ValueRef* unit = m_in.find(entries, "unit")) {
    fact.unit = m_in.string(*unit, "`unit`");
  }
  if (const ValueRef* minimum = m_in.find(entries, "minimum")) {
    fact.minimum = m_in.integer(*minimum, "`minimum`");
    if (auto problem = integer_problem("`minimum`", fact.minimum)) {
      m_in.fail(*minimum, *problem);
    }
  }
  const ValueRef* choices = m_in.find(entries, "choices");
  if ((fact.type == FactType::choice) != (choices != nullptr)) {
    m_in.fail(node,
              fmt::format("fact `{}`: `choices` is required for choice facts and allowed only for them", fact.id));
  }
  if (choices != nullptr) {
    load_choices(fact, *choices);
  }
  if (const ValueRef* value = m_in.find(entries, "default")) {
    check_default(fact, *value);
    fact.default_value = value->Scalar();
  }
  if (const ValueRef* when = m_in.find(entries, "when")) {
    load_when(fact, *when);
  }
  return fact;
}

FactType Loader::load_fact_type(const ValueRef& node) {
  const std::string name = m_in.string(node, "a fact's `type`");
  const std::optional<FactType> type = find_named(k_fact_types, name);
  if (!type) {
    m_in.fail(node, fmt::format("unknown fact type `{}`{}; expected choice, integer or bool", name,
                                did_you_mean(name, names_of(k_fact_types))));
  }
  return *type;
}

void Loader::load_choices(FactDef& fact, const ValueRef& node) {
  for (const ValueRef& item : m_in.sequence(node, "`choices`")) {
    const auto entries = m_in.entries(item, k_choice_keys, "a choice");
    Choice choice;
    choice.value = m_in.string(m_in.require(entries, item, "value", "a choice"), "a choice's `value`");
    if (const ValueRef* help = m_in.find(entries, "help")) {
      choice.help = m_in.string(*help, "a choice's `help`");
    }
    if (const ValueRef* phrase = m_in.find(entries, "phrase")) {
      choice.phrase = m_in.string(*phrase, "a choice's `phrase`");
    }
    if (const ValueRef* label = m_in.find(entries, "label")) {
      choice.label = m_in.string(*label, "a choice's `label`");
    }
    if (fact.choice_index(choice.value)) {
      m_in.fail(item, fmt::format("fact `{}` lists the choice `{}` twice", fact.id, choice.value));
    }
    fact.choices.push_back(std::move(choice));
  }
  if (fact.choices.size() < 2) {
    m_in.fail(node, fmt::format("fact `{}` needs at least two choices", fact.id));
  }
}

void Loader::check_default(const FactDef& fact, const ValueRef& node) {
  const std::int64_t value = load_operand(fact, node);
  if (fact.type == FactType::integer && value < fact.minimum) {
    m_in.fail(node, fmt::format("the default of fact `{}` must be at least its minimum, {}", fact.id, fact.minimum));
  }
}

// A question's `when` reads only facts asked before it, and never need levels (they exist only
// after scoring).
void Loader::load_when(FactDef& fact, const ValueRef& node) {
  m_asking = fact.id;
  Condition when = load_condition(node);
  m_asking.clear();
  if (reads_needs(when)) {
    m_in.fail(node,
              fmt::format("the `when` of fact `{}` reads a need level; a question can depend only on earlier facts",
                          fact.id));
  }
  fact.when = std::make_shared<const Condition>(std::move(when));
}

std::string Loader::load_id(const std::vector<ValueEntry>& entries, const ValueRef& node, std::string_view what) {
  const ValueRef& id_node = m_in.require(entries, node, "id", what);
  std::string id = m_in.string(id_node, fmt::format("the `id` of {}", what));
  if (!is_kebab_id(id)) {
    m_in.fail(id_node, fmt::format("id `{}` must be kebab-case (lowercase letters, digits, `-`)", id));
  }
  if (!m_ids.insert(id).second) {
    m_in.fail(id_node, fmt::format("duplicate id `{}`; rule and constraint ids must be unique", id));
  }
  return id;
}

void Loader::load_rules(const ValueRef& node) {
  for (const ValueRef& item : m_in.sequence(node, "`rules`")) {
    const auto entries = m_in.entries(item, k_rule_keys, "a rule");
    Rule rule;
    rule.where = m_in.location(item);
    rule.id = load_id(entries, item, "a rule");
    const std::string what = fmt::format("rule `{}`", rule.id);
    rule.condition = load_condition(m_in.require(entries, item, "condition", what));
    const ValueRef& points = m_in.require(entries, item, "points", what);
    for (const ValueEntry& e : m_in.entries(points, k_verdict_names, fmt::format("the points of {}", what))) {
      const std::string points_of = fmt::format("points for `{}`", e.key);
      rule.points[*parse_verdict(e.key)] = m_in.number(e.value, points_of);
      if (auto problem = points_problem(points_of, rule.points[*parse_verdict(e.key)])) {
        m_in.fail(e.value, *problem);
      }
    }
    if (const ValueRef* need = m_in.find(entries, "need")) {
      const std::string name = m_in.string(*need, "`need`");
      if (name == "knowledge") {
        rule.need = Need::knowledge;
      } else if (name == "behaviour") {
        rule.need = Need::behaviour;
      } else if (name != "none") {
        m_in.fail(*need, fmt::format("unknown need `{}`{}; expected knowledge, behaviour or none", name,
                                     did_you_mean(name, k_needs)));
      }
    }
    rule.reads_needs = reads_needs(rule.condition);
    if (rule.reads_needs && rule.need != Need::none) {
      m_in.fail(item,
                fmt::format("{} reads need levels, so it cannot itself be evidence of a need; remove `need:`", what));
    }
    rule.because = load_because(m_in.require(entries, item, "because", what), what);
    rule.sources = load_source_keys(m_in.require(entries, item, "sources", what));
    if (const ValueRef* mixed = m_in.find(entries, "mixed_evidence")) {
      rule.mixed_evidence = m_in.boolean(*mixed, "`mixed_evidence`");
    }
    m_rules.rules.push_back(std::move(rule));
  }
}

void Loader::load_constraints(const ValueRef& node) {
  for (const ValueRef& item : m_in.sequence(node, "`constraints`")) {
    const auto entries = m_in.entries(item, k_constraint_keys, "a constraint");
    Constraint constraint;
    constraint.where = m_in.location(item);
    constraint.id = load_id(entries, item, "a constraint");
    const std::string what = fmt::format("constraint `{}`", constraint.id);
    constraint.condition = load_condition(m_in.require(entries, item, "condition", what));
    for (const ValueRef& verdict : m_in.sequence(m_in.require(entries, item, "blocks", what), "`blocks`")) {
      constraint.blocks.push_back(load_verdict(verdict));
    }
    if (constraint.blocks.empty()) {
      m_in.fail(item, fmt::format("{} blocks nothing; list the verdicts it blocks", what));
    }
    constraint.because = load_because(m_in.require(entries, item, "because", what), what);
    constraint.unblock = load_because(m_in.require(entries, item, "unblock", what), what);
    constraint.sources = load_source_keys(m_in.require(entries, item, "sources", what));
    m_rules.constraints.push_back(std::move(constraint));
  }
}

std::string Loader::load_because(const ValueRef& node, std::string_view what) {
  std::string text = m_in.string(node, fmt::format("the rationale of {}", what));
  if (text.empty()) {
    m_in.fail(node, fmt::format("the rationale of {} is empty; say why it applies", what));
  }
  for (const Placeholder& p : parse_placeholders(text)) {
    const auto index = m_rules.fact_index(p.id);
    if (!index) {
      m_in.fail(node, fmt::format("the rationale of {} quotes `{{{}}}`, which is not a fact{}", what, p.id,
                                  did_you_mean(p.id, m_rules.fact_ids())));
    }
    if (p.forms && m_rules.facts[static_cast<std::size_t>(*index)].type != FactType::integer) {
      m_in.fail(node, fmt::format("the rationale of {} gives `{{{}|...}}` a singular and plural; only integer facts "
                                  "take them (write `{{{}}}`)",
                                  what, p.id, p.id));
    }
  }
  return text;
}

std::vector<std::string> Loader::load_source_keys(const ValueRef& node) {
  std::vector<std::string> keys = m_in.string_list(node, "`sources`");
  if (keys.empty()) {
    m_in.fail(node, "`sources` is empty; cite at least one seed document or published source");
  }
  std::vector<std::string> known;
  for (const auto& [key, source] : m_rules.sources) {
    known.push_back(key);
  }
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (m_rules.sources.count(keys[i]) == 0) {
      m_in.fail(item_at(node, i), fmt::format("unknown source `{}`{}; add it under `sources:` first", keys[i],
                                              did_you_mean(keys[i], known)));
    }
  }
  return keys;
}

Verdict Loader::load_verdict(const ValueRef& node) {
  const std::string name = m_in.string(node, "a verdict");
  if (std::find(k_verdict_names.begin(), k_verdict_names.end(), name) == k_verdict_names.end()) {
    m_in.fail(node, fmt::format("unknown verdict `{}`{}; expected rag, fine-tune or hybrid", name,
                                did_you_mean(name, k_verdict_names)));
  }
  return *parse_verdict(name);
}

const FactDef& Loader::fact_named(const ValueRef& node) {
  const std::string id = m_in.string(node, "`fact`");
  const auto index = m_rules.fact_index(id);
  if (!index && !m_asking.empty()) {
    m_in.fail(node, fmt::format("the `when` of fact `{}` reads `{}`, which is not a fact defined before it{}; "
                                "a question can depend only on earlier questions",
                                m_asking, id, did_you_mean(id, m_rules.fact_ids())));
  }
  if (!index) {
    m_in.fail(node, fmt::format("unknown fact `{}`{}", id, did_you_mean(id, m_rules.fact_ids())));
  }
  return m_rules.facts[static_cast<std::size_t>(*index)];
}

Condition Loader::load_condition(const ValueRef& node) {
  static const std::vector<std::string> keys = condition_keys();
  const auto entries = m_in.entries(node, keys, "a condition");
  if (m_in.find(entries, "fact") != nullptr) {
    return load_leaf(entries, node);
  }
  if (m_in.find(entries, "need") != nullptr) {
    return load_need_condition(entries, node);
  }
  if (entries.size() != 1) {
    m_in.fail(node,
              "a condition must be one of `fact: ...` with an operator, `all: [...]`, `any: [...]` or `not: {...}`");
  }
  const ValueEntry& e = entries.front();
  Condition condition;
  condition.where = m_in.location(node);
  for (const auto& op : k_combinators) {
    if (op.name == e.key) {
      condition.kind = op.kind;
    }
  }
  if (condition.kind == ConditionKind::negate) {
    condition.children.push_back(load_condition(e.value));
    return condition;
  }
  for (const ValueRef& child : m_in.sequence(e.value, fmt::format("`{}`", e.key))) {
    condition.children.push_back(load_condition(child));
  }
  if (condition.children.empty()) {
    m_in.fail(e.value, fmt::format("`{}` needs at least one condition", e.key));
  }
  return condition;
}

Condition Loader::load_leaf(const std::vector<ValueEntry>& entries, const ValueRef& node) {
  if (entries.size() != 2) {
    m_in.fail(node, "a fact condition needs `fact:` and exactly one operator (is, in, lt, lte, gt, gte, known)");
  }
  const FactDef& fact = fact_named(*m_in.find(entries, "fact"));
  const ValueEntry& op = entries[0].key == "fact" ? entries[1] : entries[0];
  Condition condition;
  condition.where = m_in.location(node);
  condition.fact = *m_rules.fact_index(fact.id);
  for (const auto& candidate : k_operators) {
    if (candidate.name == op.key) {
      condition.kind = candidate.kind;
    }
  }
  switch (condition.kind) {
  case ConditionKind::known:
    condition.operands.push_back(m_in.boolean(op.value, "`known`") ? 1 : 0);
    break;
  case ConditionKind::in:
    for (const ValueRef& item : m_in.sequence(op.value, "`in`")) {
      condition.operands.push_back(load_operand(fact, item));
    }
    break;
  case ConditionKind::is:
    condition.operands.push_back(load_operand(fact, op.value));
    break;
  default:
    if (fact.type != FactType::integer) {
      m_in.fail(op.value,
                fmt::format("`{}` compares numbers, but fact `{}` is a {}", op.key, fact.id, to_string(fact.type)));
    }
    condition.operands.push_back(safe_integer(op.value, fmt::format("the value of `{}`", op.key)));
  }
  return condition;
}

Condition Loader::load_need_condition(const std::vector<ValueEntry>& entries, const ValueRef& node) {
  const ValueRef& need_node = *m_in.find(entries, "need");
  const std::string need = m_in.string(need_node, "`need`");
  Condition condition;
  condition.kind = ConditionKind::need;
  condition.where = m_in.location(node);
  if (need == "knowledge") {
    condition.need = Need::knowledge;
  } else if (need == "behaviour") {
    condition.need = Need::behaviour;
  } else {
    m_in.fail(need_node, fmt::format("unknown need `{}`{}; expected knowledge or behaviour", need,
                                     did_you_mean(need, {"knowledge", "behaviour"})));
  }
  const ValueRef* is = m_in.find(entries, "is");
  const ValueRef* in = m_in.find(entries, "in");
  if (entries.size() != 2 || (is == nullptr && in == nullptr)) {
    m_in.fail(node, "a need condition reads `need: knowledge|behaviour` with `is: LEVEL` or `in: [LEVEL, ...]` (none, "
                    "some, strong)");
  }
  if (is != nullptr) {
    condition.operands.push_back(load_need_level(*is));
  } else {
    for (const ValueRef& item : m_in.sequence(*in, "`in`")) {
      condition.operands.push_back(load_need_level(item));
    }
  }
  return condition;
}

std::int64_t Loader::load_need_level(const ValueRef& node) {
  static const std::vector<std::string> levels = {"none", "some", "strong"};
  const std::string level = m_in.string(node, "a need level");
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i] == level) {
      return static_cast<std::int64_t>(i);
    }
  }
  m_in.fail(node, fmt::format("unknown need level `{}`{}; expected none, some or strong", level,
                              did_you_mean(level, levels)));
}

// A whole number within ±2^53 - 1 (`integer_problem`).
std::int64_t Loader::safe_integer(const ValueRef& node, const std::string& what) {
  const std::int64_t value = m_in.integer(node, what);
  if (auto problem = integer_problem(what, value)) {
    m_in.fail(node, *problem);
  }
  return value;
}

std::int64_t Loader::load_operand(const FactDef& fact, const ValueRef& node) {
  switch (fact.type) {
  case FactType::boolean:
    return m_in.boolean(node, fmt::format("a value of fact `{}`", fact.id)) ? 1 : 0;
  case FactType::integer:
    return safe_integer(node, fmt::format("a value of fact `{}`", fact.id));
  case FactType::choice:
    break;
  }
  const std::string value = m_in.string(node, fmt::format("a value of fact `{}`", fact.id));
  const auto index = fact.choice_index(value);
  if (!index) {
    m_in.fail(node, fmt::format("`{}` is not a choice of fact `{}`{}; expected one of: {}", value, fact.id,
                                did_you_mean(value, fact.choice_values()), fmt::join(fact.choice_values(), ", ")));
  }
  return *index;
}

} // namespace

RuleBase load_rule_base(std::string_view text, std::string_view origin) {
  return Loader(std::string(origin)).load(text);
}

RuleBase load_rule_base_values(const yaml::ValueDocuments& documents, std::string_view origin) {
  return Loader(std::string(origin)).load_values(documents);
}

} // namespace ragft
