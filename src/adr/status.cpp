// Status values and labels as real ADRs write them, normalised.

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include <ragft/adr/adr.hpp>

#include "adr/words.hpp"

namespace ragft {

namespace {

struct StatusWord {
  std::string_view word;
  AdrStatus status;
};

// Matched against the start of the lowercased value, at a word boundary.
// clang-format off
constexpr std::array k_status_words = {
    StatusWord{"accepted", AdrStatus::accepted},     StatusWord{"accept", AdrStatus::accepted},
    StatusWord{"approved", AdrStatus::accepted},     StatusWord{"adopted", AdrStatus::accepted},
    StatusWord{"agreed", AdrStatus::accepted},       StatusWord{"decided", AdrStatus::accepted},
    StatusWord{"implemented", AdrStatus::accepted},  StatusWord{"done", AdrStatus::accepted},
    StatusWord{"partially implemented", AdrStatus::accepted}, // in force, in part built
    StatusWord{"partiellement impl\u00e9ment\u00e9*", AdrStatus::accepted},
    // In force, revised since: `Updated: 2026-07 (v4 with import support)`, `Amended by ADR-0010`
    // (an amendment changes a part; the ADR stays in force, unlike a supersession).
    StatusWord{"updated", AdrStatus::accepted},      StatusWord{"amended", AdrStatus::accepted},
    StatusWord{"revised", AdrStatus::accepted}, // `Revised - Aligns with …`: changed since, still in force
    // `Updated` in the languages whose other status words are read (es, pt, it, de, fr): `Actualizado`
    StatusWord{"actualizad*", AdrStatus::accepted},  StatusWord{"atualizad*", AdrStatus::accepted},
    StatusWord{"aggiornat*", AdrStatus::accepted},   StatusWord{"aktualisiert", AdrStatus::accepted},
    StatusWord{"mis \u00e0 jour", AdrStatus::accepted},
    // Decided and being built (`En implementación (Fase 1 completada)`), between `Planned` and
    // `Implemented`, both in force; `In progress` alone says no more than a draft's work goes on.
    StatusWord{"in implementation", AdrStatus::accepted}, StatusWord{"being implemented", AdrStatus::accepted},
    StatusWord{"en implementaci\u00f3n", AdrStatus::accepted}, StatusWord{"em implementa\u00e7\u00e3o", AdrStatus::accepted},
    StatusWord{"in implementazione", AdrStatus::accepted}, StatusWord{"in umsetzung", AdrStatus::accepted},
    StatusWord{"en cours d'impl\u00e9mentation", AdrStatus::accepted},
    // `Extended by ADR-032`: a later ADR builds on this one, which stays in force (as when amended).
    StatusWord{"extended", AdrStatus::accepted},
    // `Partially Accepted / Incremental Adoption`: accepted, its adoption in steps (as `Partially Implemented`).
    StatusWord{"partially accepted", AdrStatus::accepted}, StatusWord{"partially approved", AdrStatus::accepted},
    StatusWord{"partially adopted", AdrStatus::accepted},
    StatusWord{"implementiert", AdrStatus::accepted}, StatusWord{"umgesetzt", AdrStatus::accepted},
    StatusWord{"implementad*", AdrStatus::accepted},  StatusWord{"impl\u00e9ment\u00e9*", AdrStatus::accepted},
    StatusWord{"active", AdrStatus::accepted},       StatusWord{"akzeptiert", AdrStatus::accepted},
    StatusWord{"angenommen", AdrStatus::accepted},   StatusWord{"accepté*", AdrStatus::accepted},
    StatusWord{"approuvé*", AdrStatus::accepted}, // French participles agree: `Acceptée`, `Approuvée`
    StatusWord{"aceptad*", AdrStatus::accepted},      StatusWord{"aprobad*", AdrStatus::accepted},
    // `Approved` in the other languages whose status words are read (pt `Aprovado`, it `Approvato`,
    // de `Genehmigt`, nl `Goedgekeurd`), as Spanish `Aprobado` and French `Approuvé` are
    StatusWord{"aprovad*", AdrStatus::accepted},      StatusWord{"approvat*", AdrStatus::accepted},
    StatusWord{"genehmigt", AdrStatus::accepted},     StatusWord{"goedgekeurd", AdrStatus::accepted},
    StatusWord{"aceit*", AdrStatus::accepted},        StatusWord{"accettat*", AdrStatus::accepted},
    StatusWord{"geaccepteerd", AdrStatus::accepted}, StatusWord{"vigente", AdrStatus::accepted}, // "in force" (es, pt, it)
    // Decided, its building scheduled (`Planned — Phase 5`, `Planifié (Story 7.5)`): the decision is
    // taken, as `Implemented`'s is, so in force; a decision still under discussion is `Proposed`.
    StatusWord{"planned", AdrStatus::accepted},      StatusWord{"planifi\u00e9*", AdrStatus::accepted},
    StatusWord{"geplant", AdrStatus::accepted},      StatusWord{"planificad*", AdrStatus::accepted},
    StatusWord{"planejad*", AdrStatus::accepted},    StatusWord{"pianificat*", AdrStatus::accepted},
    StatusWord{"proposed", AdrStatus::proposed},
    StatusWord{"proposal", AdrStatus::proposed},     StatusWord{"draft", AdrStatus::proposed},
    StatusWord{"provisional", AdrStatus::proposed},  StatusWord{"pending", AdrStatus::proposed},
    StatusWord{"open", AdrStatus::proposed},         StatusWord{"in review", AdrStatus::proposed},
    StatusWord{"under review", AdrStatus::proposed}, StatusWord{"in progress", AdrStatus::proposed},
    StatusWord{"wip", AdrStatus::proposed},          StatusWord{"review", AdrStatus::proposed},
    StatusWord{"completed", AdrStatus::accepted},    StatusWord{"complete", AdrStatus::accepted},          StatusWord{"vorgeschlagen", AdrStatus::proposed},
    StatusWord{"entwurf", AdrStatus::proposed},      StatusWord{"propos*", AdrStatus::proposed},
    StatusWord{"propuest*", AdrStatus::proposed},     StatusWord{"borrador", AdrStatus::proposed},
    StatusWord{"voorgesteld", AdrStatus::proposed},  StatusWord{"brouillon", AdrStatus::proposed},
    // "pending" (`pendiente-evaluacion — No se toma decisión hasta Q3 2026`), "under discussion"
    StatusWord{"pendient*", AdrStatus::proposed},    StatusWord{"pendent*", AdrStatus::proposed},
    StatusWord{"en attente", AdrStatus::proposed},   StatusWord{"en discusi\u00f3n", AdrStatus::proposed},
    StatusWord{"under discussion", AdrStatus::proposed}, StatusWord{"in discussion", AdrStatus::proposed},
    StatusWord{"under consideration", AdrStatus::proposed},
    // Put off or paused (`Deferred`, `On hold`, `Postponed`, `Parked`): no format has such a status
    // (MADR's and log4brains' are proposed, rejected, accepted, deprecated, superseded; log4brains
    // refuses any other); the decision is not in force and may yet be taken up: proposed.
    StatusWord{"deferred", AdrStatus::proposed},     StatusWord{"on hold", AdrStatus::proposed},
    StatusWord{"on-hold", AdrStatus::proposed},      StatusWord{"postponed", AdrStatus::proposed},
    StatusWord{"parked", AdrStatus::proposed},       StatusWord{"paused", AdrStatus::proposed},
    StatusWord{"zur\u00fcckgestellt", AdrStatus::proposed}, StatusWord{"vertagt", AdrStatus::proposed},
    StatusWord{"aplazad*", AdrStatus::proposed},     StatusWord{"pospuest*", AdrStatus::proposed},
    StatusWord{"adiad*", AdrStatus::proposed},       StatusWord{"report\u00e9*", AdrStatus::proposed},
    StatusWord{"diff\u00e9r\u00e9*", AdrStatus::proposed}, StatusWord{"en pause", AdrStatus::proposed},
    StatusWord{"rinviat*", AdrStatus::proposed},     StatusWord{"in sospeso", AdrStatus::proposed},
    StatusWord{"\u043e\u0442\u043b\u043e\u0436\u0435\u043d*", AdrStatus::proposed}, // отложен…
    StatusWord{"保留*", AdrStatus::proposed},        StatusWord{"延期*", AdrStatus::proposed},
    StatusWord{"搁置*", AdrStatus::proposed},
    // Russian (`Статус: Принято`), the words folded to lowercase
    StatusWord{"\u043f\u0440\u0438\u043d\u044f\u0442*", AdrStatus::accepted},           // принят…
    StatusWord{"\u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d*", AdrStatus::proposed}, // предложен…
    StatusWord{"\u043e\u0442\u043a\u043b\u043e\u043d\u0435\u043d*", AdrStatus::rejected},   // отклонен…
    StatusWord{"\u0443\u0441\u0442\u0430\u0440\u0435\u043b*", AdrStatus::deprecated},        // устарел…
    StatusWord{"\u0437\u0430\u043c\u0435\u043d\u0435\u043d*", AdrStatus::superseded},   // заменен…
    StatusWord{"\u043d\u0430 \u0440\u0430\u0441\u0441\u043c\u043e\u0442\u0440\u0435\u043d\u0438\u0438", AdrStatus::proposed}, // на рассмотрении
    StatusWord{"\u0447\u0435\u0440\u043d\u043e\u0432\u0438\u043a", AdrStatus::proposed}, // черновик (draft)
    StatusWord{"\u043e\u0442\u043c\u0435\u043d\u0435\u043d*", AdrStatus::deprecated}, // отменен…: revoked
    StatusWord{"rejected", AdrStatus::rejected},     StatusWord{"refusé*", AdrStatus::rejected},
    StatusWord{"declined", AdrStatus::rejected},     StatusWord{"refused", AdrStatus::rejected},
    StatusWord{"abgelehnt", AdrStatus::rejected},    StatusWord{"rejet*", AdrStatus::rejected},
    StatusWord{"rechazad*", AdrStatus::rejected},     StatusWord{"rejeitad*", AdrStatus::rejected},
    StatusWord{"rifiutat*", AdrStatus::rejected},     StatusWord{"afgewezen", AdrStatus::rejected},
    StatusWord{"deprecated", AdrStatus::deprecated}, StatusWord{"obsolete", AdrStatus::deprecated},
    StatusWord{"depreciated", AdrStatus::deprecated}, // a common misspelling
    StatusWord{"retired", AdrStatus::deprecated},    StatusWord{"withdrawn", AdrStatus::deprecated},
    // Undone after it was taken (`Reverted by discussion #1198`: no longer in force, none replaces it)
    StatusWord{"reverted", AdrStatus::deprecated},   StatusWord{"revoked", AdrStatus::deprecated},
    StatusWord{"rescinded", AdrStatus::deprecated},
    StatusWord{"archived", AdrStatus::deprecated}, // `Archived - Over-engineered for …`: kept, no longer in force
    StatusWord{"redundant", AdrStatus::deprecated}, // `[REDUNDANT]`: another ADR decides the same, this one is not read
    StatusWord{"veraltet", AdrStatus::deprecated},   StatusWord{"obsolet", AdrStatus::deprecated},
    StatusWord{"déprécié*", AdrStatus::deprecated},   StatusWord{"obsolèt*", AdrStatus::deprecated},
    StatusWord{"obsolet", AdrStatus::deprecated},    StatusWord{"deprecad*", AdrStatus::deprecated},
    StatusWord{"superseded", AdrStatus::superseded}, StatusWord{"superceded", AdrStatus::superseded},
    StatusWord{"supersed*", AdrStatus::superseded},   StatusWord{"replaced", AdrStatus::superseded},
    StatusWord{"ersetzt", AdrStatus::superseded},    StatusWord{"abgelöst", AdrStatus::superseded},
    StatusWord{"remplacé*", AdrStatus::superseded},   StatusWord{"reemplazad*", AdrStatus::superseded},
    StatusWord{"sustituid*", AdrStatus::superseded},  StatusWord{"substituíd*", AdrStatus::superseded},
    StatusWord{"sostituit*", AdrStatus::superseded},  StatusWord{"vervangen", AdrStatus::superseded},
    // Japanese and Chinese ADRs (`承認`, `提案中`, `已接受`); a word ends at any letter of these scripts.
    StatusWord{"承認*", AdrStatus::accepted},        StatusWord{"採用*", AdrStatus::accepted},
    StatusWord{"受理*", AdrStatus::accepted},        StatusWord{"提案*", AdrStatus::proposed},
    StatusWord{"草案*", AdrStatus::proposed},        StatusWord{"却下*", AdrStatus::rejected},
    StatusWord{"非推奨*", AdrStatus::deprecated},    StatusWord{"廃止*", AdrStatus::deprecated},
    StatusWord{"置き換え*", AdrStatus::superseded},  StatusWord{"置換*", AdrStatus::superseded},
    StatusWord{"已接受*", AdrStatus::accepted},      StatusWord{"接受*", AdrStatus::accepted},
    StatusWord{"已批准*", AdrStatus::accepted},      StatusWord{"批准*", AdrStatus::accepted},
    StatusWord{"提议*", AdrStatus::proposed},        StatusWord{"提議*", AdrStatus::proposed},
    StatusWord{"已拒绝*", AdrStatus::rejected},      StatusWord{"拒绝*", AdrStatus::rejected},
    StatusWord{"已废弃*", AdrStatus::deprecated},    StatusWord{"废弃*", AdrStatus::deprecated},
    StatusWord{"弃用*", AdrStatus::deprecated},      StatusWord{"已取代*", AdrStatus::superseded},
    StatusWord{"被取代*", AdrStatus::superseded},    StatusWord{"已采纳*", AdrStatus::accepted},
    StatusWord{"采纳*", AdrStatus::accepted},        StatusWord{"已採納*", AdrStatus::accepted},
    StatusWord{"採納*", AdrStatus::accepted},
    // Revised, still in force, as English `Revised` (`已修订（2026-07-09）`, Japanese `改訂`)
    StatusWord{"已修订*", AdrStatus::accepted},      StatusWord{"修订*", AdrStatus::accepted},
    StatusWord{"已修訂*", AdrStatus::accepted},      StatusWord{"修訂*", AdrStatus::accepted},
    StatusWord{"改訂*", AdrStatus::accepted},
};
// clang-format on

// `Decision Status` and `ADR Status` too (a metadata table's or a converted document's label).
// clang-format off
constexpr std::array<std::string_view, 17> k_status_labels = {
    "status", "statut", "estado", "stato", "estatus", "situação", "статус", "состояние", "状态", "狀態", "ステータス", "状態", "state",
    "decision status", "adr status", "current status", "entscheidungsstatus"};
// clang-format on

// Sections that hold an ADR's metadata, where its status is read as in the preamble.
// clang-format off
constexpr std::array<std::string_view, 12> k_metadata_headings = {
    "metadata", "meta data", "meta", "adr metadata", "document information", "document control",
    "document metadata", "metadaten", "métadonnées", "decision record", "architecture decision record", "adr"};
// clang-format on

// Plurals too: `## Decisions` over a sub-heading per decision (its first paragraph is read).
// MADR's "Decision Outcome" in its translations too (`Resultado da decisão`), and its "Chosen option"
// made a heading (`## Chosen Option` over the option's name; `## Chosen Option: X` names it itself).
// clang-format off
constexpr std::array<std::string_view, 37> k_decision_headings = {
    "decizia",       "decizie",   "decyzja",          "decyzje", // Romanian, Polish
    "decisions",     "decision",  "decision outcome", "the decision", "our decision", "entscheidungen",
    "chosen option",
    "entscheidung",  "décisions", "décision",         "decisiones",   "decisión",     "decisões",
    "decisão",       "decisione", "besluit",          "beslissing",   "решение",      "决定",
    "決定",          "resultado da decisão", "resultado de la decisión", "résultat de la décision",
    "ergebnis der entscheidung", "entscheidungsergebnis", "esito della decisione",
    "决策", "決策", "결정", // Chinese (simplified, traditional), Korean
    "决策结果", "決策結果", // MADR's Decision Outcome in Chinese
    "決定事項", "决定事项"}; // "what was decided", Japanese and Chinese decision records' heading
// clang-format on

// The other sections of the common templates (MADR, Nygard, Y-statements, arc42's decisions).
// clang-format off
constexpr std::array<std::string_view, 22> k_section_headings = {
    "context", "context and problem statement", "problem statement", "problem", "background",
    "consequences", "considered options", "options considered", "options", "alternatives",
    "alternatives considered", "considered alternatives", "decision drivers", "rationale",
    "pros and cons of the options", "more information", "links", "references", "notes",
    "summary", "kontext", "contexto"};
// clang-format on

constexpr std::string_view k_status_names[] = {"none",       "proposed",   "accepted", "rejected",
                                               "deprecated", "superseded", "other"};

// A stem (written with a trailing `*`: `propos*`, `aceptad*`) may go on with letters; a word may not.
bool starts_word(std::string_view text, std::string_view word) {
  const bool stem = word.back() == '*';
  if (stem) {
    word.remove_suffix(1);
  }
  if (text.substr(0, word.size()) != word) {
    return false;
  }
  return stem || text.size() == word.size() || std::isalpha(static_cast<unsigned char>(text[word.size()])) == 0;
}

// True for a code point that decorates a word rather than spelling it: general punctuation, arrows,
// symbols and dingbats (U+2000..U+2BFF, the joiner U+200D among them), variation selectors
// (U+FE00..U+FE0F) and emoji (U+1F000..U+1FFFF), as in `✅ Accepted` or `💡 Decisão`.
bool is_decoration_symbol(char32_t point) {
  return (point >= 0x2000 && point <= 0x2BFF) || (point >= 0xFE00 && point <= 0xFE0F) ||
         (point >= 0x1F000 && point <= 0x1FFFF);
}

// The length of the decoration at the start of `text`: spaces, ASCII punctuation and symbols
// (`is_decoration_symbol`) before the status word, as in `✅ Accepted`, `⌛️ Superseded 0019` or
// `**[Proposed]**`.
std::size_t decoration_length(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (std::isalnum(c) != 0) {
        break;
      }
      ++i;
      continue;
    }
    const auto [point, length] = adr_words::code_point_at(text, i);
    if (length == 0 || !is_decoration_symbol(point)) {
      break;
    }
    i += length;
  }
  return i;
}

