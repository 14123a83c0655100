#include "rules/because.hpp"

namespace ragft {

namespace {

// Calls `literal(text)` and `field(id)` for the pieces of `text` in order.
template <typename Literal, typename Field>
void split_template(std::string_view text, Literal&& literal, Field&& field) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t open = text.find('{', pos);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      literal(text.substr(pos));
      return;
    }
    literal(text.substr(pos, open - pos));
    field(text.substr(open + 1, close - open - 1));
    pos = close + 1;
  }
}

} // namespace

std::vector<std::string> placeholders(std::string_view text) {
  std::vector<std::string> ids;
  split_template(text, [](std::string_view) {}, [&](std::string_view id) { ids.emplace_back(id); });
  return ids;
}

std::string render_because(std::string_view text, const RuleBase& rules, const FactSet& facts) {
  std::string out;
  out.reserve(text.size() + 16);
  split_template(
      text, [&](std::string_view piece) { out.append(piece); },
      [&](std::string_view id) {
        if (auto index = rules.fact_index(id)) {
          const auto i = static_cast<std::size_t>(*index);
          out.append(spoken_value(rules.facts[i], facts[i]));
        } else {
          out.append("{").append(id).append("}");
        }
      });
  return out;
}

} // namespace ragft
