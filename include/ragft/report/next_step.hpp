#pragma once
// The plain-words head of a result: one sentence of why, and one concrete next step, chosen from
// the facts by a small table of rules (the first that holds). What a product manager reads first.

#include <initializer_list>
#include <string>
#include <string_view>

#include <ragft/report/report.hpp>

namespace ragft {

// The first sentence of the reason that gives `a`'s verdict the most points; when no rule fired,
// what to do about that. A blocked verdict's blocker comes first when every verdict is blocked.
std::string why_sentence(const Assessment& a);

// The one next step for `verdict`, given the project-level `facts` and their assessment `a`:
//   every verdict blocked                     -> lift the first blocker
//   low confidence, over half the facts unknown, and unknown facts that alone could overturn the
//   verdict (rag <-> fine-tune; hybrid -> either; not the project of a verdict from components)
//                                             -> find those out first (the three most decisive by
//                                                name, the rest counted): the verdict is a first guess
//   a blocked verdict scores more             -> that blocker's way to lift it (the better option)
//   rag with a good RAG system, no behaviour gap -> keep it, and check it again when things change
//   rag, under 500 documents, no behaviour gap -> try long-context prompting first, if they are short
//   rag with a behaviour need                 -> start with RAG; add fine-tuning for what retrieval does not
//                                                change: the facts of the behaviour reasons, in words; when a
//                                                blocker of hybrid keeps fine-tuning out, it is blocked until
//                                                the first step of each such blocker's unblock (up to "; ").
//                                                A need short of strong (level `some`) without a wanted small
//                                                model: those facts are handled in the system prompt first,
//                                                fine-tuning only if that falls short
//   rag with a poor prototype                 -> improve retrieval and measure it
//   rag                                       -> a small prototype tested on real questions
//   fine-tune or hybrid, under 100 examples   -> collect 100+ examples, then fine-tune
//   hybrid with a good RAG prototype          -> keep it; fine-tune for what it misses
//   hybrid                                    -> RAG first, then fine-tune on the examples (for those facts)
//   fine-tune                                 -> fine-tune and compare with a prompted model
// A step that fine-tunes (or collects examples for it) names a small model when a reason asks for one.
// In the rows that start with RAG, a RAG system that exists is not started again: a poor one is
// fixed first, a good one kept. A fine-tune or hybrid step that trains says, with no GPUs, where to
// train; with private data, to mask it in the examples first.
// Thresholds: 500 documents (about 200,000 tokens at ~400 per page-sized document fit a long
// context window: the rule `small-knowledge-base`), 100 examples (OpenAI's fine-tuning guide:
// clear gains from 50 to 100 well-made examples).
std::string next_step(const RuleBase& rules, const FactSet& facts, Verdict verdict, const Assessment& a,
                      bool from_components = false);

// A rule base's sentence to follow a colon or a comma: `text` up to the first of `stops` (the
// whole when none occurs), without a closing full stop, its first letter small when only the start
// of the sentence made it capital ("Collect at least 100 ..." -> "collect at least 100 ...";
// "A model ..." -> "a model ..."; "RAG ..." stays as it is: a second capital makes an acronym).
std::string leading_clause(std::string_view text, std::initializer_list<std::string_view> stops);

} // namespace ragft
