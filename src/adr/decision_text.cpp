// Which verdict a recorded decision names. Only the decision's own text is read (the chosen
// option, or the first sentence of the Decision section), and within it only what comes before
// the words that introduce a rejected alternative.

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <vector>

#include <ragft/adr/adr.hpp>

#include "adr/words.hpp"

namespace ragft {

namespace {

// What follows these names what was not chosen, or why; in English and in the languages ADRs are
// often written in (`Usaremos RAG en lugar de fine-tuning`, `Option choisie : RAG, parce que ...`).
// clang-format off
constexpr std::string_view k_cut_markers[] = {
    " rather than ", " instead of ", ", not ", " not ", " over ", " because", " as opposed to ", " versus ",
    " vs ", " vs. ", " without ", ", since ", " but not ", " and no ", ", no ", " with no ",
    // German
    " statt ", " anstatt ", " anstelle ", " weil ", ", da ", ", nicht ", " ohne ", " und nicht ", " und kein",
    // French
    " plut\u00f4t que ", " au lieu de ", " au lieu du ", " parce que", ", car ", " et non ", ", pas ",
    " sans ", " puisque ",
    // Spanish and Portuguese
    " en lugar de ", " en vez de ", " em vez de ", " ao inv\u00e9s de ", " em lugar de ", " porque", " ya que ",
    " pois ", " sin ", " sem ", " y no ", " e n\u00e3o ", ", n\u00e3o ",
    // Italian
    " invece di ", " anzich\u00e9 ", " perch\u00e9 ", " senza ",
    // Chinese: rather than
    "\u800c\u4e0d\u662f", "\u800c\u975e"};
// clang-format on

// What follows these is what was kept; what comes before them was given up (`RAG\u3067\u306f\u306a\u304f`...:
// Japanese names the rejected option first).
// clang-format off
constexpr std::string_view k_kept_markers[] = {
    " in favour of ", " in favor of ", " replaced by ", " superseded by ", " zugunsten ", " en faveur de ",
    " en favor de ", " a favor de ", " ersetzt durch ", " remplac\u00e9 par ", " reemplazado por ",
    " substitu\u00eddo por ", " sondern ", " sino ", " mas sim ", "\u3067\u306f\u306a\u304f", "\u306e\u4ee3\u308f\u308a\u306b",
    "\u800c\u662f"}; // Chinese: (not X) but Y
// clang-format on

// A clause with one of these before its verdict words says what is not done (or not yet: `Defer
// RAG`, `Postpone fine-tuning`) or was given up. A clause that opens with `no` (`No fine-tuning for
// now`, `Kein Fine-Tuning`, `Pas de fine-tuning`) says so too. A Japanese verb ending in `\u306a\u3044`
// is negated.
// clang-format off
constexpr std::string_view k_negations[] = {
    " will not ", " won't ", " do not ", " don't ", " does not ", " shall not ", " not to ", " no longer ",
    " rejected", " was dropped", " were dropped", " ruled out", " decided against ", " abandon",
    " defer", " postpone", " put off ", " not yet ",
    " kein", " verworfen", " abgelehnt", " n'", " ne ", " rejet\u00e9", " rechaz", " rejeitad", " descartad",
    " no usa", " no utiliz", " no emple", " no aplic", " no vamos", " no ser", " no har", " n\u00e3o usa",
    " n\u00e3o utiliz", " n\u00e3o vamos", " n\u00e3o ser", " n\u00e3o far", " n\u00e3o aplic", "\u306a\u3044",
    "\u4e0d\u4f1a", "\u4e0d\u7528", "\u4e0d\u4f7f\u7528", "\u4e0d\u91c7\u7528", "\u4e0d\u9700\u8981", "\u65e0\u9700"};
// clang-format on

// Words that open a clause that says what is not done.
constexpr std::string_view k_opening_negations[] = {"no ",  "kein",      "pas de ", "pas d'", "sin ",
                                                    "sem ", "n\u00e3o ", "nenhum",  "aucun"};
// "hybrid" followed by one of these is a hybrid search, not RAG plus fine-tuning.
// clang-format off
constexpr std::array<std::string_view, 14> k_search_words = {
    "search", "retrieval", "retriever", "ranking", "rank", "bm25", "dense", "sparse", "index",
    "indexing", "query", "queries", "scoring", "lexical"};
// clang-format on

// "fine-tuned" followed by one of these is a part of a RAG pipeline.
constexpr std::array<std::string_view, 6> k_rag_parts = {"embedding", "embeddings", "reranker",
                                                         "retriever", "encoder",    "embedder"};

// The parts and tools of a RAG (or fine-tuning) system that a team adopts once the approach is set:
// `Use Qdrant as the vector database for RAG`, `Integrate RAGAS for automated RAG quality
// evaluation`, `Adopt RAG evaluation metrics`, `Use a strict grounded RAG prompt`. A decision about
// one of them is not a decision between RAG and fine-tuning. An assessment is an evaluation: RAGAS
// written out, `RAGAS (Retrieval-Augmented Generation Assessment) as the quality gate`. The corpus
// a RAG system retrieves from is one (`RAG corpus: a bucket of 34 documents`), and so are its data
// and their storage (`MinIO for local RAG data persistence`).
// clang-format off
constexpr std::array<std::string_view, 37> k_system_parts = {
    "vector", "vectors", "database", "databases", "db", "store", "stores", "embedding", "embeddings",
    "embedder", "evaluation", "evaluations", "eval", "evals", "assessment", "assessments", "metrics", "tracing", "observability",
    "monitoring", "benchmark", "benchmarks", "reranker", "reranking", "chunking", "framework", "library",
    "tool", "tooling", "api", "prompt", "prompts", "corpus", "corpora", "data", "storage", "persistence"};
// clang-format on

// Words that may stand between RAG and the part it qualifies: `RAG quality evaluation`, `RAG
// pipeline metrics`, `retrieval-augmented generation evaluation`.
constexpr std::array<std::string_view, 8> k_part_qualifiers = {"quality", "pipeline", "system",     "answer",
                                                               "answers", "response", "generation", "output"};

// Words that open what a part is for: `the vector store for RAG`, `para RAG`, `pour le RAG`.
constexpr std::array<std::string_view, 4> k_purposes = {"for", "para", "pour", "für"};

// What serves an approach as a part does: a provider, model, host or runtime adopted for it (`Use
// OpenAI as the LLM provider for RAG`, `Ollama as the local-serving runtime for the RAG pipeline`).
// clang-format off
constexpr std::array<std::string_view, 18> k_servers = {
    "provider", "providers", "model", "models", "llm", "llms", "host", "hosting", "runtime",
    "local-serving", "inference", "serving", "platform", "gateway", "sdk", "backend", "engine", "endpoint"};
// clang-format on

// What, adopted for an approach, is the approach itself: `a pipeline for RAG`, `an architecture for
// retrieval-augmented generation`.
constexpr std::array<std::string_view, 12> k_wholes = {"pipeline",     "pipelines", "system",   "systems",
                                                       "architecture", "approach",  "strategy", "solution",
                                                       "design",       "workflow",  "support",  "setup"};

// Verbs after which the purpose word opens what was chosen: `We opted for RAG`, `decided for
// fine-tuning`, `Nous optons pour le RAG`, `Wir entscheiden uns für RAG` (German decides with
// `uns`, `sich` before `für`).
// clang-format off
constexpr std::array<std::string_view, 21> k_choosing = {
    "opt",     "opted", "opting",      "decide",      "decided", "deciding", "go",
    "going",   "went",  "settle",      "settled",     "vote",    "voted",    "optons",
    "optamos", "opt\u00e9", "entscheiden", "entschieden", "uns",     "sich",     "optieren"};
// clang-format on

// Words that may stand between the purpose word and the approach it names: `for the RAG pipeline`.
constexpr std::array<std::string_view, 16> k_determiners = {"the", "a",   "an", "our", "its", "their", "all", "le",
                                                            "la",  "les", "el", "los", "las", "die",   "der", "den"};

// Words that may stand between an approach and the negation that follows it: `RAG is not used`,
// `fine-tuning will not be needed`, `RAG has never been used`.
// clang-format off
constexpr std::array<std::string_view, 33> k_auxiliaries = {
    "is", "are", "was", "were", "will", "shall", "should", "would", "can", "could",
    "must", "be", "been", "has", "have", "had", "does", "do", "did", "currently",
    "wird", "werden", "ist", "sind", "wurde", "n'est", "est", "sera", "n'a", "es", "ser\u00e1", "\u00e9", "son"};
// clang-format on

// Verbs that say an option was weighed, not chosen: `We considered fine-tuning.`
constexpr std::array<std::string_view, 8> k_deliberations = {"considered",   "evaluated", "explored", "compared",
                                                             "investigated", "discussed", "weighed",  "assessed"};

std::vector<std::string> words_of(std::string_view text) {
  return adr_words::split_letters(text, [](unsigned char c) { return std::isalnum(c) != 0 || c == '-' || c == '+'; });
}

bool is_rag_word(std::string_view w) {
  // `RAG-based`, `RAG-Ansatz`: RAG as the first part of a compound word
  return w == "rag" || w.rfind("rag+", 0) == 0 || w.rfind("rag-", 0) == 0 || w.rfind("retrieval-augmented", 0) == 0;
}

// `rag+ft` (the input alias) names fine-tuning; `dense+fts` (full-text search) does not.
bool has_ft_alias(std::string_view w) {
  const std::size_t at = w.find("+ft");
  return at != std::string_view::npos &&
         (at + 3 == w.size() || std::isalpha(static_cast<unsigned char>(w[at + 3])) == 0);
}

// German writes fine-tuning as one word too: `Feinabstimmung`, `feinabstimmen`, `feinabgestimmt`.
bool is_german_fine_tune_word(std::string_view w) {
  return w.rfind("feinabstimm", 0) == 0 || w.rfind("feinabgestimmt", 0) == 0;
}

bool is_fine_tune_word(std::string_view w) {
  return w.rfind("fine-tun", 0) == 0 || w.rfind("finetun", 0) == 0 || w == "ft" || w == "lora" || w == "qlora" ||
         w.rfind("lora-", 0) == 0 || w.ends_with("-lora") || w == "peft" || has_ft_alias(w) ||
         is_german_fine_tune_word(w);
}

// Fine-tuning named in two words, `first` then `second` (lowercased): `fine tuning`, Spanish and
// Portuguese `ajuste fino` (`ajustes finos`), French `réglage fin`. French `affiner` and
// `affinage`, German `feinjustieren` and Italian `messa a punto` are left out: they say "refine"
// or "adjust" of anything (a query, a prompt, a threshold) as often as they name fine-tuning.
bool two_word_fine_tune(std::string_view first, std::string_view second) {
  return (first == "fine" && second.rfind("tun", 0) == 0) ||
         ((first == "ajuste" || first == "ajustes") && (second == "fino" || second == "finos")) ||
         ((first == "r\u00e9glage" || first == "r\u00e9glages") && (second == "fin" || second == "fins"));
}

// True when `token` (a word with the punctuation written after it) ends a name of an approach:
// `RAG`, `fine-tuning`, `(RAG)`, `retrieval-augmented generation`, `fine tuning`.
bool ends_approach(std::string_view token, std::string_view before) {
  while (!token.empty() && std::string_view(")\"'*_`").find(token.back()) != std::string_view::npos) {
    token.remove_suffix(1);
  }
  while (!token.empty() && std::string_view("(\"'*_`").find(token.front()) != std::string_view::npos) {
    token.remove_prefix(1);
  }
  return is_rag_word(token) || is_fine_tune_word(token) || token == "hybrid" ||
         (token == "generation" && before.rfind("retrieval", 0) == 0) || two_word_fine_tune(before, token);
}

// True when a negation written after an approach, with only auxiliaries between (`RAG is not
// used`, `Fine-tuning won't be needed`), ends at `at` (where `not`, `never` or `n't` begins). A
// comma after the approach puts the negation on what follows: `Fine-tuning, not RAG`.
bool negates_approach_before(std::string_view clause, std::size_t at) {
  std::vector<std::string_view> tokens;
  for (std::size_t pos = 0; pos < at;) {
    const std::size_t start = clause.find_first_not_of(' ', pos);
    if (start >= at) {
      break;
    }
    const std::size_t end = std::min(clause.find(' ', start), at);
    tokens.push_back(clause.substr(start, end - start));
    pos = end;
  }
  while (!tokens.empty() &&
         std::find(k_auxiliaries.begin(), k_auxiliaries.end(), tokens.back()) != k_auxiliaries.end()) {
    tokens.pop_back();
  }
  if (tokens.empty() || tokens.back().ends_with(',')) {
    return false;
  }
  const std::string_view before = tokens.size() >= 2 ? tokens[tokens.size() - 2] : std::string_view();
  return ends_approach(tokens.back(), before);
}

// Words only Spanish writes (articles, `y`, `con`, `es`, clitics): a clause with one of them is
// Spanish, where `no` after the approach negates it (`El fine-tuning no es necesario`).
constexpr std::array<std::string_view, 15> k_spanish_words = {"el", "los", "las", "la",  "lo", "le",  "les", "del",
                                                              "al", "y",   "con", "una", "es", "hay", "pero"};

// `no` negates what comes before it only in Spanish. In Portuguese `no` is "in the" (`RAG no
// ChromaDB`, `fine-tuning no Qwen`); in English it opens a noun phrase or an idiom (`RAG no doubt
// helps`, `no matter what`, `is no less accurate`), and `no longer` is a negation of its own.
bool is_spanish_clause(std::string_view clause) {
  for (const std::string& w : adr_words::split_letters(clause, [](unsigned char c) { return std::isalpha(c) != 0; })) {
    if (std::find(k_spanish_words.begin(), k_spanish_words.end(), w) != k_spanish_words.end()) {
      return true;
    }
  }
  return false;
}

// True when the clause says an approach it names is not (or never) done: `RAG is not used`, `RAG
// isn't needed`, `fine-tuning will never be required`. `Use RAG, which is not fine-tuning` is not,
// nor is `RAG no doubt helps` (`no` negates only in Spanish).
bool negated_after_noun(std::string_view clause) {
  const bool spanish = is_spanish_clause(clause);
  for (std::string_view negation :
       {" not ", " never ", "n't ", "n\u2019t ", " nicht ", " pas ", " no ", " n\u00e3o ", " non "}) {
    if (negation == " no " && !spanish) {
      continue;
    }
    for (std::size_t at = clause.find(negation); at != std::string_view::npos; at = clause.find(negation, at + 1)) {
      // `isn't`, `won't`, `doesn't`: the whole word is the negated auxiliary
      const std::size_t from = negation.front() == 'n' ? clause.rfind(' ', at) + 1 : at;
      if (negates_approach_before(clause, from)) {
        return true;
      }
    }
  }
  return false;
}

// The part of one clause that names what was chosen: after "in favour of", else before the first
// marker of a rejected alternative. None when the clause is a negation ("we will not fine-tune").
std::optional<std::string> kept_part(std::string_view clause) {
  for (std::string_view marker : k_kept_markers) {
    if (const std::size_t at = clause.find(marker); at != std::string_view::npos) {
      return std::string(clause.substr(at + marker.size()));
    }
  }
  std::size_t end = clause.size();
  std::size_t marker_end = clause.size(); // a negation may end with the marker: "we will not "
  for (std::string_view marker : k_cut_markers) {
    if (const std::size_t at = clause.find(marker); at < end) {
      end = at;
      marker_end = at + marker.size();
    }
  }
  const std::string_view with_marker = clause.substr(0, marker_end);
  const std::string_view opening = adr_words::trim(clause);
  if (std::any_of(std::begin(k_opening_negations), std::end(k_opening_negations),
                  [&](std::string_view word) { return opening.rfind(word, 0) == 0; }) ||
      negated_after_noun(clause)) {
    return std::nullopt;
  }
  for (std::string_view negation : k_negations) {
    if (with_marker.find(negation) != std::string_view::npos) {
      return std::nullopt;
    }
  }
  return std::string(clause.substr(0, end)) + " ";
}

struct Clause {
  std::string text;          // padded with spaces
  bool before_colon = false; // `Hybrid: fine-tuning and RAG`: what follows the colon says more
};

// The clauses of a lowercased decision text: split at `;`, ` but ` and `: ` (`Fine-tuning is not
// needed: use RAG`).
std::vector<Clause> clauses_of(const std::string& lowered) {
  std::vector<Clause> clauses;
  std::size_t start = 0;
  while (start <= lowered.size()) {
    const std::size_t semicolon = lowered.find(';', start);
    const std::size_t but = lowered.find(" but ", start);
    const std::size_t colon = lowered.find(": ", start);
    const std::size_t end = std::min({semicolon, but, colon, lowered.size()});
    clauses.push_back(Clause{" " + lowered.substr(start, end - start) + " ", end == colon});
    start = end + (end == but ? 5 : 1);
  }
  return clauses;
}

template <std::size_t N> bool is_one_of(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// True when the word at `i` is followed (within two words) by one of `list`.
template <std::size_t N>
bool followed_by(const std::vector<std::string>& words, std::size_t i, const std::array<std::string_view, N>& list) {
  for (std::size_t j = i + 1; j < words.size() && j <= i + 2; ++j) {
    if (is_one_of(list, words[j])) {
      return true;
    }
  }
  return false;
}

struct Named {
  bool rag = false;
  bool fine_tune = false;
  bool hybrid = false;
};

// True when the RAG at `i` qualifies a part of the system (`RAG evaluation`, `RAG quality
// metrics`, `rag-evaluation`) rather than naming the approach.
bool qualifies_part(const std::vector<std::string>& words, std::size_t i) {
  const std::string& w = words[i];
  if (const std::size_t dash = w.find('-');
      dash != std::string::npos && is_one_of(k_system_parts, w.substr(dash + 1))) {
    return true;
  }
  std::size_t j = i + 1;
  while (j < words.size() && is_one_of(k_part_qualifiers, words[j])) {
    ++j;
  }
  return j < words.size() && is_one_of(k_system_parts, words[j]);
}

bool names_rag_at(const std::vector<std::string>& words, std::size_t i) {
  const std::string& w = words[i];
  return (is_rag_word(w) || (w == "retrieval" && i + 1 < words.size() && words[i + 1] == "augmented")) &&
         !qualifies_part(words, i);
}

// True when the word at `i` comes within two words after one of `list`.
template <std::size_t N>
bool preceded_by(const std::vector<std::string>& words, std::size_t i, const std::array<std::string_view, N>& list) {
  for (std::size_t j = i; j > 0 && j + 2 >= i; --j) {
    if (is_one_of(list, words[j - 1])) {
      return true;
    }
  }
  return false;
}

// True when the fine-tuning at `i` (`fine-tuning`, or `fine` before `tuning`, `two` words) is of a
// part of a RAG pipeline: `fine-tune the embedding model`, `embedding fine-tuning`, `reranker fine tuning`.
bool tunes_rag_part(const std::vector<std::string>& words, std::size_t i, bool two) {
  const std::size_t last = two ? i + 1 : i;
  return followed_by(words, last, k_rag_parts) || preceded_by(words, i, k_rag_parts);
}

Named named_in(const std::vector<std::string>& words) {
  Named named;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    const bool two = i + 1 < words.size() && two_word_fine_tune(w, words[i + 1]);
    const bool tuning = w.rfind("fine-tun", 0) == 0 || is_german_fine_tune_word(w) || two;
    const bool fine_tune_part = tuning && tunes_rag_part(words, i, two);
    named.rag = named.rag || names_rag_at(words, i);
    named.fine_tune = named.fine_tune || ((is_fine_tune_word(w) || two) && !fine_tune_part);
    named.hybrid = named.hybrid || (w == "hybrid" && !followed_by(words, i, k_search_words));
  }
  return named;
}

bool any_of_words(const std::vector<std::string>& words, auto& list) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return is_one_of(list, w); });
}

