// Supersession written on one side only: "Supersedes X" in the new ADR marks X as superseded.

#include <cctype>
#include <filesystem>

#include <ragft/adr/check.hpp>

#include "adr/words.hpp"

namespace ragft {

namespace {

// The file name a link target names (`../adr/0003-db.md#status` gives `0003-db.md`).
std::string target_name(std::string_view target) {
  std::string t(adr_words::trim(target.substr(0, target.find('#'))));
  return adr_words::lower(std::filesystem::path(t).filename().string());
}

// The ADR number at the start of a name (`0003-db.md`, `ADR-003-db.md`, `adr_003`): -1 if none.
long number_of(std::string_view name) {
  std::string lowered = adr_words::lower(name);
  if (lowered.rfind("adr", 0) == 0) {
    lowered.erase(0, lowered.find_first_not_of("-_ ", 3));
  }
  std::size_t digits = 0;
  while (digits < lowered.size() && digits < 9 && std::isdigit(static_cast<unsigned char>(lowered[digits])) != 0) {
    ++digits;
  }
  return digits == 0 ? -1 : std::stol(lowered.substr(0, digits));
}

bool names(const AdrLink& link, const AdrRecord& record) {
  const std::filesystem::path path(record.file);
  const std::string file = adr_words::lower(path.filename().string());
  const std::string target = target_name(link.target);
  if (target == file || target == adr_words::lower(path.stem().string())) {
    return true;
  }
  const long number = number_of(target);
  return number >= 0 && number == number_of(file) && target.find('.') == std::string::npos;
}

void mark_superseded(AdrRecord& target, const AdrRecord& by, const AdrLink& link) {
  if (target.status == AdrStatus::superseded) {
    return;
  }
  target.status = AdrStatus::superseded;
  target.status_text = AdrText{"superseded by " + by.file + " (written there)", link.where};
}

// Marks each ADR of `records` other than `by` that `link` (written in `by`) names as superseded.
void mark_named(std::vector<AdrRecord>& records, const AdrRecord& by, const AdrLink& link) {
  for (AdrRecord& other : records) {
    if (&other != &by && names(link, other)) {
      mark_superseded(other, by, link);
    }
  }
}

} // namespace

void resolve_supersession(std::vector<AdrRecord>& records) {
  for (const AdrRecord& record : records) {
    for (const AdrLink& link : record.links) {
      if (!link.by) {
        mark_named(records, record, link);
      }
    }
  }
}

} // namespace ragft
