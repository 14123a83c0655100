// Checking one ADR: which findings its facts and its recorded decision give.

#include <ragft/adr/check.hpp>

#include <algorithm>

#include <fmt/format.h>

#include <ragft/adr/findings.hpp>
#include <ragft/base/names.hpp>
#include <ragft/engine/project.hpp>
#include <ragft/report/confidence_text.hpp>

#include "adr/reasons.hpp"

namespace ragft {

namespace {

constexpr std::size_t k_facts_listed = 6;

Finding make_finding(const AdrRecord& record, std::string_view rule, Severity severity, Location where,
                     std::string message, std::string_view key) {
  Finding f;
  f.rule = std::string(rule);
  f.severity = severity;
  f.subject = adr_name(record);
  where.file = record.file;
  f.uri = path_to_uri(record.file);
  f.where = std::move(where);
  f.message = std::move(message);
  f.fingerprint = fingerprint_of(fmt::format("{}\n{}\n{}", rule, f.subject, key));
  return f;
}

bool is_out_of_force(AdrStatus status) {
  return status == AdrStatus::superseded || status == AdrStatus::rejected || status == AdrStatus::deprecated;
}

std::string decision_text(const AdrDecision& d) {
  if (d.place == "decision key") {
    return fmt::format("`decision: {}`", d.text);
  }
  return fmt::format("\"{}\" ({})", d.text, d.place);
}

// The facts that decide most when nothing is known: those whose answer alone could change a verdict.
std::vector<std::string> deciding_facts(const RuleBase& rules) {
  Spec empty;
  empty.facts.assign(rules.facts.size(), FactValue{});
  const ProjectResult result = score_project(rules, empty);
  std::vector<std::string> ids;
  for (const DecisiveUnknown& u : result.evaluation.decisive_unknowns) {
    ids.push_back(rules.facts[static_cast<std::size_t>(u.fact)].id);
  }
  for (const FactDef& f : rules.facts) {
    if (std::find(ids.begin(), ids.end(), f.id) == ids.end()) {
      ids.push_back(f.id);
    }
  }
  ids.resize(std::min(ids.size(), k_facts_listed));
  return ids;
}

Finding facts_missing(const AdrRecord& record, const RuleBase& rules) {
  const AdrDecision& d = *record.decision;
  return make_finding(record, k_adr_facts_missing, Severity::note, d.where,
                      fmt::format("records the decision {}, which means {}, but carries no facts to check it against; "
                                  "add a fenced ```ragft block (or a `ragft:` key in the front matter) with `facts:`, "
                                  "at least {} (`ragft schema spec` lists them all)",
                                  decision_text(d), to_string(*d.verdict), fmt::join(deciding_facts(rules), ", ")),
                      to_string(*d.verdict));
}

// The ragft block's `decision` is what CI checks; the prose is what a reviewer reads.
void add_disagreement(AdrEntry& entry, const AdrRecord& record) {
  if (!record.prose_decision || !record.decision) {
    return;
  }
  const AdrDecision& prose = *record.prose_decision;
  entry.findings.push_back(make_finding(
      record, k_adr_decision_disagrees, Severity::warning, prose.where,
      fmt::format("the prose records {}, which means {}, but the ragft block says {} (line {}); make them agree",
                  decision_text(prose), to_string(*prose.verdict), decision_text(*record.decision),
                  record.decision->where.line),
      to_string(*prose.verdict)));
}

void add_odd_bytes(AdrEntry& entry, const AdrRecord& record) {
  if (!record.odd_bytes || !record.facts_where) {
    return;
  }
  entry.findings.push_back(make_finding(record, k_adr_text_encoding, Severity::note, *record.odd_bytes,
                                        "a byte that is not UTF-8 (read as U+FFFD); convert the file to UTF-8, e.g. "
                                        "`iconv -f windows-1252 -t utf-8`",
                                        "odd bytes"));
}

void add_invalid(AdrEntry& entry, const AdrRecord& record) {
  const std::string_view rule = record.unreadable ? k_adr_unreadable : k_adr_facts_invalid;
  for (const Diagnostic& d : record.errors) {
    entry.findings.push_back(make_finding(record, rule, Severity::error, d.where, d.message, d.message));
  }
  entry.invalid = true;
  entry.unreadable = record.unreadable;
}

// A status as written is quoted up to 60 characters: a Status section may open with a paragraph.
constexpr std::size_t k_status_chars = 60;

void add_status_note(AdrEntry& entry, const AdrRecord& record) {
  if (record.status != AdrStatus::other || !record.status_text) {
    return;
  }
  entry.findings.push_back(make_finding(
      record, k_adr_status_unknown, Severity::note, record.status_text->where,
      fmt::format("status `{}` is none of proposed, accepted, rejected, deprecated, superseded; the ADR is checked as "
                  "if it were in force",
                  abbreviated(record.status_text->text, k_status_chars)),
      record.status_text->text));
}

bool contested(const ResultEntry& r) {
  return r.confidence == Confidence::low || (r.robustness && r.robustness->band == Band::contested);
}

// ". How sure: confidence low; rag held in 100% of ...": a sentence of its own, not a parenthesis
// after the verdict (readers21: the trials' own parenthesis nested in it, "(confidence low; ...:
// robust (the rule weights only: ...))", in a message of over 1,000 characters).
std::string how_sure(const ResultEntry& r) {
  std::string text = fmt::format(". How sure: confidence {}", to_string(r.confidence));
  if (r.robustness) {
    // In words a CI reader follows without the explain docs: what was varied, and how often the
    // verdict held.
    const RobustnessEntry& b = *r.robustness;
    text += fmt::format("; {} held in {:.0f}% of {} trials that varied each rule's weight by up to ±{:.0f}%: {}{}",
                        to_string(b.verdict), b.share * 100, group_thousands(b.draws), b.spread * 100,
                        to_string(b.band), weights_only_text(r.assessment.unknowns.size()));
  }
  return text;
}

// "is fine-tune (the ragft block's `decision:`)" for the block's key, whose text is the verdict's
// name (readers11: "the recorded decision `decision: fine-tune` is fine-tune" said it twice);
// "\"We will ...\" (decision section) is fine-tune" for prose.
std::string recorded_is(const AdrDecision& d, Verdict recorded) {
  if (d.place == "decision key") {
    return fmt::format("is {} (the ragft block's `decision:`)", to_string(recorded));
  }
  return fmt::format("{} is {}", decision_text(d), to_string(recorded));
}

// Where to see every reason (readers19: the check named the three strongest, and `ragft explain`,
// which now reads an ADR's block, was named nowhere), then the three ways out of a contradiction,
// `ragft-ignore` spelled as the block takes it.
// Each part is a sentence of its own (readers21: parts joined by semicolons, lists by commas and a
// nested parenthesis made one sentence of over 1,000 characters that a developer could not take
// apart in a CI annotation).
constexpr const char* k_contradiction_fix =
    ". `ragft explain` on this ADR's file shows every reason and what would change the verdict"
    ". To resolve: update the decision (or supersede the ADR with `ragft adr new`), or update the facts in the "
    "ragft block, or, if the decision stands for reasons the facts cannot express, add "
    "`ragft-ignore: [{rule: adr-decision-contradicts, reason: ...}]` to the block";

void add_contradiction(AdrEntry& entry, const AdrRecord& record, const ResultEntry& r, const RuleBase& rules,
                       const Spec& spec) {
  if (!r.decision || r.decision->agrees) {
    return;
  }
  const AdrDecision& d = *record.decision;
  entry.findings.push_back(make_finding(
      record, k_adr_contradicts, contested(r) ? Severity::warning : Severity::error, d.where,
      fmt::format("the recorded decision {}, but the ADR's facts point to {}{}{}{}{}",
                  recorded_is(d, r.decision->recorded), to_string(r.verdict),
                  adr_detail::recorded_blocked(r.assessment, r.decision->recorded),
                  adr_detail::strongest_reasons(rules, spec.facts, r.assessment, r.verdict, r.decision->recorded),
                  how_sure(r), k_contradiction_fix),
      to_string(r.decision->recorded)));
}

// The facts component `name` of `spec` was scored on; the project's when none is named so.
const FactSet& component_facts(const Spec& spec, const std::string& name) {
  const auto it =
      std::find_if(spec.components.begin(), spec.components.end(), [&](const Component& c) { return c.name == name; });
  return it == spec.components.end() ? spec.facts : it->facts;
}

void add_component_contradictions(AdrEntry& entry, const AdrRecord& record, const ResultEntry& r, const RuleBase& rules,
                                  const Spec& spec) {
  for (const ComponentEntry& c : r.components) {
    if (c.decision && !c.decision->agrees) {
      const Assessment& a = c.assessment;
      entry.findings.push_back(make_finding(
          record, k_adr_contradicts, a.confidence == Confidence::low ? Severity::warning : Severity::error,
          c.decision->where,
          fmt::format(
              "component `{}`: the recorded decision is {}, but its facts point to {}{}{}. How sure: confidence {}{}",
              c.name, to_string(c.decision->recorded), to_string(a.verdict),
              adr_detail::recorded_blocked(a, c.decision->recorded),
              adr_detail::strongest_reasons(rules, component_facts(spec, c.name), a, a.verdict, c.decision->recorded),
              to_string(a.confidence), k_contradiction_fix),
          c.name));
    }
  }
}

std::string could_become_text(const UnknownEntry& u) {
  std::vector<std::string_view> names;
  for (Verdict v : u.could_become) {
    names.push_back(to_string(v));
  }
  return fmt::format("`{}` (\"{}\"; could make it {})", u.fact, u.question, fmt::join(names, " or "));
}

// The unknown facts, most decisive first: the first `k_unknowns_asked` with their questions, the
// rest by id (readers22: a record written by `adr new` from a spec of 2 known facts got one line of
// 1,300 characters, ten facts each with its question; its ragft block asks them in its comments).
constexpr std::size_t k_unknowns_asked = 3;

std::string unknowns_text(const std::vector<UnknownEntry>& unknowns) {
  std::vector<std::string> asked;
  std::vector<std::string> more;
  for (const UnknownEntry& u : unknowns) {
    if (asked.size() < k_unknowns_asked) {
      asked.push_back(could_become_text(u));
    } else {
      more.push_back(fmt::format("`{}`", u.fact));
    }
  }
  return more.empty() ? fmt::format("{}", fmt::join(asked, "; "))
                      : fmt::format("{}; and {} more: {}", fmt::join(asked, "; "), more.size(), fmt::join(more, ", "));
}

// A note, never more: unknown facts make a decision less certain (its confidence says how much),
// they do not contradict it, and a record written from a partly known spec must pass CI. For a
// verdict combined from components, the project-level unknowns do not decide it and are left out.
void add_unknowns(AdrEntry& entry, const AdrRecord& record, const ResultEntry& r) {
  const std::vector<UnknownEntry>& unknowns = r.assessment.unknowns;
  if (unknowns.empty() || r.from_components) {
    return;
  }
  entry.findings.push_back(make_finding(
      record, k_adr_facts_unknown, Severity::note, *record.facts_where,
      fmt::format("{} unknown fact(s) could change the verdict ({} now): {}; answer them in the ragft block",
                  unknowns.size(), to_string(r.verdict), unknowns_text(unknowns)),
      fmt::format("{}", unknowns.front().fact)));
}

void add_unreadable_decision(AdrEntry& entry, const AdrRecord& record, const ResultEntry& r) {
  if (record.decision && record.decision->verdict) {
    return;
  }
  if (record.decision) {
    entry.findings.push_back(make_finding(
        record, k_adr_decision_unreadable, Severity::warning, record.decision->where,
        fmt::format("the recorded decision {} names none of rag, fine-tune, hybrid; add `decision: {}` (or the "
                    "decision taken) to the ragft block at line {} (the facts point to {})",
                    decision_text(*record.decision), to_string(r.verdict), record.facts_where->line,
                    to_string(r.verdict)),
        record.decision->text));
    return;
  }
  entry.findings.push_back(make_finding(
      record, k_adr_decision_unreadable, Severity::note, *record.facts_where,
      fmt::format("records no decision (no `decision:` in the ragft block, no `Chosen option:`, no Decision section); "
                  "the facts point to {}{}",
                  to_string(r.verdict), how_sure(r)),
      "none"));
}

void score(AdrEntry& entry, const AdrRecord& record, const RuleBase& rules) {
  const Spec spec = adr_spec(record);
  const ProjectResult result = score_project(rules, spec);
  entry.result = make_result_entry(rules, result);
  add_contradiction(entry, record, *entry.result, rules, spec);
  add_component_contradictions(entry, record, *entry.result, rules, spec);
  add_unreadable_decision(entry, record, *entry.result);
  add_unknowns(entry, record, *entry.result);
}

void apply_ignores(AdrEntry& entry, const AdrRecord& record) {
  std::vector<Finding> kept;
  for (Finding& f : entry.findings) {
    const auto it = std::find_if(record.ignores.begin(), record.ignores.end(),
                                 [&](const AdrIgnore& i) { return i.rule == f.rule; });
    if (it == record.ignores.end() || f.rule == k_adr_facts_invalid || f.rule == k_adr_unreadable) {
      kept.push_back(std::move(f));
    } else {
      entry.suppressed.push_back(SuppressedFinding{std::move(f), it->reason});
    }
  }
  entry.findings = std::move(kept);
}

// At most a note: an ADR without facts never fails a check. Facts written where they are not read
// are said first; else a RAG decision counts when the ADR weighs fine-tuning at all (a RAG
// pipeline's own choices, such as its embedding model, do not).
void add_without_facts(AdrEntry& entry, const AdrRecord& record, const RuleBase& rules) {
  const auto verdict = record.decision ? record.decision->verdict : std::nullopt;
  if (record.facts_elsewhere) {
    entry.findings.push_back(make_finding(record, k_adr_facts_missing, Severity::note, record.facts_elsewhere->where,
                                          record.facts_elsewhere->text, "facts elsewhere"));
  } else if (verdict && (*verdict != Verdict::rag || record.weighs_fine_tuning)) {
    entry.findings.push_back(facts_missing(record, rules));
  }
}

void sort_by_position(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
  });
}

} // namespace

