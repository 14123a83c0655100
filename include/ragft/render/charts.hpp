#pragma once
// The charts section that `ragft adr new` adds to a new ADR: the scores of `a` and the cumulative
// cost of each verdict from `cost`, as Mermaid charts with their numbers in tables. The reader may
// delete the section; `ragft check` does not read Mermaid blocks.

#include <string>

#include <ragft/explain/explain.hpp>
#include <ragft/report/report.hpp>

namespace ragft {

// `adr new`'s appendix: the scores of `entry` (labelled as the project-level facts' when its verdict
// comes from its components) and the cumulative cost of `cost`, as Mermaid charts.
std::string adr_charts_section(const ResultEntry& entry, const CostReport& cost);

} // namespace ragft
