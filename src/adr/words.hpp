#pragma once
// The words the ADR reader recognises: status labels and values, decision headings, in English and
// in the languages ADRs are commonly written in. Internal to the library.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <ragft/base/text.hpp>

namespace ragft::adr_words {

// `text` lowercased (as `lower` does) with surrounding spaces, `#`, `*`, `:` and list numbering removed.
std::string normalise_label(std::string_view text);

// The colon that ends a label at the start of `line`: `:`, or the full-width `：` as Chinese and
// Japanese write one (`状态：已接受`), whichever comes first. `at` is npos when there is neither;
// `after` is the position just past it.
struct LabelColon {
  std::size_t at;
  std::size_t after;
};
LabelColon label_colon(std::string_view line);

// How far into a line a label's colon may be: a colon further in ends no label.
inline constexpr std::size_t k_max_label_length = 40;

// In a line of metadata labels a formatter has joined (`Status: Accepted Date: 2026-01-05
// Decision: Use RAG`, `Date: 2025-11-27 Status: Proposed`), a one-word label further on than
// `from` (the first label's colon) that `is_label` takes: the position of its value in `line`
// (`line.size()` when it has none), or npos.
std::size_t later_label_value(std::string_view line, std::size_t from, bool (*is_label)(std::string_view));

// The length of the spaces and the symbols or emoji (by code point: general punctuation, arrows,
// dingbats, variation selectors, emoji) before the first word of `label` (`💡 Decisão`, `❌ NÃO
// Implementar`); ASCII punctuation is kept (`**Decision**`).
std::size_t leading_symbols_length(std::string_view label);

// True when `sentence` is a status alone (`Accepted.`, `✅ Approved`, `Superseded by ADR-2.`), the
// status words read as a status section's value are.
bool is_status_alone(std::string_view sentence);

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

// The position and length in `title` of a status written in brackets (`ADR-034: Simplified LLM
// Configuration [REDUNDANT]`, `[Deprecated] Use X`, `(Superseded by ADR-0012)`): the whole of a
// `[...]` or `(...)` group is a status word, or one followed by `by` or `with` and what replaces it.
// {npos, 0} when there is none (`(Open Source)`, `(deprecated API)` are no status).
std::pair<std::size_t, std::size_t> bracketed_status(std::string_view title);

// The position and length in `title` of a status written before it with a colon (`Accepted: Manage
// the backend with K3S`, `Draft: PDF to SVG`, `Superseded: multitenant architecture`): one of the
// lifecycle words ADR templates list (accepted, approved, proposed, draft, rejected, superseded,
// deprecated), alone before the first `:`. {npos, 0} when there is none (`ADR-034: …`, `Review: …`).
std::pair<std::size_t, std::size_t> prefixed_status(std::string_view title);

// True when a written status lists three or more statuses and nothing else (`{Brouillon, Proposée,
// Acceptée, Rejetée}`, `Proposed | Accepted | Deprecated | Superseded`): a template's choices.
bool lists_statuses(std::string_view written);

// Lowercase ASCII, Latin-1, Greek and Cyrillic letters (`FÜR` gives `für`, `DÉCISION` gives
// `décision`, `Решение` gives `решение`); each letter keeps its length in bytes, so positions in
// `text` hold in the result.
std::string lower(std::string_view text);

// The code point of the UTF-8 sequence that starts at byte `i` of `text` (not ASCII: its lead byte
// is 0xC0 or above) and its length in bytes; {0, 0} when the byte starts no such sequence or the
// text ends within it.
std::pair<char32_t, std::size_t> code_point_at(std::string_view text, std::size_t i);

// The length in bytes of the UTF-8 letter at byte `i` of `text` when it is a letter of an
// alphabet that writes words apart (Latin beyond ASCII, Greek, Cyrillic: `ü`, `é`, `ç`); 0 for an
// ASCII byte and for anything else (punctuation, symbols, Chinese, Japanese, Korean).
std::size_t letter_length(std::string_view text, std::size_t i);

// The words of `text`: runs of the ASCII bytes `is_word_byte` accepts and of the letters
// `letter_length` finds (`für RAG` gives `für` and `RAG`, where `split_words` with an ASCII test
// gives `f`, `r` and `RAG`). Anything else separates words, as in `split_words`.
std::vector<std::string> split_letters(std::string_view text, bool (*is_word_byte)(unsigned char));

// The runs of `text` whose bytes `is_word_byte` accepts, in order.
std::vector<std::string> split_words(std::string_view text, bool (*is_word_byte)(unsigned char));

// The lowercased words of a file or folder name, split at ASCII punctuation and spaces
// (`0001-Use_ADRs.md` gives 0001, use, adrs, md; `adr-사용을` gives adr, 사용을).
std::vector<std::string> name_words(std::string_view name);

// `text` without surrounding whitespace (base's, named here as the reader always has).
using ragft::trim;

// True when `text` says an option was weighed before it names one (`We considered fine-tuning`,
// `We compared two options:`): what it names was not chosen.
bool deliberates(std::string_view text);

// True when `text` names a part of a RAG system's retrieval (a vector store, pgvector, embeddings,
// a reranker, a retriever, chunking) anywhere.
bool names_retrieval_part(std::string_view text);

// True when `text` names fine-tuning (fine-tune, fine-tuning, finetuned, LoRA, ...) anywhere.
bool names_fine_tuning(std::string_view text);

// True when `text` names an approach (RAG, fine-tuning, hybrid) anywhere, chosen or not.
bool names_approach(std::string_view text);

// True when `text` names RAG or fine-tuning by name anywhere (not `hybrid` alone, nor `both` or
// `retrieval`, which name an approach only as the whole of a decision).
bool names_rag_or_fine_tuning(std::string_view text);

} // namespace ragft::adr_words