// The length of a date written before the status word (`2020-03-25 accepted`, as a log of the
// status's changes writes it; also `2020/03/25`), 0 when none.
std::size_t date_length(std::string_view text) {
  constexpr std::string_view k_shape = "dddd-dd-dd";
  if (text.size() <= k_shape.size()) {
    return 0;
  }
  for (std::size_t i = 0; i < k_shape.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool ok = k_shape[i] == 'd' ? std::isdigit(c) != 0 : (c == '-' || c == '/');
    if (!ok) {
      return 0;
    }
  }
  return std::isalnum(static_cast<unsigned char>(text[k_shape.size()])) != 0 ? 0 : k_shape.size();
}

// A status word that is all of `value` (lowercased, its decoration removed), or one followed only
// by ` by …` or ` with …` (`superseded by ADR-12`, `redundant with ADR-004`).
// The first status word (in k_status_words' order) that `value` (lowercased) starts with.
const StatusWord* leading_status_word(std::string_view value) {
  const auto it = std::find_if(k_status_words.begin(), k_status_words.end(),
                               [&](const StatusWord& w) { return starts_word(value, w.word); });
  return it == k_status_words.end() ? nullptr : &*it;
}

bool is_bare_status(std::string_view value) {
  const StatusWord* w = leading_status_word(value);
  if (w == nullptr) {
    return false;
  }
  std::size_t end = w->word.size() - (w->word.back() == '*' ? 1 : 0);
  while (end < value.size() && (std::isalpha(static_cast<unsigned char>(value[end])) != 0 ||
                                static_cast<unsigned char>(value[end]) >= 0x80)) {
    ++end; // the rest of a stem: `remplacée`
  }
  const std::string_view rest = value.substr(end);
  return rest.empty() || rest.substr(0, 4) == " by " || rest.substr(0, 6) == " with ";
}