// True when the words from `at` (after a purpose word) open with an approach, after determiners only.
bool approach_follows(const std::vector<std::string>& words, std::size_t at) {
  while (at < words.size() && is_one_of(k_determiners, words[at])) {
    ++at;
  }
  if (at >= words.size()) {
    return false;
  }
  const Named named = named_in({words.begin() + static_cast<std::ptrdiff_t>(at), words.end()});
  const std::string& w = words[at];
  const bool two = at + 1 < words.size() && two_word_fine_tune(w, words[at + 1]);
  return (named.rag || named.fine_tune) && (is_rag_word(w) || is_fine_tune_word(w) || w == "retrieval" || two);
}

// True when `head`, the words before a purpose word that name no approach, name what serves the
// approach after it: a part, provider or host (`Qdrant as the vector database for RAG`), or, right
// before the approach, anything adopted for it but the approach's whole (`Use Amazon Bedrock for
// RAG`, not `a pipeline for RAG`), unless a verb of choosing opens it (`We opted for RAG`).
bool serves_approach(const std::vector<std::string>& head, const std::vector<std::string>& words) {
  if (head.empty()) {
    return false;
  }
  if (any_of_words(head, k_system_parts) || any_of_words(head, k_servers)) {
    return true;
  }
  return !any_of_words(head, k_wholes) && !is_one_of(k_choosing, head.back()) &&
         approach_follows(words, head.size() + 1);
}

