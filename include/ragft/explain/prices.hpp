#pragma once
// The price sheet of the cost model: every price dated and sourced. rules/prices.yaml is compiled
// into the binary; `--prices FILE` replaces it.

#include <string>
#include <string_view>
#include <vector>

#include <ragft/base/diagnostic.hpp>

namespace ragft {

struct Price {
  double value = 0;
  std::string unit;
  std::string what;
  std::string source;
  std::string date;
  Location where;
};

struct PriceSheet {
  std::string currency = "USD";
  std::string origin;
  Price embedding;    // per 1M tokens embedded (corpus and queries)
  Price training;     // per 1M training tokens
  Price base_input;   // base model inference, per 1M input tokens
  Price base_output;  // ... per 1M output tokens
  Price tuned_input;  // fine-tuned model inference, per 1M input tokens
  Price tuned_output; // ... per 1M output tokens
  Price vector_db;    // managed vector database, per month
};

// One price of the sheet: its key in the YAML and where it is kept.
struct PriceKey {
  std::string_view name;
  Price PriceSheet::*member;
};
const std::vector<PriceKey>& price_keys();

// Parses and validates a price sheet; `origin` names it in messages. Throws `InputError`
// (`origin:line:col`) when a price is missing or malformed, or a key is unknown.
PriceSheet load_price_sheet(std::string_view text, std::string_view origin);

// The sheet compiled into the binary (rules/prices.yaml).
const PriceSheet& default_price_sheet();
std::string_view default_price_sheet_text();

} // namespace ragft