// The status a later sentence of `value` (lowercased) sets when it is a status alone that ends
// the ADR's force (`implemented. superseded by adr-013.`, `accepted; deprecated`): a status
// written as a log of its changes, the last one in force. A sentence that only names a
// supersession (`parts of this adr were superseded by adr-020.`) sets none.
std::optional<AdrStatus> later_status(std::string_view value) {
  std::optional<AdrStatus> last;
  for (std::size_t at = value.find_first_of(".;"); at != std::string_view::npos;
       at = value.find_first_of(".;", at + 1)) {
    if (at + 1 >= value.size() || value[at + 1] != ' ') {
      continue; // `v7.1`, a version; `adr-013.md`, a file
    }
    const std::string_view rest = value.substr(at + 2);
    const std::size_t end = std::min(rest.find(". "), rest.find("; "));
    std::string sentence(adr_words::trim(rest.substr(0, end)));
    sentence.erase(0, decoration_length(sentence)); // `Accepted. ⌛ Superseded by ADR-9`
    while (!sentence.empty() && (sentence.back() == '.' || sentence.back() == ';')) {
      sentence.pop_back();
    }
    if (!is_bare_status(sentence)) {
      continue;
    }
    const AdrStatus status = leading_status_word(sentence)->status; // a bare status starts with one
    const bool ends_force =
        status == AdrStatus::superseded || status == AdrStatus::deprecated || status == AdrStatus::rejected;
    last = ends_force ? std::optional(status) : last;
  }
  return last;
}

