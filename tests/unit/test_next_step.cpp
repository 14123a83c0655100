// The plain-words head of a result: the next step's table (next_step.hpp) row by row, with the
// expected step read off the table, and the one sentence of why.

#include <algorithm>

#include <fmt/format.h>

#include <ragft/base/wrap.hpp>
#include <ragft/report/next_step.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

Assessment assessment(Verdict verdict, NeedLevel behaviour = NeedLevel::none) {
  Assessment a;
  a.verdict = verdict;
  a.behaviour.level = behaviour;
  return a;
}

std::string step(Verdict verdict, const std::vector<std::pair<std::string, std::string>>& facts,
                 NeedLevel behaviour = NeedLevel::none) {
  return next_step(test::rules(), test::facts(facts), verdict, assessment(verdict, behaviour));
}

using test::has;

} // namespace

TEST_CASE("rag with a few hundred documents and no behaviour gap: try long-context prompting first") {
  const std::string s = step(Verdict::rag, {{"knowledge_base_docs", "400"}});
  CHECK(has(s, "Your 400 documents may fit in a prompt whole, if they come to under about 500 pages in all"));
  CHECK(has(s, "build retrieval if they are longer or that falls short"));
  CHECK(has(s, "try long-context prompting first"));
  // 500 documents are the bound of the rule small-knowledge-base: no longer "fits".
  CHECK_FALSE(has(step(Verdict::rag, {{"knowledge_base_docs", "500"}}), "long-context"));
  CHECK(has(step(Verdict::rag, {{"knowledge_base_docs", "500"}}), "RAG prototype on your 500 documents"));
}

// readers13: the policy FAQ (examples/policy-faq.yaml) runs a RAG system that answers well over
// 120 documents; it was told to try long-context prompting and build retrieval only if that fell
// short, retrieval it already has.
TEST_CASE("rag with a good RAG system and no behaviour gap: keep it") {
  const std::string keep = "Keep the existing RAG system: it answers well and nothing in the facts calls for "
                           "fine-tuning; check it again on 50 real questions when the documents or the questions "
                           "change.";
  CHECK(step(Verdict::rag, {{"knowledge_base_docs", "120"}, {"existing_rag_quality", "good"}}) == keep);
  CHECK(step(Verdict::rag, {{"knowledge_base_docs", "5000"}, {"existing_rag_quality", "good"}}) == keep);
  // not with a behaviour need (fine-tuning is then what is missing), nor with a poor system
  CHECK(step(Verdict::rag, {{"existing_rag_quality", "good"}}, NeedLevel::some) != keep);
  CHECK(step(Verdict::rag, {{"knowledge_base_docs", "5000"}, {"existing_rag_quality", "poor"}}) != keep);
}

TEST_CASE("rag with a behaviour need: start with RAG, add fine-tuning for the facts that made the need") {
  // With no behaviour reason to read, what behaviour is (the legend's words).
  // 4,000 documents: over small-knowledge-base's bound (500), so they do not go into the prompt whole.
  const std::string s = step(Verdict::rag, {{"knowledge_base_docs", "4000"}}, NeedLevel::some);
  CHECK(s == "Start with RAG on your 4,000 documents; add fine-tuning when the style, format or terms of the answers "
             "are still off.");
  // A lookup task over private documents in a specialized vocabulary: rag, and the behaviour need
  // comes from the terminology rule (need: behaviour), not from style or format.
  const FactSet facts = test::facts({{"task_type", "question_answering"},
                                     {"private_data", "true"},
                                     {"knowledge_base_docs", "20000"},
                                     {"knowledge_updates", "daily"},
                                     {"citations_required", "true"},
                                     {"domain_terminology", "specialized"}});
  const Evaluation e = evaluate(test::rules(), facts);
  REQUIRE(e.verdict == Verdict::rag);
  REQUIRE(e.behaviour.level != NeedLevel::none);
  // specialized-terminology alone (1.5 points) is a need short of strong: the prompt first (readers14).
  REQUIRE(e.behaviour.level == NeedLevel::some);
  CHECK(next_step(test::rules(), facts, e.verdict, make_assessment(test::rules(), e)) ==
        "Start with RAG on your 20,000 documents, and handle the domain's terms in the system prompt "
        "(instructions and a few examples); add fine-tuning only if the answers still fall short there. Mask the "
        "private data in the examples before training: a model can repeat what it was trained on, so private facts "
        "belong in the retrieved documents.");
}

