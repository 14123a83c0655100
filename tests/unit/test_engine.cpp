#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

#include <ragft/engine/project.hpp>

#include "helpers.hpp"

using namespace ragft;
using test::facts;
using test::fired;

namespace {

Evaluation score(const std::vector<std::pair<std::string, std::string>>& values) {
  return evaluate(test::rules(), facts(values));
}

} // namespace

TEST_CASE("a verdict's score is the sum of its rationale's points") {
  const Evaluation e = score({{"knowledge_updates", "daily"},
                              {"style_requirement", "strict"},
                              {"labeled_examples", "5000"},
                              {"budget", "low"},
                              {"task_type", "summarization"},
                              {"private_data", "true"}});
  for (Verdict v : k_verdicts) {
    double sum = 0;
    for (const FiredRule& f : e.fired) {
      sum += f.rule->points[v];
    }
    CHECK(e.scores[v] == Approx(sum));
  }
}

TEST_CASE("fast-changing knowledge alone gives rag, fine-tuning alone is blocked") {
  const Evaluation e = score({{"knowledge_updates", "realtime"}});
  CHECK(e.verdict == Verdict::rag);
  CHECK(e.blocked[Verdict::fine_tune]);
  CHECK_FALSE(e.blocked[Verdict::hybrid]);
  CHECK(e.knowledge.level == NeedLevel::strong);
  CHECK(e.behaviour.level == NeedLevel::none);
}

TEST_CASE("both needs strong and fine-tuning feasible gives hybrid") {
  // A strict schema alone is no longer a strong behaviour need (structured outputs guarantee the
  // form); a voice that must hold in every answer is.
  const Evaluation e =
      score({{"knowledge_updates", "weekly"}, {"style_requirement", "strict"}, {"labeled_examples", "2000"}});
  CHECK(e.knowledge.level == NeedLevel::strong);
  CHECK(e.behaviour.level == NeedLevel::strong);
  CHECK(fired(e, "both-needs"));
  CHECK(e.verdict == Verdict::hybrid);
}

TEST_CASE("behaviour needs under the minimum of examples: start with RAG, add fine-tuning later") {
  // A template is a behaviour need (the task type and a strict schema only lean to fine-tuning).
  // Fewer than 10 examples: a fine-tuning job cannot run (openai-ft-guide's minimum), so fine-tuning
  // and a hybrid are blocked. (This test had 40 examples while the block was at 100.)
  const Evaluation e =
      score({{"knowledge_updates", "weekly"}, {"output_format", "template"}, {"labeled_examples", "5"}});
  CHECK(e.verdict == Verdict::rag);
  CHECK(e.blocked[Verdict::hybrid]);
  REQUIRE(e.blockers.size() == 1);
  CHECK(e.blockers[0].constraint->id == "too-few-examples");
  CHECK(e.blockers[0].because.rfind("5 curated examples are too few", 0) == 0);
  REQUIRE(e.advice.has_value());
  CHECK(e.advice->find("start with RAG") != std::string::npos);
  CHECK(e.advice->find("Collect at least 10") != std::string::npos);
}

TEST_CASE("a few dozen examples lean against fine-tuning and hybrid alike, without blocking them") {
  // 40 examples: above the minimum of 10, below the 100 vendors recommend starting with. By the rules:
  // regularly-changing-knowledge {3, -2, 1.5}, template-output {0, 1, 0.5}, few-examples {0, -1.5, -1.5}.
  const Evaluation e =
      score({{"knowledge_updates", "weekly"}, {"output_format", "template"}, {"labeled_examples", "40"}});
  CHECK(e.blockers.empty());
  CHECK_FALSE(e.blocked[Verdict::fine_tune]);
  CHECK_FALSE(e.blocked[Verdict::hybrid]);
  CHECK(fired(e, "few-examples"));
  CHECK(e.scores[Verdict::rag] == Approx(3));
  CHECK(e.scores[Verdict::fine_tune] == Approx(-2.5));
  CHECK(e.scores[Verdict::hybrid] == Approx(0.5));
  CHECK(e.verdict == Verdict::rag);
  // 100 examples: the leaning is gone and some-examples adds to both instead.
  const Evaluation hundred =
      score({{"knowledge_updates", "weekly"}, {"output_format", "template"}, {"labeled_examples", "100"}});
  CHECK_FALSE(fired(hundred, "few-examples"));
  CHECK(hundred.scores[Verdict::fine_tune] == Approx(-0.5));
  CHECK(hundred.scores[Verdict::hybrid] == Approx(2.5));
}

