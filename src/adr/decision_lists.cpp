// What a Decision section says when its first sentence only opens what follows: a sentence ending
// in `:` before a list or a paragraph (`We will:` and the items), a label that introduces the
// decision (`Chosen approach:`) before it, and a bold label (`**Rationale:**`) under a
// sub-heading that names the decision (`### 1. Prioritise embedding fine-tuning`).

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "adr/context.hpp"
#include "adr/words.hpp"

namespace ragft::adr_detail {

namespace {

// Words that leave a sentence open for what follows when they end it before its `:` (`We will:`,
// `We have decided to:`, `Use a pipeline that:`, `Wir setzen auf:`, `Vamos a usar:`): auxiliaries,
// `to`, `that`, prepositions, verbs of choosing without their object, in English and in the
// languages ADRs are often written in. A sentence that ends otherwise is complete (`Use Vitest for
// unit tests:`); its list says more of what it chose.
// clang-format off
constexpr std::string_view k_open_endings[] = {
    "will", "shall", "would", "should", "must", "can", "could", "may", "to", "that", "which", "where",
    "whereby", "be", "is", "are", "was", "were", "following", "follows", "as", "with", "for", "of", "by",
    "via", "into", "using", "including", "include", "includes", "like", "on", "from", "use", "adopt",
    "implement", "introduce", "choose", "select", "decided", "agreed", "means", "do", "combining", "comprising",
    "namely",
    // German
    "werden", "wird", "zu", "dass", "mit", "f\u00fcr", "folgt", "folgende", "folgenden", "nutzen",
    "verwenden", "auf", "um", "durch", "sind", "ist", "beschlossen", "entschieden",
    // French
    "allons", "va", "que", "qui", "avec", "pour", "de", "par", "sur", "suivant", "suivante", "suivants",
    "suivantes", "utiliser", "adopter", "sont", "d\u00e9cid\u00e9",
    // Spanish and Portuguese
    "vamos", "con", "com", "para", "por", "siguiente", "siguientes", "seguinte", "seguintes", "usar",
    "utilizar", "adoptar", "adotar", "implementar", "usando", "combinando", "incluyendo", "son",
    "ser\u00e1", "decidido", "s\u00e3o"};
// clang-format on

// True when `sentence` (ending in `:`) ends with a word that leaves it open.
bool is_open(std::string_view sentence) {
  const std::string lowered = adr_words::lower(sentence.substr(0, sentence.find_last_not_of(": *_") + 1));
  const std::size_t space = lowered.find_last_of(" \t");
  const std::string_view last = std::string_view(lowered).substr(space == std::string::npos ? 0 : space + 1);
  return std::find(std::begin(k_open_endings), std::end(k_open_endings), last) != std::end(k_open_endings);
}

// Labels that introduce the decision itself, written alone before it (`**Chosen approach:**`, then
// the approach in the next paragraph or list), in English and the languages ADRs are often written
// in. A label that introduces something else (`Rationale:`, `Implementation:`, `Key points:`) is
// not read on: what follows it is not the decision.
// clang-format off
constexpr std::string_view k_decision_labels[] = {
    "decision", "the decision", "our decision", "final decision", "decision made", "chosen approach",
    "approach", "chosen option", "selected option", "selected approach", "chosen solution", "solution",
    "proposed solution", "we chose", "we decided", "we will", "outcome", "resolution", "summary", "in summary",
    "choice", "the choice", "our choice", "final choice", "choice made",
    "in short", "tl;dr", "tldr", "what we will do", "what we decided",
    // German, French, Spanish, Portuguese
    "entscheidung", "lösung", "ansatz", "gewählter ansatz", "décision", "solution retenue",
    "approche", "approche retenue", "decisión", "solución", "enfoque", "decisão", "solução",
    "abordagem", "wahl", "choix", "elección", "escolha"};
// clang-format on

// True when `text` is only a label that introduces the decision: `Chosen approach:`.
bool is_decision_label(std::string_view text) {
  std::string label = adr_words::lower(adr_words::trim(text));
  while (!label.empty() && std::string_view(":*_ ").find(label.back()) != std::string_view::npos) {
    label.pop_back();
  }
  return std::find(std::begin(k_decision_labels), std::end(k_decision_labels), label) != std::end(k_decision_labels);
}

// The last word of a label that opens a paragraph or item with what is not the decision: the risk,
// threat, issue or context a decision answers (`- **Risk**: attacker passes a URL ...`, then `-
// **Mitigation**: ...`), in English and the languages ADRs are often written in.
// clang-format off
constexpr std::string_view k_not_decision_label_ends[] = {
    "risk", "risks", "threat", "threats", "issue", "issues", "problem", "problems", "context", "background",
    "impact", "concern", "concerns", "vulnerability", "symptom", "symptoms",
    // German, French, Spanish, Portuguese
    "risiko", "risiken", "kontext", "problème", "risque", "risques", "contexte", "riesgo", "riesgos",
    "problema", "problemas", "contexto", "risco", "riscos"};
// clang-format on

constexpr std::size_t k_max_opening_label = 40; // a colon further in ends no label

// The labels of an ADR's metadata about people, in English and the languages ADRs are often
// written in (a normalised label).
// clang-format off
constexpr std::string_view k_people_labels[] = {
    "reviewers", "reviewer", "reviewed by", "deciders", "decider", "decision makers", "decision maker",
    "authors", "author", "author(s)", "approvers", "approved by", "owners", "owner", "participants",
    "autor", "autores", "autor(es)", "autor(en)", "auteur", "auteurs", "revisores", "decisores", "entscheider"};
// The words that make a label a date's, first or last: `Date`, `Decision date`, `Fecha
// implementación`, `Datum`; `Data` (Portuguese, Italian: `Data`, `Data de aprovação`) only before a
// value that opens with a digit, as English writes `Data:` for what a decision does with its data.
constexpr std::string_view k_date_words[] = {"date", "fecha", "datum", "data"};
// clang-format on

bool is_one_of(std::string_view word, const std::string_view* begin, const std::string_view* end) {
  return std::find(begin, end, word) != end;
}

// True when `label` (normalised), before `value`, names a piece of an ADR's metadata: its status, a
// date or people.
bool is_metadata_label(const std::string& label, std::string_view value) {
  if (adr_words::is_status_label(label) || is_one_of(label, std::begin(k_people_labels), std::end(k_people_labels))) {
    return true;
  }
  const std::string first = label.substr(0, label.find(' '));
  const std::string last = label.substr(label.rfind(' ') + 1);
  if (first == "data") {
    return std::isdigit(static_cast<unsigned char>(value.front())) != 0;
  }
  return is_one_of(first, std::begin(k_date_words), std::end(k_date_words)) ||
         (last != "data" && is_one_of(last, std::begin(k_date_words), std::end(k_date_words)));
}

// True when `line` is a metadata label and its value (`**Status:** Accepted`, `Datum： 2025-01-05`).
bool is_metadata_line(std::string_view line) {
  const auto [colon, after] = adr_words::label_colon(line);
  if (colon > k_max_opening_label) {
    return false; // npos too
  }
  const std::size_t value = line.find_first_not_of(" \t*_:", after);
  return value != std::string_view::npos &&
         is_metadata_label(adr_words::normalise_label(line.substr(0, colon)), line.substr(value));
}

} // namespace

namespace {

// The position in `line`, a metadata line, of the text after its value's first sentence (`Status:
// accepted. We use RAG.`: the status is `accepted`, `We use RAG.` is not metadata); npos when the
// value is one sentence.
std::size_t after_value(std::string_view line) {
  const std::size_t value = line.find_first_not_of(" \t*_:", adr_words::label_colon(line).after);
  if (value == std::string_view::npos) {
    return value;
  }
  return line.find_first_not_of(" \t*_", value + first_sentence_length(line.substr(value)));
}

} // namespace

std::size_t metadata_lines_length(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view line = text.substr(pos, end - pos);
    if (!is_metadata_line(adr_words::trim(line))) {
      break;
    }
    const std::size_t rest = after_value(line);
    pos = rest != std::string_view::npos ? pos + rest : std::min(end + 1, text.size());
  }
  return pos;
}

