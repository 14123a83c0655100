// Reading a new ADR back before it is written (`adr new`): what ragft writes, `ragft check` must
// read with the same title, facts and decision.

#include <fmt/format.h>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/writer.hpp>

namespace ragft {

namespace {

std::string refusal(const AdrRecord& record) {
  if (!record.errors.empty()) {
    return fmt::format("`ragft check` would refuse it: {}", record.errors.front().message);
  }
  if (record.odd_bytes) {
    return "it would hold bytes that are not UTF-8 text";
  }
  return "";
}

std::string differences(const AdrRecord& record, const Spec& spec, Verdict verdict, std::string_view title) {
  if (!record.title || record.title->text != title) {
    return "its title would read back differently";
  }
  if (!record.spec || record.spec->facts != spec.facts) {
    return "its facts would read back differently";
  }
  if (!record.decision || record.decision->verdict != verdict || record.prose_decision) {
    return "its decision would read back differently";
  }
  return "";
}

} // namespace

std::string adr_read_back_problem(const RuleBase& rules, std::string_view text, const Spec& spec, Verdict verdict,
                                  std::string_view title) {
  const AdrRecord record = read_adr(text, "the new ADR", rules);
  if (std::string problem = refusal(record); !problem.empty()) {
    return problem;
  }
  return differences(record, spec, verdict, title);
}

} // namespace ragft