// A status left as a template's choice (`Accepted or Rejected`, GOV.UK Forms' template above its
// list of valid statuses): two or more statuses joined by ` or ` and nothing else. The author chose
// none of them, so the ADR states no known status (read as `other`, checked as if in force).
bool offers_choice(std::string_view value) {
  constexpr std::string_view k_or = " or ";
  std::size_t items = 0;
  while (!value.empty()) {
    const std::size_t cut = value.find(k_or);
    std::string item(adr_words::trim(value.substr(0, cut)));
    item.erase(0, decoration_length(item));
    while (!item.empty() && std::string_view(".;,*_)]").find(item.back()) != std::string_view::npos) {
      item.pop_back();
    }
    if (item.empty() || !is_bare_status(item)) {
      return false;
    }
    ++items;
    value = cut == std::string_view::npos ? std::string_view() : value.substr(cut + k_or.size());
  }
  return items >= 2;
}

} // namespace

std::string_view to_string(AdrStatus status) { return k_status_names[static_cast<int>(status)]; }

AdrStatus parse_adr_status(std::string_view written) {
  std::string value = adr_words::lower(adr_words::trim(written));
  value.erase(0, decoration_length(value));
  if (const std::size_t date = date_length(value); date > 0) {
    value.erase(0, date);
    value.erase(0, decoration_length(value));
  }
  if (value.empty()) {
    return AdrStatus::none;
  }
  const StatusWord* w = leading_status_word(value);
  if (w == nullptr || offers_choice(value)) {
    return AdrStatus::other;
  }
  return w->status == AdrStatus::accepted || w->status == AdrStatus::proposed ? later_status(value).value_or(w->status)
                                                                              : w->status;
}

