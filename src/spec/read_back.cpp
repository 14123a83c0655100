// Reading a written spec back before it is written (`ask --save`): what ragft writes, ragft must
// read as the same spec.

#include <fmt/format.h>

#include <ragft/spec/spec.hpp>
#include <ragft/spec/writer.hpp>

namespace ragft {

namespace {

std::string differences(const Spec& read, const Spec& spec) {
  if (read.project != spec.project) {
    return "the project's name would read back differently";
  }
  if (read.description != spec.description) {
    return "the description would read back differently";
  }
  if (read.facts != spec.facts) {
    return "the facts would read back differently";
  }
  const MeasureSection& a = read.measure;
  const MeasureSection& b = spec.measure;
  if (a.present != b.present || a.knowledge != b.knowledge || a.examples != b.examples || a.manifests != b.manifests) {
    return "the `measure:` section would read back differently";
  }
  return "";
}

} // namespace

std::string spec_read_back_problem(const RuleBase& rules, std::string_view text, const Spec& spec) {
  const std::vector<SpecDocument> documents = parse_specs(text, "the saved answers", rules);
  if (documents.size() != 1) {
    return fmt::format("the file would hold {} documents instead of one", documents.size());
  }
  if (const auto* error = std::get_if<Diagnostic>(&documents.front())) {
    return fmt::format("`ragft score` would refuse it: {}", error->message);
  }
  return differences(std::get<Spec>(documents.front()), spec);
}

} // namespace ragft
