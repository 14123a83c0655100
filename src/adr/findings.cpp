#include <ragft/adr/findings.hpp>

#include <algorithm>
#include <iterator>

namespace ragft {

namespace {

// The table of adr_finding_rules(), in its order.
constexpr FindingRule k_adr_rules[] = {
    {k_adr_contradicts, "ADR's decision contradicts its facts",
     "The decision the ADR records is not the verdict its own facts give when they are scored again with the "
     "current rule base: the facts changed, or the decision was taken against them. An error; a warning when "
     "the verdict is contested (low confidence, or it rests on the exact rule weights).",
     "Run `ragft score` on the facts (or `ragft explain`) to see the rules that fired. Then either correct the "
     "facts in the ADR's ragft block, or supersede the ADR with a new decision (`ragft adr new`). If the decision "
     "stands for reasons the facts cannot express, add `ragft-ignore: [{rule: adr-decision-contradicts, "
     "reason: ...}]` to the block."},
    {k_adr_decision_unreadable, "ADR's decision cannot be read as rag, fine-tune or hybrid",
     "The ADR carries facts, but its recorded decision (the ragft block's `decision`, MADR's `Chosen option`, or "
     "the first sentence of its Decision section) names none of rag, fine-tune or hybrid, or it records no "
     "decision at all (a note).",
     "Add `decision: rag` (or fine-tune, hybrid) to the ADR's ragft block; ragft reads the decision only from "
     "fixed places and never guesses it from the prose.",
     Severity::warning},
    {k_adr_decision_disagrees, "ADR's prose records another decision than its ragft block",
     "The ragft block's `decision` (what CI checks) names one verdict, but the prose (MADR's `Chosen option`, or "
     "the first sentence of the Decision section: what a reviewer reads) names another. A warning.",
     "Make the two agree: correct the block's `decision`, or the chosen option in the prose.", Severity::warning},
    {k_adr_facts_invalid, "ADR's ragft block is invalid",
     "The ragft block (front matter `ragft:` or a fenced ```ragft block) is not valid YAML, or not a valid spec "
     "for the rule base: an unknown fact or value, a wrong type, an invalid `ragft-ignore`.",
     "Fix the block at the line given; the message says what was expected. `ragft schema spec` prints the spec's "
     "JSON Schema."},
    {k_adr_facts_unknown, "ADR's facts leave a deciding fact unknown",
     "A fact the ADR leaves unknown could, once answered, change the verdict. A note, never more: unknown facts "
     "make the decision less certain, they do not contradict it.",
     "Answer the fact in the ragft block (the message gives the question), or write `unknown` knowingly and "
     "suppress the finding with a reason.",
     Severity::note},
    {k_adr_facts_missing, "ADR's decision is not checked: no facts where ragft reads them",
     "The ADR's recorded decision (MADR's `Chosen option`, or the first sentence of its Decision section) reads "
     "as RAG, fine-tuning or a hybrid of both, but the ADR carries no facts, so the decision cannot be checked as "
     "the facts change; or the ADR holds facts where they are not read (a ```yaml block, `facts:` at the top of "
     "the front matter, a TOML front matter). A note: an ADR without facts never fails a check.",
     "Add a fenced ```ragft block (or a `ragft:` key in the front matter) with `facts:`; the message lists the "
     "facts that decide most. `ragft ask` helps answer them.",
     Severity::note},
    {k_adr_status_unknown, "ADR's status is not a known one",
     "The ADR's status (for example `experimental`) is none of proposed, accepted, rejected, deprecated, superseded "
     "(or their usual spellings and translations). Its facts are checked as if it were in force.",
     "Use one of the known statuses, or ignore this note.", Severity::note},
    {k_adr_text_encoding, "ADR's text has bytes that are not UTF-8",
     "The ADR carries facts, and its text has bytes that are not UTF-8 (a file saved in another encoding, or a "
     "stray byte); they are read as U+FFFD. A note: the facts are read unless the bytes are in the ragft block.",
     "Convert the file to UTF-8 (`iconv -f windows-1252 -t utf-8`, for text saved by a Windows editor), or remove the "
     "byte at the position given.",
     Severity::note},
    {k_adr_unreadable, "ADR file cannot be read", "The file cannot be read, or it is over the size limit.",
     "Check the file; ragft reads UTF-8 Markdown up to 1 MiB."},
    {k_adr_basis_drifted, "ADR's facts no longer match what the repository measures",
     "The ADR has a `measure:` section, and re-measuring its facts (documents in the knowledge paths, "
     "training examples, how often the knowledge changes) gives values that would change its verdict (an "
     "error), or that differ beyond the tolerance (counts 25%, choices any change) without changing it (a note).",
     "Run `ragft measure` to see today's values and how they were measured. Revisit the decision with "
     "`ragft adr new --measure` (superseding this one), or update the recorded facts if the verdict stands."},
};

} // namespace

const std::vector<FindingRule>& adr_finding_rules() {
  static const std::vector<FindingRule> rules(std::begin(k_adr_rules), std::end(k_adr_rules));
  return rules;
}

std::size_t adr_finding_rule_index(std::string_view id) {
  const auto& rules = adr_finding_rules();
  const auto it = std::find_if(rules.begin(), rules.end(), [&](const FindingRule& r) { return r.id == id; });
  return it == rules.end() ? 0 : static_cast<std::size_t>(it - rules.begin());
}

bool is_adr_finding_rule(std::string_view id) {
  const auto& rules = adr_finding_rules();
  return std::any_of(rules.begin(), rules.end(), [&](const FindingRule& r) { return r.id == id; });
}

std::vector<std::string> adr_finding_rule_ids() {
  std::vector<std::string> ids;
  for (const FindingRule& r : adr_finding_rules()) {
    ids.emplace_back(r.id);
  }
  return ids;
}

const FindingRule& any_finding_rule(std::string_view id) {
  if (is_adr_finding_rule(id)) {
    return adr_finding_rules()[adr_finding_rule_index(id)];
  }
  return finding_rules()[finding_rule_index(id)];
}

} // namespace ragft
