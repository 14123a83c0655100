#pragma once
// Measured facts meet stated ones: filling unknown facts from measurement (`score`, `explain`,
// `ask --measure`), the `fact-differs-from-measurement` finding, and the drift of an accepted
// ADR's basis (`adr-basis-drifted`, `ragft check`). Pure: measurements in, findings out.
//
// The tolerance: counts differ when they are more than 25% apart (of the larger); choices when
// their values differ.

#include <optional>
#include <string>
#include <vector>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/findings.hpp>
#include <ragft/measure/measurement.hpp>
#include <ragft/report/findings.hpp>
#include <ragft/report/report.hpp>
#include <ragft/spec/spec.hpp>

namespace ragft {

inline constexpr std::string_view k_fact_differs = "fact-differs-from-measurement";
inline constexpr double k_count_tolerance = 0.25;

// True when `stated` and `measured` (both known) disagree beyond the tolerance.
bool differs_beyond_tolerance(const FactDef& fact, const FactValue& stated, const FactValue& measured);

struct MeasuredSpec {
  Spec spec;                            // the stated facts, the unknown ones filled from measurement
  std::vector<FactOriginEntry> origins; // every fact stated or measured, in the rule base's order
};

// Fills the unknown facts of `spec` (project and components) with the measured ones; a stated
// value always stays.
MeasuredSpec fill_from_measurement(const RuleBase& rules, const Spec& spec, const std::vector<MeasuredFact>& measured);

// One `fact-differs-from-measurement` warning per fact that `filled` marks as differing, at the
// spec's position, with both values and the effect on the verdict (the spec scored again with the
// measured values in place of the stated ones).
std::vector<Finding> difference_findings(const RuleBase& rules, const MeasuredSpec& filled,
                                         const std::vector<MeasuredFact>& measured);

// The ADR's basis re-measured: `adr-basis-drifted` at its facts line, an error when `spec` (the
// facts the ADR records) scored with today's measured values would change its verdict, a note
// when the values differ beyond the tolerance without changing it; nothing otherwise.
std::optional<Finding> basis_drift(const RuleBase& rules, const AdrRecord& record, const Spec& spec,
                                   const std::vector<MeasuredFact>& measured);

// Adds to `entry` (the result of `filled.spec`) where each fact came from and the
// `fact-differs-from-measurement` findings.
void add_measured(ResultEntry& entry, const RuleBase& rules, const MeasuredSpec& filled,
                  const std::vector<MeasuredFact>& measured);

// The spec with every measured fact in place of the stated one (project and components).
Spec with_measured(const RuleBase& rules, const Spec& spec, const std::vector<MeasuredFact>& measured);

} // namespace ragft
