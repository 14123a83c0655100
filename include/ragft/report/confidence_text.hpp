#pragma once
// The one certainty of a verdict, in words a product manager reads.

#include <cstddef>
#include <string>
#include <string_view>

#include <ragft/engine/engine.hpp>

namespace ragft {

// `e`'s confidence and why, e.g. "high — a clear lead (4.5 points over the next option), and
// nothing unknown could rule it out" or "medium — a clear lead (6 points over the next option);
// unknown facts could still rule it out: labelled examples" (an unknown fact named once). The reasons are the ones
// `confidence_of` (engine.cpp) weighs: the margin, the constraints that rest on unknown facts, the share of unknown
// facts and the weight perturbation.
std::string confidence_text(const RuleBase& rules, const Evaluation& e);

// What `count` unknown facts, none of which could change the verdict on its own, add to the count
// of them: "it could not change the verdict" for one, "no single one of them could change the
// verdict" for more (the text and Markdown reports say the same).
std::string_view harmless_unknowns_text(int count);

// What the weight trials leave out when `decisive` unknown facts could each change the verdict:
// " (the rule weights only: 3 unknown facts could each still change it)"; "" for none. "robust"
// beside "confidence low" read as certainty (readers18).
std::string weights_only_text(std::size_t decisive);

} // namespace ragft
