#include "spec/loose_words.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "spec/loose_text.hpp"

namespace ragft::loose {

namespace {

// A word people write, and the words of a choice's value or help it stands for (space-separated).
// Only the default rule base's descriptions use these words; another rule base's choices simply
// match fewer of them.
// clang-format off
constexpr auto k_other_words = std::to_array<std::pair<std::string_view, std::string_view>>({
    // more often than every day: "changes continuously"
    {"hourly", "continuously"}, {"hour", "continuously"}, {"hours", "continuously"},
    {"minute", "continuously"}, {"minutes", "continuously"}, {"constantly", "continuously"},
    {"constant", "continuously"}, {"continuous", "continuously"}, {"instantly", "continuously"},
    {"streaming", "continuously"}, {"minutely", "continuously"}, {"continually", "continuously"},
    // a period's adverb whose choice says it otherwise: "every day", "an annual catalogue"
    {"nightly", "day"}, {"annually", "annual"},
    // between two choices' periods (every two weeks, twice a month; twice a year): both, to pick from
    {"fortnightly", "week month"}, {"fortnight", "week month"}, {"semimonthly", "week month"},
    {"semiannually", "year"}, {"semiannual", "year"}, {"biannually", "year"}, {"biannual", "year"},
    // less often than every few months: "about once a year", "a few times a year"
    {"rarely", "year"}, {"rare", "year"}, {"seldom", "year"}, {"infrequently", "year"}, {"infrequent", "year"},
    {"hardly", "year"},
    // often, with no period: any choice that changes every month or more often
    {"often", "every continuously"}, {"frequently", "every continuously"}, {"frequent", "every continuously"},
    {"regularly", "every continuously"}, {"sometimes", "year every"}, {"occasionally", "year every"},
    // knowledge that does not change: "fixed knowledge"
    {"static", "fixed"}, {"frozen", "fixed"}, {"unchanging", "fixed"},
    // compute of one's own: "your own GPUs"; rented: "cloud GPUs"; any GPUs: both
    {"prem", "own"}, {"premise", "own"}, {"premises", "own"}, {"onprem", "own"}, {"inhouse", "own"},
    {"house", "own"}, {"local", "own"}, {"locally", "own"}, {"self", "own"}, {"selfhosted", "own"},
    {"own", "own"}, {"ours", "own"}, {"owned", "own"},
    {"aws", "cloud"}, {"gcp", "cloud"}, {"azure", "cloud"}, {"colab", "cloud"}, {"runpod", "cloud"},
    {"lambda", "cloud"}, {"sagemaker", "cloud"}, {"vertex", "cloud"}, {"coreweave", "cloud"},
    {"paperspace", "cloud"}, {"spot", "cloud"}, {"ec2", "cloud"}, {"instance", "cloud"}, {"instances", "cloud"},
    {"gpu", "gpus"}, {"a100", "gpus"}, {"a100s", "gpus"}, {"h100", "gpus"}, {"h100s", "gpus"},
    {"h200", "gpus"}, {"v100", "gpus"}, {"v100s", "gpus"}, {"a10g", "gpus"}, {"l4", "gpus"},
    {"t4", "gpus"}, {"rtx", "gpus"}, {"4090", "gpus"}, {"4090s", "gpus"}, {"3090", "gpus"},
    {"nvidia", "gpus"}, {"cuda", "gpus"}, {"cluster", "gpus"},
    {"openai", "apis"}, {"api", "apis"},
    // no servers of one's own: managed APIs, or GPUs rented by the second; a laptop or a desktop
    // may have a GPU of its own or none that trains
    {"serverless", "apis cloud"}, {"laptop", "none own"}, {"laptops", "none own"}, {"macbook", "none own"},
    {"notebook", "none own"}, {"desktop", "none own"}, {"workstation", "own"},
    // a tone or persona names which style, not how strictly it must hold: "tone" or "voice"
    {"formal", "tone voice"}, {"friendly", "tone voice"}, {"professional", "tone voice"},
    {"casual", "tone voice"}, {"polite", "tone voice"}, {"warm", "tone voice"}, {"playful", "tone voice"},
    {"empathetic", "tone voice"}, {"witty", "tone voice"}, {"humorous", "tone voice"},
    {"corporate", "tone voice"}, {"brand", "tone voice"}, {"branded", "tone voice"},
    {"persona", "tone voice"}, {"informal", "tone voice"}, {"funny", "tone voice"}, {"fun", "tone voice"},
    {"quirky", "tone voice"}, {"cheerful", "tone voice"}, {"serious", "tone voice"}, {"executive", "tone voice"},
    {"academic", "tone voice"},
    // skill: "an ML team that trains ... routinely", "someone has fine-tuned"
    {"phd", "team"}, {"phds", "team"}, {"researchers", "team"}, {"scientists", "team"},
    {"expert", "team"}, {"experts", "team"}, {"senior", "team"},
    {"junior", "someone"}, {"basic", "someone"}, {"beginner", "someone"}, {"beginners", "someone"},
    {"novice", "someone"}, {"learning", "someone"},
    // a prototype's answers: "often wrong", "factually good"
    {"bad", "wrong"}, {"broken", "wrong"}, {"unreliable", "wrong"}, {"inaccurate", "wrong"},
    {"great", "good"}, {"excellent", "good"}, {"solid", "good"}, {"accurate", "good"},
    // a RAG system in use says that one exists, not how good its answers are
    {"production", "production"}, {"prod", "production"}, {"live", "production"}, {"deployed", "production"},
    {"shipped", "production"},
    {"well", "good"},
    // a wrong answer's cost: "very costly"
    {"critical", "costly"}, {"dangerous", "costly"}, {"unacceptable", "costly"},
    // machine-readable formats: "e.g. JSON"; vocabularies: "a professional vocabulary"
    // Markdown and HTML are prose with or without a fixed layout: "ordinary prose", "a fixed template"
    {"markdown", "prose template"}, {"html", "prose template"}, {"bullet", "template"}, {"bullets", "template"},
    {"slide", "template"}, {"slides", "template"}, {"deck", "template"}, {"structured", "template json"},
    {"plain", "prose"}, {"plaintext", "prose"}, {"unstructured", "prose"},
    {"yaml", "json"}, {"xml", "json"}, {"csv", "json"}, {"jsonl", "json"},
    {"technical", "professional"}, {"scientific", "professional"}, {"financial", "professional"},
    {"engineering", "professional"}, {"specific", "professional jargon"}, {"niche", "professional jargon"},
    // jobs: "answer questions", "assign labels"
    {"faq", "questions"}, {"faqs", "questions"}, {"tagging", "labels"}, {"labelling", "labels"},
    {"labeling", "labels"}, {"routing", "labels"}, {"triage", "labels"},
    {"ner", "structured"}, {"entities", "structured"}, {"entity", "structured"}, {"parsing", "structured"},
    {"draft", "write"}, {"drafts", "write"}, {"drafting", "write"}, {"writing", "write"}, {"coding", "labels code"},
});
// clang-format on

// True when `words` has one of `wanted`, not right after a "no" or "not" ("No GPUs" has none).
bool has_any(const std::vector<std::string>& words, const std::vector<std::string>& wanted) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool negated = i > 0 && (words[i - 1] == "no" || words[i - 1] == "not");
    if (!negated && std::find(wanted.begin(), wanted.end(), words[i]) != wanted.end()) {
      return true;
    }
  }
  return false;
}

