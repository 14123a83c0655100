#include <ragft/rules/rule_base.hpp>

#include <algorithm>

namespace ragft {

std::optional<int> RuleBase::fact_index(std::string_view id) const {
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (facts[i].id == id) {
      return static_cast<int>(i);
    }
  }
  return std::nullopt;
}

const Rule* RuleBase::find_rule(std::string_view id) const {
  const auto it = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == id; });
  return it == rules.end() ? nullptr : &*it;
}

std::vector<std::string> RuleBase::fact_ids() const {
  std::vector<std::string> ids;
  ids.reserve(facts.size());
  for (const FactDef& fact : facts) {
    ids.push_back(fact.id);
  }
  return ids;
}

} // namespace ragft
