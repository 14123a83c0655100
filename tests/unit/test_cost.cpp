// What it will cost: formulas against hand-computed values, the price sheet, the spec's `cost:`.

#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <ragft/explain/cost.hpp>
#include <ragft/explain/explain.hpp>
#include <ragft/rules/loader.hpp>
#include <ragft/spec/spec.hpp>

#include "helpers.hpp"

namespace {

using namespace ragft;

PriceSheet sheet(double embedding = 0.02) {
  PriceSheet p = default_price_sheet();
  p.embedding.value = embedding;
  return p;
}

CostModelInputs inputs(double prompt, double output, double retrieved) {
  CostModelInputs in;
  in.prompt_tokens = prompt;
  in.output_tokens = output;
  in.retrieved_tokens = retrieved;
  return in;
}

std::string price_sheet_error(std::string_view text) {
  try {
    load_price_sheet(text, "p.yaml");
  } catch (const InputError& e) {
    return e.diagnostic().to_string();
  }
  return "";
}

} // namespace

TEST_CASE("the default price sheet holds the dated, sourced prices") {
  const PriceSheet& p = default_price_sheet();
  CHECK(p.currency == "USD");
  CHECK(p.embedding.value == 0.02);
  CHECK(p.training.value == 3.00);
  CHECK(p.base_input.value == 0.15);
  CHECK(p.base_output.value == 0.60);
  CHECK(p.tuned_input.value == 0.30);
  CHECK(p.tuned_output.value == 1.20);
  CHECK(p.vector_db.value == 50);
  for (const PriceKey& key : price_keys()) {
    CHECK_FALSE((p.*key.member).source.empty());
    CHECK_FALSE((p.*key.member).date.empty());
  }
}

TEST_CASE("inference cost per query") {
  // 3,000 input tokens at $0.15/1M + 300 output at $0.60/1M = $0.00045 + $0.00018.
  CHECK(inference_cost(3000, 300, 0.15, 0.60) == Approx(0.00063));
}

TEST_CASE("fine-tuning is cheaper per query only when retrieved > prompt + 4 x output (evidence.md)") {
  // Fine-tuned inference billed 2x base, output priced 4x input; no embedding cost.
  const PriceSheet p = sheet(0.0);
  for (double prompt : {200.0, 500.0, 1200.0}) {
    for (double output : {100.0, 300.0}) {
      const double threshold = prompt + 4 * output;
      const auto below = cost_per_query(inputs(prompt, output, threshold - 1), p);
      const auto at = cost_per_query(inputs(prompt, output, threshold), p);
      const auto above = cost_per_query(inputs(prompt, output, threshold + 1), p);
      CHECK(below[Verdict::fine_tune] > below[Verdict::rag]);
      CHECK(at[Verdict::fine_tune] == Approx(at[Verdict::rag]));
      CHECK(above[Verdict::fine_tune] < above[Verdict::rag]);
    }
  }
}

