// A decision recorded only in a table of the Decision section: an option matrix whose `Chosen`,
// `Selected` or `Decision` column marks one row (`✅`, `yes`, `Selected`, `x`). Only a single marked
// row is read, and only its first cell, the option's name; a table of pros and cons, or one that
// marks several rows, records no decision.

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "adr/context.hpp"
#include "adr/words.hpp"

namespace ragft::adr_detail {

namespace {

// Headers of the column that marks the chosen option, in English and the languages ADRs use.
// clang-format off
constexpr std::string_view k_choice_headers[] = {
    "chosen", "selected", "choice", "decision", "outcome", "verdict", "chosen option", "selection",
    "gew\u00e4hlt", "auswahl", "entscheidung", "choisi", "choisie", "choix", "d\u00e9cision", "elegido", "elegida",
    "elecci\u00f3n", "decisi\u00f3n", "escolhido", "escolhida", "escolha", "decis\u00e3o", "scelta", "decisione"};
// clang-format on

// How a cell marks its row chosen, after its decoration: `Selected`, `✅ Chosen`, `yes`, `x`. A
// stem, written with `*`, may go on with letters (`elegid*`: elegido, elegida).
constexpr std::string_view k_marks[] = {"yes",    "x",   "selected",     "chosen",    "adopted", "accepted",
                                        "winner", "ja",  "gew\u00e4hlt", "oui",       "choisi*", "s\u00ed",
                                        "si",     "sim", "elegid*",      "escolhid*", "scelt*"};

// Signs that mark a row chosen, alone or before one of the marks.
constexpr std::string_view k_signs[] = {"\u2705", "\u2714", "\u2713", "\u2611", "\U0001F7E2"};

std::vector<std::string> cells_of(const std::string& row) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (start <= row.size()) {
    const std::size_t end = std::min(row.find('\t', start), row.size());
    cells.emplace_back(adr_words::trim(std::string_view(row).substr(start, end - start)));
    start = end + 1;
  }
  return cells;
}

std::optional<std::size_t> choice_column(const std::string& header) {
  const std::vector<std::string> cells = cells_of(header);
  for (std::size_t i = 1; i < cells.size(); ++i) {
    const std::string label = adr_words::normalise_label(cells[i]);
    if (std::find(std::begin(k_choice_headers), std::end(k_choice_headers), label) != std::end(k_choice_headers)) {
      return i;
    }
  }
  return std::nullopt;
}

bool starts_with_mark(std::string_view word, std::string_view mark) {
  const bool stem = mark.back() == '*';
  if (stem) {
    mark.remove_suffix(1);
  }
  return word.rfind(mark, 0) == 0 &&
         (stem || word.size() == mark.size() || std::isalpha(static_cast<unsigned char>(word[mark.size()])) == 0);
}

bool is_marked(const std::string& cell) {
  const bool sign = std::any_of(std::begin(k_signs), std::end(k_signs),
                                [&](std::string_view s) { return cell.find(s) != std::string::npos; });
  const std::string lowered = adr_words::lower(cell);
  // the word after the decoration (signs, emphasis, brackets): `✅ **Selected**` gives `selected**`
  std::size_t at = 0;
  while (at < lowered.size() && (static_cast<unsigned char>(lowered[at]) >= 0x80 ||
                                 std::string_view(" *_[]()`.:!-").find(lowered[at]) != std::string_view::npos)) {
    ++at;
  }
  const std::string_view word = std::string_view(lowered).substr(at);
  if (word.empty()) {
    return sign; // a sign alone (`✅`)
  }
  return std::any_of(std::begin(k_marks), std::end(k_marks),
                     [&](std::string_view m) { return starts_with_mark(word, m); });
}

} // namespace

std::optional<AdrDecision> table_choice(Context& ctx, std::size_t header) {
  const std::vector<md::Block>& blocks = ctx.document.blocks;
  const std::optional<std::size_t> column = choice_column(blocks[header].text);
  if (!column) {
    return std::nullopt;
  }
  const md::Block* chosen = nullptr;
  for (std::size_t i = header + 1;
       i < blocks.size() && blocks[i].kind == md::BlockKind::table_row && blocks[i].level != 1; ++i) {
    const std::vector<std::string> cells = cells_of(blocks[i].text);
    if (*column < cells.size() && is_marked(cells[*column])) {
      if (chosen != nullptr) {
        return std::nullopt; // several rows marked: no one choice
      }
      chosen = &blocks[i];
    }
  }
  if (chosen == nullptr) {
    return std::nullopt;
  }
  const std::string option = cells_of(chosen->text).front();
  return AdrDecision{option, "decision section", verdict_of_decision_text(option), ctx.at(*chosen, 0)};
}

} // namespace ragft::adr_detail