TEST_CASE("behaviour only, with examples, gives fine-tune") {
  const Evaluation e = score({{"style_requirement", "strict"},
                              {"output_format", "template"},
                              {"labeled_examples", "1500"},
                              {"knowledge_updates", "never"}});
  CHECK(e.verdict == Verdict::fine_tune);
  CHECK(e.knowledge.level == NeedLevel::none);
  CHECK_FALSE(e.advice.has_value());
}

TEST_CASE("rationale quotes fact values as people read them") {
  const Evaluation e = score({{"knowledge_base_docs", "600000"}});
  REQUIRE(fired(e, "large-knowledge-base"));
  for (const FiredRule& f : e.fired) {
    if (f.rule->id == "large-knowledge-base") {
      CHECK(f.because.rfind("600,000 documents:", 0) == 0);
    }
  }
}

TEST_CASE("with nothing known, the tie order decides and confidence is low") {
  const Evaluation e = score({});
  CHECK(e.fired.empty());
  CHECK(e.verdict == Verdict::rag);
  CHECK(e.confidence == Confidence::low);
  CHECK(e.unknown_facts == static_cast<int>(test::rules().facts.size()));
}

TEST_CASE("an unknown fact that could change the verdict is named, with what it could make it") {
  // Weekly knowledge and a strict schema: hybrid if examples suffice, rag if they do not.
  const Evaluation e = score({{"knowledge_updates", "weekly"}, {"output_format", "strict_schema"}});
  const int examples = *test::rules().fact_index("labeled_examples");
  const auto it = std::find_if(e.decisive_unknowns.begin(), e.decisive_unknowns.end(),
                               [&](const DecisiveUnknown& d) { return d.fact == examples; });
  REQUIRE(it != e.decisive_unknowns.end());
  CHECK(std::find(it->could_become.begin(), it->could_become.end(), e.verdict) == it->could_become.end());
  CHECK(e.confidence != Confidence::high);
}

TEST_CASE("a wide margin with most facts known is high confidence") {
  const Evaluation e = evaluate(test::rules(), test::spec(R"(ragft: 1
project: t
facts:
  knowledge_updates: realtime
  knowledge_base_docs: 50000
  private_data: true
  citations_required: true
  hallucination_tolerance: low
  labeled_examples: 0
  output_format: free_text
  style_requirement: none
  domain_terminology: general
  domain_reasoning: false
  latency_budget_ms: 3000
  queries_per_day: 2000
  budget: low
  launch_weeks: 3
  ml_expertise: none
  gpu_access: none
  smaller_model_wanted: false
  existing_rag_quality: none
  task_type: question_answering
)")
                                                   .facts);
  CHECK(e.verdict == Verdict::rag);
  CHECK(e.unknown_facts == 0);
  CHECK(e.confidence == Confidence::high);
}

TEST_CASE("parts that split between rag and fine-tune make the whole a hybrid") {
  CHECK(combine_verdicts({Verdict::rag, Verdict::rag}) == Verdict::rag);
  CHECK(combine_verdicts({Verdict::fine_tune}) == Verdict::fine_tune);
  CHECK(combine_verdicts({Verdict::rag, Verdict::fine_tune}) == Verdict::hybrid);
  CHECK(combine_verdicts({Verdict::rag, Verdict::hybrid}) == Verdict::hybrid);
}

TEST_CASE("a recorded decision is checked against the verdict") {
  const Spec agrees = test::spec("ragft: 1\nproject: a\ndecision: rag\nfacts: {knowledge_updates: realtime}\n");
  const Spec contradicts =
      test::spec("ragft: 1\nproject: b\ndecision: fine-tune\nfacts: {knowledge_updates: realtime}\n");
  CHECK(score_project(test::rules(), agrees).agrees == true);
  CHECK(score_project(test::rules(), contradicts).agrees == false);
  CHECK(score_project(test::rules(), contradicts).contradicts());
}