AdrEntry check_adr(const AdrRecord& record, const RuleBase& rules) {
  AdrEntry entry;
  entry.file = record.file;
  entry.section = record.section;
  entry.title = record.title ? record.title->text : std::string();
  entry.status = record.status;
  entry.status_written = record.status_text ? record.status_text->text : std::string();
  entry.has_facts = record.facts_where.has_value();
  entry.decision = record.decision;
  const bool in_force = !is_out_of_force(record.status);
  if (!record.errors.empty() && (record.unreadable || in_force)) {
    add_invalid(entry, record);
  } else if (!entry.has_facts) {
    if (in_force) {
      add_without_facts(entry, record, rules); // no status note: an ADR without facts is not checked
    }
  } else if (!in_force) {
    entry.skipped = std::string(to_string(record.status));
  } else {
    add_status_note(entry, record);
    add_disagreement(entry, record);
    score(entry, record, rules);
  }
  if (!entry.invalid) {
    add_odd_bytes(entry, record);
  }
  sort_by_position(entry.findings);
  apply_ignores(entry, record);
  return entry;
}

void add_to_summary(CheckSummary& summary, const AdrEntry& entry) {
  ++summary.adrs;
  summary.scored += entry.result ? 1 : 0;
  if (entry.result) {
    add_to_counts(summary.portfolio, entry.result->verdict, entry.result->confidence);
  }
  if (!entry.skipped.empty()) {
    ++summary.skipped;
    ++summary.skipped_by_status[static_cast<std::size_t>(entry.status)];
  }
  summary.without_facts += entry.has_facts || entry.unreadable ? 0 : 1;
  summary.invalid += entry.invalid ? 1 : 0;
  summary.unreadable += entry.unreadable ? 1 : 0;
  summary.suppressed += static_cast<int>(entry.suppressed.size());
  for (const Finding& f : entry.findings) {
    ++summary.findings[static_cast<std::size_t>(f.severity)];
  }
}