// readers13: a city helpline (rag, a moderate style, no examples) was told `fine-tuning (for style
// requirement) is blocked until you lift it: collect at least 10 curated examples`, where
// moderate-style's own choice help says a system prompt mostly achieves such a tone (the block's
// words are too-few-examples' unblock up to its "; ", rules/default.yaml). readers14: a
// bank's assistant for its own DSL (no GPUs, a low budget) was told to add fine-tuning for its
// terminology, under proprietary-terminology's "jargon alone is not a strong behaviour need". A
// need short of strong is handled in the prompt first; fine-tuning only if that falls short.
TEST_CASE("rag with a behaviour need short of strong: the system prompt first, then fine-tuning") {
  const FactSet helpline = test::facts({{"task_type", "conversation"},
                                        {"knowledge_base_docs", "2000"},
                                        {"knowledge_updates", "monthly"},
                                        {"citations_required", "true"},
                                        {"private_data", "false"},
                                        {"labeled_examples", "0"},
                                        {"style_requirement", "moderate"},
                                        {"budget", "low"},
                                        {"ml_expertise", "none"}});
  const Evaluation h = evaluate(test::rules(), helpline);
  REQUIRE(h.verdict == Verdict::rag);
  REQUIRE(h.behaviour.level == NeedLevel::some);
  CHECK(next_step(test::rules(), helpline, h.verdict, make_assessment(test::rules(), h)) ==
        "Start with RAG on your 2,000 documents, and handle the tone of voice in the system prompt (instructions "
        "and a few examples); fine-tuning (for the tone of voice), if that falls short, is blocked until you lift "
        "it: collect at least 10 curated examples, each an input with the output you want (about 100 to start "
        "with, 1,000+ for reliable gains).");
  // Two facts behind the need (moderate-style 1 + specialized-terminology 1.5, under strong_need's
  // 3), joined by "and"; 50 examples lift the block.
  const FactSet two = test::facts({{"task_type", "conversation"},
                                   {"knowledge_base_docs", "2000"},
                                   {"knowledge_updates", "monthly"},
                                   {"citations_required", "true"},
                                   {"private_data", "false"},
                                   {"labeled_examples", "50"},
                                   {"style_requirement", "moderate"},
                                   {"domain_terminology", "specialized"},
                                   {"budget", "low"},
                                   {"ml_expertise", "none"}});
  const Evaluation t = evaluate(test::rules(), two);
  REQUIRE(t.verdict == Verdict::rag);
  REQUIRE(t.behaviour.level == NeedLevel::some);
  CHECK(next_step(test::rules(), two, t.verdict, make_assessment(test::rules(), t)) ==
        "Start with RAG on your 2,000 documents, and handle the tone of voice and the domain's terms in the system "
        "prompt (instructions and a few examples); add fine-tuning only if the answers still fall short there.");
  const FactSet bank = test::facts({{"task_type", "generation"},
                                    {"knowledge_base_docs", "4600"},
                                    {"knowledge_updates", "monthly"},
                                    {"private_data", "true"},
                                    {"hallucination_tolerance", "low"},
                                    {"labeled_examples", "300"},
                                    {"output_format", "strict_schema"},
                                    {"domain_terminology", "proprietary"},
                                    {"budget", "low"},
                                    {"gpu_access", "none"}});
  const Evaluation b = evaluate(test::rules(), bank);
  REQUIRE(b.verdict == Verdict::rag);
  REQUIRE(b.behaviour.level == NeedLevel::some);
  const std::string s = next_step(test::rules(), bank, b.verdict, make_assessment(test::rules(), b));
  CHECK(has(s, "Start with RAG on your 4,600 documents, and handle the domain's terms in the system prompt "
               "(instructions and a few examples); add fine-tuning only if the answers still fall short there."));
  CHECK_FALSE(has(s, "for what retrieval does not change"));
}

// readers12 and readers13: "add fine-tuning ... for what retrieval does not change: output format,
// domain terminology, small model wanted" named a wish for a small model as if it were something
// about the answers. A small model is why fine-tuning is there, said as a purpose.
TEST_CASE("a wanted small model is a purpose of fine-tuning, not among what retrieval does not change") {
  const FactSet facts = test::facts({{"task_type", "question_answering"},
                                     {"knowledge_base_docs", "2000"},
                                     {"knowledge_updates", "monthly"},
                                     {"citations_required", "true"},
                                     {"style_requirement", "strict"},
                                     {"labeled_examples", "3000"},
                                     {"smaller_model_wanted", "true"}});
  const Evaluation e = evaluate(test::rules(), facts);
  REQUIRE(e.verdict == Verdict::hybrid);
  const std::string s = next_step(test::rules(), facts, e.verdict, make_assessment(test::rules(), e));
  CHECK(s == "Start with RAG on your 2,000 documents; add fine-tuning on your 3,000 examples for what retrieval does "
             "not change: the tone of voice; and to let the small model you want do the task (trained for one "
             "narrow task, a small model can match a general model many times its size).");
  CHECK_FALSE(has(s, "small model wanted"));
}