namespace adr_words {

namespace {

// Lowercases the two-byte UTF-8 capital `lead` `next` in place when it is a Latin-1, Greek or
// Cyrillic one (`Ü`, `Σ`, `Р`, `Ё`); its small letter is two bytes long too.
void fold_two_byte_capital(char& lead_byte, char& next_byte) {
  const auto lead = static_cast<unsigned char>(lead_byte);
  const auto next = static_cast<unsigned char>(next_byte);
  const auto set = [&](unsigned lead_out, unsigned next_out) {
    lead_byte = static_cast<char>(lead_out);
    next_byte = static_cast<char>(next_out);
  };
  constexpr unsigned k_step = 0x20;
  const bool latin = lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97; // À..Þ but ×: à..þ
  const bool greek = lead == 0xCE && next >= 0x91 && next <= 0x9F;                 // Α..Ο: α..ο
  const bool cyrillic = lead == 0xD0 && next >= 0x90 && next <= 0x9F;              // А..П: а..п
  if (latin || greek || cyrillic) {
    set(lead, next + k_step);
  } else if (lead == 0xCE && next >= 0xA0 && next <= 0xAB && next != 0xA2) { // Π..Ϋ: π..ϋ
    set(0xCF, next - k_step);
  } else if (lead == 0xD0 && next >= 0x80 && next <= 0x8F) { // Ѐ..Џ (Ё, Є, І, Ї): ѐ..џ
    set(0xD1, next + 0x10);
  } else if (lead == 0xD0 && next >= 0xA0 && next <= 0xAF) { // Р..Я: р..я
    set(0xD1, next - k_step);
  }
}

} // namespace

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    fold_two_byte_capital(out[i], out[i + 1]);
  }
  return out;
}

