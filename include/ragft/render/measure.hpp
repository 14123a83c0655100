#pragma once
// `ragft measure`'s output: per repository, the measured facts as a spec fragment with how each
// was measured; counts and sizes only, never file contents.

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/measure/measurement.hpp>

namespace ragft {

enum class MeasureFormat { text, json, yaml };

std::optional<MeasureFormat> parse_measure_format(std::string_view name);
std::vector<std::string> measure_format_names();

// text: a commented YAML spec fragment (`facts:` and `measure:`, one document per repository);
// json: `{"ragft_output": 1, "measurements": [...]}`; yaml: the same document as YAML.
void render_measure(std::ostream& out, const std::vector<MeasureReport>& reports, MeasureFormat format);

} // namespace ragft