// Verbs that move something that exists onto what is chosen: `Standardize the RAG answer path on
// an agent architecture`, `Migrate the RAG pipeline to LangGraph`, `Switch from fine-tuning to RAG`;
// or reshape it into what is chosen: `Decomposed RAG pipeline into specialized agents`, `Split the
// RAG service into ingestion and query workers`. Their past forms too, as a decision log writes them.
// clang-format off
constexpr std::array<std::string_view, 38> k_changing = {
    "standardize", "standardise", "migrate", "move", "port", "switch", "rebuild", "convert",
    "consolidate", "standardizing", "standardising", "migrating", "moving", "porting", "switching", "converting",
    "standardized", "standardised", "migrated", "moved", "ported", "switched", "rebuilt", "converted",
    "consolidated", "decompose", "decomposed", "decomposing", "split", "splitting", "restructure",
    "restructured", "restructuring", "refactor", "refactored", "refactoring", "reorganize", "reorganized"};
// clang-format on

// Words that may open a clause before its verb: `We will migrate …`.
constexpr std::array<std::string_view, 5> k_subject_words = {"we", "will", "shall", "must", "to"};

// Words that open what a verb of `k_changing` moves onto.
constexpr std::array<std::string_view, 4> k_onto = {"on", "onto", "to", "into"};