std::pair<char32_t, std::size_t> code_point_at(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0xC0) {
    return {0, 0};
  }
  const std::size_t n = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2);
  if (i + n > text.size()) {
    return {0, 0};
  }
  constexpr unsigned k_payload = 0x3F;
  unsigned point = lead & (n == 2 ? 0x1FU : (n == 3 ? 0x0FU : 0x07U));
  for (std::size_t k = 1; k < n; ++k) {
    point = (point << 6U) | (static_cast<unsigned char>(text[i + k]) & k_payload);
  }
  return {static_cast<char32_t>(point), n};
}

std::size_t letter_length(std::string_view text, std::size_t i) {
  const auto [point, n] = code_point_at(text, i);
  // Latin-1 letters and Latin Extended-A/B, Greek and Cyrillic, Latin Extended Additional
  const bool latin = point >= 0xC0 && point <= 0x24F && point != 0xD7 && point != 0xF7;
  const bool greek_cyrillic = point >= 0x370 && point <= 0x52F && point != 0x37E && point != 0x387;
  return latin || greek_cyrillic || (point >= 0x1E00 && point <= 0x1EFF) ? n : 0;
}

std::vector<std::string> split_letters(std::string_view text, bool (*is_word_byte)(unsigned char)) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t letter = letter_length(text, i);
    const std::size_t n = letter > 0 ? letter : 1;
    if (letter > 0 ||
        (static_cast<unsigned char>(text[i]) < 0x80 && is_word_byte(static_cast<unsigned char>(text[i])))) {
      word.append(text.substr(i, n));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    i += n;
  }
  if (!word.empty()) {
    words.push_back(std::move(word));
  }
  return words;
}

std::vector<std::string> split_words(std::string_view text, bool (*is_word_byte)(unsigned char)) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    if (is_word_byte(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) {
    words.push_back(std::move(word));
  }
  return words;
}

