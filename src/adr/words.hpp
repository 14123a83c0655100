#pragma once
// The words the ADR reader recognises: status labels and values, decision headings, in English and
// in the languages ADRs are commonly written in. Internal to the library.

#include <string>
#include <string_view>

namespace ragft::adr_words {

// ASCII-lowercased `text` with surrounding spaces, `#`, `*`, `:` and list numbering removed.
std::string normalise_label(std::string_view text);

// True for `Status`, `Estado`, `Statut`, `Stato`, ... (a normalised label).
bool is_status_label(std::string_view label);

// True for `Decision`, `Decision Outcome`, `Entscheidung`, `Decisión`, ... (a normalised label).
bool is_decision_heading(std::string_view label);

// Lowercase ASCII.
std::string lower(std::string_view text);

// `text` without surrounding whitespace.
std::string_view trim(std::string_view text);

// True when `text` names fine-tuning (fine-tune, fine-tuning, finetuned, LoRA, ...) anywhere.
bool names_fine_tuning(std::string_view text);

} // namespace ragft::adr_words