// Of a clause that opens with a verb of `k_changing`, the words after the first of `k_onto`: the
// approach named in what is moved (`the RAG answer path`) exists already; what it is moved onto is
// what was chosen. All the words otherwise.
std::vector<std::string> moved_onto(std::vector<std::string> words) {
  std::size_t verb = 0;
  while (verb < words.size() && is_one_of(k_subject_words, words[verb])) {
    ++verb;
  }
  if (verb >= words.size() || !is_one_of(k_changing, words[verb])) {
    return words;
  }
  const auto onto = std::find_if(words.begin() + static_cast<std::ptrdiff_t>(verb) + 1, words.end(),
                                 [](const std::string& w) { return is_one_of(k_onto, w); });
  if (onto == words.end()) {
    return words;
  }
  return {onto + 1, words.end()};
}

// Words that open where a choice applies: `across the entire AEGIS RAG system`, `in our RAG
// pipeline`, `into the AEGIS RAG production pipeline`, `of AEGIS RAG's memory architecture`.
// Also `to`, where something is handed to an existing system: `exposed to the OpenAI RAG agent as a tool`.
constexpr std::array<std::string_view, 7> k_scopes = {"across", "throughout", "within", "in", "into", "of", "to"};

// Words that say the system a scope names exists already: `the`, `our`, `the entire`, `the whole`.
constexpr std::array<std::string_view, 8> k_definites = {"the",  "our",    "its",   "their",
                                                         "this", "entire", "whole", "existing"};

