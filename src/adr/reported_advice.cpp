// A Decision section that opens by reporting another party's advice before saying what was decided:
// `The GovUK Notify team recommended that usually they do not go live with non-production
// services.`, then `It was decided to not go live ...`. The advice is why; the next paragraph is the
// decision.

#include "adr/context.hpp"
#include "adr/words.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace ragft::adr_detail {

namespace {

// A past-tense verb of advice with what was advised after it: `recommended that`, `advised us to`.
constexpr std::array<std::string_view, 9> k_reported_advice = {
    " recommended that ", " advised that ",   " suggested that ", " recommended we ",   " advised us ",
    " suggested we ",     " recommended us ", " advised we ",     " recommended to us "};

// Who decides: a sentence they open says what they (or it) recommend, which may be the decision
// itself (`We recommended that the team adopt RAG.`).
constexpr std::array<std::string_view, 5> k_deciders = {"we ", "i ", "our ", "it was decided", "this adr"};

} // namespace

bool reports_advice(std::string_view sentence) {
  const std::string lowered = adr_words::lower(adr_words::trim(sentence));
  if (lowered.ends_with(':') ||
      std::any_of(k_deciders.begin(), k_deciders.end(), [&](std::string_view d) { return lowered.starts_with(d); })) {
    return false;
  }
  return std::any_of(k_reported_advice.begin(), k_reported_advice.end(),
                     [&](std::string_view verb) { return lowered.find(verb) != std::string::npos; });
}

} // namespace ragft::adr_detail