void add_input_problem(CheckSummary& summary, Diagnostic problem, InputProblem kind) {
  summary.input_errors.push_back(std::move(problem));
  summary.input_kinds.push_back(kind);
}

bool run_completed(const CheckSummary& summary) { return summary.invalid == 0 && summary.input_errors.empty(); }

namespace {

// `1 skipped as not in force (1 superseded, 1 rejected)`: what "skipped" means, said to a reader
// who has not read the manual.
std::string skipped_text(const CheckSummary& s) {
  std::string text = fmt::format("{} skipped as not in force", s.skipped);
  std::string statuses;
  for (std::size_t i = 0; i < s.skipped_by_status.size(); ++i) {
    if (s.skipped_by_status[i] > 0) {
      statuses += fmt::format("{}{} {}", statuses.empty() ? "" : ", ", s.skipped_by_status[i],
                              to_string(static_cast<AdrStatus>(i)));
    }
  }
  return statuses.empty() ? text : text + " (" + statuses + ")";
}

// What the closing line says of a path with an input problem of `kind`.
std::string_view problem_kind_text(InputProblem kind) {
  switch (kind) {
  case InputProblem::folder_without_adrs:
    return "folder(s) with no ADR";
  case InputProblem::path_not_found:
    return "path(s) not found";
  default:
    return "folder(s) not searched";
  }
}

// The folders of the input problems of `kind`, up to three, and how many more: `docs/adr, web/adr`.
std::string problem_folders(const CheckSummary& s, InputProblem kind) {
  std::vector<std::string> named;
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.input_kinds.size() && i < s.input_errors.size(); ++i) {
    if (s.input_kinds[i] == kind && ++count <= 3) {
      named.push_back(s.input_errors[i].where.file);
    }
  }
  const std::size_t more = count - named.size();
  return fmt::format("{} {} ({}{})", count, problem_kind_text(kind), fmt::join(named, ", "),
                     more > 0 ? fmt::format(" and {} more", more) : "");
}