std::size_t decision_label_length(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon > k_max_opening_label || text.substr(0, colon).find('\n') != std::string_view::npos ||
      !is_decision_label(text.substr(0, colon))) {
    return 0; // npos too
  }
  const std::size_t value = text.find_first_not_of(" \t*_", colon + 1);
  return value == std::string_view::npos || text[value] == '\n' ? 0 : value;
}

bool opens_with_not_decision_label(std::string_view text) {
  const std::string_view trimmed = adr_words::trim(text);
  const std::size_t colon = trimmed.find(':');
  if (colon > k_max_opening_label ||                                               // npos too
      trimmed.substr(0, colon).find_first_of(".!?;,") != std::string_view::npos || // `Use RAG. Risk: ...`
      adr_words::trim(trimmed.substr(colon + 1)).find_first_not_of("*_") == std::string_view::npos) {
    return false; // a label alone (`**Risk:**`) is read as before: a sub-heading's, or the sentence
  }
  const std::vector<std::string> words = adr_words::split_letters(
      adr_words::lower(trimmed.substr(0, colon)), [](unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; });
  return !words.empty() && words.size() <= 3 &&
         std::find(std::begin(k_not_decision_label_ends), std::end(k_not_decision_label_ends), words.back()) !=
             std::end(k_not_decision_label_ends);
}

