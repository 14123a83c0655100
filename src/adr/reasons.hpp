#pragma once
// The strongest reasons behind a verdict, as a contradiction finding of `ragft check` names them:
// in words a reviewer reading a CI annotation follows without the rule base open. Internal to the
// library.

#include <string>

#include <ragft/report/report.hpp>
#include <ragft/rules/rule_base.hpp>

namespace ragft::adr_detail {

// Up to three reasons that put the facts' `verdict` furthest ahead of the `recorded` decision
// (its points for `verdict` minus those for `recorded`), largest first: each the facts (of
// `facts`, those the ADR was scored on) that made its rule fire, with their values, then its
// points for both and its rule id for search, as a sentence of its own: ". Strongest reasons for rag
// over fine-tune: how often the knowledge changes "daily" (rag +4, fine-tune -3)
// [fast-changing-knowledge]; citations required "yes" (rag +3, fine-tune -2) [citations]". The
// reasons are parted by semicolons, as each holds a comma between its points. A reason that adds more to `recorded`
// than to `verdict` is no reason for the change, however many points it gives `verdict` (readers11: a domain-reasoning
// rule, +2 hybrid and +3 fine-tune, was named as a reason against fine-tune). A rule that fired on several facts has
// their values quoted; of three facts or more, the first two in its condition are named and the others counted ('main
// task "conversation" and citations required "yes" and 2 other facts (rag +2, fine-tune -1.5) [lookup-task]'). A rule
// that fired on need levels alone is named by its id. "" when no reason favours `verdict` over `recorded`.
std::string strongest_reasons(const RuleBase& rules, const FactSet& facts, const Assessment& a, Verdict verdict,
                              Verdict recorded);

// The hard limits that rule out the `recorded` decision, each its claim (its `because` up to the
// first ": " or "; ") and constraint id, as a sentence of its own: ". fine-tune is ruled out by a
// hard limit: 6 curated examples are too few to fine-tune on [too-few-examples]"; several are
// counted and parted by semicolons. "" when none does. A blocked decision contradicts its facts whatever the scores,
// and the strongest reasons do not say so (readers11: a game studio's fine-tune decision on too few examples was shown
// only rag's reasons); the blocker is what a reviewer must see first.
std::string recorded_blocked(const Assessment& a, Verdict recorded);

} // namespace ragft::adr_detail
