#include "spec/loose_foreign.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include <fmt/format.h>

#include "spec/loose_text.hpp"

namespace ragft::loose {

namespace {

struct Foreign {
  std::string_view written; // lower case, accents left out, words joined by one space
  std::string_view english;
  std::string_view language;
};

constexpr std::string_view k_fr = "French";
constexpr std::string_view k_de = "German";
constexpr std::string_view k_es = "Spanish";
constexpr std::string_view k_it = "Italian";
constexpr std::string_view k_pt = "Portuguese";
constexpr std::string_view k_nl = "Dutch";
constexpr std::string_view k_es_pt = "Spanish or Portuguese";
constexpr std::string_view k_es_it_pt = "Spanish, Italian or Portuguese";

// The words of the default rule base's scales and a few of its choices as the most common
// languages of its users write them (from the languages' dictionaries); words that are also English words (`media`,
// `mai`, `bas`, `fort`) are left out, so that no English value is read as a foreign one.
// clang-format off
constexpr auto k_words = std::to_array<Foreign>({
    {"jamais", "never", k_fr}, {"nie", "never", k_de}, {"niemals", "never", k_de}, {"nunca", "never", k_es_pt},
    {"nooit", "never", k_nl},
    {"annuel", "yearly", k_fr}, {"annuelle", "yearly", k_fr}, {"annuellement", "yearly", k_fr},
    {"jahrlich", "yearly", k_de}, {"jaehrlich", "yearly", k_de}, {"anual", "yearly", k_es_pt},
    {"anualmente", "yearly", k_es_pt}, {"annuale", "yearly", k_it}, {"jaarlijks", "yearly", k_nl},
    {"trimestriel", "quarterly", k_fr}, {"trimestrielle", "quarterly", k_fr}, {"vierteljahrlich", "quarterly", k_de},
    {"vierteljaehrlich", "quarterly", k_de}, {"quartalsweise", "quarterly", k_de}, {"trimestral", "quarterly", k_es_pt},
    {"trimestrale", "quarterly", k_it}, {"driemaandelijks", "quarterly", k_nl},
    {"mensuel", "monthly", k_fr}, {"mensuelle", "monthly", k_fr}, {"mensuellement", "monthly", k_fr},
    {"monatlich", "monthly", k_de}, {"mensual", "monthly", k_es}, {"mensualmente", "monthly", k_es},
    {"mensal", "monthly", k_pt}, {"mensile", "monthly", k_it}, {"maandelijks", "monthly", k_nl},
    {"hebdomadaire", "weekly", k_fr}, {"wochentlich", "weekly", k_de}, {"woechentlich", "weekly", k_de},
    {"semanal", "weekly", k_es_pt}, {"semanalmente", "weekly", k_es_pt}, {"settimanale", "weekly", k_it},
    {"wekelijks", "weekly", k_nl},
    {"quotidien", "daily", k_fr}, {"quotidienne", "daily", k_fr}, {"journalier", "daily", k_fr},
    {"tous les jours", "daily", k_fr}, {"taglich", "daily", k_de}, {"taeglich", "daily", k_de},
    {"diario", "daily", k_es_pt}, {"diaria", "daily", k_es_pt}, {"diariamente", "daily", k_es_pt},
    {"giornaliero", "daily", k_it}, {"quotidiano", "daily", k_it}, {"dagelijks", "daily", k_nl},
    {"temps reel", "realtime", k_fr}, {"en temps reel", "realtime", k_fr}, {"echtzeit", "realtime", k_de},
    {"in echtzeit", "realtime", k_de}, {"tiempo real", "realtime", k_es}, {"en tiempo real", "realtime", k_es},
    {"tempo real", "realtime", k_pt}, {"em tempo real", "realtime", k_pt}, {"tempo reale", "realtime", k_it},
    {"in tempo reale", "realtime", k_it},
    {"faible", "low", k_fr}, {"basse", "low", k_fr}, {"niedrig", "low", k_de}, {"gering", "low", k_de},
    {"bajo", "low", k_es}, {"baja", "low", k_es}, {"basso", "low", k_it}, {"bassa", "low", k_it},
    {"baixo", "low", k_pt}, {"baixa", "low", k_pt}, {"laag", "low", k_nl},
    {"moyen", "medium", k_fr}, {"moyenne", "medium", k_fr}, {"mittel", "medium", k_de}, {"mittelmassig", "medium", k_de},
    {"medio", "medium", k_es_it_pt}, {"mediano", "medium", k_es}, {"gemiddeld", "medium", k_nl},
    {"eleve", "high", k_fr}, {"elevee", "high", k_fr}, {"haut", "high", k_fr}, {"haute", "high", k_fr},
    {"hoch", "high", k_de}, {"alto", "high", k_es_it_pt}, {"alta", "high", k_es_it_pt}, {"elevado", "high", k_es_pt},
    {"elevada", "high", k_es_pt}, {"elevato", "high", k_it}, {"elevata", "high", k_it}, {"hoog", "high", k_nl},
    {"aucun", "none", k_fr}, {"aucune", "none", k_fr}, {"rien", "none", k_fr}, {"kein", "none", k_de},
    {"keine", "none", k_de}, {"ninguno", "none", k_es}, {"ninguna", "none", k_es}, {"nada", "none", k_es_pt},
    {"nessuno", "none", k_it}, {"nessuna", "none", k_it}, {"nenhum", "none", k_pt}, {"nenhuma", "none", k_pt},
    {"geen", "none", k_nl},
    // a task and a vocabulary, where the word is no near spelling of the English one (those get the
    // typo hint: generacion, clasificacion)
    {"zusammenfassung", "summarization", k_de}, {"resumen", "summarization", k_es}, {"riassunto", "summarization", k_it},
    {"samenvatting", "summarization", k_nl}, {"klassifizierung", "classification", k_de},
    {"klassifikation", "classification", k_de}, {"suche", "search", k_de}, {"recherche", "search", k_fr},
    {"busqueda", "search", k_es}, {"ricerca", "search", k_it}, {"zoeken", "search", k_nl},
    {"specialise", "specialized", k_fr}, {"specialisee", "specialized", k_fr}, {"spezialisiert", "specialized", k_de},
    {"fachspezifisch", "specialized", k_de}, {"especializado", "specialized", k_es_pt},
    {"specializzato", "specialized", k_it}, {"allgemein", "general", k_de},
});
// clang-format on

// The accented letters of these languages (UTF-8, lower and upper case) and the letters they are
// written as without accents; German's umlauts also as ae, oe, ue in the table.
// clang-format off
constexpr auto k_accents = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"\xc3\xa9", "e"}, {"\xc3\x89", "e"}, {"\xc3\xa8", "e"}, {"\xc3\x88", "e"}, {"\xc3\xaa", "e"},
    {"\xc3\xa0", "a"}, {"\xc3\x80", "a"}, {"\xc3\xa1", "a"}, {"\xc3\xa2", "a"}, {"\xc3\xa3", "a"},
    {"\xc3\xa4", "a"}, {"\xc3\x84", "a"}, {"\xc3\xad", "i"}, {"\xc3\xae", "i"}, {"\xc3\xb3", "o"},
    {"\xc3\xb4", "o"}, {"\xc3\xb6", "o"}, {"\xc3\x96", "o"}, {"\xc3\xba", "u"}, {"\xc3\xbc", "u"},
    {"\xc3\x9c", "u"}, {"\xc3\xa7", "c"}, {"\xc3\xb1", "n"}, {"\xc3\x9f", "ss"},
});
// clang-format on

// `text` with the accents above left out: "Élevé" -> "Eleve".
std::string without_accents(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto it = std::find_if(k_accents.begin(), k_accents.end(),
                                 [&](const auto& a) { return text.substr(i, a.first.size()) == a.first; });
    if (it == k_accents.end()) {
      out.push_back(text[i++]);
      continue;
    }
    out += it->second;
    i += it->first.size();
  }
  return out;
}

} // namespace

std::optional<InEnglish> in_english(std::string_view text) {
  const std::string written = fmt::format("{}", fmt::join(lower_words(without_accents(text)), " "));
  const auto it = std::find_if(k_words.begin(), k_words.end(), [&](const Foreign& f) { return f.written == written; });
  if (it == k_words.end()) {
    return std::nullopt;
  }
  return InEnglish{it->english, it->language};
}

} // namespace ragft::loose