namespace {

// What a part read on after the decision's sentence (a sub-heading, a list item's head or its
// sentence) names, `text` being the whole of its block. `hybrid`, `both` and `retrieval` name an
// approach only as the whole of a decision (`Chosen option: "Hybrid"`); in a part, only beside
// RAG or fine-tuning named in its block (`- **Hybrid**: RAG for the facts, LoRA for the tone`).
// Alone they are a retrieval mode (`- hybrid` among `- semantic` and `- bm25`), a deployment or
// a search, as `hybrid` is in a decision's sentence.
std::optional<Verdict> verdict_of_part(const std::string& part, std::string_view text) {
  return adr_words::names_rag_or_fine_tuning(text) ? verdict_of_decision_text(part) : std::nullopt;
}

// Both approaches named, or hybrid named, across the items: hybrid; else the one named.
std::optional<Verdict> joined(std::optional<Verdict> a, std::optional<Verdict> b) {
  if (!a || !b || *a == *b) {
    return a ? a : b;
  }
  return Verdict::hybrid;
}

// The list items right after block `i` (nested items included), up to the first other block; an
// item of a loose list (items apart by blank lines) holds its text in the paragraph after it.
std::vector<const md::Block*> items_after(const Context& ctx, std::size_t i) {
  std::vector<const md::Block*> items;
  const std::vector<md::Block>& blocks = ctx.document.blocks;
  for (std::size_t j = i + 1; j < blocks.size() && blocks[j].kind == md::BlockKind::list_item; ++j) {
    const bool loose = adr_words::trim(blocks[j].text).empty() && j + 1 < blocks.size() &&
                       blocks[j + 1].kind == md::BlockKind::paragraph;
    j += loose ? 1 : 0;
    items.push_back(&blocks[j]);
  }
  return items;
}

constexpr std::size_t k_max_label_words = 4;

// True when the text of `b` from `first` to `last` is emphasised as a whole: the source has `*`
// or `_` right before it and right after it.
bool emphasised(const Context& ctx, const md::Block& b, std::size_t first, std::size_t last) {
  const std::size_t from = b.source_of(first);
  const std::size_t to = b.source_of(last);
  const auto mark = [&](std::size_t at) {
    return at < ctx.text.size() && (ctx.text[at] == '*' || ctx.text[at] == '_');
  };
  return from != std::string::npos && from > 0 && to != std::string::npos && mark(from - 1) && mark(to + 1);
}

// The length of a heading's numbering: `1. `, `2) `, `A. `.
std::size_t numbering_length(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])) != 0 && i < 3) {
    ++i;
  }
  const bool numbered = i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')') &&
                        (i == 1 || std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(i), [](char c) {
                           return std::isdigit(static_cast<unsigned char>(c)) != 0;
                         }));
  return numbered ? std::min(text.find_first_not_of(' ', i + 1), text.size()) : 0;
}

// The first sentence of a list item, without the punctuation that ends it (`.`, `;`, `。`).
std::string item_sentence(const md::Block& item) {
  constexpr std::string_view k_full_stop = "\u3002"; // 。
  std::string sentence = first_sentence_of(adr_words::trim(item.text));
  if (sentence.ends_with(k_full_stop)) {
    sentence.resize(sentence.size() - k_full_stop.size());
  }
  while (!sentence.empty() && std::string_view(".;,:").find(sentence.back()) != std::string_view::npos) {
    sentence.pop_back();
  }
  return sentence;
}

