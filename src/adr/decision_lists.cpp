// What a Decision section says when its first sentence only opens what follows: a sentence ending
// in `:` before a list or a paragraph (`We will:` and the items), a label that introduces the
// decision (`Chosen approach:`) before it, and a bold label (`**Rationale:**`) under a
// sub-heading that names the decision (`### 1. Prioritise embedding fine-tuning`).

#include <algorithm>
#include <cctype>

#include "adr/context.hpp"
#include "adr/words.hpp"

namespace ragft::adr_detail {

namespace {

// Words that leave a sentence open for what follows when they end it before its `:` (`We will:`,
// `We have decided to:`, `Use a pipeline that:`, `Wir setzen auf:`, `Vamos a usar:`): auxiliaries,
// `to`, `that`, prepositions, verbs of choosing without their object, in English and in the
// languages ADRs are often written in. A sentence that ends otherwise is complete (`Use Vitest for
// unit tests:`); its list says more of what it chose.
constexpr std::string_view k_open_endings[] = {
    "will", "shall", "would", "should", "must", "can", "could", "may", "to", "that", "which", "where",
    "whereby", "be", "is", "are", "was", "were", "following", "follows", "as", "with", "for", "of", "by",
    "via", "into", "using", "including", "include", "includes", "like", "on", "from", "use", "adopt",
    "implement", "introduce", "choose", "select", "decided", "agreed", "means", "do",
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
constexpr std::string_view k_decision_labels[] = {
    "decision", "the decision", "our decision", "final decision", "decision made", "chosen approach",
    "approach", "chosen option", "selected option", "selected approach", "chosen solution", "solution",
    "proposed solution", "we chose", "we decided", "we will", "outcome", "resolution", "summary", "in summary",
    "in short", "tl;dr", "tldr", "what we will do", "what we decided",
    // German, French, Spanish, Portuguese
    "entscheidung", "lösung", "ansatz", "gewählter ansatz", "décision", "solution retenue",
    "approche", "approche retenue", "decisión", "solución", "enfoque", "decisão", "solução",
    "abordagem"};

// True when `text` is only a label that introduces the decision: `Chosen approach:`.
bool is_decision_label(std::string_view text) {
  std::string label = adr_words::lower(adr_words::trim(text));
  while (!label.empty() && std::string_view(":*_ ").find(label.back()) != std::string_view::npos) {
    label.pop_back();
  }
  return std::find(std::begin(k_decision_labels), std::end(k_decision_labels), label) != std::end(k_decision_labels);
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
  const auto mark = [&](std::size_t at) { return at < ctx.text.size() && (ctx.text[at] == '*' || ctx.text[at] == '_'); };
  return from != std::string::npos && from > 0 && to != std::string::npos && mark(from - 1) && mark(to + 1);
}

// The length of a heading's numbering: `1. `, `2) `, `A. `.
std::size_t numbering_length(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])) != 0 && i < 3) {
    ++i;
  }
  const bool numbered = i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')') &&
                        (i == 1 || std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(i),
                                               [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }));
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

} // namespace

bool is_label_paragraph(const Context& ctx, const md::Block& b) {
  const std::size_t first = b.text.find_first_not_of(" \t");
  const std::size_t last = b.text.find_last_not_of(" \t\n");
  if (b.kind != md::BlockKind::paragraph || first == std::string::npos || b.text[last] != ':' || last == first ||
      b.text.find('\n', first) < last) {
    return false;
  }
  const std::string_view text = std::string_view(b.text).substr(first, last + 1 - first);
  const auto words = static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
  // `**Rationale:**` or `**Rationale**:`
  const bool bold = emphasised(ctx, b, first, last) || emphasised(ctx, b, first, last - 1);
  return bold && words <= k_max_label_words && !is_open(text) && !is_decision_label(text);
}

AdrDecision heading_decision(Context& ctx, const md::Block& heading) {
  const std::size_t start = numbering_length(heading.text);
  std::string text(adr_words::trim(std::string_view(heading.text).substr(start)));
  return AdrDecision{text, "decision section", verdict_of_decision_text(text), ctx.at(heading, start)};
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
    named = joined(named, verdict_of_decision_text(sentence));
    text += (item == items.front() ? " " : "; ") + sentence;
  }
  if (!decision.verdict) {
    decision.verdict = named;
  }
  decision.text = std::move(text);
}

} // namespace ragft::adr_detail