TEST_CASE("a small model as the only behaviour wanted: fine-tuning is added for it") {
  const FactSet facts = test::facts({{"task_type", "question_answering"},
                                     {"knowledge_base_docs", "20000"},
                                     {"knowledge_updates", "daily"},
                                     {"citations_required", "true"},
                                     {"smaller_model_wanted", "true"}});
  const Evaluation e = evaluate(test::rules(), facts);
  REQUIRE(e.verdict == Verdict::rag);
  REQUIRE(e.behaviour.level != NeedLevel::none);
  CHECK(next_step(test::rules(), facts, e.verdict, make_assessment(test::rules(), e)) ==
        "Start with RAG on your 20,000 documents; add fine-tuning to let the small model you want do the task "
        "(trained for one narrow task, a small model can match a general model many times its size).");
}

// readers11: a game studio's NPC voice on 60 examples, and a council's permit desk on 0, were told
// to "add fine-tuning" for style or terminology while the blocked line under it ruled fine-tuning
// out. With a blocker of hybrid (fine-tuning added to RAG) the step says so and how to lift it.
TEST_CASE("rag with a behaviour need that a blocker keeps from fine-tuning: the step says it is blocked") {
  Assessment a = assessment(Verdict::rag, NeedLevel::strong);
  BlockerEntry b;
  b.constraint = "few";
  b.blocks = {Verdict::fine_tune, Verdict::hybrid};
  b.unblock = "Collect 100 examples; meanwhile prompt.";
  a.blockers.push_back(b);
  CHECK(next_step(test::rules(), test::facts({{"knowledge_base_docs", "3500"}}), Verdict::rag, a) ==
        "Start with RAG on your 3,500 documents; fine-tuning (for style, format or terms) is blocked until you lift "
        "it: collect 100 examples.");
  // A blocker of fine-tune alone (citations) leaves hybrid, so fine-tuning can be added to RAG.
  a.blockers.front().blocks = {Verdict::fine_tune};
  CHECK(next_step(test::rules(), test::facts({{"knowledge_base_docs", "3500"}}), Verdict::rag, a) ==
        "Start with RAG on your 3,500 documents; add fine-tuning when the style, format or terms of the answers are "
        "still off.");
  // The default rule base: a strict voice on 6 examples (too-few-examples blocks fine-tune and
  // hybrid below 10), low budget and no ML team: rag; the step names the voice and the block.
  const FactSet facts = test::facts({{"knowledge_base_docs", "3500"},
                                     {"knowledge_updates", "monthly"},
                                     {"private_data", "true"},
                                     {"labeled_examples", "6"},
                                     {"style_requirement", "strict"},
                                     {"budget", "low"},
                                     {"ml_expertise", "none"}});
  const Evaluation e = evaluate(test::rules(), facts);
  REQUIRE(e.verdict == Verdict::rag);
  const std::string s = next_step(test::rules(), facts, e.verdict, make_assessment(test::rules(), e));
  CHECK(has(s, "Start with RAG on your 3,500 documents; fine-tuning (for the tone of voice"));
  CHECK(has(s, "is blocked until you lift it: collect at least 10 curated examples"));
  CHECK_FALSE(has(s, "add fine-tuning"));
}

// readers14, readers15: the step named what fine-tuning is for by the facts' labels ("for what
// retrieval does not change: output format, style requirement, domain terminology, domain-specific
// reasoning"; "handle the style requirement in the system prompt"). It says what is to be handled:
// a regulatory drafter (hybrid) with a fixed template, a strict register, specialized terms and
// fixed reasoning, and 400 approved past sections.
TEST_CASE("what fine-tuning is for, in words: each behaviour fact says what it asks of the answers") {
  const FactSet facts = test::facts({{"task_type", "generation"},
                                     {"knowledge_base_docs", "6000"},
                                     {"knowledge_updates", "quarterly"},
                                     {"citations_required", "true"},
                                     {"labeled_examples", "400"},
                                     {"output_format", "template"},
                                     {"style_requirement", "strict"},
                                     {"domain_terminology", "specialized"},
                                     {"domain_reasoning", "true"}});
  const Evaluation e = evaluate(test::rules(), facts);
  REQUIRE(e.verdict == Verdict::hybrid);
  CHECK(next_step(test::rules(), facts, e.verdict, make_assessment(test::rules(), e)) ==
        "Start with RAG on your 6,000 documents; add fine-tuning on your 400 examples for what retrieval does not "
        "change: the output's fixed structure, the tone of voice, the domain's terms and the field's steps of "
        "reasoning.");
}

