#pragma once
// The words the ADR reader recognises: status labels and values, decision headings, in English and
// in the languages ADRs are commonly written in. Internal to the library.

#include <string>
#include <string_view>
#include <vector>

namespace ragft::adr_words {

// ASCII-lowercased `text` with surrounding spaces, `#`, `*`, `:` and list numbering removed.
std::string normalise_label(std::string_view text);

// True for `Status`, `Estado`, `Statut`, `Stato`, ... (a normalised label).
bool is_status_label(std::string_view label);

// True for `Metadata`, `Document information`, ... (a normalised label): a section that holds the
// ADR's metadata, its status among them.
bool is_metadata_heading(std::string_view label);

// True for `Decision`, `Decision Outcome`, `Entscheidung`, `Decisión`, ... (a normalised label).
bool is_decision_heading(std::string_view label);

// True for the sections of the ADR templates (`Context`, `Context and Problem Statement`, `Status`,
// `Decision`, `Consequences`, `Considered Options`, ...; a normalised label): a heading that is no
// ADR's title.
bool is_section_heading(std::string_view label);

// Lowercase ASCII.
std::string lower(std::string_view text);

// The runs of `text` whose bytes `is_word_byte` accepts, in order.
std::vector<std::string> split_words(std::string_view text, bool (*is_word_byte)(unsigned char));

// The lowercased words of a file or folder name, split at ASCII punctuation and spaces
// (`0001-Use_ADRs.md` gives 0001, use, adrs, md; `adr-사용을` gives adr, 사용을).
std::vector<std::string> name_words(std::string_view name);

// `text` without surrounding whitespace.
std::string_view trim(std::string_view text);

// True when `text` says an option was weighed before it names one (`We considered fine-tuning`,
// `We compared two options:`): what it names was not chosen.
bool deliberates(std::string_view text);

// True when `text` names fine-tuning (fine-tune, fine-tuning, finetuned, LoRA, ...) anywhere.
bool names_fine_tuning(std::string_view text);

} // namespace ragft::adr_words
