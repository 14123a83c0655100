#include <ragft/explain/prices.hpp>

#include <algorithm>

#include <fmt/format.h>

#include <ragft/model/facts.hpp>

#include "base/yaml_reader.hpp"

namespace ragft {

namespace detail {
extern const std::string_view k_default_prices_yaml;
}

namespace {

// The largest price of one unit: no price sheet's unit (a million tokens, a GPU hour, a month of a
// service) costs more; the bound keeps every amount the cost model adds up finite.
constexpr double k_max_price = 1'000'000;

const std::vector<std::string> k_top_keys = {"ragft_prices", "currency", "prices"};
const std::vector<std::string> k_price_fields = {"value", "unit", "what", "source", "date"};

std::vector<std::string> price_names() {
  std::vector<std::string> names;
  for (const PriceKey& key : price_keys()) {
    names.emplace_back(key.name);
  }
  return names;
}

// A text field of a price that must be present and not empty.
std::string required_text(const yaml::ValueReader& in, const std::vector<yaml::ValueEntry>& entries,
                          const yaml::ValueRef& node, std::string_view field, std::string_view name) {
  const std::string what = fmt::format("price `{}`", name);
  std::string text = in.string(in.require(entries, node, field, what), fmt::format("`{}` of {}", field, what));
  if (text.empty()) {
    in.fail(*in.find(entries, field), fmt::format("`{}` of {} is empty; every price needs its {}", field, what, field));
  }
  return text;
}

Price read_price(const yaml::ValueReader& in, const yaml::ValueRef& node, std::string_view name) {
  const std::string what = fmt::format("price `{}`", name);
  const auto entries = in.entries(node, k_price_fields, what);
  Price price;
  price.where = in.location(node);
  const yaml::ValueRef& value = in.require(entries, node, "value", what);
  price.value = in.number(value, fmt::format("`value` of {} (an amount in the sheet's currency)", what));
  if (!(price.value >= 0 && price.value <= k_max_price)) { // also refuses nan
    in.fail(value, fmt::format("`value` of {} must be a number from 0 to {}, got {:g}", what,
                               group_thousands(static_cast<std::int64_t>(k_max_price)), price.value));
  }
  price.source = required_text(in, entries, node, "source", name);
  price.date = required_text(in, entries, node, "date", name);
  if (const yaml::ValueRef* unit = in.find(entries, "unit")) {
    price.unit = in.string(*unit, "`unit`");
  }
  if (const yaml::ValueRef* text = in.find(entries, "what")) {
    price.what = in.string(*text, "`what`");
  }
  return price;
}

// `key` is the `prices:` key, where a missing price is reported.
void read_prices(const yaml::ValueReader& in, const yaml::ValueRef& key_node, const yaml::ValueRef& node,
                 PriceSheet& sheet) {
  const auto entries = in.entries(node, price_names(), "`prices`");
  for (const PriceKey& key : price_keys()) {
    const yaml::ValueRef* price = in.find(entries, key.name);
    if (price == nullptr) {
      in.fail(key_node, fmt::format("price `{}` is missing; a price sheet must give all of: {}", key.name,
                                    fmt::join(price_names(), ", ")));
    }
    sheet.*key.member = read_price(in, *price, key.name);
  }
}

} // namespace

const std::vector<PriceKey>& price_keys() {
  static const std::vector<PriceKey> keys = {
      {"embedding_per_mtok", &PriceSheet::embedding},     {"training_per_mtok", &PriceSheet::training},
      {"base_input_per_mtok", &PriceSheet::base_input},   {"base_output_per_mtok", &PriceSheet::base_output},
      {"tuned_input_per_mtok", &PriceSheet::tuned_input}, {"tuned_output_per_mtok", &PriceSheet::tuned_output},
      {"vector_db_per_month", &PriceSheet::vector_db},
  };
  return keys;
}

PriceSheet load_price_sheet(std::string_view text, std::string_view origin) {
  const yaml::ValueReader in{std::string(origin)};
  const yaml::ValueDocuments documents = in.load_all(text);
  if (documents.roots.size() != 1) {
    throw InputError(
        Diagnostic{Location{in.origin(), 1, 1}, "expected one price sheet starting with `ragft_prices: 1`"});
  }
  const yaml::ValueRef& root = documents.roots.front();
  const auto entries = in.entries(root, k_top_keys, "the price sheet");
  const yaml::ValueRef& format = in.require(entries, root, "ragft_prices", "the price sheet");
  if (in.integer(format, "`ragft_prices` (the price-sheet format version)") != 1) {
    in.fail(format, "unsupported price-sheet format version; expected `ragft_prices: 1`");
  }
  PriceSheet sheet;
  sheet.origin = in.origin();
  if (const yaml::ValueRef* currency = in.find(entries, "currency")) {
    sheet.currency = in.string(*currency, "`currency`");
  }
  const yaml::ValueRef& prices = in.require(entries, root, "prices", "the price sheet");
  const auto key =
      std::find_if(entries.begin(), entries.end(), [](const yaml::ValueEntry& e) { return e.key == "prices"; });
  read_prices(in, key->key_node, prices, sheet);
  return sheet;
}

std::string_view default_price_sheet_text() { return detail::k_default_prices_yaml; }

const PriceSheet& default_price_sheet() {
  static const PriceSheet sheet = load_price_sheet(default_price_sheet_text(), "rules/prices.yaml");
  return sheet;
}

} // namespace ragft