// readers15: a telecom support assistant whose RAG system answers poorly (40,000 tariff pages, a
// moderate voice, specialized terms) was told "Start with RAG on your 40,000 documents"; without
// the behaviour need its step was already to fix the system's retrieval. A system that exists is
// fixed (poor) or kept (good), whatever else the step adds.
TEST_CASE("rag or hybrid with an existing RAG system: the step fixes or keeps it, never starts RAG again") {
  const std::vector<std::pair<std::string, std::string>> telecom = {
      {"task_type", "conversation"},         {"knowledge_base_docs", "40000"}, {"knowledge_updates", "weekly"},
      {"citations_required", "true"},        {"labeled_examples", "2000"},     {"style_requirement", "moderate"},
      {"domain_terminology", "specialized"}, {"existing_rag_quality", "poor"}};
  const FactSet poor = test::facts(telecom);
  const Evaluation e = evaluate(test::rules(), poor);
  REQUIRE(e.verdict == Verdict::rag);
  REQUIRE(e.behaviour.level == NeedLevel::some);
  CHECK(next_step(test::rules(), poor, e.verdict, make_assessment(test::rules(), e)) ==
        "Fix the existing RAG system's retrieval first (how documents are split, searched and ranked), and handle the "
        "tone of voice and the domain's terms in the system prompt (instructions and a few examples); add "
        "fine-tuning only if the answers still fall short there.");
  // A good system with a strong behaviour need is kept, and fine-tuning added to it.
  CHECK(step(Verdict::rag, {{"knowledge_base_docs", "900"}, {"existing_rag_quality", "good"}}, NeedLevel::strong) ==
        "Keep the existing RAG system; add fine-tuning when the style, format or terms of the answers are still off.");
  // A hybrid over a poor system: fix it, then fine-tune on the examples.
  CHECK(step(Verdict::hybrid, {{"labeled_examples", "2000"}, {"existing_rag_quality", "poor"}}) ==
        "Fix the existing RAG system's retrieval first (how documents are split, searched and ranked); add "
        "fine-tuning on your 2,000 examples when the style, format or terms of the answers are still off.");
}

TEST_CASE("rag with a poor prototype: fix retrieval, otherwise a prototype on the documents") {
  CHECK(has(step(Verdict::rag, {{"existing_rag_quality", "poor"}}), "Fix the existing RAG system's retrieval"));
  // No documents counted: the step names what RAG needs, not "your documents" (the spec mentions none).
  CHECK(has(step(Verdict::rag, {}), "Build a small RAG prototype on the documents or records the answers must quote"));
  CHECK(has(step(Verdict::rag, {}), "does not say which or how many"));
}

TEST_CASE("fine-tune or hybrid under 100 examples: collect 100+ examples, then fine-tune") {
  CHECK(step(Verdict::fine_tune, {{"labeled_examples", "20"}}) ==
        "Collect 100+ examples of an input and the answer you want (you have 20), then fine-tune.");
  CHECK(has(step(Verdict::fine_tune, {}), "(the spec does not say how many you have)"));
  CHECK(has(step(Verdict::hybrid, {{"labeled_examples", "99"}}), "then fine-tune; meanwhile start with RAG."));
  // An existing RAG system is not started again meanwhile (readers15): fixed when poor, kept when good.
  CHECK(has(step(Verdict::hybrid, {{"labeled_examples", "40"}, {"existing_rag_quality", "poor"}}),
            "then fine-tune; meanwhile fix the existing RAG system's retrieval (how documents are split, searched "
            "and ranked)."));
  CHECK(has(step(Verdict::hybrid, {{"labeled_examples", "40"}, {"existing_rag_quality", "good"}}),
            "then fine-tune; meanwhile keep the existing RAG system."));
}

TEST_CASE("enough examples: hybrid builds on RAG, fine-tune compares with a prompted model") {
  CHECK(has(step(Verdict::hybrid, {{"labeled_examples", "100"}, {"existing_rag_quality", "good"}}),
            "Keep the existing RAG system and fine-tune its model on your 100 examples"));
  CHECK(
      step(Verdict::hybrid, {{"labeled_examples", "2000"}, {"knowledge_base_docs", "9000"}}) ==
      "Start with RAG on your 9,000 documents; add fine-tuning on your 2,000 examples when the style, format or terms "
      "of the answers are still off.");
  // A hybrid whose spec counts no documents (unknown, or 0) is not told to use "your documents".
  const std::string unknown_docs = step(Verdict::hybrid, {{"labeled_examples", "4000"}});
  CHECK(has(unknown_docs, "Start with RAG on the documents or records the answers must quote"));
  CHECK_FALSE(has(unknown_docs, "your documents"));
  CHECK(has(step(Verdict::hybrid, {{"labeled_examples", "4000"}, {"knowledge_base_docs", "0"}}),
            "the spec counts no documents yet: collect them first"));
  CHECK(has(step(Verdict::fine_tune, {{"labeled_examples", "5000"}}), "Fine-tune a model on your 5,000 examples"));
}