// Words that say what follows them was not chosen, or is not the choice: a sub-heading or a label
// with one of them (`### Alternatives considered`, `**Rejected options:**`, `#### Risks`, `Why
// not LlamaIndex`) ends what a complete sentence introduces.
// clang-format off
constexpr std::string_view k_not_chosen_words[] = {
    "option", "options", "alternative", "alternatives", "considered", "rejected", "consequence",
    "consequences", "pros", "cons", "trade-off", "trade-offs", "tradeoffs", "risk", "risks", "rationale",
    "why", "not", "non-goals", "excluded", "deferred", "future", "later", "instead", "drawbacks"};
// clang-format on

bool says_not_chosen(std::string_view text) {
  const std::vector<std::string> words = adr_words::split_letters(
      adr_words::lower(text), [](unsigned char c) { return std::isalnum(c) != 0 || c == '-'; });
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return std::find(std::begin(k_not_chosen_words), std::end(k_not_chosen_words), w) != std::end(k_not_chosen_words);
  });
}

constexpr std::size_t k_max_item_label = 60; // a `: ` further in ends no item label

// Verbs that open an item by adopting what follows them: `Use RAG over the handbook`.
constexpr std::string_view k_adopting[] = {"use",    "adopt", "implement", "apply",     "choose",
                                           "select", "build", "add",       "introduce", "employ",
                                           "run",    "do",    "perform",   "enable",    "keep"};
// Words that may stand between such a verb and the approach: `Use a RAG pipeline`.
constexpr std::string_view k_articles[] = {"a", "an", "the", "our"};
// Words that may follow the approach an item adopts: what it is built as, applied to or with
// (`RAG over the handbook`, `fine-tuning for the tone`, `a RAG pipeline`); any other word makes the
// approach a qualifier of something else (`RAG queries`, `RAG endpoint`), not what the item adopts.
// clang-format off
constexpr std::string_view k_after_approach[] = {
    "for", "over", "with", "on", "to", "as", "in", "via", "using", "from", "of", "and", "or", "+", "by",
    "pipeline", "pipelines", "architecture", "approach", "system", "strategy", "solution", "design",
    "workflow", "setup", "generation", "tuning", "first", "only", "is", "are", "will", "was"};
// clang-format on

