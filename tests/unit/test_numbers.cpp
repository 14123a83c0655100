// Numbers never print wrong: thousands separators only in groups of three on input, amounts
// beyond the exact range of doubles in scientific notation, the most negative int64 grouped
// without overflow.

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <limits>

#include <ragft/ask/answer.hpp>
#include <ragft/model/facts.hpp>
#include <ragft/rules/loader.hpp>

using namespace ragft;

namespace {

const FactDef& fact(const std::string& id) {
  const RuleBase& rules = default_rule_base();
  return rules.facts[static_cast<std::size_t>(*rules.fact_index(id))];
}

} // namespace

TEST_CASE("commas in a whole number group three digits (as in a spec and --set)") {
  const FactDef& latency = fact("latency_budget_ms");
  CHECK(parse_answer(latency, "1,500").value == FactValue::integer(1500));
  CHECK(parse_answer(latency, "12,345,678").value == FactValue::integer(12345678));
  CHECK(parse_answer(latency, "1500").value == FactValue::integer(1500));
  for (const char* bad : {"1,5", "12,00", "1,0000", "500,", "1,,500"}) {
    INFO(bad);
    CHECK_THAT(parse_answer(latency, bad).error, Catch::Contains("commas only between groups of three"));
  }
  for (const char* bad : {"1_500", "1,000_000", ",500"}) {
    INFO(bad);
    CHECK(!parse_answer(latency, bad).error.empty());
  }
}

TEST_CASE("group_thousands takes every int64, the most negative too") {
  CHECK(group_thousands(0) == "0");
  CHECK(group_thousands(-1234) == "-1,234");
  CHECK(group_thousands(std::numeric_limits<std::int64_t>::min()) == "-9,223,372,036,854,775,808");
  CHECK(group_thousands(std::numeric_limits<std::int64_t>::max()) == "9,223,372,036,854,775,807");
}

TEST_CASE("whole_amount rounds within 2^53 and never overflows beyond") {
  CHECK(whole_amount(1234.5) == "1,235");
  CHECK(whole_amount(9007199254740991.0) == "9,007,199,254,740,991");
  CHECK(whole_amount(1e20) == "1e+20");
  CHECK(whole_amount(-1e20) == "-1e+20");
  CHECK(whole_amount(std::nan("")) == "n/a");
  CHECK(whole_amount(HUGE_VAL) == "n/a");
}