// The choices of `fact` whose value or help has one of `targets` (space-separated) as a word.
std::vector<std::size_t> choices_with(const FactDef& fact, std::string_view targets) {
  const std::vector<std::string> wanted = lower_words(targets);
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < fact.choices.size(); ++i) {
    if (has_any(lower_words(fact.choices[i].value + " " + fact.choices[i].help), wanted)) {
      out.push_back(i);
    }
  }
  return out;
}

// The choices that `word` names through the table (the union over its entries).
std::vector<std::size_t> choices_of_word(const FactDef& fact, const std::string& word) {
  std::vector<std::size_t> out;
  for (const auto& [written, targets] : k_other_words) {
    if (written == word) {
      for (const std::size_t i : choices_with(fact, targets)) {
        out.push_back(i);
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool has_word(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

} // namespace

std::vector<std::size_t> choices_in_other_words(const FactDef& fact, std::string_view text) {
  std::optional<std::vector<std::size_t>> common;
  for (const std::string& word : lower_words(text)) {
    const std::vector<std::size_t> named = choices_of_word(fact, word);
    if (named.empty()) {
      continue;
    }
    if (!common) {
      common = named;
      continue;
    }
    std::vector<std::size_t> both;
    std::set_intersection(common->begin(), common->end(), named.begin(), named.end(), std::back_inserter(both));
    common = std::move(both);
  }
  return common.value_or(std::vector<std::size_t>{});
}

bool is_judgement(std::string_view text) {
  constexpr auto k_judgements = std::to_array<std::string_view>(
      {"ok", "okay", "okish", "fine", "acceptable", "decent", "soso", "mediocre", "notbad", "reasonable", "adequate",
       "alright", "allright", "passable", "fair", "worksfine", "notgreat", "meh"});
  const std::string word = letters_only(text);
  return std::find(k_judgements.begin(), k_judgements.end(), word) != k_judgements.end();
}

bool is_organisation(std::string_view text) {
  constexpr auto k_organisations = std::to_array<std::string_view>({"enterprise", "enterprisegrade", "enterpriselevel",
                                                                    "startup",    "scaleup",         "smb",
                                                                    "sme",        "corporate",       "corporation",
                                                                    "bigcorp",    "company",         "agency",
                                                                    "government", "nonprofit",       "ngo",
                                                                    "fortune500", "midmarket",       "student",
                                                                    "students",   "hobby",           "hobbyist",
                                                                    "personal",   "freelancer",      "solo",
                                                                    "indie",      "sideproject"});
  const std::string word = letters_only(text);
  return std::find(k_organisations.begin(), k_organisations.end(), word) != k_organisations.end();
}

bool is_hedge(std::string_view text) {
  constexpr auto k_hedges =
      std::to_array<std::string_view>({"ish", "partly", "partially", "kind", "kinda", "sort", "sorta", "somewhat",
                                       "sometimes", "depends", "mostly", "mixed", "some", "occasionally", "semi"});
  const std::vector<std::string> words = lower_words(text);
  return std::any_of(k_hedges.begin(), k_hedges.end(), [&](std::string_view h) { return has_word(words, h); });
}

bool is_setting(std::string_view text) {
  constexpr auto k_settings = std::to_array<std::string_view>(
      {"internal", "internally", "intranet", "employees", "staff",      "prem",     "onprem",
       "premise",  "premises",   "cloud",    "saas",      "serverless", "local",    "locally",
       "laptop",   "selfhosted", "inhouse",  "airgapped", "gapped",     "firewall", "vpn"});
  // `internal docs` says what the data is, not where it runs
  constexpr auto k_data = std::to_array<std::string_view>({"data", "docs", "documents", "knowledge", "records", "files",
                                                           "information", "info", "wiki", "content", "sources"});
  const std::vector<std::string> words = lower_words(text);
  const auto has = [&](std::string_view w) { return has_word(words, w); };
  return std::any_of(k_settings.begin(), k_settings.end(), has) && std::none_of(k_data.begin(), k_data.end(), has);
}

std::optional<bool> leading_yes_no(std::string_view text) {
  constexpr auto k_yes = std::to_array<std::string_view>({"yes", "yep", "yeah", "yup", "true", "y", "definitely",
                                                          "absolutely", "certainly", "sure", "obviously", "indeed"});
  constexpr auto k_no = std::to_array<std::string_view>({"no", "nope", "nah", "false", "n", "not"});
  const std::vector<std::string> words = lower_words(text);
  if (words.empty()) {
    return std::nullopt;
  }
  if (std::find(k_yes.begin(), k_yes.end(), words.front()) != k_yes.end() ||
      (words.size() >= 2 && words[0] == "of" && words[1] == "course")) {
    return true;
  }
  if (std::find(k_no.begin(), k_no.end(), words.front()) != k_no.end()) {
    return false;
  }
  return std::nullopt;
}

} // namespace ragft::loose