template <std::size_t N> bool is_in(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// True when the words from `at` open with an approach, followed by nothing or a word of
// `k_after_approach`.
bool approach_at(const std::vector<std::string>& words, std::size_t at) {
  if (at >= words.size()) {
    return false;
  }
  const bool two = at + 1 < words.size() && adr_words::names_approach(words[at] + " " + words[at + 1]) &&
                   !adr_words::names_approach(words[at]); // `fine tuning`, `retrieval augmented`
  if (!two && !adr_words::names_approach(words[at])) {
    return false;
  }
  const std::size_t next = at + (two ? 2 : 1);
  return next >= words.size() || is_in(k_after_approach, words[next]);
}

// True when an unlabelled item's sentence adopts an approach: it opens with one (`RAG over the
// handbook`), or with a verb of adopting and one (`Use RAG for the policies`, `Adopt a RAG
// pipeline`). An approach named further in (`Each domain runs as an agent (Memory/RAG)`) or
// qualifying something else (`answer RAG queries`) is a part the item mentions.
bool adopts_approach(std::string_view sentence) {
  const std::vector<std::string> words = adr_words::split_letters(
      adr_words::lower(sentence), [](unsigned char c) { return std::isalnum(c) != 0 || c == '-' || c == '+'; });
  if (approach_at(words, 0)) {
    return true;
  }
  std::size_t at = 1;
  while (at < words.size() && is_in(k_articles, words[at])) {
    ++at;
  }
  return !words.empty() && is_in(k_adopting, words[0]) && approach_at(words, at);
}

// What a list item says it chose: its label (`**RAG Pipeline**: LangChain + ChromaDB`, before `: `
// near the start), else its first sentence when it adopts an approach; none otherwise.
std::optional<std::string> item_head(const md::Block& item) {
  const std::string sentence = item_sentence(item);
  if (const std::size_t colon = sentence.find(": "); colon <= k_max_item_label) {
    return sentence.substr(0, colon);
  }
  return adopts_approach(sentence) ? std::optional(sentence) : std::nullopt;
}

// What block `b`, after a complete sentence that ends in `:`, says was chosen: a sub-heading's
// text, a list item's head; none for anything else (prose, code, tables are passed over).
std::optional<std::string> chosen_part(const md::Block& b) {
  if (b.kind == md::BlockKind::heading) {
    return std::string(adr_words::trim(std::string_view(b.text).substr(numbering_length(b.text))));
  }
  if (b.kind == md::BlockKind::list_item) {
    return item_head(b);
  }
  return std::nullopt;
}

// `following` and its translations, as a determiner of what a sentence introduces (`the following
// changes`, `los siguientes cambios`, `as seguintes mudanças`, `folgende Änderungen`; French puts
// it after its noun: `les changements suivants`).
// clang-format off
constexpr std::string_view k_following[] = {
    "following", "siguiente", "siguientes", "seguinte", "seguintes", "folgende", "folgenden", "folgender",
    "folgendes", "suivant", "suivante", "suivants", "suivantes"};
constexpr std::string_view k_following_articles[] = {
    "the", "el", "la", "los", "las", "lo", "o", "a", "os", "as", "les", "le", "des", "die", "den", "der", "das"};
// What `the following …` introduces when it is not the decision: its reasons, benefits, risks,
// properties, steps, options (`for the following reasons:`, `con las siguientes características:`).
constexpr std::string_view k_following_not_decision[] = {
    "reason", "reasons", "benefit", "benefits", "advantage", "advantages", "drawback", "drawbacks",
    "disadvantages", "consequence", "consequences", "risk", "risks", "characteristic", "characteristics",
    "property", "properties", "feature", "features", "constraint", "constraints", "criteria", "requirement",
    "requirements", "option", "options", "alternative", "alternatives", "assumption", "assumptions", "step",
    "steps", "goal", "goals", "question", "questions", "concerns", "trade-offs", "tradeoffs",
    "raz\u00f3n", "razones", "motivo", "motivos", "ventajas", "desventajas", "consecuencias", "riesgos",
    "caracter\u00edsticas", "propiedades", "restricciones", "criterios", "requisitos", "opciones", "alternativas",
    "pasos", "objetivos", "raz\u00f5es", "vantagens", "desvantagens", "consequ\u00eancias", "riscos",
    "propriedades", "restri\u00e7\u00f5es", "crit\u00e9rios", "op\u00e7\u00f5es", "passos", "gr\u00fcnde",
    "vorteile", "nachteile", "konsequenzen", "risiken", "eigenschaften", "anforderungen", "optionen",
    "alternativen", "schritte", "ziele", "kriterien", "raisons", "avantages", "inconv\u00e9nients",
    "cons\u00e9quences", "risques", "caract\u00e9ristiques", "propri\u00e9t\u00e9s", "contraintes",
    "crit\u00e8res", "exigences", "\u00e9tapes", "objectifs"};
// Prepositions that make `the following …` a description of what the sentence chose (`Use Release
// Please with the following configuration:`, `con los siguientes principios`, `mit folgender
// Konfiguration`), not its object.
constexpr std::string_view k_following_prepositions[] = {
    "with", "for", "in", "on", "of", "by", "at", "under", "into", "using", "via", "per", "from", "to",
    "con", "com", "en", "em", "de", "del", "para", "por", "bajo", "sob", "seg\u00fan", "mit", "f\u00fcr",
    "von", "nach", "unter", "bei", "auf", "gem\u00e4\u00df", "avec", "pour", "dans", "par", "sous", "selon",
    "sur"};
// `in the following way:`: what follows is the decision, whatever the preposition.
constexpr std::string_view k_following_way[] = {"way", "manner", "manera", "forma", "modo", "weise", "fa\u00e7on",
                                                 "mani\u00e8re"};
// clang-format on

// True when `sentence` (ending in `:`) names what it introduces only as `the following …` (its
// object, not after a preposition), and that is not its reasons, risks or other parts that are no
// decision.
bool introduces_following(std::string_view sentence) {
  const std::vector<std::string> words = adr_words::split_letters(
      adr_words::lower(sentence), [](unsigned char c) { return std::isalnum(c) != 0 || c == '-'; });
  const auto at = std::find_if(words.begin(), words.end(), [](const std::string& w) { return is_in(k_following, w); });
  if (at == words.end()) {
    return false;
  }
  const bool french = at->rfind("suiv", 0) == 0;
  const bool german = at->rfind("folgend", 0) == 0;
  // `the following`, `los siguientes`; French `les changements suivants` (an article before its noun)
  const auto article =
      french ? (at - words.begin() >= 2 ? at - 2 : words.end()) : (at == words.begin() ? words.end() : at - 1);
  if (!german && (article == words.end() || !is_in(k_following_articles, *article))) {
    return false;
  }
  const auto introduced = french ? at - 1 : at + 1;
  if (std::any_of(introduced, words.end(), [](const std::string& w) { return is_in(k_following_not_decision, w); })) {
    return false;
  }
  const auto determiner = german && (article == words.end() || !is_in(k_following_articles, *article)) ? at : article;
  const bool after_preposition = determiner != words.begin() && is_in(k_following_prepositions, *(determiner - 1));
  return !after_preposition || is_in(k_following_way, *introduced);
}

} // namespace