// What a scope names as a system that runs (not `approach` or `strategy`, which name a choice:
// `invest in the RAG approach` is one), an LLM application's agent and chatbot among them.
// clang-format off
constexpr std::array<std::string_view, 16> k_running_wholes = {
    "system", "systems", "pipeline", "pipelines", "architecture", "stack", "platform", "service", "services",
    "application", "backend", "agent", "agents", "chatbot", "bot", "assistant"};
// clang-format on

// The end of a noun phrase from `first` that names an existing system by its approach: a definite
// determiner or the approach's possessive, at most three words up to the approach, at most one
// word after it, then one of `k_running_wholes`; 0 when it names none.
std::size_t existing_system_from(const std::vector<std::string>& words, std::size_t first) {
  const bool definite = first < words.size() && is_one_of(k_definites, words[first]);
  for (std::size_t i = first; i < words.size() && i <= first + 3; ++i) {
    if (!is_rag_word(words[i])) {
      continue;
    }
    std::size_t next = i + 1;
    const bool possessive = next < words.size() && words[next] == "s";
    next += possessive ? 1 : 0;
    if (!definite && !possessive) {
      return 0;
    }
    for (std::size_t w = next; w < words.size() && w <= next + 1; ++w) {
      if (is_one_of(k_running_wholes, words[w])) {
        return w + 1;
      }
    }
    return 0;
  }
  return 0;
}