// readers11/12: a hybrid over private post-mortems was told to "add fine-tuning on your 2,400
// examples" in the report whose private-data reason says fine-tuning on sensitive data makes it leak
// (leakage from 0-5% to 60-75% in the cited study). Every step that trains on the examples says to
// mask the private data first; a step that trains on nothing says nothing of it.
TEST_CASE("a step that trains on the examples, with private data: mask it in the examples first") {
  const std::string mask = " Mask the private data in the examples before training: a model can repeat what it "
                           "was trained on";
  CHECK(step(Verdict::hybrid,
             {{"labeled_examples", "2400"}, {"knowledge_base_docs", "2400"}, {"private_data", "true"}}) ==
        "Start with RAG on your 2,400 documents; add fine-tuning on your 2,400 examples when the style, format or "
        "terms of the answers are still off." +
            mask + ", so private facts belong in the retrieved documents.");
  CHECK(step(Verdict::fine_tune, {{"labeled_examples", "5000"}, {"private_data", "true"}}) ==
        "Fine-tune a model on your 5,000 examples, keep some aside, and compare it there with a prompted base model." +
            mask + ".");
  CHECK(has(step(Verdict::hybrid, {{"labeled_examples", "40"}, {"private_data", "true"}}), mask));
  CHECK(has(
      step(Verdict::hybrid, {{"labeled_examples", "400"}, {"existing_rag_quality", "good"}, {"private_data", "true"}}),
      mask));
  // No training in the step, or no private data: no mask.
  CHECK_FALSE(has(step(Verdict::rag, {{"knowledge_base_docs", "9000"}, {"private_data", "true"}}), "Mask"));
  CHECK_FALSE(has(step(Verdict::fine_tune, {{"labeled_examples", "5000"}, {"private_data", "false"}}), "Mask"));
  CHECK_FALSE(has(step(Verdict::fine_tune, {{"labeled_examples", "5000"}}), "Mask"));
}

// readers18: a team lead who knew little answered "don't know" to most questions (Enter took the
// defaults of output format, style, small model and existing RAG system), and got rag on a 1-point
// lead with the step "Build a small RAG prototype on the documents or records the answers must
// quote": a plan built on a guess that any of several unknown facts could turn to fine-tune. With
// a low confidence, over half the facts unknown and some that alone could overturn the verdict
// (rag and fine-tune each other; hybrid either), the step is to find those out first.
TEST_CASE("low confidence and most facts unknown: the step is to find out what could overturn it first") {
  const FactSet facts = test::facts({{"output_format", "free_text"},
                                     {"style_requirement", "none"},
                                     {"smaller_model_wanted", "false"},
                                     {"existing_rag_quality", "none"}});
  const Evaluation e = evaluate(test::rules(), facts);
  const Assessment a = make_assessment(test::rules(), e);
  REQUIRE(e.verdict == Verdict::rag);
  REQUIRE(a.confidence == Confidence::low);
  std::vector<std::string> to_fine_tune; // the unknowns that could make it fine-tune, most decisive first
  for (const UnknownEntry& u : a.unknowns) {
    if (std::find(u.could_become.begin(), u.could_become.end(), Verdict::fine_tune) != u.could_become.end()) {
      to_fine_tune.push_back(u.label);
    }
  }
  REQUIRE(to_fine_tune.size() > 3);
  const std::string s = next_step(test::rules(), facts, e.verdict, a);
  CHECK(s.rfind("Find out first the facts that could each make it fine-tune: " + to_fine_tune[0] + ", " +
                    to_fine_tune[1] + ", " + to_fine_tune[2] + " and " + std::to_string(to_fine_tune.size() - 3) +
                    " more (ragft explain names them); ",
                0) == 0);
  CHECK(has(s, "; with 15 of 19 facts unknown, rag is only a first guess."));
  CHECK_FALSE(has(s, "prototype"));
  // The verdict of a project comes from its components: its own facts are few by design.
  CHECK_FALSE(has(next_step(test::rules(), facts, e.verdict, a, true), "Find out first"));

  // One fact that could overturn it, 10 of 19 unknown: named alone.
  Assessment one = assessment(Verdict::rag);
  one.confidence = Confidence::low;
  one.unknown_facts = 10;
  one.total_facts = 19;
  one.unknowns.push_back(UnknownEntry{"labeled_examples", "labelled examples", "", {Verdict::fine_tune}});
  one.unknowns.push_back(UnknownEntry{"style_requirement", "style requirement", "", {Verdict::hybrid}});
  CHECK(next_step(test::rules(), test::facts({}), Verdict::rag, one) ==
        "Find out first the fact that could make it fine-tune: labelled examples; with 10 of 19 facts unknown, rag "
        "is only a first guess.");
  // Hybrid is overturned by either.
  Assessment hybrid = one;
  hybrid.verdict = Verdict::hybrid;
  hybrid.unknowns.back().could_become = {Verdict::rag};
  CHECK(has(next_step(test::rules(), test::facts({}), Verdict::hybrid, hybrid),
            "Find out first the facts that could each make it fine-tune or rag: labelled examples and style "
            "requirement; with 10 of 19 facts unknown, hybrid is only a first guess."));
  // Not when the unknowns could only add fine-tuning to rag (a helpline of 2,000 documents changing
  // monthly still starts with a RAG prototype), not at medium confidence, not with half the facts
  // known or more.
  Assessment adds = one;
  adds.unknowns.front().could_become = {Verdict::hybrid};
  CHECK_FALSE(has(next_step(test::rules(), test::facts({}), Verdict::rag, adds), "Find out first"));
  Assessment medium = one;
  medium.confidence = Confidence::medium;
  CHECK_FALSE(has(next_step(test::rules(), test::facts({}), Verdict::rag, medium), "Find out first"));
  Assessment half = one;
  half.unknown_facts = 9;
  CHECK_FALSE(has(next_step(test::rules(), test::facts({}), Verdict::rag, half), "Find out first"));
}