void read_following_after(const Context& ctx, std::size_t i, AdrDecision& decision) {
  if (!decision.text.ends_with(':') || !introduces_following(decision.text)) {
    return;
  }
  const std::vector<const md::Block*> items = items_after(ctx, i);
  const std::vector<md::Block>& blocks = ctx.document.blocks;
  if (items.empty() && i + 1 < blocks.size() && blocks[i + 1].kind == md::BlockKind::paragraph) {
    decision.text += " " + first_sentence_of(adr_words::trim(blocks[i + 1].text));
    return;
  }
  const char* separator = " ";
  for (const md::Block* item : items) {
    if (item->depth == items.front()->depth) { // the list's own items; nested ones say more of each
      decision.text += separator + item_sentence(*item);
      separator = "; ";
    }
  }
}

// A sentence that adopts a part of a RAG system's retrieval (`Adoptamos pgvector + OpenAI Embeddings
// con las siguientes características:`) names what was chosen: what it introduces describes that
// part (`### RAG Query Flow`), and names no approach.
void read_on_after(const Context& ctx, std::size_t i, int section_level, AdrDecision& decision) {
  if (decision.verdict || !decision.text.ends_with(':') || adr_words::names_approach(decision.text) ||
      adr_words::deliberates(decision.text) || says_not_chosen(decision.text) ||
      adr_words::names_retrieval_part(decision.text)) {
    return;
  }
  const std::vector<md::Block>& blocks = ctx.document.blocks;
  std::optional<Verdict> named;
  std::vector<std::string> heads;
  for (std::size_t j = i + 1; j < blocks.size(); ++j) {
    const md::Block& b = blocks[j];
    const bool ends_section = b.kind == md::BlockKind::heading && b.level <= section_level;
    const bool label = b.kind == md::BlockKind::paragraph && adr_words::trim(b.text).ends_with(':');
    if (ends_section || ((b.kind == md::BlockKind::heading || label) && says_not_chosen(b.text))) {
      break;
    }
    const std::optional<std::string> part = chosen_part(b);
    const std::optional<Verdict> verdict = part ? verdict_of_part(*part, b.text) : std::nullopt;
    if (verdict) {
      named = joined(named, verdict);
      heads.push_back(*part);
    }
  }
  if (named) {
    decision.verdict = named;
    for (std::size_t h = 0; h < heads.size(); ++h) {
      decision.text += (h == 0 ? " " : "; ") + heads[h]; // by position: two heads may read alike
    }
  }
}

// The position of the last character of a label that ends at `last` (its `:`, or the character
// before it) in `text`, before a reference in parentheses (`**Hierarquia Oficial** (CLAUDE.md REGRA
// #8):`); `last` when there is none.
std::size_t label_end(std::string_view text, std::size_t first, std::size_t last) {
  const std::size_t close = text.find_last_not_of(" \t:", last);
  const std::size_t open = close != std::string_view::npos && text[close] == ')' ? text.rfind('(', close) : close;
  if (close == std::string_view::npos || text[close] != ')' || open == std::string_view::npos || open <= first) {
    return last;
  }
  const std::size_t end = text.find_last_not_of(" \t", open - 1);
  return end == std::string_view::npos || end < first ? last : end;
}

bool is_label_paragraph(const Context& ctx, const md::Block& b) {
  const std::size_t first = b.text.find_first_not_of(" \t");
  const std::size_t last = b.text.find_last_not_of(" \t\n");
  if (b.kind != md::BlockKind::paragraph || first == std::string::npos || b.text[last] != ':' || last == first ||
      b.text.find('\n', first) < last) {
    return false;
  }
  const std::string_view text = std::string_view(b.text).substr(first, last + 1 - first);
  const std::size_t end = label_end(b.text, first, last - 1);
  const std::string_view label = std::string_view(b.text).substr(first, end + 1 - first);
  const auto words = static_cast<std::size_t>(std::count(label.begin(), label.end(), ' ')) + 1;
  // `**Rationale:**`, `**Rationale**:` or `**Rationale** (see ADR-2):`
  const bool bold = emphasised(ctx, b, first, last) || emphasised(ctx, b, first, last - 1) ||
                    (end != last - 1 && emphasised(ctx, b, first, end));
  return bold && words <= k_max_label_words && !is_open(text) && !is_decision_label(text);
}