// The end of a scope opened by the scope word at `at` that names an existing system (`across the entire AEGIS RAG
// system`, `into the AEGIS RAG production pipeline`, `of AEGIS RAG's memory architecture`); 0 when
// `at` opens none.
std::size_t existing_system_end(const std::vector<std::string>& words, std::size_t at) {
  return existing_system_from(words, at + 1);
}

// Words after a passive verb that name who or what does it: `built using FastAPI`, `powered by the
// Agents SDK`, `validated through a test suite`.
constexpr std::array<std::string_view, 6> k_means = {"by", "using", "with", "via", "through", "on"};

// Past participles that do not end in `-ed`.
constexpr std::array<std::string_view, 8> k_irregular_participles = {"built", "chosen", "kept",  "run",
                                                                     "made",  "done",   "given", "written"};

bool is_participle(const std::string& word) { return word.ends_with("ed") || is_one_of(k_irregular_participles, word); }

// The position of the verb after a subject that ends at `end`: past a property the subject's
// possessive names (`'s performance will`) up to the auxiliaries, and past those; npos when none
// follows, or when a determiner follows the auxiliaries (`is the core`: a copula, no verb).
std::size_t verb_after_subject(const std::vector<std::string>& words, std::size_t end) {
  std::size_t at = end;
  if (at < words.size() && words[at] == "s") {
    while (at < words.size() && at <= end + 4 && !is_one_of(k_auxiliaries, words[at])) {
      ++at;
    }
    if (at >= words.size() || !is_one_of(k_auxiliaries, words[at])) {
      return std::string::npos;
    }
  }
  const std::size_t before = at;
  while (at < words.size() && is_one_of(k_auxiliaries, words[at])) {
    ++at;
  }
  if (at >= words.size() || (at > before && is_one_of(k_determiners, words[at]))) {
    return std::string::npos;
  }
  return at;
}

// The end of a clause's subject that names an existing system by its approach (`The RAG pipeline
// will leverage Cohere for embeddings`, `The RAG chatbot backend will be built using FastAPI`,
// `The RAG agent's orchestration will be powered by the Agents SDK`), when its verb says what is
// done with it: an active verb, or a passive one with its means (`using`, `by`, `through`); 0
// otherwise. `The RAG system will be adopted` chooses the approach; `A RAG pipeline will be built
// using LangChain` names it as new.
std::size_t existing_subject_end(const std::vector<std::string>& words) {
  const std::size_t end = existing_system_from(words, 0);
  const std::size_t verb = end > 0 ? verb_after_subject(words, end) : std::string::npos;
  if (verb == std::string::npos) {
    return 0;
  }
  if (!is_participle(words[verb])) {
    return end;
  }
  for (std::size_t w = verb + 1; w < words.size() && w <= verb + 2; ++w) {
    if (is_one_of(k_means, words[w])) {
      return end;
    }
  }
  return 0;
}