TEST_CASE("every verdict blocked: the step is to lift the first blocker") {
  Assessment a = assessment(Verdict::rag);
  a.all_blocked = true;
  a.blockers.push_back(BlockerEntry{"x", {Verdict::rag}, "Because.", "Do this.", {}, {}});
  CHECK(next_step(test::rules(), test::facts({}), Verdict::rag, a) == "Lift a blocker first: Do this.");
}

TEST_CASE("a verdict left only by a blocker: the step is to lift the blocker of the better-scoring one") {
  Assessment a = assessment(Verdict::rag);
  a.scores[Verdict::rag] = 0;
  a.scores[Verdict::fine_tune] = 3;
  a.blocked[Verdict::fine_tune] = true;
  a.blockers.push_back(BlockerEntry{"x", {Verdict::fine_tune}, "Because.", "Collect examples.", {}, {}});
  CHECK(next_step(test::rules(), test::facts({{"existing_rag_quality", "poor"}}), Verdict::rag, a) ==
        "Collect examples. (fine-tune would score higher but is blocked.)");
  a.scores[Verdict::fine_tune] = -1; // blocked, but scoring less: the table's other rows decide
  CHECK(next_step(test::rules(), test::facts({{"existing_rag_quality", "poor"}}), Verdict::rag, a)
            .rfind("Fix the existing RAG", 0) == 0);
}

TEST_CASE("why is the first sentence of the reason with the most points for the verdict") {
  Assessment a = assessment(Verdict::rag);
  a.reasons.push_back(ReasonEntry{"small", {}, "none", "Small. More.", {}, {}});
  a.reasons.push_back(ReasonEntry{"big", {}, "none", "It costs 1.5 times more. Then the rest.", {}, {}});
  a.reasons[0].points[Verdict::rag] = 1;
  a.reasons[1].points[Verdict::rag] = 3;
  CHECK(why_sentence(a) == "It costs 1.5 times more.");
  CHECK(has(why_sentence(assessment(Verdict::rag)), "answer more of the questions"));
}

TEST_CASE("prose is wrapped at spaces, never inside a word, counting characters not bytes") {
  CHECK(wrap_words("aaa bbb ccc", 7) == std::vector<std::string>{"aaa bbb", "ccc"});
  CHECK(wrap_words("aaa bbbbbbbbbb c", 5) == std::vector<std::string>{"aaa", "bbbbbbbbbb", "c"});
  CHECK(wrap_words("ééé ééé", 7) == std::vector<std::string>{"ééé ééé"});
  CHECK(wrap_words("one two", 0) == std::vector<std::string>{"one two"});
  CHECK(wrap_hanging("one two three", 0, "> ", "  ") == "> one two three\n");
  CHECK(wrap_hanging(std::string(30, 'a') + " b", 25, "> ", "  ") == "> " + std::string(30, 'a') + "\n  b\n");
}

// readers18: a Japanese project name in the report's first line was counted one column a
// character, so the line was judged to fit 80 columns and the terminal broke it inside the name.
TEST_CASE("widths are a terminal's columns: CJK and fullwidth characters take two, combining marks none") {
  CHECK(display_width("HR policy FAQ") == 13);
  CHECK(display_width("España") == 6);       // a precomposed n with tilde: one column
  CHECK(display_width("Espan\u0303a") == 6); // n and a combining tilde: one column
  CHECK(display_width("東京") == 4);         // two CJK ideographs
  CHECK(display_width("カスタマー") == 10);  // five katakana (the long vowel mark is wide too)
  CHECK(display_width("北京 bot") == 8);
  CHECK(display_width("ＡＢ") == 4); // fullwidth Latin
  CHECK(display_width("한국") == 4); // Hangul syllables
  CHECK(display_width("████") == 4); // the report's bars: one column each
  CHECK(display_width("\xff") == 1); // a byte that is not UTF-8 still takes a column
  CHECK(wrap_words("東京 大阪 京都", 10) == std::vector<std::string>{"東京 大阪", "京都"});
}