void read_label_item_on(const Context& ctx, std::size_t i, AdrDecision& decision) {
  const std::vector<md::Block>& blocks = ctx.document.blocks;
  const md::Block& b = blocks[i];
  const std::size_t first = b.text.find_first_not_of(" \t");
  const std::size_t last = b.text.find_last_not_of(" \t\n:");
  // an item of a loose list (items apart by blank lines) holds its text in the paragraph after it
  const bool item = b.kind == md::BlockKind::list_item || (b.kind == md::BlockKind::paragraph && b.depth > 0);
  if (!item || first == std::string::npos || last == std::string::npos || last <= first || i + 1 >= blocks.size() ||
      blocks[i + 1].kind != md::BlockKind::list_item || blocks[i + 1].depth <= b.depth ||
      b.text.find('\n', first) < last) {
    return;
  }
  const bool loose = adr_words::trim(blocks[i + 1].text).empty() && i + 2 < blocks.size() &&
                     blocks[i + 2].kind == md::BlockKind::paragraph;
  const md::Block& nested = blocks[loose ? i + 2 : i + 1];
  const std::string_view label = std::string_view(b.text).substr(first, last + 1 - first);
  const auto words = static_cast<std::size_t>(std::count(label.begin(), label.end(), ' ')) + 1;
  const bool bold = emphasised(ctx, b, first, last) || emphasised(ctx, b, first, b.text.find_last_not_of(" \t\n"));
  if (!bold || words > k_max_label_words || label.find_first_of(".!?") != std::string_view::npos) {
    return;
  }
  const std::string sentence = item_sentence(nested);
  if (sentence.empty()) {
    return;
  }
  decision.text = std::string(label) + ": " + sentence;
  decision.verdict = decision.verdict ? decision.verdict : verdict_of_decision_text(sentence);
}

AdrDecision heading_decision(Context& ctx, const md::Block& heading) {
  const std::size_t start = numbering_length(heading.text);
  std::string text(adr_words::trim(std::string_view(heading.text).substr(start)));
  return AdrDecision{text, "decision section", verdict_of_decision_text(text), ctx.at(heading, start)};
}

void name_by_sub_heading(const md::Block& heading, AdrDecision& decision) {
  std::string_view name = adr_words::trim(std::string_view(heading.text).substr(numbering_length(heading.text)));
  name.remove_prefix(adr_words::leading_symbols_length(name));
  while (!name.empty() && (name.back() == ':' || name.back() == ' ')) {
    name.remove_suffix(1); // `### Implement an overhaul comprising:`
  }
  std::string_view item = decision.text;
  item.remove_prefix(adr_words::leading_symbols_length(item));
  if (name.empty() || item.empty()) {
    return;
  }
  const std::optional<Verdict> named = verdict_of_decision_text(std::string(name));
  decision.text = std::string(name) + ": " + std::string(item);
  decision.verdict = named ? named : decision.verdict;
}

