// A decision log kept in one file: each decision section read as an ADR of its own.

#include <ragft/adr/decision_log.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include <ragft/adr/folders.hpp>
#include <ragft/adr/search.hpp>
#include <ragft/base/input_limits.hpp>

#include "adr/context.hpp"
#include "adr/markdown_outline.hpp"
#include "adr/words.hpp"

namespace ragft {

namespace {

// The words a decision's number follows in a log's headings (`ADR-001`, `DEC-3`, `Decision 4`,
// `Entscheidung 2`), longest first so that `decision` is not read as `dec`.
// clang-format off
constexpr std::array<std::string_view, 9> k_number_words = {
    "entscheidung", "décision", "decisión", "decisione", "decisão", "decision", "adr", "dec", "dr"};
// clang-format on

bool is_ascii_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The length of the number word `heading` (lowercased) opens with, 0 when none.
std::size_t number_word(std::string_view heading) {
  for (std::string_view word : k_number_words) {
    if (heading.rfind(word, 0) != 0) {
      continue;
    }
    // a word of its own: `adrs`, `decisions`, `decisiones` are other words
    if (heading.size() == word.size() ||
        (!is_ascii_letter(heading[word.size()]) && adr_words::letter_length(heading, word.size()) == 0)) {
      return word.size();
    }
  }
  return 0;
}

// In a file named as a log, the letters of a decision's identifier before its dash and number, as
// a team abbreviates its own kind of record (`AD-001`, an architectural decision; `TD-3`, `KD-12`):
// their length, 0 when the heading opens with none (at most five letters, then `-` and a digit).
std::size_t id_prefix_length(std::string_view heading) {
  constexpr std::size_t k_max_letters = 5;
  std::size_t letters = 0;
  while (letters < heading.size() && letters <= k_max_letters && is_ascii_letter(heading[letters])) {
    ++letters;
  }
  const bool dashed = letters > 0 && letters <= k_max_letters && letters + 1 < heading.size() &&
                      heading[letters] == '-' && is_digit(heading[letters + 1]);
  return dashed ? letters : 0;
}

// After a bare number (`003. Use X`, `9. Ollama runs natively`): the separator a numbered title
// writes, `.`, `:`, `)` or a dash, and the length it takes; 0 when none.
std::size_t number_separator(std::string_view rest) {
  const std::size_t start = rest.find_first_not_of(' ');
  if (start == std::string_view::npos) {
    return 0;
  }
  const std::string_view s = rest.substr(start);
  if (s[0] == '.' || s[0] == ':' || s[0] == ')' || s[0] == '-') {
    return start + 1;
  }
  if (s.rfind("\xE2\x80\x93", 0) == 0 || s.rfind("\xE2\x80\x94", 0) == 0) { // – —
    return start + 3;
  }
  return 0;
}

// The number of a decision's heading (`ADR-001: Use Postgres` gives 1), or -1 when the heading is
// none: a bare number counts when zero-padded (`003. Use X`) or when the file is named as a log
// (`numbered_titles`), and never before a template's section (`2. Decision`, `1. Context`).
long decision_number(std::string_view heading, bool numbered_titles) {
  const std::string h = adr_words::lower(adr_words::trim(heading));
  std::size_t pos = number_word(h);
  if (pos == 0 && numbered_titles) {
    pos = id_prefix_length(h);
  }
  const bool worded = pos > 0;
  pos = std::min(h.find_first_not_of("-_ #.:", pos), h.size());
  const std::size_t digits_end = std::min(h.find_first_not_of("0123456789", pos), h.size());
  constexpr std::size_t k_max_digits = 9;
  if (digits_end == pos || digits_end - pos > k_max_digits) {
    return -1;
  }
  std::string_view rest = std::string_view(h).substr(digits_end);
  if (!worded) {
    const bool padded = digits_end - pos >= 3 && h[pos] == '0';
    const std::size_t separator = number_separator(rest);
    if (pos != 0 || separator == 0 || !(padded || numbered_titles)) {
      return -1;
    }
    rest = rest.substr(separator);
  } else if (!rest.empty() && (is_ascii_letter(rest[0]) || is_digit(rest[0]))) {
    return -1;
  }
  const std::string label = adr_words::normalise_label(rest);
  if (!label.empty() && adr_words::is_section_heading(label)) {
    return -1;
  }
  return std::stol(h.substr(pos, digits_end - pos));
}

// The offset of the start of the line that holds `offset`.
std::size_t line_start(std::string_view text, std::size_t offset) {
  const std::size_t newline = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  return offset == 0 || newline == std::string_view::npos ? 0 : newline + 1;
}

struct Heading {
  const md::Block* block;
  std::string anchor;
  long number;
  std::size_t begin;
};

// Every heading of `document` with its anchor (GitHub numbers a repeated one: `-1`, `-2`), its
// decision number and the start of its line.
std::vector<Heading> headings_of(const md::Document& document, std::string_view text, bool numbered_titles) {
  std::vector<Heading> headings;
  std::map<std::string, int> seen;
  for (const md::Block& b : document.blocks) {
    if (b.kind != md::BlockKind::heading) {
      continue;
    }
    std::string anchor = heading_anchor(b.text);
    const int repeats = seen[anchor]++;
    if (repeats > 0) {
      anchor += "-" + std::to_string(repeats);
    }
    const std::size_t at = b.source_of(0);
    headings.push_back(Heading{&b, std::move(anchor), decision_number(b.text, numbered_titles),
                               at == std::string::npos ? 0 : line_start(text, at)});
  }
  return headings;
}

// The level most decision headings are at (the highest of a tie), and how many are there.
std::pair<int, int> decision_level(const std::vector<Heading>& headings) {
  std::map<int, int> per_level;
  for (const Heading& h : headings) {
    if (h.number >= 0) {
      ++per_level[h.block->level];
    }
  }
  std::pair<int, int> best{0, 0};
  for (const auto& [level, count] : per_level) {
    if (count > best.second) {
      best = {level, count};
    }
  }
  return best;
}

// True when the file is one ADR by its name (`0005-stack.md`, `ADR-005.md`; not a numbered chapter
// named as a log, `05-architecture-decisions.md`) or by its level-1 title (`# ADR-005: Stack`): its
// numbered headings are its parts, not decisions of their own.
bool is_one_adr(const std::vector<Heading>& headings, std::string_view file_name) {
  if ((is_numbered_markdown_file(file_name) && !is_decision_log_name(file_name)) || is_adr_numbered_file(file_name)) {
    return true;
  }
  const auto title =
      std::find_if(headings.begin(), headings.end(), [](const Heading& h) { return h.block->level == 1; });
  return title != headings.end() && title->number >= 0;
}

std::string file_name_of(std::string_view origin) {
  const std::size_t slash = origin.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? origin : origin.substr(slash + 1));
}

// True when a file is named as a decision log (`DECISIONS.md`, `decision-log.md`), or is a log
// (`log.md`) in a folder named as one (`decisions/log.md`).
bool named_as_log(std::string_view path) {
  const std::string name = file_name_of(path);
  if (is_decision_log_name(name)) {
    return true;
  }
  const std::vector<std::string> words = adr_words::name_words(std::string_view(name).substr(0, name.rfind('.')));
  if (words.size() != 1 || (words[0] != "log" && words[0] != "logs") || path.size() <= name.size()) {
    return false;
  }
  return is_decision_log_name(file_name_of(path.substr(0, path.size() - name.size() - 1)) + ".md");
}

// The 1-based line of `offset` in `text`.
int line_of(std::string_view text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// True when `where` (a line of the file) is before the first decision: the front matter or the
// log's preamble, which hold for the whole file.
bool before(const std::optional<Location>& where, int first_line) {
  return where && where->line > 0 && where->line < first_line;
}

// One decision of a log, read as an ADR: the lines before its section are left blank, so that its
// lines and columns are the file's, and what follows it is left out.
AdrRecord read_section(std::string_view text, const LogSection& section, std::string_view origin, const RuleBase& rules,
                       const InputLimits& limits) {
  const int first_line = line_of(text, section.begin);
  std::string part(static_cast<std::size_t>(first_line - 1), '\n');
  part.append(text.substr(section.begin, section.end - section.begin));
  AdrRecord record = adr_detail::read_adr_at(part, origin, rules, limits, section.level + 1);
  record.section = section.anchor;
  record.section_number = section.number;
  record.title = AdrText{section.heading, Location{record.file, first_line, 1}};
  return record;
}

// A character GitHub leaves out of a heading's anchor beyond ASCII: punctuation and symbols (dashes
// `–` `—`, quotes `’` `«`, arrows `→`, `×`, `©`, emoji `✅` `🚀`), as it keeps only letters, marks,
// digits, `-` and `_`. Told by their Unicode blocks; letters of any script are kept.
struct CodeRange {
  char32_t first;
  char32_t last;
};
// clang-format off
constexpr std::array k_anchor_symbols = {
    CodeRange{0xA1, 0xA9},     CodeRange{0xAB, 0xB4},     CodeRange{0xB6, 0xB9},   CodeRange{0xBB, 0xBF},
    CodeRange{0xD7, 0xD7},     CodeRange{0xF7, 0xF7},     // Latin-1 punctuation and signs, `×`, `÷`
    CodeRange{0x2000, 0x206F},                            // General Punctuation: dashes, quotes, `…`, spaces
    CodeRange{0x20A0, 0x20CF},                            // currency signs
    CodeRange{0x2100, 0x2101}, CodeRange{0x2103, 0x2106}, CodeRange{0x2108, 0x2109}, // letterlike signs:
    CodeRange{0x2116, 0x2118}, CodeRange{0x211E, 0x2123}, CodeRange{0x2125, 0x2125}, // `℃`, `№`, `™`
    CodeRange{0x2127, 0x2127}, CodeRange{0x2129, 0x2129}, CodeRange{0x212E, 0x212E},
    CodeRange{0x2190, 0x245F}, CodeRange{0x2500, 0x2775}, CodeRange{0x2794, 0x2BFF}, // arrows, maths,
    // technical, boxes, shapes, symbols, dingbats (not the circled digits between them)
    CodeRange{0x2E00, 0x2E7F},                            // Supplemental Punctuation
    CodeRange{0x3000, 0x3004}, CodeRange{0x3008, 0x3020}, CodeRange{0x3030, 0x3030}, // CJK punctuation
    CodeRange{0xFE10, 0xFE19}, CodeRange{0xFE30, 0xFE6F}, // vertical, compatibility and small forms
    CodeRange{0xFF01, 0xFF0F}, CodeRange{0xFF1A, 0xFF20}, CodeRange{0xFF3B, 0xFF3E}, // full-width
    CodeRange{0xFF40, 0xFF40}, CodeRange{0xFF5B, 0xFF65},  // punctuation
    CodeRange{0x1F000, 0x1FAFF},                          // emoji, playing cards, pictographs
};
// clang-format on

bool is_anchor_symbol(char32_t point) {
  return std::any_of(k_anchor_symbols.begin(), k_anchor_symbols.end(),
                     [point](const CodeRange& r) { return point >= r.first && point <= r.last; });
}

} // namespace

std::string heading_anchor(std::string_view heading) {
  const std::string lowered = adr_words::lower(adr_words::trim(heading));
  std::string anchor;
  for (std::size_t i = 0; i < lowered.size();) {
    const auto u = static_cast<unsigned char>(lowered[i]);
    if (u >= 0x80) {
      const auto [point, n] = adr_words::code_point_at(lowered, i);
      const std::size_t length = n > 0 ? n : 1;
      if (n == 0 || !is_anchor_symbol(point)) {
        anchor.append(lowered, i, length);
      }
      i += length;
      continue;
    }
    if (std::isalnum(u) != 0 || u == '-' || u == '_') {
      anchor += static_cast<char>(u);
    } else if (u == ' ') {
      anchor += '-';
    }
    ++i;
  }
  return anchor;
}

std::vector<LogSection> decision_log_sections(std::string_view text, std::string_view path) {
  const std::string file_name = file_name_of(path);
  const md::Document document = md::parse_markdown(text);
  const std::vector<Heading> headings = headings_of(document, text, named_as_log(path));
  const auto [level, count] = decision_level(headings);
  if (count < 2 || is_one_adr(headings, file_name)) {
    return {};
  }
  std::vector<LogSection> sections;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    const Heading& h = headings[i];
    if (h.block->level != level || h.number < 0) {
      continue;
    }
    std::size_t end = text.size();
    for (std::size_t j = i + 1; j < headings.size(); ++j) {
      if (headings[j].block->level <= level) {
        end = headings[j].begin;
        break;
      }
    }
    sections.push_back(
        LogSection{std::string(adr_words::trim(h.block->text)), h.anchor, h.number, level, h.begin, end});
  }
  return sections;
}