bool has_problem(const CheckSummary& s, InputProblem kind) {
  return std::find(s.input_kinds.begin(), s.input_kinds.end(), kind) != s.input_kinds.end();
}

// What kept ADRs from being read, said as what happened: `no ADR folder found`, `1 folder(s) with
// no ADR (docs/adr)`, `1 folder(s) not searched (x)`.
std::vector<std::string> input_problems_text(const CheckSummary& s) {
  std::vector<std::string> said;
  for (const InputProblem kind :
       {InputProblem::path_not_found, InputProblem::folder_without_adrs, InputProblem::folder_unsearchable}) {
    if (has_problem(s, kind)) {
      said.push_back(problem_folders(s, kind));
    }
  }
  // The folders a search of the tree found and none of which holds an ADR are named above.
  if (said.empty() && has_problem(s, InputProblem::no_adr_folder)) {
    said.emplace_back("no ADR folder found");
  }
  return said;
}

// The counts of the ADRs read and what kept others from being read; with no ADR read, only why. A
// count of none is left out, but for `checked`: `0 checked` says the check compared nothing.
std::string adrs_text(const CheckSummary& s) {
  const std::vector<std::string> problems = input_problems_text(s);
  if (s.adrs == 0 && !problems.empty()) {
    return fmt::format("no ADR read: {}", fmt::join(problems, ", "));
  }
  std::string text = fmt::format("{} ADR(s): {} checked", s.adrs, s.scored);
  if (s.skipped > 0) {
    text += ", " + skipped_text(s);
  }
  if (s.without_facts > 0) {
    text += fmt::format(", {} without facts", s.without_facts);
  }
  if (s.unreadable > 0) {
    text += fmt::format(", {} unreadable", s.unreadable);
  }
  if (s.invalid > s.unreadable) {
    text += fmt::format(", {} invalid", s.invalid - s.unreadable);
  }
  for (const std::string& problem : problems) {
    text += ", " + problem;
  }
  return text;
}

// `2 error(s), 1 note(s)`: the severities that have findings, worst first; `no findings` when ADRs
// were read and none has one, nothing when none was read.
std::string findings_text(const CheckSummary& s) {
  std::vector<std::string> counts;
  for (const Severity severity : {Severity::error, Severity::warning, Severity::note}) {
    if (const int n = s.findings[static_cast<std::size_t>(severity)]; n > 0) {
      counts.push_back(fmt::format("{} {}(s)", n, to_string(severity)));
    }
  }
  if (counts.empty()) {
    return s.adrs > 0 ? "; no findings" : "";
  }
  return fmt::format("; {}", fmt::join(counts, ", "));
}

} // namespace

std::string check_summary_text(const CheckSummary& s) {
  std::string text = adrs_text(s) + findings_text(s);
  if (s.suppressed > 0) {
    text += fmt::format("; {} suppressed", s.suppressed);
  }
  return text;
}

} // namespace ragft