// Of words that chose something that is no approach (`We standardize on BGE-M3 for all embedding
// operations`) and then say where it applies, the existing RAG system named there (`across the
// entire AEGIS RAG system`, `in our RAG pipeline`, `into the AEGIS RAG production pipeline`) left out: it is where the
// choice goes, not what was chosen; so is such a system named as the clause's subject (`The RAG
// pipeline will leverage Cohere`, existing_subject_end). An approach named before the scope (`Use RAG in our support
// bot`), or a system named as new (`in a RAG architecture`), is read as before.
std::vector<std::string> without_existing_system(std::vector<std::string> words) {
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(existing_subject_end(words)));
  for (std::size_t at = 0; at < words.size(); ++at) {
    if (!is_one_of(k_scopes, words[at])) {
      continue;
    }
    const std::size_t end = existing_system_end(words, at);
    const Named before = named_in({words.begin(), words.begin() + static_cast<std::ptrdiff_t>(at)});
    if (end > 0 && !before.rag && !before.fine_tune && !before.hybrid) {
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(at), words.begin() + static_cast<std::ptrdiff_t>(end));
      return words;
    }
  }
  return words;
}

// The words that name what was chosen: all of them, but for what serves an approach (`Use Qdrant
// as the vector database for RAG`, `Use Amazon Bedrock for RAG`): then only the words before the
// purpose word, which name the part, not the approach it serves; of what is moved onto
// something (`Migrate the RAG pipeline to LangGraph`), only that something; and not an existing
// RAG system named as where the choice applies (`across the entire AEGIS RAG system`).
std::vector<std::string> chosen_words(std::vector<std::string> words) {
  words = without_existing_system(moved_onto(std::move(words)));
  const auto purpose =
      std::find_if(words.begin(), words.end(), [](const std::string& w) { return is_one_of(k_purposes, w); });
  if (purpose == words.end()) {
    return words;
  }
  const std::vector<std::string> head(words.begin(), purpose);
  const Named named = named_in(head);
  if (!named.rag && !named.fine_tune && !named.hybrid && serves_approach(head, words)) {
    words.erase(purpose, words.end());
  }
  return words;
}

// Only "hybrid" together with fine-tuning (or both approaches named) is the hybrid verdict: a hybrid
// cloud, hybrid PII handling or a hybrid app is none, and a "hybrid RAG" is RAG.
std::optional<Verdict> verdict_named(const Named& named) {
  if ((named.rag || named.hybrid) && named.fine_tune) {
    return Verdict::hybrid;
  }
  if (named.rag) {
    return Verdict::rag;
  }
  if (named.fine_tune) {
    return Verdict::fine_tune;
  }
  return std::nullopt;
}

// A path or URL (`/v1/rag/pdfs`, `docs/rag/index.md`, `https://x/rag`): its words name an
// endpoint or a file, not the approach chosen.
bool is_path(std::string_view token) {
  const std::size_t start = token.find_first_not_of("([`'\"");
  token = start == std::string_view::npos ? std::string_view() : token.substr(start);
  return !token.empty() && (token.front() == '/' || token.find("://") != std::string_view::npos ||
                            std::count(token.begin(), token.end(), '/') >= 2);
}

// A name in code written in the prose: a dotted name or a file's (`rag.search`, `rag_service.py`)
// or a snake_case one (`rag_search`, `search_knowledge_base`): it names a function, module or file
// of the code, not the approach chosen.
bool is_code_name(std::string_view token) {
  const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t i = 1; i + 1 < token.size(); ++i) {
    const bool joined =
        (token[i] == '.' && std::islower(static_cast<unsigned char>(token[i + 1])) != 0) || token[i] == '_';
    if (joined && letter(token[i - 1]) && letter(token[i + 1])) {
      return true;
    }
  }
  return false;
}

// LoRa, the long-range radio of IoT ADRs (also LoRaWAN), as written: the same letters as LoRA
// (low-rank adaptation, a way of fine-tuning) once lowercased, but not a way of fine-tuning.
bool is_radio_name(std::string_view token) {
  const std::size_t start = token.find_first_not_of("([`'\"*_");
  token = start == std::string_view::npos ? std::string_view() : token.substr(start);
  const std::size_t end = token.find_last_not_of(")]`'\"*_.,;:!?");
  token = end == std::string_view::npos ? std::string_view() : token.substr(0, end + 1);
  return token == "LoRa" || token.starts_with("LoRa-");
}

// The approaches' names in Japanese and Chinese, which are not written as separate words.
constexpr std::string_view k_cjk_fine_tune[] = {
    "\u30d5\u30a1\u30a4\u30f3\u30c1\u30e5\u30fc", // ファインチュー(ニング, ン)
    "\u5fae\u8abf\u6574", "\u5fae\u8c03"};        // 微調整, 微调