TEST_CASE("a rule base's sentence as a clause: up to the first stop, no full stop, a small first letter") {
  CHECK(leading_clause("Collect 100 examples (1,000+ for gains); until then use RAG.", {"; "}) ==
        "collect 100 examples (1,000+ for gains)");
  CHECK(leading_clause("60 examples are too few: vendors start at 100.", {": ", "; "}) == "60 examples are too few");
  CHECK(leading_clause("A model alone cannot cite; citations come from retrieval.", {": ", "; "}) ==
        "a model alone cannot cite");
  // No stop in it: the whole, without its full stop; an acronym keeps its capitals.
  CHECK(leading_clause("RAG needs documents.", {"; "}) == "RAG needs documents");
  CHECK(leading_clause("", {"; "}).empty());
}

// readers15: a two-person studio's NPC voice on a phone (fine-tune: a strict voice, a small model,
// 300 hand-written lines), with no GPUs and no ML staff, was told "Fine-tune a model on your 300
// examples" and not how; the no-gpu reason (rules/default.yaml: "only managed fine-tuning APIs
// remain") was not among the reasons shown. A step that trains says where, when there are no GPUs.
TEST_CASE("a fine-tune or hybrid step with no GPUs says where to train") {
  const FactSet game = test::facts({{"task_type", "conversation"},
                                    {"knowledge_updates", "never"},
                                    {"knowledge_base_docs", "40"},
                                    {"labeled_examples", "300"},
                                    {"style_requirement", "strict"},
                                    {"domain_terminology", "proprietary"},
                                    {"latency_budget_ms", "300"},
                                    {"budget", "low"},
                                    {"ml_expertise", "none"},
                                    {"gpu_access", "none"},
                                    {"smaller_model_wanted", "true"}});
  const Evaluation e = evaluate(test::rules(), game);
  REQUIRE(e.verdict == Verdict::fine_tune);
  CHECK(next_step(test::rules(), game, e.verdict, make_assessment(test::rules(), e)) ==
        "Fine-tune a small model, one that fits where it must run, on your 300 examples, keep some aside, and "
        "compare it there with a prompted base model. With no GPUs of your own, train through a managed fine-tuning "
        "service or on GPUs rented for the run.");
  // Before the masking advice; not with GPUs, and not for rag, whose step trains only if need be.
  CHECK(has(step(Verdict::hybrid, {{"labeled_examples", "400"}, {"gpu_access", "none"}, {"private_data", "true"}}),
            "rented for the run. Mask the private data"));
  CHECK_FALSE(has(step(Verdict::fine_tune, {{"labeled_examples", "400"}, {"gpu_access", "rented"}}), "GPUs"));
  CHECK_FALSE(has(step(Verdict::fine_tune, {{"labeled_examples", "400"}}), "GPUs"));
  CHECK_FALSE(
      has(step(Verdict::rag, {{"knowledge_base_docs", "900"}, {"gpu_access", "none"}}, NeedLevel::strong), "GPUs"));
}

// A behaviour fact of another rule base has no words in next_step's table: it is named by its
// label, with "the" before it, as the built-in facts' words have.
TEST_CASE("a behaviour fact of a custom rule base is named by its label") {
  const RuleBase custom = load_rule_base("ragft_rules: 1\nname: t\nsources: {s: {title: S}}\nfacts:\n"
                                         "  - {id: voice, type: bool, label: house voice, question: Q, help: H}\n"
                                         "rules:\n"
                                         "  - id: voice-rule\n"
                                         "    need: behaviour\n"
                                         "    condition: {fact: voice, is: true}\n"
                                         "    points: {rag: 0, fine-tune: 1, hybrid: 0.5}\n"
                                         "    because: A voice.\n"
                                         "    sources: [s]\n",
                                         "custom.yaml");
  auto documents = parse_specs("ragft: 1\nproject: t\nfacts: {voice: true}\n", "t.yaml", custom);
  REQUIRE(documents.size() == 1);
  REQUIRE(std::holds_alternative<Spec>(documents.front()));
  const FactSet& facts = std::get<Spec>(documents.front()).facts;
  Assessment a = assessment(Verdict::rag, NeedLevel::strong);
  ReasonEntry r;
  r.rule = "voice-rule";
  r.need = "behaviour";
  r.points[Verdict::fine_tune] = 1;
  a.reasons.push_back(r);
  CHECK(next_step(custom, facts, Verdict::rag, a) ==
        "Start with RAG; add fine-tuning for what retrieval does not change: the house voice.");
}

