#pragma once
// The parts of `ragft measure`'s output that its text and JSON renderers share. Internal to render.

#include <ostream>
#include <vector>

#include <ragft/measure/measurement.hpp>
#include <ragft/report/report.hpp>

#include "render/json_writer.hpp"

namespace ragft {

// Every located problem: the malformed examples kept, then unreadable files and refused paths.
std::vector<Diagnostic> measure_findings(const Measurement& m);

// True when a dependency is evidence of a fine-tuning pipeline (`fine_tuning`) or of a RAG prototype.
bool has_measure_evidence(const Measurement& m, bool fine_tuning);

// One repository as a commented YAML spec fragment.
void render_measure_text(std::ostream& out, const MeasureReport& report);

// With `--measure`: where each fact came from (stated, measured, both) and the measurement's
// findings, in text (after a result) and as JSON (`fact_origins`, `measure_findings`); nothing
// without `--measure`.
void render_fact_origins_text(std::ostream& out, const ResultEntry& entry);
void write_fact_origins(JsonWriter& w, const ResultEntry& entry);

} // namespace ragft
