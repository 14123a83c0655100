#include <ragft/report/next_step.hpp>
#include <ragft/report/report.hpp>

#include <ragft/report/confidence_text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ragft {

namespace {

// Sums of decimal points such as 0.1 + 0.2 are kept readable: 4 decimals are plenty for points.
double tidy(double x) {
  const double rounded = std::round(x * 10000.0) / 10000.0;
  return rounded == 0.0 ? 0.0 : rounded;
}

PerVerdict<double> tidy(const PerVerdict<double>& values) {
  PerVerdict<double> out;
  for (Verdict v : k_verdicts) {
    out[v] = tidy(values[v]);
  }
  return out;
}

ReasonEntry make_reason(const RuleBase& rules, const FiredRule& fired) {
  const Rule& rule = *fired.rule;
  const auto& titles = rules.index.rule_source_titles[static_cast<std::size_t>(&rule - rules.rules.data())];
  return ReasonEntry{rule.id,       tidy(rule.points), std::string(to_string(rule.need)),
                     fired.because, rule.sources,      titles};
}

BlockerEntry make_blocker(const RuleBase& rules, const Blocker& blocker) {
  const Constraint& constraint = *blocker.constraint;
  const auto& titles =
      rules.index.constraint_source_titles[static_cast<std::size_t>(&constraint - rules.constraints.data())];
  return BlockerEntry{constraint.id, constraint.blocks, blocker.because, blocker.unblock, constraint.sources, titles};
}

UnknownEntry make_unknown(const RuleBase& rules, const DecisiveUnknown& unknown) {
  const FactDef& fact = rules.facts[static_cast<std::size_t>(unknown.fact)];
  return UnknownEntry{fact.id, fact_label(fact), fact.question, unknown.could_become};
}

std::optional<DecisionCheck> check(const std::optional<RecordedDecision>& recorded, Verdict verdict) {
  if (!recorded) {
    return std::nullopt;
  }
  return DecisionCheck{recorded->verdict, recorded->verdict == verdict, recorded->where};
}

// The project's certainty: its own, or, when its verdict comes from its parts, the least sure part's.
std::string overall_confidence_text(const ResultEntry& entry) {
  if (!entry.from_components) {
    return entry.assessment.confidence_text;
  }
  for (const ComponentEntry& c : entry.components) {
    if (c.assessment.confidence == entry.confidence) {
      return fmt::format("{} — as sure as its least sure part, {}", to_string(entry.confidence), c.name);
    }
  }
  return std::string(to_string(entry.confidence));
}

// Why a project decided from its parts has its verdict: what the parts point to, not the strongest
// reason of the project-level facts (which decide nothing by themselves).
std::string parts_why(const ResultEntry& entry) {
  std::vector<std::string> parts;
  parts.reserve(entry.components.size());
  for (const ComponentEntry& c : entry.components) {
    parts.push_back(fmt::format("{} {}", c.name, to_string(c.assessment.verdict)));
  }
  const bool all_same = std::all_of(entry.components.begin(), entry.components.end(),
                                    [&](const ComponentEntry& c) { return c.assessment.verdict == entry.verdict; });
  if (all_same) {
    return fmt::format("Every part points to {} ({}).", to_string(entry.verdict), fmt::join(parts, "; "));
  }
  return fmt::format("Its parts need different approaches ({}), so the system as a whole is {}.",
                     fmt::join(parts, "; "), to_string(entry.verdict));
}

} // namespace

bool ResultEntry::contradicts() const {
  if (decision && !decision->agrees) {
    return true;
  }
  return std::any_of(components.begin(), components.end(),
                     [](const ComponentEntry& c) { return c.decision && !c.decision->agrees; });
}

Assessment make_assessment(const RuleBase& rules, const Evaluation& e) {
  Assessment a;
  a.verdict = e.verdict;
  a.scores = tidy(e.scores);
  a.blocked = e.blocked;
  a.all_blocked = e.all_blocked;
  a.confidence = e.confidence;
  a.confidence_text = confidence_text(rules, e);
  a.margin = tidy(e.margin);
  a.runner_up = e.runner_up;
  a.forced = e.forced;
  a.knowledge = NeedScore{tidy(e.knowledge.points), e.knowledge.level};
  a.behaviour = NeedScore{tidy(e.behaviour.points), e.behaviour.level};
  a.unknown_facts = e.unknown_facts;
  a.total_facts = static_cast<int>(rules.facts.size());
  for (const FiredRule& fired : e.fired) {
    a.reasons.push_back(make_reason(rules, fired));
  }
  for (const Blocker& blocker : e.blockers) {
    a.blockers.push_back(make_blocker(rules, blocker));
  }
  for (const DecisiveUnknown& unknown : e.decisive_unknowns) {
    a.unknowns.push_back(make_unknown(rules, unknown));
  }
  a.advice = e.advice;
  a.score_axis = score_axis(a.scores);
  return a;
}

ResultEntry make_result_entry(const RuleBase& rules, const ProjectResult& result) {
  const Perturber perturber(rules, PerturbationOptions{});
  return make_result_entry(rules, result, &perturber);
}

ResultEntry make_result_entry(const RuleBase& rules, const ProjectResult& result, const Perturber* analysis) {
  ResultEntry entry;
  entry.file = result.spec->name;
  entry.project = result.spec->project;
  entry.verdict = result.verdict;
  entry.confidence = result.confidence;
  entry.from_components = result.from_components;
  entry.assessment = make_assessment(rules, result.evaluation);
  if (analysis != nullptr) {
    add_analysis(entry.assessment, rules, result.spec->facts, *analysis, result.from_components);
  }
  std::vector<FactSet> parts;
  for (const ComponentResult& c : result.components) {
    Assessment a = make_assessment(rules, c.evaluation);
    if (analysis != nullptr) {
      add_analysis(a, rules, c.component->facts, *analysis);
    }
    parts.push_back(c.component->facts);
    entry.components.push_back(ComponentEntry{c.component->name, a, check(c.component->decision, a.verdict)});
  }
  entry.confidence_text = overall_confidence_text(entry);
  entry.decision = check(result.spec->decision, result.verdict);
  if (analysis != nullptr) {
    entry.robustness = parts.empty() ? entry.assessment.robustness : make_robustness(rules, analysis->perturb(parts));
  }
  entry.findings = make_findings(entry);
  entry.why = entry.from_components ? parts_why(entry) : why_sentence(entry.assessment);
  entry.next_step = next_step(rules, result.spec->facts, entry.verdict, entry.assessment, entry.from_components);
  return entry;
}

void add_to_summary(Summary& summary, const ResultEntry& entry) {
  ++summary.scored;
  ++summary.per_verdict[entry.verdict];
  add_to_counts(summary.portfolio, entry.verdict, entry.confidence);
  if (entry.contradicts()) {
    ++summary.contradicting;
  }
  for (const Finding& f : entry.findings) {
    ++summary.findings[static_cast<std::size_t>(f.severity)];
  }
}

std::string unknown_item(const UnknownEntry& unknown) {
  std::vector<std::string_view> names;
  names.reserve(unknown.could_become.size());
  for (Verdict v : unknown.could_become) {
    names.push_back(to_string(v));
  }
  const std::string id = unknown.label == unknown.fact ? "" : fmt::format(" (`{}`)", unknown.fact);
  return fmt::format("{}{}: could make it {}", unknown.label, id, fmt::join(names, " or "));
}

} // namespace ragft
