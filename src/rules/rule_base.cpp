#include <ragft/rules/rule_base.hpp>

namespace ragft {

std::optional<int> RuleBase::fact_index(std::string_view id) const {
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (facts[i].id == id) {
      return static_cast<int>(i);
    }
  }
  return std::nullopt;
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
