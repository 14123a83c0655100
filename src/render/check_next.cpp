// The line after `ragft check`'s closing line that says what to do when the check compared
// nothing: a developer who just added ragft to CI reads "41 ADR(s): 0 checked, ..., 41 without
// facts" and cannot tell whether ragft failed to read them or has nothing to check.

#include <ragft/render/check.hpp>

namespace ragft {

std::optional<std::string> check_next_step_text(const CheckSummary& s) {
  if (s.adrs == 0 || s.scored > 0 || s.skipped > 0 || s.without_facts != s.adrs) {
    return std::nullopt;
  }
  return "next: no ADR read carries ragft facts, so no decision was compared with its facts (an ADR without facts "
         "never fails the check); to have a RAG or fine-tuning decision checked, add a ```ragft block with its "
         "`facts:` to its ADR (docs/check.md, \"Embedding the facts in an ADR\"), or write the ADR from a spec with "
         "`ragft adr new --from SPEC`";
}

} // namespace ragft
