#include <ragft/measure/compare.hpp>

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include <ragft/engine/project.hpp>

namespace ragft {

namespace {

std::size_t index_of(const RuleBase& rules, const MeasuredFact& m) {
  return static_cast<std::size_t>(*rules.fact_index(m.fact));
}

// Sets fact `i` to `value` in the project and in each component that inherits the project's value
// (`only_unknown`: only where the value is unknown).
void set_fact(Spec& spec, std::size_t i, const FactValue& value, bool only_unknown) {
  const FactValue before = spec.facts[i];
  if (!only_unknown || !before.known()) {
    spec.facts[i] = value;
  }
  for (Component& c : spec.components) {
    if (c.facts[i] == before && (!only_unknown || !before.known())) {
      c.facts[i] = value;
    }
  }
}

Finding make_finding(std::string_view rule, Severity severity, const Location& where, std::string message,
                     const std::string& key) {
  Finding f;
  f.rule = std::string(rule);
  f.severity = severity;
  f.subject = where.file;
  f.where = where;
  f.uri = path_to_uri(where.file);
  f.message = std::move(message);
  f.fingerprint = fingerprint_of(fmt::format("{}\n{}\n{}", rule, where.file, key));
  return f;
}

std::string effect_text(Verdict stated, Verdict measured) {
  if (stated == measured) {
    return fmt::format("the verdict stays {} either way", to_string(stated));
  }
  return fmt::format("with the measured value(s) the verdict would be {} instead of {}", to_string(measured),
                     to_string(stated));
}

// `fact: recorded X, measured Y` for every fact that differs beyond the tolerance.
// (`with_unknown`: also the facts the spec leaves unknown.)
std::vector<std::string> differing(const RuleBase& rules, const Spec& spec, const std::vector<MeasuredFact>& measured,
                                   bool with_unknown) {
  std::vector<std::string> out;
  for (const MeasuredFact& m : measured) {
    const std::size_t i = index_of(rules, m);
    const FactDef& def = rules.facts[i];
    const FactValue& stated = spec.facts[i];
    if ((with_unknown && !stated.known()) || differs_beyond_tolerance(def, stated, m.value)) {
      out.push_back(
          fmt::format("{}: recorded {}, measured {}", m.fact, format_value(def, stated), format_value(def, m.value)));
    }
  }
  return out;
}

} // namespace

bool differs_beyond_tolerance(const FactDef& fact, const FactValue& stated, const FactValue& measured) {
  if (!stated.known() || !measured.known()) {
    return false;
  }
  if (fact.type != FactType::integer) {
    return !(stated == measured);
  }
  const auto a = static_cast<double>(stated.as_integer());
  const auto b = static_cast<double>(measured.as_integer());
  return std::abs(a - b) > k_count_tolerance * std::max(a, b);
}

Spec with_measured(const RuleBase& rules, const Spec& spec, const std::vector<MeasuredFact>& measured) {
  Spec out = spec;
  for (const MeasuredFact& m : measured) {
    set_fact(out, index_of(rules, m), m.value, false);
  }
  return out;
}

MeasuredSpec fill_from_measurement(const RuleBase& rules, const Spec& spec, const std::vector<MeasuredFact>& measured) {
  MeasuredSpec out{spec, {}};
  for (std::size_t i = 0; i < rules.facts.size(); ++i) {
    const FactDef& def = rules.facts[i];
    const auto m =
        std::find_if(measured.begin(), measured.end(), [&](const MeasuredFact& x) { return x.fact == def.id; });
    const bool stated = spec.facts[i].known();
    if (!stated && m == measured.end()) {
      continue;
    }
    FactOriginEntry e{def.id, stated ? (m != measured.end() ? "both" : "stated") : "measured", "", "", "", false};
    e.stated = stated ? format_value(def, spec.facts[i]) : std::string();
    if (m != measured.end()) {
      e.measured = format_value(def, m->value);
      e.method = m->method;
      e.differs = differs_beyond_tolerance(def, spec.facts[i], m->value);
      set_fact(out.spec, i, m->value, true);
    }
    out.origins.push_back(std::move(e));
  }
  return out;
}

namespace {

// Where fact `i` is written in `spec`; the spec's own place when it is not written there.
const Location& fact_location(const Spec& spec, std::size_t i) {
  return i < spec.fact_where.size() && spec.fact_where[i].line > 0 ? spec.fact_where[i] : spec.where;
}

} // namespace

std::vector<Finding> difference_findings(const RuleBase& rules, const MeasuredSpec& filled,
                                         const std::vector<MeasuredFact>& measured) {
  std::vector<Finding> out;
  const Verdict stated_verdict = score_project(rules, filled.spec).verdict;
  for (const FactOriginEntry& e : filled.origins) {
    if (!e.differs) {
      continue;
    }
    const auto m =
        std::find_if(measured.begin(), measured.end(), [&](const MeasuredFact& x) { return x.fact == e.fact; });
    const std::size_t i = index_of(rules, *m);
    Spec alternative = filled.spec;
    set_fact(alternative, i, m->value, false);
    const Verdict measured_verdict = score_project(rules, alternative).verdict;
    out.push_back(make_finding(
        k_fact_differs, Severity::warning, fact_location(filled.spec, i),
        fmt::format("{}: fact `{}` is stated as {} but measured as {} (beyond the tolerance); {}. Measured: {}",
                    filled.spec.name, e.fact, e.stated, e.measured, effect_text(stated_verdict, measured_verdict),
                    e.method),
        e.fact));
  }
  return out;
}

std::optional<Finding> basis_drift(const RuleBase& rules, const AdrRecord& record, const Spec& spec,
                                   const std::vector<MeasuredFact>& measured) {
  if (!record.facts_where) {
    return std::nullopt;
  }
  const Verdict recorded = score_project(rules, spec).verdict;
  const Verdict today = score_project(rules, with_measured(rules, spec, measured)).verdict;
  const bool changed = recorded != today;
  const std::vector<std::string> changes = differing(rules, spec, measured, changed);
  if (changes.empty()) {
    return std::nullopt;
  }
  Location where = *record.facts_where;
  where.file = record.file;
  return make_finding(
      k_adr_basis_drifted, changed ? Severity::error : Severity::note, where,
      fmt::format("the facts this decision rests on have drifted ({}); re-scored with today's measured values the "
                  "verdict {}",
                  fmt::join(changes, "; "),
                  changed ? fmt::format("would be {} instead of {}: revisit the decision (`ragft adr new --measure`)",
                                        to_string(today), to_string(recorded))
                          : fmt::format("stays {}; update the recorded values", to_string(recorded))),
      "drift");
}

void add_measured(ResultEntry& entry, const RuleBase& rules, const MeasuredSpec& filled,
                  const std::vector<MeasuredFact>& measured) {
  entry.fact_origins = filled.origins;
  for (Finding& f : difference_findings(rules, filled, measured)) {
    entry.findings.push_back(std::move(f));
  }
}

} // namespace ragft