TEST_CASE("cost over a horizon, against hand-computed values") {
  // 1,000 queries/day (30,000/month), prompt 500, retrieved 2,500, output 300, corpus 1M tokens,
  // 10 + 5 person-days at 800, 1,000 examples x 3 epochs, 12 months, default prices.
  const CostModelInputs in = inputs(500, 300, 2500);
  const CostEstimate e = estimate_cost(in, default_price_sheet());
  const auto& rag = e.verdicts[Verdict::rag];
  const auto& ft = e.verdicts[Verdict::fine_tune];
  const auto& hybrid = e.verdicts[Verdict::hybrid];
  // rag per query: (3,000 x 0.15 + 300 x 0.60 + 500 x 0.02) / 1M = $0.00064
  CHECK(rag.per_query == Approx(0.00064));
  CHECK(rag.monthly == Approx(30000 * 0.00064 + 50));          // 69.2
  CHECK(rag.one_off == Approx(1e6 * 0.02 / 1e6 + 5 * 800));    // 4,000.02
  CHECK(rag.cumulative.back() == Approx(4000.02 + 12 * 69.2)); // 4,830.42
  // fine-tune per query: (500 x 0.30 + 300 x 1.20) / 1M = $0.00051; training 1,000 x 800 x 3 x $3/1M
  CHECK(ft.per_query == Approx(0.00051));
  CHECK(ft.monthly == Approx(15.3));
  CHECK(ft.one_off == Approx(7.2 + 15 * 800)); // 12,007.2
  CHECK(ft.cumulative.back() == Approx(12190.8));
  // hybrid: (3,000 x 0.30 + 300 x 1.20 + 500 x 0.02) / 1M; training on 3,300 tokens per example
  CHECK(hybrid.per_query == Approx(0.00127));
  CHECK(hybrid.monthly == Approx(88.1));
  CHECK(hybrid.one_off == Approx(0.02 + 29.7 + 12000));
  CHECK(hybrid.cumulative.back() == Approx(13086.92));
  CHECK(rag.cumulative.size() == 13);
  CHECK(rag.lines.front().name == "labour: evaluations");
  // rag vs fine-tune: months (12,007.2 - 4,000.02) / (69.2 - 15.3); volume
  // (12,007.2 - 4,000.02 + 12 x (0 - 50)) / (30 x 12 x (0.00064 - 0.00051)).
  const BreakEven& b = e.break_evens[0];
  REQUIRE(b.month.has_value());
  CHECK(*b.month == Approx(148.5562));
  REQUIRE(b.queries_per_day.has_value());
  CHECK(*b.queries_per_day == Approx(158273.08));
  // rag vs hybrid: hybrid costs more up front and per month; they never meet.
  CHECK_FALSE(e.break_evens[1].month.has_value());
  CHECK_FALSE(e.break_evens[1].queries_per_day.has_value());
}

TEST_CASE("cost inputs: spec, then fact, then default") {
  const RuleBase& rules = default_rule_base();
  FactSet facts(rules.facts.size());
  facts[static_cast<std::size_t>(*rules.fact_index("queries_per_day"))] = FactValue::integer(5000);
  facts[static_cast<std::size_t>(*rules.fact_index("knowledge_base_docs"))] = FactValue::integer(150);
  CostInputs spec;
  spec.queries_per_day = 200;
  const CostModelInputs in = resolve_cost_inputs(spec, rules, facts);
  CHECK(in.queries_per_day == 200);
  CHECK(in.corpus_tokens == 60000); // 150 documents x 400 tokens
  CHECK(in.corpus_known);
  CHECK(in.training_examples == 1000);
  CHECK(in.horizon_months == 12);
}

TEST_CASE("a price sheet with a missing or malformed price is a clear error") {
  std::string text(default_price_sheet_text());
  SECTION("missing") {
    const auto at = text.find("  vector_db_per_month:");
    text.erase(at);
    CHECK(price_sheet_error(text) ==
          "p.yaml:17:1: price `vector_db_per_month` is missing; a price sheet must give all of: "
          "embedding_per_mtok, training_per_mtok, base_input_per_mtok, base_output_per_mtok, "
          "tuned_input_per_mtok, tuned_output_per_mtok, vector_db_per_month");
  }
  SECTION("malformed") {
    text.replace(text.find("value: 0.15"), 11, "value: cheap");
    CHECK(price_sheet_error(text).find("p.yaml:") == 0);
    CHECK(price_sheet_error(text).find(
              "`value` of price `base_input_per_mtok` (an amount in the sheet's currency) must be a "
              "number, got `cheap`") != std::string::npos);
  }
  SECTION("undated") {
    const auto at = text.find("    date: \"2026\"");
    text.erase(at, std::string("    date: \"2026\"\n").size());
    CHECK(price_sheet_error(text).find("is missing the required key `date`") != std::string::npos);
  }
  SECTION("misspelt") {
    text.replace(text.find("embedding_per_mtok"), 18, "embeding_per_mtok");
    CHECK(price_sheet_error(text).find("did you mean `embedding_per_mtok`?") != std::string::npos);
  }
}

