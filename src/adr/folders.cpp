#include <ragft/adr/folders.hpp>

#include <algorithm>
#include <cctype>

#include <yaml-cpp/yaml.h>

#include <ragft/adr/search.hpp>

#include "adr/words.hpp"
#include "base/yaml_reader.hpp"

namespace ragft {

namespace {

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

std::optional<std::string> scalar(const YAML::Node& node) {
  if (node && node.IsScalar() && !node.Scalar().empty()) {
    return node.Scalar();
  }
  return std::nullopt;
}

// The word `template`, as ADR folders in other languages write it: `0000-modele-adr.md` (French),
// `adr-vorlage.md` (German), `plantilla-adr.md` (Spanish), `modelo-adr.md` (Portuguese).
constexpr std::string_view k_template_names[] = {"template",  "templates", "modele",  "mod\xc3\xa8le", "vorlage",
                                                 "plantilla", "modelo",    "gabarit", "sjabloon",      "szablon"};

// Words a template's name is made of besides `template`: `adr-template.md`, `0000-template.md`,
// `template-madr-minimal.md`, `000-template-general.md`. Any other word makes it an ADR about
// templates (`0014-project-templates.md`, `0005-use-a-template-engine.md`, `0003-modelo-de-datos.md`).
// clang-format off
constexpr std::string_view k_template_words[] = {
    "adr", "adrs", "madr", "decision", "record", "records", "architecture", "architectural", "nygard",
    "minimal", "bare", "full", "short", "long", "basic", "simple", "default", "general", "generic",
    "example", "sample", "new", "md", "markdown", "lightweight", "y", "statement", "tyree", "akerman"};
// clang-format on

bool is_template_name_word(const std::string& word) {
  return std::find(std::begin(k_template_names), std::end(k_template_names), word) != std::end(k_template_names);
}

// A template's number: digits, or a number written as letters, alone or after `ADR` or `DR` (`XXX`,
// `NNNN`, `ADRXXX-architecture-decision-record-template.md`, `DRXXX-…`).
bool is_number_word(const std::string& word) {
  if (std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
    return true;
  }
  std::string_view run(word);
  run.remove_prefix(run.rfind("adr", 0) == 0 ? 3 : (run.rfind("dr", 0) == 0 ? 2 : 0));
  return run.size() >= 2 && run.size() <= 4 && (run[0] == 'x' || run[0] == 'n') &&
         run.find_first_not_of(run[0]) == std::string_view::npos;
}

bool is_template_word(const std::string& word) {
  return is_template_name_word(word) ||
         std::find(std::begin(k_template_words), std::end(k_template_words), word) != std::end(k_template_words) ||
         is_number_word(word);
}

// A template by its name: it has the word `template` and, past its number (`ODH-ADR-0000-template`),
// nothing but template words, or it names its author (`template-by-michael-nygard`).
bool is_template_name(std::string_view stem) {
  std::vector<std::string> words = adr_words::name_words(stem);
  const auto at = std::find_if(words.begin(), words.end(), is_template_name_word);
  if (at == words.end()) {
    return false;
  }
  if (std::find(at, words.end(), "by") != words.end()) {
    return true;
  }
  const auto number = std::find_if(words.begin(), at, is_number_word);
  return std::all_of(number == at ? words.begin() : number, words.end(), is_template_word);
}

} // namespace

std::vector<std::string> adr_words::name_words(std::string_view name) {
  // A byte of a UTF-8 letter (`tîm`, `방법`) is part of a word too.
  return split_words(lower(name), [](unsigned char byte) { return std::isalnum(byte) != 0 || byte >= 0x80; });
}

const std::vector<std::string>& conventional_adr_folders() {
  static const std::vector<std::string> folders = {
      "docs/decisions", "docs/adr", "doc/adr", "docs/architecture/decisions", "doc/architecture/decisions", "adr"};
  return folders;
}

std::optional<std::string> adr_dir_folder(std::string_view text) {
  const std::string_view line = adr_words::trim(text.substr(0, text.find('\n')));
  return line.empty() ? std::nullopt : std::optional<std::string>(line);
}

namespace {

std::vector<std::string> folders_of(const YAML::Node& root) {
  std::vector<std::string> folders;
  const YAML::Node project = root["project"] && root["project"].IsMap() ? root["project"] : YAML::Node();
  if (auto folder = project ? scalar(project["adrFolder"]) : std::nullopt) {
    folders.push_back(*folder);
  } else if (auto top = scalar(root["adrFolder"])) {
    folders.push_back(*top);
  }
  const YAML::Node packages = project ? project["packages"] : YAML::Node();
  if (packages && packages.IsSequence()) {
    for (const YAML::Node& package : packages) {
      if (auto folder = package.IsMap() ? scalar(package["adrFolder"]) : std::nullopt) {
        folders.push_back(*folder);
      }
    }
  }
  return folders;
}

struct SkippedName {
  std::string_view stem; // the lowercased name without its extension, or its start when `prefix`
  bool prefix;
  std::string_view reason;
};

constexpr SkippedName k_skipped_names[] = {
    {"readme", false, "a README (an index of the folder), not an ADR"},
    {"license", true, "a licence, not an ADR"},
    {"licence", true, "a licence, not an ADR"},
    {"copying", false, "a licence, not an ADR"},
    {"changelog", true, "a change log, not an ADR"},
    {"changes", false, "a change log, not an ADR"},
    {"history", false, "a change log, not an ADR"},
    {"contributing", true, "contribution guidelines, not an ADR"},
    {"code_of_conduct", true, "a code of conduct, not an ADR"},
    {"code-of-conduct", true, "a code of conduct, not an ADR"},
    {"security", false, "a security policy, not an ADR"},
    {"summary", false, "a table of contents, not an ADR"},
    {"_sidebar", false, "a table of contents, not an ADR"},
    {"glossary", false, "a glossary, not an ADR"},
    {"instructions", false, "instructions for writing ADRs, not an ADR"},
};

} // namespace

std::vector<std::string> log4brains_adr_folders(std::string_view yaml_text) {
  try {
    const std::vector<YAML::Node> documents = yaml::Reader(".log4brains.yml").load_all(yaml_text);
    const YAML::Node root = documents.empty() ? YAML::Node() : documents.front();
    return root.IsMap() ? folders_of(root) : std::vector<std::string>{};
  } catch (const InputError&) {
    return {};
  } catch (const YAML::Exception&) {
    return {};
  }
}

bool is_index_page(std::string_view name) {
  const std::string lowered = adr_words::lower(name);
  return lowered == "index.md" || lowered == "_index.md" || lowered == "index.markdown";
}

bool is_numbered_folder_readme(std::string_view folder_name, std::string_view file_name) {
  const std::string lowered = adr_words::lower(file_name);
  return (lowered == "readme.md" || lowered == "readme.markdown") && !folder_name.empty() &&
         std::isdigit(static_cast<unsigned char>(folder_name.front())) != 0;
}

namespace {

// `readme-es`, `README.pt-BR`, `readme_ja`: a README in another language.
bool is_translated_readme(std::string_view stem) {
  if (stem.rfind("readme", 0) != 0 || stem.size() < 9 ||
      std::string_view("-_.").find(stem[6]) == std::string_view::npos) {
    return false;
  }
  const std::string_view language = stem.substr(7);
  const auto letters = [](std::string_view s) {
    return s.size() == 2 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  return letters(language) ||
         (language.size() == 5 && std::string_view("-_").find(language[2]) != std::string_view::npos &&
          letters(language.substr(0, 2)) && letters(language.substr(3)));
}

// `README_0006.md`, `readme-12.md`: a README kept for one ADR, named by that ADR's number (a quick
// start or a reading guide beside `0006-context-management.md`); `readme-first-steps.md` is not one.
bool is_numbered_readme(std::string_view stem) {
  if (stem.rfind("readme", 0) != 0 || stem.size() < 8 ||
      std::string_view("-_.").find(stem[6]) == std::string_view::npos) {
    return false;
  }
  const std::string_view number = stem.substr(7);
  return std::all_of(number.begin(), number.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

} // namespace

constexpr std::string_view k_template_name_reason = "a template (its name says so), not an ADR";

std::string adr_file_skip_reason(std::string_view name) {
  const std::string lowered = adr_words::lower(name);
  if (!ends_with(lowered, ".md") && !ends_with(lowered, ".markdown")) {
    return "not Markdown (*.md, *.markdown)";
  }
  std::string stem = lowered.substr(0, lowered.rfind('.'));
  if (is_translated_readme(stem)) {
    stem = "readme";
  }
  if (is_numbered_readme(stem)) {
    return "a README kept for one ADR (its name is README and the ADR's number), not an ADR";
  }
  for (const SkippedName& s : k_skipped_names) {
    if (s.prefix ? stem.rfind(s.stem, 0) == 0 : stem == s.stem) {
      return std::string(s.reason);
    }
  }
  if (is_template_name(stem)) {
    return std::string(k_template_name_reason);
  }
  // `001-create-spec.plan.prompt.md` (Spec-Kit's prompt history records, kept beside its ADRs in
  // `history/`), `.github/prompts/review.prompt.md`, `*.instructions.md`, `*.chatmode.md`: the names
  // GitHub Copilot gives to prompts and instructions for an LLM.
  for (const std::string_view kind :
       {std::string_view(".prompt"), std::string_view(".instructions"), std::string_view(".chatmode")}) {
    if (ends_with(stem, kind)) {
      return "a prompt for an LLM (*.prompt.md, *.instructions.md, *.chatmode.md), not an ADR";
    }
  }
  return "";
}

bool is_adr_file_name(std::string_view name) { return adr_file_skip_reason(name).empty() && !is_index_page(name); }

bool is_template_file_name(std::string_view name) { return adr_file_skip_reason(name) == k_template_name_reason; }

namespace {

// The name that numbers an ADR: its file's, or for a README or index page, its folder's
// (`0001-use-decision-records/README.md`).
std::string numbering_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string_view file = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (!is_index_page(file) && adr_file_skip_reason(file) != adr_file_skip_reason("README.md")) {
    return std::string(file);
  }
  const std::string_view folder = slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
  const std::size_t up = folder.find_last_of('/');
  return std::string(up == std::string_view::npos ? folder : folder.substr(up + 1)) + ".md";
}

bool is_digits(const std::string& word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

bool in_range(const std::string& word, int low, int high) {
  constexpr std::size_t k_max_digits = 4;
  if (!is_digits(word) || word.size() > k_max_digits) {
    return false;
  }
  const int value = std::stoi(word);
  return value >= low && value <= high;
}

bool is_year(const std::string& word) { return word.size() == 4 && in_range(word, 1900, 2199); }

// A day, month and year in either order: `9-10-25`, `29-9-2025`, `2025-11-27`, `2025_11_27`.
bool is_day_month_year(const std::vector<std::string>& w) {
  const bool year_first = is_year(w[0]) && in_range(w[1], 1, 12) && in_range(w[2], 1, 31);
  const bool year_last = in_range(w[0], 1, 31) && in_range(w[1], 1, 31) && w[2].size() != 3 &&
                         (is_year(w[2]) || (w[2].size() == 2 && is_digits(w[2])));
  return year_first || year_last;
}

} // namespace

bool is_date_name(std::string_view stem) {
  const std::vector<std::string> w = adr_words::name_words(stem);
  constexpr std::size_t k_compact = 8; // 20251127
  if (w.size() == 1 && w[0].size() == k_compact) {
    return is_year(w[0].substr(0, 4)) && in_range(w[0].substr(4, 2), 1, 12) && in_range(w[0].substr(6, 2), 1, 31);
  }
  if (w.size() == 2) {
    return is_year(w[0]) && in_range(w[1], 1, 12) && w[1].size() == 2; // 2025-11, a month's notes
  }
  return w.size() == 3 && is_day_month_year(w);
}

namespace {

// A name that numbers an ADR: it starts with a number that is not the whole name's date (a daily
// note, `9-10-25.md`, `2025-11-27.md`, is dated, not numbered), or says `ADR-NNN`.
bool is_numbered_name(const std::string& name) {
  const std::string stem = name.substr(0, name.rfind('.'));
  return (!name.empty() && std::isdigit(static_cast<unsigned char>(name.front())) != 0 && !is_date_name(stem)) ||
         is_adr_numbered_file(name);
}

} // namespace

bool writes_adr_parts(const AdrRecord& record) {
  return record.status != AdrStatus::none || !record.status_mentions.empty() || !record.links.empty() ||
         record.decision || record.facts_where || !record.errors.empty() || record.unreadable;
}

namespace {

// A template by its title (`ADR Template (Architecture Decision Record)`, `ADR Template`), whatever
// its file is named (`rules.md`, `adr_templete.md`): template words only, and no number (`ADR 5:
// Templates` is an ADR about them).
bool has_template_title(const AdrRecord& record) {
  if (!record.title || record.facts_where) {
    return false;
  }
  const std::string& title = record.title->text;
  const bool number =
      std::any_of(title.begin(), title.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  return !number && is_template_name(title);
}

// A template by its status (`{Draft, Proposed, Accepted, Rejected}`, `Proposed | Accepted |
// Deprecated`): the choices a new ADR picks from, whatever its file is named (`adr-template-mi.md`).
bool has_template_status(const AdrRecord& record) {
  return record.status_text && !record.facts_where && adr_words::lists_statuses(record.status_text->text);
}

// A template's placeholder: a bracket of any kind (`[short title]`, `{title}`, `{{ID}}`, `<date>`) or a
// number or date written as letters (`ADR-XXXX`, `NNN`, `YYYY-MM-DD`).
bool has_placeholder(std::string_view text) {
  if (text.find_first_of("[]{}<>") != std::string_view::npos) {
    return true;
  }
  const std::vector<std::string> words = adr_words::name_words(text);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    const bool letter_run = w.size() >= 3 && w.size() <= 4 && w.find_first_not_of(w[0]) == std::string::npos;
    return (letter_run && (w[0] == 'x' || w[0] == 'n')) || w == "yyyy";
  });
}

// A number an ADR gets in its title: digits, not all `0` or all `9` (a template's `ADR-0000`).
bool has_adr_number(std::string_view title) {
  const std::vector<std::string> words = adr_words::name_words(title);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) {
    return is_digits(w) && w.find_first_not_of('0') != std::string::npos &&
           w.find_first_not_of('9') != std::string::npos;
  });
}

// A file named as a template but written as an ADR (agent-memory's `0001-record-template.md`, `#
// ADR-0001: ADR Record Template`, `Accepted`, `Use the following template for all ADRs:`; `# ADR 5:
// Templates`, `Accepted`, in `adr/templates.md`): a numbered title and one status that is no
// template's choices, and no placeholder in the title or in a decision it writes. A template's own
// placeholders sit outside code blocks; the template an ADR adopts sits inside one.
bool written_as_adr(const AdrRecord& record) {
  return record.title && has_adr_number(record.title->text) && !has_placeholder(record.title->text) &&
         record.status != AdrStatus::none && record.status != AdrStatus::other && !has_template_status(record) &&
         !(record.decision && has_placeholder(record.decision->text));
}

// Words that name a list kept beside the ADRs rather than a decision: `9999-decision-backlog.md`,
// `0000-index.md`, `# ADR Log`, `# Architecture Decision Index`.
constexpr std::string_view k_note_words[] = {"backlog", "backlogs", "index", "log",
                                             "logs",    "overview", "toc",   "contents"};

bool is_note_word(const std::string& word) {
  return std::find(std::begin(k_note_words), std::end(k_note_words), word) != std::end(k_note_words);
}

// A name or title made of a note word and template words only (`decision-backlog`, `ADR Index`):
// any other word makes it an ADR's (`0005-ship-logs-to-loki`).
bool names_a_note(std::string_view text) {
  const std::vector<std::string> words = adr_words::name_words(text);
  return std::any_of(words.begin(), words.end(), is_note_word) &&
         std::all_of(words.begin(), words.end(),
                     [](const std::string& w) { return is_note_word(w) || is_template_word(w); });
}

// A number no ADR gets, kept for what sorts first or last: `0000`, `9999`, `000`, `999`.
bool has_placeholder_number(std::string_view name) {
  const std::vector<std::string> words = adr_words::name_words(name);
  const std::string& first = words.empty() ? std::string() : words.front();
  return first.size() >= 3 &&
         (first.find_first_not_of('0') == std::string::npos || first.find_first_not_of('9') == std::string::npos);
}

// A list beside the ADRs, numbered out of their sequence or named as a list (a backlog of open
// questions, an index, a log), that writes no status, decision, supersession or facts.
std::string list_note_reason(const AdrRecord& record) {
  if (writes_adr_parts(record)) {
    return "";
  }
  const std::string file = numbering_name(record.file);
  const std::string stem = file.substr(0, file.rfind('.'));
  if (names_a_note(stem) || (record.title && names_a_note(record.title->text))) {
    return "a list kept beside the ADRs (its name or title says backlog, index or log, and it writes no status, "
           "decision or ragft facts), not an ADR";
  }
  if (has_placeholder_number(stem)) {
    return "a note (numbered out of the ADRs' sequence, 0000 or 9999, and it writes no status, decision or ragft "
           "facts), not an ADR";
  }
  return "";
}

// Words that name a document kept with one ADR rather than a decision of its own:
// `ADR-002-SUMMARY.md`, `ADR-003-IMPLEMENTATION-GUIDE.md`, `ADR-004-RESEARCH-CITATIONS.md`.
// `009-FEASIBILITY-REPORT.md`, `0004-impact-analysis.md`: an assessment of the ADR of that number.
constexpr std::string_view k_companion_words[] = {"summary",    "index",  "implementation", "guide",       "research",
                                                  "citations",  "review", "notes",          "appendix",    "checklist",
                                                  "validation", "report", "analysis",       "feasibility", "impact"};

bool is_companion_word(const std::string& word) {
  return std::find(std::begin(k_companion_words), std::end(k_companion_words), word) != std::end(k_companion_words);
}

// A document that accompanies an ADR: named by the ADR's number and companion words only, and it
// writes no decision, supersession or facts (a status it may repeat: `ADR-003-INDEX.md` says the
// ADR's). `0005-search-index.md` names a decision of its own.
std::string companion_reason(const AdrRecord& record) {
  const std::string file = numbering_name(record.file);
  if (record.decision || !record.links.empty() || record.facts_where || !record.errors.empty() ||
      !is_numbered_name(file)) {
    return "";
  }
  const std::vector<std::string> words = adr_words::name_words(file.substr(0, file.rfind('.')));
  const bool only_companion = std::all_of(
      words.begin(), words.end(), [](const std::string& w) { return is_companion_word(w) || is_template_word(w); });
  if (!only_companion || std::none_of(words.begin(), words.end(), is_companion_word)) {
    return "";
  }
  return "a document kept with an ADR (its name is the ADR's number and summary, index, guide, research, "
         "report or analysis, and it writes no decision or ragft facts), not an ADR";
}

// Folders that keep incident reports (postmortems) beside the ADRs, in English, Spanish, Portuguese
// and German: `docs/decisions/incidents/`, `incidentes/`, `Vorfälle/`.
constexpr std::string_view k_incident_folders[] = {"incidents",  "postmortems", "post-mortems", "incident-reports",
                                                   "incidentes", "incidencias", "vorfälle",     "vorfaelle"};

// Whether the folder that holds `file` is one of `k_incident_folders`.
bool in_incident_folder(std::string_view file) {
  const std::size_t end = file.rfind('/');
  if (end == std::string_view::npos || end == 0) {
    return false;
  }
  const std::size_t slash = file.rfind('/', end - 1);
  const std::size_t start = slash == std::string_view::npos ? 0 : slash + 1;
  const std::string folder = adr_words::lower(file.substr(start, end - start));
  return std::find(std::begin(k_incident_folders), std::end(k_incident_folders), folder) !=
         std::end(k_incident_folders);
}

// The words an incident report's title opens with, in English and the languages whose ADRs are
// read (lowercased name words: `Rapport d'incident` gives rapport, d, incident).
// clang-format off
const std::vector<std::vector<std::string_view>> k_incident_openings = {
    {"incident", "report"}, {"postmortem"}, {"post", "mortem"},
    {"informe", "de", "incidente"}, {"informe", "de", "incidencia"}, {"reporte", "de", "incidente"},
    {"relatório", "de", "incidente"}, {"relatorio", "de", "incidente"}, {"rapport", "d", "incident"}, {"pós", "mortem"},
    {"vorfallbericht"}, {"störungsbericht"}, {"incident", "bericht"}, {"rapporto", "di", "incidente"}};
// clang-format on

// A title that opens as an incident report's: `Incident Report: …`, `Incident Report 007: …`,
// `Postmortem: …`, `Post-mortem …`, `Informe de incidente: …`, `Relatório de incidente …`,
// `Rapport d'incident …`, `Vorfallbericht: …`, `Störungsbericht …`.
bool titles_incident(const AdrRecord& record) {
  const std::vector<std::string> words =
      record.title ? adr_words::name_words(record.title->text) : std::vector<std::string>();
  return std::any_of(k_incident_openings.begin(), k_incident_openings.end(), [&](const auto& opening) {
    return words.size() >= opening.size() && std::equal(opening.begin(), opening.end(), words.begin());
  });
}

// An incident report kept beside the ADRs (in an `incidents/` folder, or titled `Incident Report`
// and writing no decision): what went wrong and how it was fixed (`**Status**: Resolved`), not a
// decision. One with ragft facts is read.
std::string incident_reason(const AdrRecord& record) {
  const bool titled = titles_incident(record) && !record.decision;
  if (record.facts_where || !record.errors.empty() || (!in_incident_folder(record.file) && !titled)) {
    return "";
  }
  return "an incident report (in an incidents folder, or titled as one), not an ADR";
}

} // namespace

std::string adr_note_reason(const AdrRecord& record) {
  if (record.section.empty() &&
      is_template_file_name(std::string_view(record.file).substr(record.file.rfind('/') + 1)) &&
      !written_as_adr(record)) {
    return std::string(k_template_name_reason);
  }
  // a decision of a log kept in one file is numbered by its heading; the log's name is no list's
  if (std::string reason = record.section.empty() ? list_note_reason(record) : ""; !reason.empty()) {
    return reason;
  }
  if (std::string reason = record.section.empty() ? companion_reason(record) : ""; !reason.empty()) {
    return reason;
  }
  if (std::string reason = record.section.empty() ? incident_reason(record) : ""; !reason.empty()) {
    return reason;
  }
  if (has_template_title(record)) {
    return "a template (its title says so), not an ADR";
  }
  if (has_template_status(record)) {
    return "a template (its status lists the choices), not an ADR";
  }
  if (writes_adr_parts(record) || !record.section.empty() || is_numbered_name(numbering_name(record.file))) {
    return "";
  }
  const std::string file = numbering_name(record.file);
  if (is_date_name(file.substr(0, file.rfind('.')))) {
    return "a dated note (its name is a date, not an ADR's number, and it writes no status, decision or ragft facts), "
           "not an ADR";
  }
  return "a note beside the ADRs (no number in its name, and no status, decision or ragft facts), not an ADR";
}

} // namespace ragft