namespace {

// The length of a numbering of a heading by one letter, or by a number, and a dash (`Р — Решение`,
// `B - Decision`, `5 - Security`, as a template that letters its sections writes them): the letter
// (one character, in any script) or the digits, then ` — `, ` – ` or ` - `. 0 when there is none.
std::size_t lettered_numbering_length(std::string_view label) {
  std::size_t mark = 0;
  if (!label.empty() && std::isdigit(static_cast<unsigned char>(label[0])) != 0) {
    mark = label.find_first_not_of("0123456789");
  } else if (!label.empty() && std::isalpha(static_cast<unsigned char>(label[0])) != 0) {
    mark = 1;
  } else if (label.size() >= 2 && (static_cast<unsigned char>(label[0]) & 0xE0U) == 0xC0U) {
    mark = 2; // a two-byte letter: Cyrillic, Greek, Latin-1
  }
  if (mark == 0 || mark == std::string_view::npos) {
    return 0;
  }
  for (const std::string_view dash :
       {std::string_view(" - "), std::string_view(" \u2013 "), std::string_view(" \u2014 ")}) {
    if (label.substr(mark, dash.size()) == dash) {
      return mark + dash.size();
    }
  }
  return 0;
}

} // namespace

// The length of the symbols and spaces before a label's first word (`💡 Decisão`, `🎯 DECISÃO`, `✅
// Status`, as headings decorated with an emoji write them: `is_decoration_symbol`). ASCII
// punctuation stays: `**Decision**`, `[Status]` are read as before.
std::size_t leading_symbols_length(std::string_view label) {
  std::size_t i = 0;
  while (i < label.size()) {
    if (label[i] == ' ') {
      ++i;
      continue;
    }
    const auto [point, length] = code_point_at(label, i);
    if (length == 0 || !is_decoration_symbol(point)) {
      break;
    }
    i += length;
  }
  return i;
}

bool is_status_alone(std::string_view sentence) {
  std::string value = lower(trim(sentence));
  value.erase(0, decoration_length(value));
  while (!value.empty() && std::string_view(".;,!*_").find(value.back()) != std::string_view::npos) {
    value.pop_back();
  }
  return !value.empty() && is_bare_status(value);
}

LabelColon label_colon(std::string_view line) {
  constexpr std::string_view full_width_colon = "\uFF1A";
  const std::size_t at = std::min(line.find(':'), line.find(full_width_colon));
  if (at == std::string_view::npos) {
    return {at, at};
  }
  return {at, at + (line[at] == ':' ? 1 : full_width_colon.size())};
}

std::size_t later_label_value(std::string_view line, std::size_t from, bool (*is_label)(std::string_view)) {
  for (std::size_t at = line.find(':', from + 1); at != std::string_view::npos; at = line.find(':', at + 1)) {
    const std::size_t space = line.find_last_of(' ', at);
    const std::size_t start = space == std::string_view::npos ? 0 : space + 1;
    if (start > from && is_label(normalise_label(line.substr(start, at - start)))) {
      const std::size_t value = line.find_first_not_of(" \t*_", at + 1);
      return value == std::string_view::npos ? line.size() : value;
    }
  }
  return std::string_view::npos;
}

std::string normalise_label(std::string_view text) {
  std::string label = lower(trim(text));
  label.erase(0, leading_symbols_length(label));
  label.erase(0, lettered_numbering_length(label));
  const std::size_t digits = label.find_first_not_of("0123456789.) ");
  if (digits != std::string::npos && digits > 0 && std::isdigit(static_cast<unsigned char>(label[0])) != 0) {
    label.erase(0, digits);
  }
  while (!label.empty() && (label.back() == ':' || label.back() == ' ' || label.back() == '*')) {
    label.pop_back();
  }
  return std::string(trim(label));
}

bool is_status_label(std::string_view label) {
  return std::find(k_status_labels.begin(), k_status_labels.end(), label) != k_status_labels.end();
}

bool is_section_heading(std::string_view label) {
  return is_status_label(label) || is_metadata_heading(label) || is_decision_heading(label) ||
         std::find(k_section_headings.begin(), k_section_headings.end(), label) != k_section_headings.end();
}

bool is_metadata_heading(std::string_view label) {
  return std::find(k_metadata_headings.begin(), k_metadata_headings.end(), label) != k_metadata_headings.end();
}