namespace {

// Every value worth trying for `fact`, from the rule base alone: each choice or truth value, or the
// fact's minimum and every threshold a rule or constraint compares it with.
std::vector<ragft::FactValue> values_to_try(const ragft::RuleBase& rules, int fact) {
  using ragft::FactValue;
  const ragft::FactDef& def = rules.facts[static_cast<std::size_t>(fact)];
  std::vector<FactValue> values;
  if (def.type == ragft::FactType::boolean) {
    return {FactValue::boolean(false), FactValue::boolean(true)};
  }
  if (def.type == ragft::FactType::choice) {
    for (std::size_t i = 0; i < def.choices.size(); ++i) {
      values.push_back(FactValue::choice(static_cast<int>(i)));
    }
    return values;
  }
  values.push_back(FactValue::integer(def.minimum));
  for (const ragft::Rule& rule : rules.rules) {
    for (std::int64_t n : ragft::boundary_values(rule.condition, fact)) {
      values.push_back(FactValue::integer(std::max(def.minimum, n)));
    }
  }
  for (const ragft::Constraint& constraint : rules.constraints) {
    for (std::int64_t n : ragft::boundary_values(constraint.condition, fact)) {
      values.push_back(FactValue::integer(std::max(def.minimum, n)));
    }
  }
  return values;
}

// Each fact known one time in two, with a value worth trying.
ragft::FactSet random_worth_trying(const ragft::RuleBase& rules, std::mt19937_64& random) {
  ragft::FactSet facts(rules.facts.size());
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const auto values = values_to_try(rules, static_cast<int>(i));
    if (random() % 2 == 0) {
      facts[i] = values[random() % values.size()];
    }
  }
  return facts;
}

} // namespace

TEST_CASE("the decisive unknowns are exactly the unknown facts some value of which changes the verdict") {
  using namespace ragft;
  const RuleBase& rules = test::rules();
  std::mt19937_64 random(11);
  int decisive = 0;
  for (int trial = 0; trial < 300; ++trial) {
    const FactSet facts = random_worth_trying(rules, random);
    const Evaluation e = evaluate(rules, facts);
    for (std::size_t i = 0; i < facts.size(); ++i) {
      if (facts[i].known()) {
        continue;
      }
      std::vector<Verdict> reachable;
      FactSet changed = facts;
      for (const FactValue& value : values_to_try(rules, static_cast<int>(i))) {
        changed[i] = value;
        const Verdict v = decide(rules, changed).verdict;
        if (v != e.verdict && std::find(reachable.begin(), reachable.end(), v) == reachable.end()) {
          reachable.push_back(v);
        }
      }
      const auto it = std::find_if(e.decisive_unknowns.begin(), e.decisive_unknowns.end(),
                                   [&](const DecisiveUnknown& d) { return d.fact == static_cast<int>(i); });
      INFO("trial " << trial << ", fact " << rules.facts[i].id);
      REQUIRE((it != e.decisive_unknowns.end()) == !reachable.empty());
      if (it != e.decisive_unknowns.end()) {
        ++decisive;
        std::vector<Verdict> reported = it->could_become;
        std::sort(reported.begin(), reported.end());
        std::sort(reachable.begin(), reachable.end());
        CHECK(reported == reachable);
      }
    }
  }
  CHECK(decisive > 50);
}

namespace {

bool same_outcome(const ragft::Outcome& a, const ragft::Outcome& b) {
  using ragft::Verdict;
  bool same = a.verdict == b.verdict && a.all_blocked == b.all_blocked;
  for (Verdict v : ragft::k_verdicts) {
    same = same && a.scores[v] == b.scores[v] && a.blocked[v] == b.blocked[v];
  }
  return same;
}

// What a change of one fact reached beyond the first pass, from scratch: another pair of need
// levels (so another second pass), another set of second-pass rules, other blocks.
struct Reach {
  int verdicts = 0;
  int levels = 0;
  int second_pass = 0;
  int blocks = 0;
};

void count_reach(const ragft::Evaluation& before, const ragft::Evaluation& after, Reach& reach) {
  const auto second_pass = [](const ragft::Evaluation& e) {
    std::vector<const ragft::Rule*> rules;
    for (const ragft::FiredRule& fired : e.fired) {
      if (fired.rule->reads_needs) {
        rules.push_back(fired.rule);
      }
    }
    return rules;
  };
  reach.verdicts += after.verdict != before.verdict ? 1 : 0;
  reach.levels +=
      after.knowledge.level != before.knowledge.level || after.behaviour.level != before.behaviour.level ? 1 : 0;
  reach.second_pass += second_pass(after) != second_pass(before) ? 1 : 0;
  reach.blocks += after.blocked.values != before.blocked.values ? 1 : 0;
}

// Tries every value of fact `i` (and unknown) on `facts`: counts the trials where `change` does not
// decide what deciding from scratch does, and (with `reach`) what each change reached.
int differing_changes(const ragft::RuleBase& rules, const ragft::FactSet& facts, std::size_t i, Reach* reach) {
  using namespace ragft;
  const OneFactChange change(rules, facts);
  const Evaluation before = evaluate(rules, facts);
  int differing = 0;
  FactSet changed = facts;
  auto values = values_to_try(rules, static_cast<int>(i));
  values.emplace_back(); // unknown
  for (const FactValue& value : values) {
    changed[i] = value;
    differing += same_outcome(change.decide(changed, static_cast<int>(i)), decide(rules, changed)) ? 0 : 1;
    if (reach != nullptr) {
      count_reach(before, evaluate(rules, changed), *reach);
    }
  }
  return differing;
}

} // namespace

