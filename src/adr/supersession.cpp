// Supersession written on one side only: "Supersedes X" in the new ADR marks X as superseded.

#include <cctype>
#include <filesystem>
#include <unordered_map>

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

// The records by the names a link may use for them: the file name and its stem (lowercased),
// and the ADR number, built once so that each link is looked up, not compared with every record.
struct RecordIndex {
  std::unordered_map<std::string, std::vector<std::size_t>> by_name;
  std::unordered_map<long, std::vector<std::size_t>> by_number;

  explicit RecordIndex(const std::vector<AdrRecord>& records) {
    for (std::size_t i = 0; i < records.size(); ++i) {
      if (!records[i].section.empty()) {
        // a decision of a log kept in one file is named by its number (`ADR-003`), not by the
        // file, which holds the others too
        if (records[i].section_number >= 0) {
          by_number[records[i].section_number].push_back(i);
        }
        continue;
      }
      const std::filesystem::path path(records[i].file);
      const std::string file = adr_words::lower(path.filename().string());
      const std::string stem = adr_words::lower(path.stem().string());
      by_name[file].push_back(i);
      if (stem != file) {
        by_name[stem].push_back(i);
      }
      if (const long number = number_of(file); number >= 0) {
        by_number[number].push_back(i);
      }
    }
  }

  // The records `link` names: by file name or stem, or by number when the target has no extension.
  std::vector<std::size_t> named_by(const AdrLink& link) const {
    const std::string target = target_name(link.target);
    std::vector<std::size_t> out;
    if (const auto it = by_name.find(target); it != by_name.end()) {
      out = it->second;
    }
    // A number that several ADRs share (`0053-box-migration.md`, `0053-fix-pipeline.md`) names none
    // of them for certain: a person cannot tell which either.
    const long number = number_of(target);
    if (const auto it = by_number.find(number);
        number >= 0 && target.find('.') == std::string::npos && it != by_number.end() && it->second.size() == 1) {
      out.insert(out.end(), it->second.begin(), it->second.end());
    }
    return out;
  }
};

void mark_superseded(AdrRecord& target, const AdrRecord& by, const AdrLink& link) {
  if (target.status == AdrStatus::superseded) {
    return;
  }
  target.status = AdrStatus::superseded;
  target.status_text = AdrText{"superseded by " + adr_name(by) + " (written there)", link.where};
}

// Marks each ADR that `link` (written in `records[by]`) names, other than that one, as superseded.
void mark_named(std::vector<AdrRecord>& records, const RecordIndex& index, std::size_t by, const AdrLink& link) {
  for (std::size_t other : index.named_by(link)) {
    if (other != by) {
      mark_superseded(records[other], records[by], link);
    }
  }
}

} // namespace

void resolve_supersession(std::vector<AdrRecord>& records) {
  const RecordIndex index(records);
  for (std::size_t i = 0; i < records.size(); ++i) {
    for (const AdrLink& link : records[i].links) {
      if (!link.by) {
        mark_named(records, index, i, link);
      }
    }
  }
}

} // namespace ragft