TEST_CASE("the spec's cost section is validated") {
  const RuleBase& rules = default_rule_base();
  auto parse = [&](std::string_view cost) {
    return parse_specs(fmt::format("ragft: 1\nproject: p\ncost:\n{}", cost), "s.yaml", rules).front();
  };
  const auto good = parse("  queries_per_day: 20000\n  horizon_months: 24\n  day_rate: unknown\n");
  REQUIRE(std::holds_alternative<Spec>(good));
  CHECK(std::get<Spec>(good).cost.queries_per_day == 20000);
  CHECK(std::get<Spec>(good).cost.horizon_months == 24);
  CHECK_FALSE(std::get<Spec>(good).cost.day_rate.has_value());
  const auto typo = parse("  queries_per_dai: 5\n");
  REQUIRE(std::holds_alternative<Diagnostic>(typo));
  CHECK(std::get<Diagnostic>(typo).to_string().find(
            "s.yaml:4:3: unknown key `queries_per_dai` in `cost` (did you mean `queries_per_day`?)") == 0);
  const auto negative = parse("  day_rate: -1\n");
  REQUIRE(std::holds_alternative<Diagnostic>(negative));
  CHECK(std::get<Diagnostic>(negative).where.line == 4);
  const auto fraction = parse("  horizon_months: 1.5\n");
  REQUIRE(std::holds_alternative<Diagnostic>(fraction));
}

namespace {

CostModelInputs inputs_for(const std::vector<std::pair<std::string, std::string>>& facts, const CostInputs& spec = {}) {
  return resolve_cost_inputs(spec, default_rule_base(), test::facts(facts));
}

std::string origin_of(const CostModelInputs& in, std::string_view key) {
  for (const CostAssumption& a : in.assumptions) {
    if (a.key == key) {
      return a.origin;
    }
  }
  return "";
}

} // namespace

TEST_CASE("cost defaults follow the facts: retraining as often as the knowledge changes") {
  CHECK(inputs_for({}).retrains_per_year == 0);
  CHECK(origin_of(inputs_for({}), "retrains_per_year") == "default");
  CHECK(inputs_for({{"knowledge_updates", "never"}}).retrains_per_year == 0);
  CHECK(inputs_for({{"knowledge_updates", "yearly"}}).retrains_per_year == 1);
  CHECK(inputs_for({{"knowledge_updates", "quarterly"}}).retrains_per_year == 4);
  CHECK(inputs_for({{"knowledge_updates", "monthly"}}).retrains_per_year == 12);
  CHECK(inputs_for({{"knowledge_updates", "weekly"}}).retrains_per_year == 52);
  CHECK(inputs_for({{"knowledge_updates", "realtime"}}).retrains_per_year == 365);
  CHECK(origin_of(inputs_for({{"knowledge_updates", "monthly"}}), "retrains_per_year") ==
        "fact `knowledge_updates` is monthly: retrained as often as the knowledge changes");
  CostInputs spec;
  spec.retrains_per_year = 2;
  CHECK(inputs_for({{"knowledge_updates", "monthly"}}, spec).retrains_per_year == 2); // the spec wins
}