constexpr std::string_view k_cjk_rag[] = {"\u691c\u7d22\u62e1\u5f35\u751f\u6210",  // 検索拡張生成
                                          "\u68c0\u7d22\u589e\u5f3a\u751f\u6210",  // 检索增强生成
                                          "\u6aa2\u7d22\u589e\u5f37\u751f\u6210"}; // 檢索增強生成

bool contains_any(std::string_view text, const std::string_view* begin, const std::string_view* end) {
  return std::any_of(begin, end, [&](std::string_view name) { return text.find(name) != std::string_view::npos; });
}

// The approaches `text` (lowercased) names, as words and, in Japanese or Chinese, as written; of a
// decision (`chosen`), those it chose, not those a part it adopts serves.
Named named_in_text(std::string_view text, bool chosen) {
  std::vector<std::string> words = words_of(text);
  Named named = named_in(chosen ? chosen_words(std::move(words)) : words);
  named.fine_tune = named.fine_tune || contains_any(text, std::begin(k_cjk_fine_tune), std::end(k_cjk_fine_tune));
  named.rag = named.rag || contains_any(text, std::begin(k_cjk_rag), std::end(k_cjk_rag));
  return named;
}

// `text` with each path, URL, name in code and radio name blanked out.
std::string without_paths(std::string_view text) {
  std::string out(text);
  for (std::size_t start = 0; start < out.size();) {
    const std::size_t end = std::min(out.find_first_of(" \t\n", start), out.size());
    const std::string_view token = std::string_view(out).substr(start, end - start);
    if (is_path(token) || is_radio_name(token) || is_code_name(token)) {
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(start), out.begin() + static_cast<std::ptrdiff_t>(end), ' ');
    }
    start = end + 1;
  }
  return out;
}

} // namespace

std::optional<Verdict> verdict_of_decision_text(std::string_view text) {
  if (auto direct = parse_verdict(adr_words::trim(text))) {
    return direct;
  }
  // The first clause says what was decided; when it only says what is not done, the next one may
  // say what is done instead.
  // A label before a colon that names no approach (`Decision: use RAG`, `Hybrid: ...`) gives way to
  // what follows it, unless it introduces the options weighed (`We compared two options: RAG and
  // fine-tuning`).
  for (const Clause& clause : clauses_of(adr_words::lower(without_paths(text)))) {
    if (clause.before_colon && adr_words::deliberates(clause.text)) {
      return std::nullopt;
    }
    const std::optional<std::string> kept = kept_part(clause.text);
    const std::optional<Verdict> verdict = kept ? verdict_named(named_in_text(*kept, true)) : std::nullopt;
    if (kept && (verdict || !clause.before_colon)) {
      return verdict;
    }
  }
  return std::nullopt;
}

// Before the first approach it names (`We considered fine-tuning`), or right after one, with only
// auxiliaries between (`Fine-tuning was evaluated`).
bool adr_words::deliberates(std::string_view text) {
  const std::vector<std::string> words = words_of(adr_words::lower(text));
  bool after_approach = false; // only auxiliaries since the last approach named
  bool named = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (is_one_of(k_deliberations, words[i])) {
      return !named || after_approach;
    }
    if (ends_approach(words[i], i > 0 ? std::string_view(words[i - 1]) : std::string_view())) {
      named = after_approach = true;
    } else if (!is_one_of(k_auxiliaries, words[i])) {
      after_approach = false;
    }
  }
  return false;
}

// The parts of a RAG system's retrieval: a sentence that adopts one names what was chosen.
// clang-format off
constexpr std::array<std::string_view, 10> k_retrieval_parts = {
    "vector", "vectors", "pgvector", "embedding", "embeddings", "embedder", "reranker", "reranking", "retriever",
    "chunking"};
// clang-format on

bool adr_words::names_retrieval_part(std::string_view text) {
  const std::vector<std::string> words = words_of(adr_words::lower(without_paths(text)));
  return std::any_of(words.begin(), words.end(), [](const std::string& w) { return is_one_of(k_retrieval_parts, w); });
}

bool adr_words::names_fine_tuning(std::string_view text) {
  return named_in_text(adr_words::lower(without_paths(text)), false).fine_tune;
}

bool adr_words::names_rag_or_fine_tuning(std::string_view text) {
  const Named named = named_in_text(adr_words::lower(without_paths(text)), false);
  return named.rag || named.fine_tune;
}

bool adr_words::names_approach(std::string_view text) {
  const Named named = named_in_text(adr_words::lower(without_paths(text)), false);
  return named.rag || named.fine_tune || named.hybrid;
}

} // namespace ragft
