#pragma once
// The facts a questionnaire would not ask: a fact whose `when` is known to be false (e.g.
// `existing_rag_quality` for a project of 0 documents) takes its `default`, as `ragft ask` gives it
// when it skips the question, so that a spec file that leaves out a question that does not apply
// reads as the same answers would in `ragft ask`, not as a fact nobody knows.

#include <ragft/model/facts.hpp>
#include <ragft/rules/rule_base.hpp>

namespace ragft {

// The value of `fact` when it is not asked: its `default`, or unknown without one.
FactValue unasked_value(const FactDef& fact);

// Each unknown fact of `facts` whose `when` is false takes its unasked value; facts are settled in
// rule base order, as a `when` reads only earlier facts. Known facts stay as given.
void settle_unasked(const RuleBase& rules, FactSet& facts);

} // namespace ragft