// The reports read by people name a fact by its label, as the rest of explain's text does; JSON
// keeps the id (`origin`).
TEST_CASE("cost inputs name the fact they come from by its label for people, by its id for JSON") {
  const auto words_of = [](const CostModelInputs& in, std::string_view key) {
    for (const CostAssumption& a : in.assumptions) {
      if (a.key == key) {
        return a.words;
      }
    }
    return std::string();
  };
  const CostModelInputs in = inputs_for({{"labeled_examples", "300"}, {"knowledge_base_docs", "0"}});
  CHECK(origin_of(in, "training_examples") == "fact `labeled_examples`");
  CHECK(words_of(in, "training_examples") == "labelled examples");
  // readers14: the fact, then its value and what follows from it in brackets, no chain of colons.
  CHECK(words_of(in, "retrieved_tokens") == "documents to draw on (0, nothing to retrieve, no vector database)");
  CHECK(words_of(inputs_for({{"knowledge_base_docs", "10"}}), "corpus_tokens") == "documents to draw on x 400");
  // 12 retrains for monthly says "as often as the knowledge changes" itself; real time's 365 does not.
  CHECK(words_of(inputs_for({{"knowledge_updates", "monthly"}}), "retrains_per_year") ==
        "how often the knowledge changes (monthly)");
  CHECK(words_of(inputs_for({{"knowledge_updates", "realtime"}}), "retrains_per_year") ==
        "how often the knowledge changes (realtime, retrained at most daily)");
  CHECK(words_of(inputs_for({{"task_type", "extraction"}}), "output_tokens") ==
        "main task (extraction, the answer is a short structured record)");
  CHECK(words_of(in, "day_rate") == "default");
}

TEST_CASE("cost defaults follow the facts: output length by task, corpus at 400 tokens a document") {
  CHECK(inputs_for({{"task_type", "classification"}}).output_tokens == 10);
  CHECK(inputs_for({{"task_type", "extraction"}}).output_tokens == 150);
  CHECK(inputs_for({{"task_type", "question_answering"}}).output_tokens == 300);
  // 400 documents: 160,000 tokens, under the 200,000 of the long-context note, as the rule
  // small-knowledge-base says of fewer than 500 documents.
  CHECK(inputs_for({{"knowledge_base_docs", "400"}}).corpus_tokens == 160000);
}

TEST_CASE("no documents: nothing retrieved, no vector database, no query embedding (hand-computed)") {
  const CostModelInputs in = inputs_for({{"knowledge_base_docs", "0"}, {"task_type", "classification"}});
  CHECK_FALSE(in.documents);
  CHECK(in.retrieved_tokens == 0);
  CHECK(in.corpus_tokens == 0);
  const CostEstimate e = estimate_cost(in, default_price_sheet());
  const auto& rag = e.verdicts[Verdict::rag];
  // rag per query: (500 x 0.15 + 10 x 0.60) / 1M = $0.000081; monthly 30,000 x 0.000081 = 2.43
  CHECK(rag.per_query == Approx(0.000081));
  CHECK(rag.monthly == Approx(2.43));
  CHECK(rag.one_off == Approx(5 * 800)); // evaluations only: no corpus to embed
  for (const CostLine& line : rag.lines) {
    CHECK(line.name != "vector database");
  }
}

TEST_CASE("a verdict dearer than another option says why it is still the advice") {
  CostReport c;
  c.verdict = Verdict::hybrid;
  c.currency = "USD";
  c.estimate.inputs.horizon_months = 12;
  c.estimate.verdicts[Verdict::rag].cumulative = {4000};
  c.estimate.verdicts[Verdict::fine_tune].cumulative = {12000};
  c.estimate.verdicts[Verdict::hybrid].cumulative = {13000};
  Assessment a;
  a.scores[Verdict::hybrid] = 7;
  a.scores[Verdict::rag] = -1;
  CHECK(reconcile_text(c, a) == "rag would cost less than hybrid over 12 months (4,000 USD against 13,000 USD), yet "
                                "hybrid is the advice: it scores 7 points to -1 on what the project needs (the rules "
                                "above); cost enters the verdict only through the budget.");
  a.blocked[Verdict::rag] = true;
  a.blockers.push_back(BlockerEntry{"b", {Verdict::rag}, "It needs documents.", "", {}, {}});
  CHECK(reconcile_text(c, a) == "rag would cost less than hybrid over 12 months (4,000 USD against 13,000 USD), but "
                                "it is ruled out: It needs documents.");
  c.verdict = Verdict::rag;
  CHECK(reconcile_text(c, a).empty());
}