TEST_CASE("deciding again with one fact changed gives what deciding from scratch gives") {
  using namespace ragft;
  const RuleBase& rules = test::rules();
  std::mt19937_64 random(5);
  int differing = 0;
  Reach reach;
  for (int trial = 0; trial < 300; ++trial) {
    const FactSet facts = random_worth_trying(rules, random);
    for (std::size_t i = 0; i < facts.size(); ++i) {
      // The full evaluation (with its perturbation) only for a fifth of the trials: enough to count.
      differing += differing_changes(rules, facts, i, trial < 60 ? &reach : nullptr);
    }
  }
  CHECK(differing == 0);
  // The changes reach other verdicts, need levels, second-pass rules and blocks, so the comparison
  // covers the second pass and the constraints, not only the first pass.
  CHECK(reach.verdicts > 100);
  CHECK(reach.levels > 50);
  CHECK(reach.second_pass > 20);
  CHECK(reach.blocks > 20);
}

TEST_CASE("private data that is the task's input is no retrieval need: a clause extractor fine-tunes") {
  // Private contracts are what the extractor reads, not what it looks up (no documents to search).
  const Evaluation e = score({{"knowledge_base_docs", "0"},
                              {"private_data", "true"},
                              {"labeled_examples", "2500"},
                              {"output_format", "strict_schema"},
                              {"hallucination_tolerance", "low"},
                              {"task_type", "extraction"}});
  CHECK(e.verdict == Verdict::fine_tune);
  CHECK_FALSE(fired(e, "private-data"));
  CHECK_FALSE(fired(e, "accuracy-critical"));
}

TEST_CASE("with the number of documents unknown, private data to look up is a retrieval need in any task") {
  // The fact's help asks for `true` only when answers must look private knowledge up (a text-to-SQL
  // tool finds its company's tables), whatever the task; the input alone is `false`.
  const Evaluation chat = score({{"private_data", "true"}, {"task_type", "conversation"}});
  const Evaluation generate = score({{"private_data", "true"}, {"task_type", "generation"}});
  const Evaluation input = score({{"private_data", "false"}, {"task_type", "classification"}});
  CHECK(fired(chat, "private-data"));
  CHECK(fired(generate, "private-data"));
  CHECK_FALSE(fired(input, "private-data"));
}

TEST_CASE("a good RAG system needs fine-tuning added only for what a prompt cannot hold") {
  // Source 004: add fine-tuning when RAG's answers are decent "but the style/format still isn't
  // right". A moderate style is, by its definition, one a system prompt mostly achieves; a strict
  // schema is what structured outputs give any model; specialised terms are in the retrieved text.
  for (const auto& [fact, value] :
       std::vector<std::pair<std::string, std::string>>{{"style_requirement", "moderate"},
                                                        {"output_format", "strict_schema"},
                                                        {"domain_terminology", "specialized"}}) {
    INFO(fact << ": " << value);
    CHECK_FALSE(fired(score({{"existing_rag_quality", "good"}, {fact, value}}), "rag-good-style-off"));
  }
  // A voice that must hold in every answer, or a fixed template, is what prompting lets drift.
  CHECK(fired(score({{"existing_rag_quality", "good"}, {"style_requirement", "strict"}}), "rag-good-style-off"));
  CHECK(fired(score({{"existing_rag_quality", "good"}, {"output_format", "template"}}), "rag-good-style-off"));
  // The owner of a running RAG assistant with a house tone: nothing is off, so RAG is good enough.
  const Evaluation e = score({{"existing_rag_quality", "good"},
                              {"style_requirement", "moderate"},
                              {"output_format", "free_text"},
                              {"domain_terminology", "general"},
                              {"knowledge_updates", "weekly"},
                              {"task_type", "question_answering"}});
  CHECK(fired(e, "rag-good-enough"));
  CHECK(e.verdict == Verdict::rag);
}