namespace {

// Verbs whose imperative or infinitive opens a sub-heading that states the decision (`### Adopt
// "Fixture-First" Development Strategy`, `### Migrate the store to Postgres`, `### Criar Workflow
// 4.5`): those that adopt (`k_adopting`), move onto or set up something, in English and the
// languages ADRs are often written in. A topic (`### Storage`, `### Architecture Layers`) opens with
// none of them.
// clang-format off
constexpr std::string_view k_deciding_verbs[] = {
    "migrate", "switch", "replace", "standardize", "standardise", "consolidate", "create", "prefer",
    "establish", "integrate", "deploy", "centralize", "centralise", "store", "host",
    "usar", "utilizar", "adotar", "adoptar", "implementar", "criar", "crear", "migrar", "integrar",
    "utiliser", "adopter", "impl\u00e9menter", "cr\u00e9er", "migrer", "verwende", "nutze", "setze"};
// clang-format on

// A copula or modal that makes a sub-heading a statement (`### Stages are separate types, not
// optional fields`, `### Live reload is a development-server feature`), where a topic is a noun
// phrase (`### Architecture Layers`, `### v0.1 (now)`); a question (`### What is RAG`) is no statement.
constexpr std::string_view k_stating_verbs[] = {"is",     "are",   "will",    "must",   "shall",
                                                "should", "stays", "remains", "becomes"};
constexpr std::string_view k_asking_words[] = {"what", "why", "how", "when", "where", "which", "who"};

// Participles that say the thing they qualify was chosen, in a label before a colon (`### Architecture
// retenue : Éditeur inline`, `### Selected engine: Tantivy`), in English and the languages ADRs are
// often written in. A topic's label names no choice (`### Phase 1: Setup`, `### Tier 2: HTTP`).
// clang-format off
constexpr std::string_view k_choosing_participles[] = {
    "chosen", "selected", "adopted", "preferred", "retained",
    "gew\u00e4hlt", "gew\u00e4hlte", "gew\u00e4hlter", "gew\u00e4hltes", "ausgew\u00e4hlt", "ausgew\u00e4hlte",
    "retenu", "retenue", "retenus", "retenues", "choisi", "choisie", "adopt\u00e9", "adopt\u00e9e",
    "elegido", "elegida", "seleccionado", "seleccionada", "adoptado", "adoptada",
    "escolhido", "escolhida", "selecionado", "selecionada", "scelto", "scelta", "adottato", "adottata"};
// clang-format on

// A sub-heading that is a label naming a choice, a colon, then the choice: `Architecture retenue :
// Éditeur inline`, `Chosen approach: RAG`.
bool labels_choice(std::string_view name) {
  const auto [colon, after] = adr_words::label_colon(name);
  if (colon == 0 || colon > adr_words::k_max_label_length || adr_words::trim(name.substr(after)).empty()) {
    return false;
  }
  const std::string_view label = name.substr(0, colon);
  const std::vector<std::string> words = adr_words::split_letters(
      adr_words::lower(label), [](unsigned char c) { return std::isalnum(c) != 0 || c == '-'; });
  return is_decision_label(label) ||
         std::any_of(words.begin(), words.end(), [](const std::string& w) { return is_in(k_choosing_participles, w); });
}

} // namespace

bool heading_states_decision(const md::Block& heading) {
  std::string_view name = adr_words::trim(std::string_view(heading.text).substr(numbering_length(heading.text)));
  name.remove_prefix(adr_words::leading_symbols_length(name));
  const std::vector<std::string> words = adr_words::split_letters(
      adr_words::lower(name), [](unsigned char c) { return std::isalnum(c) != 0 || c == '-'; });
  if (labels_choice(name)) {
    return true;
  }
  if (words.size() < 2 || (words[0] == "use" && words[1].starts_with("case")) || is_in(k_asking_words, words[0])) {
    return false; // `### Storage`; `### Use cases`, a noun; `### Why not LangChain`
  }
  const bool states = words.size() >= 3 && std::any_of(words.begin() + 1, words.end(),
                                                       [](const std::string& w) { return is_in(k_stating_verbs, w); });
  return is_in(k_adopting, words[0]) || is_in(k_deciding_verbs, words[0]) || states;
}

void read_list_after(const Context& ctx, std::size_t i, AdrDecision& decision) {
  // A Chinese or Japanese sentence ending in a full-width colon (`如下：`) opens what follows.
  const bool cjk_colon = decision.text.ends_with("\uFF1A");
  if (!cjk_colon && (!decision.text.ends_with(':') || !(is_open(decision.text) || is_decision_label(decision.text)))) {
    return;
  }
  const std::vector<const md::Block*> items = items_after(ctx, i);
  const std::vector<md::Block>& blocks = ctx.document.blocks;
  if (items.empty() && i + 1 < blocks.size() && blocks[i + 1].kind == md::BlockKind::paragraph) {
    // `We will:` or `Chosen approach:`, then a paragraph: its first sentence says it.
    const std::string sentence = first_sentence_of(adr_words::trim(blocks[i + 1].text));
    decision.verdict = decision.verdict ? decision.verdict : verdict_of_decision_text(sentence);
    decision.text += " " + sentence;
    return;
  }
  std::optional<Verdict> named;
  std::string text = decision.text;
  for (const md::Block* item : items) {
    const std::string sentence = item_sentence(*item);
    named = joined(named, verdict_of_part(sentence, sentence));
    text += (item == items.front() ? " " : "; ") + sentence;
  }
  if (!decision.verdict) {
    decision.verdict = named;
  }
  decision.text = std::move(text);
}

} // namespace ragft::adr_detail
