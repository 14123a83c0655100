#include <catch2/catch.hpp>

#include <ragft/rules/condition.hpp>

using namespace ragft;

namespace {

Condition leaf(ConditionKind kind, int fact, std::vector<std::int64_t> operands) {
  Condition c;
  c.kind = kind;
  c.fact = fact;
  c.operands = std::move(operands);
  return c;
}

Condition combine(ConditionKind kind, std::vector<Condition> children) {
  Condition c;
  c.kind = kind;
  c.children = std::move(children);
  return c;
}

} // namespace

TEST_CASE("comparisons on known values") {
  const FactSet facts = {FactValue::integer(1000), FactValue::choice(2)};
  CHECK(evaluate(leaf(ConditionKind::gte, 0, {1000}), facts) == Truth::yes);
  CHECK(evaluate(leaf(ConditionKind::gt, 0, {1000}), facts) == Truth::no);
  CHECK(evaluate(leaf(ConditionKind::lt, 0, {1001}), facts) == Truth::yes);
  CHECK(evaluate(leaf(ConditionKind::lte, 0, {999}), facts) == Truth::no);
  CHECK(evaluate(leaf(ConditionKind::in, 1, {0, 2}), facts) == Truth::yes);
  CHECK(evaluate(leaf(ConditionKind::is, 1, {1}), facts) == Truth::no);
}

TEST_CASE("a condition on an unknown fact is unknown, in Kleene logic") {
  const FactSet facts = {FactValue{}, FactValue::boolean(true)};
  const Condition unknown = leaf(ConditionKind::gte, 0, {1});
  const Condition yes = leaf(ConditionKind::is, 1, {1});
  const Condition no = leaf(ConditionKind::is, 1, {0});
  CHECK(evaluate(unknown, facts) == Truth::unknown);
  CHECK(evaluate(combine(ConditionKind::negate, {unknown}), facts) == Truth::unknown);
  CHECK(evaluate(combine(ConditionKind::all, {unknown, yes}), facts) == Truth::unknown);
  CHECK(evaluate(combine(ConditionKind::all, {unknown, no}), facts) == Truth::no);
  CHECK(evaluate(combine(ConditionKind::any, {unknown, yes}), facts) == Truth::yes);
  CHECK(evaluate(combine(ConditionKind::any, {unknown, no}), facts) == Truth::unknown);
  CHECK(evaluate(leaf(ConditionKind::known, 0, {0}), facts) == Truth::yes);
  CHECK(evaluate(leaf(ConditionKind::known, 1, {1}), facts) == Truth::yes);
}

TEST_CASE("need conditions are unknown until the needs are scored") {
  Condition strong_knowledge;
  strong_knowledge.kind = ConditionKind::need;
  strong_knowledge.need = Need::knowledge;
  strong_knowledge.operands = {static_cast<std::int64_t>(NeedLevel::strong)};
  const FactSet facts;
  const NeedLevels strong = {NeedLevel::none, NeedLevel::strong, NeedLevel::none};
  const NeedLevels some = {NeedLevel::none, NeedLevel::some, NeedLevel::none};
  CHECK(evaluate(strong_knowledge, facts) == Truth::unknown);
  CHECK(evaluate(strong_knowledge, facts, &strong) == Truth::yes);
  CHECK(evaluate(strong_knowledge, facts, &some) == Truth::no);
  CHECK(reads_needs(combine(ConditionKind::all, {strong_knowledge})));
}

TEST_CASE("boundary values are each threshold and its neighbours") {
  const Condition c =
      combine(ConditionKind::all, {leaf(ConditionKind::gte, 0, {100}), leaf(ConditionKind::lt, 0, {1000}),
                                   leaf(ConditionKind::is, 1, {3})});
  const std::vector<std::int64_t> expected = {99, 100, 101, 999, 1000, 1001};
  CHECK(boundary_values(c, 0) == expected);
}

TEST_CASE("the facts that make a condition hold skip the branches of an any that fail") {
  // Fact 0 changes weekly (choice 4); fact 1, private data, is false; fact 2, the task, is
  // question answering (choice 0). "weekly and (private or a lookup task)" holds by the task alone.
  const FactSet facts = {FactValue::choice(4), FactValue::boolean(false), FactValue::choice(0)};
  const Condition weekly = leaf(ConditionKind::is, 0, {4});
  const Condition is_private = leaf(ConditionKind::is, 1, {1});
  const Condition private_unknown = leaf(ConditionKind::known, 1, {0});
  const Condition lookup = leaf(ConditionKind::in, 2, {0, 1, 2});
  const Condition rule =
      combine(ConditionKind::all, {weekly, combine(ConditionKind::any, {is_private, private_unknown, lookup})});
  REQUIRE(evaluate(rule, facts) == Truth::yes);
  std::vector<int> holding;
  for_each_holding_fact(rule, facts, nullptr, [&](int f) { holding.push_back(f); });
  CHECK(holding == std::vector<int>{0, 2});
  std::vector<int> read;
  for_each_fact(rule, [&](int f) { read.push_back(f); });
  CHECK(read == std::vector<int>{0, 1, 1, 2});
}

TEST_CASE("a branch of an any that reads a need counts when the need levels say it holds") {
  Condition strong_knowledge;
  strong_knowledge.kind = ConditionKind::need;
  strong_knowledge.need = Need::knowledge;
  strong_knowledge.operands = {static_cast<std::int64_t>(NeedLevel::strong)};
  const FactSet facts = {FactValue::boolean(true)};
  const Condition rule =
      combine(ConditionKind::all,
              {leaf(ConditionKind::is, 0, {1}),
               combine(ConditionKind::any,
                       {combine(ConditionKind::all, {strong_knowledge, leaf(ConditionKind::known, 0, {1})})})});
  const NeedLevels strong = {NeedLevel::none, NeedLevel::strong, NeedLevel::none};
  std::vector<int> holding;
  for_each_holding_fact(rule, facts, &strong, [&](int f) { holding.push_back(f); });
  CHECK(holding == std::vector<int>{0, 0});
  holding.clear();
  for_each_holding_fact(rule, facts, nullptr, [&](int f) { holding.push_back(f); });
  CHECK(holding == std::vector<int>{0});
}

TEST_CASE("the known facts that make a condition hold are each named once") {
  // "the task is unknown or a lookup task, and the documents number at least 1,000 (or are
  // unknown), and the task is not generation": the task is unknown (fact 0), the documents 5,000
  // (fact 1). The unknown task holds the first branch and reads in the last, but is no reason a
  // reader can be told; the documents hold two branches and are named once.
  const FactSet facts = {FactValue{}, FactValue::integer(5000)};
  const Condition task_unknown = leaf(ConditionKind::known, 0, {0});
  const Condition many_docs = leaf(ConditionKind::gte, 1, {1000});
  const Condition rule = combine(
      ConditionKind::all, {combine(ConditionKind::any, {task_unknown, leaf(ConditionKind::in, 0, {0, 1})}),
                           combine(ConditionKind::any, {many_docs, leaf(ConditionKind::known, 1, {0})}), many_docs});
  REQUIRE(evaluate(rule, facts) == Truth::yes);
  CHECK(holding_known_facts(rule, facts, nullptr) == std::vector<int>{1});
  // With the task known to be a lookup task, it is named first, as met.
  const FactSet lookup = {FactValue::choice(1), FactValue::integer(5000)};
  REQUIRE(evaluate(rule, lookup) == Truth::yes);
  CHECK(holding_known_facts(rule, lookup, nullptr) == std::vector<int>{0, 1});
}
