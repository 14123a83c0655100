#include "rules/extends.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include <ragft/base/suggest.hpp>
#include <ragft/rules/loader.hpp>

namespace ragft {

namespace {

using yaml::Entry;

// The rule bases that `extends:` can name.
struct BaseRuleBase {
  std::string_view name;
  std::string_view (*text)();
  const RuleBase& (*rules)();
};

constexpr BaseRuleBase k_bases[] = {
    {"default", default_rule_base_text, default_rule_base},
};

// The first document of a base rule base (compiled in, so it is read like any rule base).
YAML::Node first_document(const BaseRuleBase& base) {
  const std::vector<YAML::Node> documents = yaml::Reader(std::string(base.name)).load_all(base.text());
  return documents.empty() ? YAML::Node() : documents.front();
}

const BaseRuleBase& find_base(const YAML::Node& node, const yaml::Reader& in) {
  const std::string name = in.string(node, "`extends` (the rule base to inherit)");
  std::vector<std::string> names;
  for (const BaseRuleBase& base : k_bases) {
    if (base.name == name) {
      return base;
    }
    names.emplace_back(base.name);
  }
  in.fail(node, fmt::format("cannot extend `{}`{}; a rule base can extend: {}", name, did_you_mean(name, names),
                            fmt::join(names, ", ")));
}

// The `id` of a list item, when it has a plain one.
std::optional<std::string> item_id(const YAML::Node& item) {
  if (!item.IsMap() || !item["id"] || !item["id"].IsScalar()) {
    return std::nullopt;
  }
  return item["id"].Scalar();
}

YAML::Node child(const YAML::Node& map, std::string_view key) {
  for (auto it = map.begin(); it != map.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == key) {
      return it->second;
    }
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

bool has_key(const YAML::Node& map, std::string_view key) { return child(map, key).IsDefined(); }

// Adds to `custom` each entry of `base` whose key it lacks, keeping the nodes (and positions).
void fill_missing(YAML::Node custom, const YAML::Node& base) {
  for (auto it = base.begin(); it != base.end(); ++it) {
    if (!has_key(custom, it->first.Scalar())) {
      custom.force_insert(it->first, it->second);
    }
  }
}

// A custom file's items of one key: those that override an inherited item (the first of each
// id), by id, and the new ones, in the file's order.
struct CustomItems {
  std::map<std::string, YAML::Node> overrides;
  std::vector<YAML::Node> added;
};

class Merger {
public:
  Merger(const yaml::Reader& in, const BaseRuleBase& base) : m_in(in), m_base_root(first_document(base)) {
    m_plan.base = &base.rules();
  }

  ExtendsPlan merge(YAML::Node root);

private:
  void read_disable(const YAML::Node& node);
  YAML::Node merge_sources(const YAML::Node& custom);
  YAML::Node merge_facts(const YAML::Node& custom);
  YAML::Node merge_items(std::string_view key, std::string_view other_key);
  CustomItems custom_items(const YAML::Node& base, std::string_view key, std::string_view other_key);
  void check_not_other_kind(const YAML::Node& item, std::string_view other_key);
  YAML::Node override_item(YAML::Node custom, const YAML::Node& base);
  void merge_scalar_maps(YAML::Node root, std::string_view key);
  std::vector<std::string> inherited_ids() const;

  const yaml::Reader& m_in;
  YAML::Node m_base_root;
  ExtendsPlan m_plan;
  std::set<std::string> m_disabled;
};

ExtendsPlan Merger::merge(YAML::Node root) {
  if (const YAML::Node disable = child(root, "disable"); disable.IsDefined()) {
    read_disable(disable);
  }
  root.remove("extends");
  root.remove("disable");
  for (const char* key : {"name", "version"}) {
    if (!has_key(root, key) && has_key(m_base_root, key)) {
      root[key] = child(m_base_root, key);
    }
  }
  m_plan.merged = root;
  merge_scalar_maps(root, "decision");
  root["sources"] = merge_sources(child(root, "sources"));
  root["facts"] = merge_facts(child(root, "facts"));
  YAML::Node constraints = merge_items("constraints", "rules");
  YAML::Node rules = merge_items("rules", "constraints");
  root["constraints"] = constraints;
  root["rules"] = rules;
  return std::move(m_plan);
}

std::vector<std::string> Merger::inherited_ids() const {
  std::vector<std::string> ids;
  for (const Rule& rule : m_plan.base->rules) {
    ids.push_back(rule.id);
  }
  for (const Constraint& constraint : m_plan.base->constraints) {
    ids.push_back(constraint.id);
  }
  return ids;
}

void Merger::read_disable(const YAML::Node& node) {
  const std::vector<std::string> ids = inherited_ids();
  const std::vector<std::string> listed = m_in.string_list(node, "`disable` (inherited rule and constraint ids)");
  for (std::size_t i = 0; i < listed.size(); ++i) {
    if (std::find(ids.begin(), ids.end(), listed[i]) == ids.end()) {
      m_in.fail(node[i], fmt::format("`disable` names `{}`, which is no inherited rule or constraint{}", listed[i],
                                     did_you_mean(listed[i], ids)));
    }
    m_disabled.insert(listed[i]);
  }
}

void Merger::merge_scalar_maps(YAML::Node root, std::string_view key) {
  const YAML::Node base = child(m_base_root, key);
  if (!base.IsDefined()) {
    return;
  }
  YAML::Node custom = child(root, key);
  if (!custom.IsDefined()) {
    root[std::string(key)] = base;
    return;
  }
  m_in.entries(custom, fmt::format("`{}`", key));
  fill_missing(custom, base);
}

YAML::Node Merger::merge_sources(const YAML::Node& custom) {
  YAML::Node out(YAML::NodeType::Map);
  std::set<std::string> custom_keys;
  if (custom.IsDefined() && !custom.IsNull()) {
    for (const Entry& e : m_in.entries(custom, "`sources`")) {
      custom_keys.insert(e.key);
      m_plan.custom_sources.insert(e.key);
    }
  }
  const YAML::Node base = child(m_base_root, "sources");
  for (auto it = base.begin(); it != base.end(); ++it) {
    if (custom_keys.count(it->first.Scalar()) == 0) {
      out.force_insert(it->first, it->second);
    }
  }
  if (!custom_keys.empty()) {
    for (auto it = custom.begin(); it != custom.end(); ++it) {
      out.force_insert(it->first, it->second);
    }
  }
  return out;
}

YAML::Node Merger::merge_facts(const YAML::Node& custom) {
  YAML::Node out(YAML::NodeType::Sequence);
  for (const YAML::Node& item : child(m_base_root, "facts")) {
    out.push_back(item);
  }
  if (!custom.IsDefined() || custom.IsNull()) {
    return out;
  }
  for (const YAML::Node& item : m_in.sequence(custom, "`facts`")) {
    const auto id = item_id(item);
    if (id && m_plan.base->fact_index(*id)) {
      m_in.fail(item["id"], fmt::format("fact `{}` is inherited from rule base `{}`; a custom rule base can add "
                                        "facts but not redefine them (give it another id)",
                                        *id, m_plan.base->name));
    }
    out.push_back(item);
  }
  return out;
}

YAML::Node Merger::override_item(YAML::Node custom, const YAML::Node& base) {
  const YAML::Node custom_points = child(custom, "points");
  const YAML::Node base_points = child(base, "points");
  if (custom_points.IsMap() && base_points.IsMap()) {
    fill_missing(custom_points, base_points);
  }
  fill_missing(custom, base);
  return custom;
}

// An inherited constraint listed under `rules:` (or the reverse) is a mistake, not a new item.
void Merger::check_not_other_kind(const YAML::Node& item, std::string_view other_key) {
  const auto id = item_id(item);
  if (!id) {
    return;
  }
  for (const YAML::Node& other : child(m_base_root, other_key)) {
    if (item_id(other) == id) {
      m_in.fail(item["id"], fmt::format("`{}` is inherited under `{}:`; override or add it there", *id, other_key));
    }
  }
}

// The custom file's items of `key`, against the inherited items `base` of that key.
CustomItems Merger::custom_items(const YAML::Node& base, std::string_view key, std::string_view other_key) {
  const YAML::Node custom = child(m_plan.merged, key);
  CustomItems out;
  if (!custom.IsDefined() || custom.IsNull()) {
    return out;
  }
  std::set<std::string> base_ids;
  for (const YAML::Node& item : base) {
    base_ids.insert(*item_id(item));
  }
  for (const YAML::Node& item : m_in.sequence(custom, fmt::format("`{}`", key))) {
    check_not_other_kind(item, other_key);
    const auto id = item_id(item);
    const bool overrides_base = id && base_ids.count(*id) == 1 && out.overrides.count(*id) == 0;
    if (overrides_base) {
      out.overrides.emplace(*id, item);
    } else {
      out.added.push_back(item);
    }
  }
  return out;
}

// The inherited items of `key` (rules or constraints) with overrides and `disable:` applied, then
// the new ones of the custom file.
YAML::Node Merger::merge_items(std::string_view key, std::string_view other_key) {
  const YAML::Node base = child(m_base_root, key);
  const CustomItems custom = custom_items(base, key, other_key);
  YAML::Node out(YAML::NodeType::Sequence);
  for (const YAML::Node& item : base) {
    const std::string id = *item_id(item);
    if (m_disabled.count(id) == 1) {
      continue;
    }
    const auto found = custom.overrides.find(id);
    if (found == custom.overrides.end()) {
      out.push_back(item);
      continue;
    }
    m_plan.overridden.insert(id);
    if (has_key(found->second, "condition")) {
      m_plan.new_conditions.insert(id);
    }
    out.push_back(override_item(found->second, item));
  }
  for (const YAML::Node& item : custom.added) {
    out.push_back(item);
  }
  return out;
}

template <typename Item> const Item* find_by_id(const std::vector<Item>& items, const std::string& id) {
  const auto it = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

template <typename Item>
void relabel_items(std::vector<Item>& items, const std::vector<Item>& base_items, const ExtendsPlan& plan) {
  for (Item& item : items) {
    const Item* base = find_by_id(base_items, item.id);
    if (base == nullptr) {
      continue;
    }
    if (plan.overridden.count(item.id) == 0) {
      item.where = base->where;
    }
    if (plan.new_conditions.count(item.id) == 0) {
      item.condition = base->condition;
    }
  }
}

} // namespace

std::optional<ExtendsPlan> merge_extends(YAML::Node root, const yaml::Reader& in) {
  if (!root.IsMap()) {
    return std::nullopt;
  }
  const YAML::Node extends = child(root, "extends");
  if (!extends.IsDefined()) {
    if (const YAML::Node disable = child(root, "disable"); disable.IsDefined()) {
      in.fail(disable, "`disable` switches off inherited rules, so it needs `extends: default`");
    }
    return std::nullopt;
  }
  const BaseRuleBase& base = find_base(extends, in);
  return Merger(in, base).merge(root);
}

void relabel_inherited(RuleBase& merged, const ExtendsPlan& plan) {
  for (FactDef& fact : merged.facts) {
    if (const auto index = plan.base->fact_index(fact.id)) {
      fact.where = plan.base->facts[static_cast<std::size_t>(*index)].where;
    }
  }
  for (auto& [key, source] : merged.sources) {
    const auto base = plan.base->sources.find(key);
    if (base != plan.base->sources.end() && plan.custom_sources.count(key) == 0) {
      source.where = base->second.where;
    }
  }
  relabel_items(merged.rules, plan.base->rules, plan);
  relabel_items(merged.constraints, plan.base->constraints, plan);
}

} // namespace ragft