// readers16: a university's thesis-feedback tool over its rubric and handbook (20 documents), with
// 600 graded examples, a fixed template and fixed reasoning, was told "Start with RAG on your 20
// documents; add fine-tuning ... for what retrieval does not change" under its own reason
// small-knowledge-base ("20 documents may fit in the prompt whole ...: long-context prompting with
// prompt caching may be enough before building retrieval"). Under that rule's bound (500) and with no
// RAG system yet, the step starts with the documents in the prompt, whatever else it adds.
TEST_CASE("a step that starts with under 500 documents puts them in the prompt first") {
  // The tool as its owner answered (private_data: yes, as the student's work was read then).
  const FactSet thesis = test::facts({{"knowledge_updates", "yearly"},
                                      {"knowledge_base_docs", "20"},
                                      {"private_data", "true"},
                                      {"citations_required", "false"},
                                      {"hallucination_tolerance", "medium"},
                                      {"labeled_examples", "600"},
                                      {"output_format", "template"},
                                      {"style_requirement", "moderate"},
                                      {"domain_terminology", "general"},
                                      {"domain_reasoning", "true"},
                                      {"latency_budget_ms", "30000"},
                                      {"queries_per_day", "200"},
                                      {"budget", "low"},
                                      {"launch_weeks", "16"},
                                      {"ml_expertise", "some"},
                                      {"gpu_access", "none"},
                                      {"smaller_model_wanted", "false"},
                                      {"task_type", "generation"}});
  const Evaluation e = evaluate(test::rules(), thesis);
  REQUIRE(e.verdict == Verdict::hybrid);
  const Assessment a = make_assessment(test::rules(), e);
  const std::string s = next_step(test::rules(), thesis, Verdict::hybrid, a);
  INFO(s);
  CHECK(s.rfind("Put your 20 documents in the prompt whole if they come to under about 500 pages in all "
                "(long-context prompting; build retrieval if they are longer or that falls short); add fine-tuning "
                "on your 600 examples for what the documents in the prompt do not change",
                0) == 0);
  // Private data: it belongs in the documents the prompt carries, not in the examples.
  CHECK(has(s, "so private facts belong in the documents in the prompt."));
  // 500 documents and more, or a RAG system already there (fixed or kept): retrieval, as before.
  CHECK(has(step(Verdict::hybrid, {{"knowledge_base_docs", "500"}, {"labeled_examples", "600"}}, NeedLevel::strong),
            "Start with RAG on your 500 documents; add fine-tuning on your 600 examples"));
  CHECK(has(step(Verdict::hybrid,
                 {{"knowledge_base_docs", "20"}, {"labeled_examples", "600"}, {"existing_rag_quality", "poor"}},
                 NeedLevel::strong),
            "Fix the existing RAG system's retrieval first"));
  // A rag step with a behaviour need handled in the prompt: the documents go there too.
  CHECK(has(step(Verdict::rag, {{"knowledge_base_docs", "39"}}, NeedLevel::some),
            "Put your 39 documents in the prompt whole"));
}

// readers17: an NPC dialogue model that must run on the phone within 100 ms (fine-tune, high: a
// strict voice, a small model, 30,000 scripted lines) was told "Fine-tune a model on your 30,000
// examples", its second reason being that a small model should serve the task. The step that
// fine-tunes says a small one, when a reason asks for it; under 100 examples, so does the one that
// collects them first.
TEST_CASE("a step that fine-tunes names the small model a reason asks for") {
  const FactSet npc = test::facts({{"task_type", "conversation"},
                                   {"knowledge_updates", "yearly"},
                                   {"knowledge_base_docs", "150"},
                                   {"labeled_examples", "30000"},
                                   {"hallucination_tolerance", "high"},
                                   {"style_requirement", "strict"},
                                   {"domain_terminology", "proprietary"},
                                   {"latency_budget_ms", "100"},
                                   {"gpu_access", "rented"},
                                   {"smaller_model_wanted", "true"}});
  const Evaluation e = evaluate(test::rules(), npc);
  REQUIRE(e.verdict == Verdict::fine_tune);
  CHECK(next_step(test::rules(), npc, e.verdict, make_assessment(test::rules(), e)) ==
        "Fine-tune a small model, one that fits where it must run, on your 30,000 examples, keep some aside, and "
        "compare it there with a prompted base model.");
  // Without the wish, any model; with 40 examples, collect more, then fine-tune the small one.
  CHECK(has(step(Verdict::fine_tune, {{"labeled_examples", "5000"}}), "Fine-tune a model on your 5,000 examples"));
  const FactSet few = test::facts({{"task_type", "conversation"},
                                   {"labeled_examples", "40"},
                                   {"style_requirement", "strict"},
                                   {"latency_budget_ms", "100"},
                                   {"smaller_model_wanted", "true"}});
  const Evaluation f = evaluate(test::rules(), few);
  REQUIRE(f.verdict == Verdict::fine_tune);
  CHECK(next_step(test::rules(), few, f.verdict, make_assessment(test::rules(), f)) ==
        "Collect 100+ examples of an input and the answer you want (you have 40), then fine-tune a small model.");
}
