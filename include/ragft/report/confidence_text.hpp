#pragma once
// The one certainty of a verdict, in words a product manager reads.

#include <string>

#include <ragft/engine/engine.hpp>

namespace ragft {

// `e`'s confidence and why, e.g. "high — a clear lead (4.5 points over the next option), and
// nothing unknown could rule it out" or "medium — a clear lead (6 points over the next option);
// unknown facts could still rule it out: labelled examples" (an unknown fact named once). The reasons are the ones
// `confidence_of` (engine.cpp) weighs: the margin, the constraints that rest on unknown facts, the share of unknown
// facts and the weight perturbation.
std::string confidence_text(const RuleBase& rules, const Evaluation& e);

} // namespace ragft