namespace {

// `decision`, or `decision` followed by `:`, ` (`, ` -`, ` –`, ` / `, `（` or a number and more (`Decision: two
// datasets`, `Decision (proposed)`, `Decision 2: LoRA`), for each known heading.
bool names_decision_heading(std::string_view label) {
  for (std::string_view heading : k_decision_headings) {
    if (label.rfind(heading, 0) != 0) {
      continue;
    }
    const std::string_view rest = label.substr(heading.size());
    // `Decision 2: LoRA`, a decision numbered in a log kept in one file
    const bool numbered = rest.size() >= 2 && rest[0] == ' ' && std::isdigit(static_cast<unsigned char>(rest[1])) != 0;
    if (rest.empty() || numbered || rest[0] == ':' || rest.rfind(" (", 0) == 0 || rest.rfind(" -", 0) == 0 ||
        rest.rfind(" & ", 0) == 0 || rest.rfind(" and ", 0) == 0 || rest.rfind("\uFF08", 0) == 0 ||
        rest.rfind(" \uFF08", 0) == 0 || // `Decision（決定事項）`, a full-width parenthesis
        rest.rfind(" / ", 0) == 0 || rest.rfind('/', 0) == 0 || // `決定 / Decision`, in two languages
        rest.rfind(" \xE2\x80\x93", 0) == 0 || rest.rfind(" \xE2\x80\x94", 0) == 0) {
      return true;
    }
  }
  return false;
}

// A decision revised in its own file, its heading saying which one holds: `Updated Decision`,
// `Final decision`, `Decisión actualizada`, `Decisión final`, `Décision finale`, `Decisão atualizada`.
constexpr std::string_view k_current_before[] = {"final ", "updated ", "revised ", "current "};
constexpr std::string_view k_current_after[] = {" final",    " finale",     " actualizada",       " atualizada",
                                                " revisada", " aggiornata", " r\u00e9vis\u00e9e", " mise \u00e0 jour"};

} // namespace

bool is_decision_heading(std::string_view label) {
  if (names_decision_heading(label)) {
    return true;
  }
  for (std::string_view before : k_current_before) {
    if (label.rfind(before, 0) == 0 && names_decision_heading(label.substr(before.size()))) {
      return true;
    }
  }
  for (std::string_view after : k_current_after) {
    if (label.size() > after.size() && label.substr(label.size() - after.size()) == after &&
        names_decision_heading(label.substr(0, label.size() - after.size()))) {
      return true;
    }
  }
  return false;
}

std::pair<std::size_t, std::size_t> bracketed_status(std::string_view title) {
  for (std::size_t open = title.find_first_of("[("); open != std::string_view::npos;
       open = title.find_first_of("[(", open + 1)) {
    const char close = title[open] == '[' ? ']' : ')';
    const std::size_t end = title.find(close, open + 1);
    if (end == std::string_view::npos) {
      break;
    }
    std::string value = lower(trim(title.substr(open + 1, end - open - 1)));
    const std::size_t decoration = decoration_length(value);
    value.erase(0, decoration);
    if (!value.empty() && is_bare_status(value)) {
      return {open + 1, end - open - 1};
    }
  }
  return {std::string_view::npos, 0};
}

std::pair<std::size_t, std::size_t> prefixed_status(std::string_view title) {
  constexpr std::string_view k_lifecycle[] = {"accepted", "approved",   "proposed",  "draft",
                                              "rejected", "superseded", "deprecated"};
  const std::size_t colon = title.find(':');
  if (colon == std::string_view::npos || colon + 1 >= title.size() || title[colon + 1] != ' ') {
    return {std::string_view::npos, 0};
  }
  const std::string value = lower(trim(title.substr(0, colon)));
  const std::string_view rest = trim(title.substr(colon + 1));
  // `Proposed: [Short Descriptive Title]`: a template's placeholder, no ADR's title
  const bool placeholder = !rest.empty() && std::string_view("[{<").find(rest.front()) != std::string_view::npos &&
                           std::string_view("]}>").find(rest.back()) != std::string_view::npos;
  if (std::find(std::begin(k_lifecycle), std::end(k_lifecycle), value) == std::end(k_lifecycle) || rest.empty() ||
      placeholder) {
    return {std::string_view::npos, 0};
  }
  return {title.find_first_not_of(' '), value.size()};
}

bool lists_statuses(std::string_view written) {
  std::size_t items = 0;
  std::string_view rest = trim(written);
  while (!rest.empty()) {
    const std::size_t cut = rest.find_first_of("|,/");
    std::string item = lower(trim(rest.substr(0, cut)));
    item.erase(0, decoration_length(item));
    while (!item.empty() && std::string_view("}])*_.").find(item.back()) != std::string_view::npos) {
      item.pop_back();
    }
    if (!item.empty() && !is_bare_status(item)) {
      return false;
    }
    items += item.empty() ? 0 : 1; // `…`, a placeholder for the rest
    rest = cut == std::string_view::npos ? std::string_view() : trim(rest.substr(cut + 1));
  }
  return items >= 3;
}

} // namespace adr_words

} // namespace ragft
