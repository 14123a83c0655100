// Reading a written spec back before it is written (`ask --save`): what ragft writes, ragft must
// read as the same spec.

#include <algorithm>

#include <fmt/format.h>

#include <ragft/spec/spec.hpp>
#include <ragft/spec/writer.hpp>

namespace ragft {

namespace {

ReadBackProblem differences(const Spec& read, const Spec& spec) {
  if (read.project != spec.project) {
    return {"the project's name would read back differently", "project"};
  }
  if (read.description != spec.description) {
    return {"the description would read back differently", "description"};
  }
  if (read.facts != spec.facts) {
    return {"the facts would read back differently", "facts"};
  }
  const MeasureSection& a = read.measure;
  const MeasureSection& b = spec.measure;
  if (a.present != b.present || a.knowledge != b.knowledge || a.examples != b.examples || a.manifests != b.manifests) {
    return {"the `measure:` section would read back differently", "measure"};
  }
  return {};
}

// The top-level key whose value holds line `line` (from 1) of `text`: the last line at or above
// it that starts a key (no indent, not a comment).
std::string key_at(std::string_view text, int line) {
  std::string key;
  int number = 1;
  for (std::size_t start = 0; start < text.size() && number <= line; ++number) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view row = text.substr(start, end - start);
    const std::size_t colon = row.find(':');
    if (!row.empty() && row.front() != ' ' && row.front() != '#' && colon != std::string_view::npos) {
      key = std::string(row.substr(0, colon));
    }
    start = end + 1;
  }
  return key;
}

} // namespace

ReadBackProblem spec_read_back_problem(const RuleBase& rules, std::string_view text, const Spec& spec) {
  const std::vector<SpecDocument> documents = parse_specs(text, "the saved answers", rules);
  if (documents.size() != 1) {
    return {fmt::format("the file would hold {} documents instead of one", documents.size()), ""};
  }
  if (const auto* error = std::get_if<Diagnostic>(&documents.front())) {
    return {fmt::format("`ragft score` would refuse it: {}", error->message), key_at(text, error->where.line)};
  }
  return differences(std::get<Spec>(documents.front()), spec);
}

} // namespace ragft