std::vector<AdrRecord> read_adr_file(std::string_view text, std::string_view origin, const RuleBase& rules,
                                     const InputLimits& limits) {
  AdrRecord whole = read_adr(text, origin, rules, limits);
  if (whole.unreadable) {
    return {std::move(whole)};
  }
  std::size_t first_invalid = 0;
  const std::string valid = valid_utf8(strip_bom(text), first_invalid);
  const std::vector<LogSection> sections = decision_log_sections(valid, origin);
  if (sections.empty()) {
    return {std::move(whole)};
  }
  const int first_line = line_of(valid, sections.front().begin);
  const std::optional<Location> status_at =
      whole.status_text ? std::optional<Location>(whole.status_text->where) : std::nullopt;
  if (before(whole.facts_where, first_line) || before(status_at, first_line)) {
    return {std::move(whole)};
  }
  std::vector<AdrRecord> records;
  records.reserve(sections.size());
  for (const LogSection& section : sections) {
    records.push_back(read_section(valid, section, origin, rules, limits));
    const int last_line = line_of(valid, section.end > section.begin ? section.end - 1 : section.end);
    if (whole.odd_bytes && whole.odd_bytes->line >= line_of(valid, section.begin) &&
        whole.odd_bytes->line <= last_line) {
      records.back().odd_bytes = whole.odd_bytes;
    }
  }
  // A file whose decision sections write no status, decision, supersession or facts is no log of
  // decisions (`## ADR-001` headings over the citations of a research note): read as one document.
  if (std::none_of(records.begin(), records.end(), writes_adr_parts)) {
    return {std::move(whole)};
  }
  return records;
}

std::string adr_name(const std::string& file, const std::string& section) {
  return section.empty() ? file : file + "#" + section;
}

std::string adr_name(const AdrRecord& record) { return adr_name(record.file, record.section); }

} // namespace ragft
