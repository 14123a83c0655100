// MADR's chosen option: a line `Chosen option: "X", because …` (quotes and bold optional), in English
// and in the languages MADR's users write it in (`Gewählte Option:`, `Opción elegida:`, `Выбранный
// вариант:`, `选择的方案：`, …), with the option after the label on its line, on the next line, or,
// the label written alone, in the paragraph after it or the list item nested under it.

#include <algorithm>
#include <array>

#include "adr/context.hpp"
#include "adr/words.hpp"

namespace ragft::adr_detail {

namespace {

using adr_words::trim;

// The labels, lowercased (adr_words::lower folds Latin-1 and Cyrillic capitals).
constexpr std::string_view k_labels[] = {
    "chosen option",
    "gew\u00e4hlte option",                                                                              // German
    "option choisie",                                                                                    // French
    "opci\u00f3n elegida",                                                                               // Spanish
    "op\u00e7\u00e3o escolhida",                                                                         // Portuguese
    "opzione scelta",                                                                                    // Italian
    "\u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0439 \u0432\u0430\u0440\u0438\u0430\u043d\u0442", // Russian
    "\u9009\u62e9\u7684\u65b9\u6848",                                                                    // Chinese
    "\u63a1\u7528\u3057\u305f\u9078\u629e\u80a2"};                                                       // Japanese

constexpr std::string_view k_full_width_colon = "\uFF1A";

struct Quote {
  std::string_view open;
  std::string_view close;
};

constexpr std::array k_quotes = {Quote{"\"", "\""}, Quote{"“", "”"}, Quote{"„", "“"},   Quote{"'", "'"},
                                 Quote{"«", "»"},   Quote{"‘", "’"}, Quote{"「", "」"}, Quote{"『", "』"}};

// The words that open the reason after the option (`, because …`), as the labels' languages write
// them.
constexpr std::string_view k_because[] = {"because",
                                          "weil",
                                          "parce qu",
                                          "porque",
                                          "perch\u00e9",
                                          "\u043f\u043e\u0442\u043e\u043c\u0443",
                                          "\u0442\u0430\u043a \u043a\u0430\u043a",
                                          "\u56e0\u4e3a"};

bool opens_with_because(std::string_view text) {
  const std::string lowered = adr_words::lower(text);
  return std::any_of(std::begin(k_because), std::end(k_because),
                     [&](std::string_view w) { return lowered.rfind(w, 0) == 0; });
}

// True when a closing quote at `pos` of `rest` ends the option: the line, a clause or a sentence
// ends after it (`"Use "X" for Y", because`: the quotes around X are inside the option).
bool ends_option(std::string_view rest, std::size_t pos) {
  const std::string_view after = trim(rest.substr(pos));
  return after.empty() || after.find_first_of(",.;:)!?") == 0 || opens_with_because(after) ||
         after.rfind("\uFF0C", 0) == 0 || after.rfind("\u3002", 0) == 0; // `，`, `。`
}

// The quoted option at the start of `rest`, quotes nested in it kept: {start, length}, or none.
std::optional<std::pair<std::size_t, std::size_t>> quoted_span(std::string_view rest) {
  for (const Quote& q : k_quotes) {
    if (rest.rfind(q.open, 0) != 0) {
      continue;
    }
    std::size_t last = std::string_view::npos;
    for (std::size_t close = rest.find(q.close, q.open.size()); close != std::string_view::npos;
         close = rest.find(q.close, close + q.close.size())) {
      last = close;
      if (ends_option(rest, close + q.close.size())) {
        break;
      }
    }
    if (last != std::string_view::npos) {
      return std::pair(q.open.size(), last - q.open.size());
    }
  }
  return std::nullopt;
}

// The chosen option in `rest` (what follows `Chosen option:`): the quoted text, else up to the
// reason (`, because`, `, weil`, `, porque`, …) or the end of the sentence. Returns the option's
// start and length in `rest`.
std::pair<std::size_t, std::size_t> chosen_span(std::string_view rest) {
  if (auto quoted = quoted_span(rest)) {
    return *quoted;
  }
  std::size_t end = std::min({rest.find(". "), rest.find(';'), rest.find("\u3002"), rest.size()}); // `。`
  for (std::size_t comma = rest.find(','); comma < end; comma = rest.find(',', comma + 1)) {
    if (opens_with_because(trim(rest.substr(comma + 1)))) {
      end = comma;
    }
  }
  for (std::size_t space = rest.find(' '); space < end; space = rest.find(' ', space + 1)) {
    if (adr_words::lower(rest.substr(space + 1)).rfind("because", 0) == 0) {
      end = space; // `X because …`, as MADR's English examples write it
    }
  }
  while (end > 0 && (rest[end - 1] == '.' || rest[end - 1] == ',' || rest[end - 1] == ' ')) {
    --end;
  }
  return {0, end};
}

// Where the option starts after a label that opens `line` (from `lead`): the position after its
// `:` (`：`, and French `Option choisie :`); npos when the line opens with no label.
std::size_t after_label(std::string_view line, std::size_t lead) {
  const std::string lowered = adr_words::lower(line.substr(std::min(lead, line.size())));
  for (const std::string_view label : k_labels) {
    if (lowered.rfind(label, 0) != 0) {
      continue;
    }
    const std::size_t colon = lowered.find_first_not_of(" \t\u00a0", label.size());
    if (colon != std::string::npos && lowered[colon] == ':') {
      return lead + colon + 1;
    }
    if (colon != std::string::npos && lowered.compare(colon, k_full_width_colon.size(), k_full_width_colon) == 0) {
      return lead + colon + k_full_width_colon.size();
    }
  }
  return std::string_view::npos;
}

AdrDecision option_at(Context& ctx, const md::Block& b, std::size_t pos, std::string_view rest) {
  const auto [start, length] = chosen_span(rest);
  const std::string text(trim(rest.substr(start, length)));
  return AdrDecision{text, "chosen option", verdict_of_decision_text(text), ctx.at(b, pos + start)};
}

// The block after block `i` that holds the option its label, written alone, names: the next
// paragraph or list item (a loose item's paragraph), nested deeper than the label when the label is
// in a list item (`- Выбранный вариант:` over `  - Option A`; a sibling item says something else).
const md::Block* option_block_after(const Context& ctx, std::size_t i) {
  const std::vector<md::Block>& blocks = ctx.document.blocks;
  for (std::size_t j = i + 1; j < blocks.size(); ++j) {
    const md::Block& b = blocks[j];
    if (b.kind == md::BlockKind::list_item && trim(b.text).empty()) {
      continue; // a loose item: its paragraph follows
    }
    const bool text = b.kind == md::BlockKind::paragraph || b.kind == md::BlockKind::list_item;
    return text && (blocks[i].depth == 0 || b.depth > blocks[i].depth) ? &b : nullptr;
  }
  return nullptr;
}

// The option a label alone on the line at `end` of block `i` names: on the block's next line, or in
// the block after it (not after a heading: `## Chosen Option` is a Decision section).
std::optional<AdrDecision> option_after(Context& ctx, std::size_t i, std::size_t end) {
  const md::Block& b = ctx.document.blocks[i];
  if (end < b.text.size()) {
    const std::size_t next = b.text.find_first_not_of(" \t\n", end);
    if (next != std::string::npos) {
      const std::size_t next_end = std::min(b.text.find('\n', next), b.text.size());
      return option_at(ctx, b, next, std::string_view(b.text).substr(next, next_end - next));
    }
  }
  if (b.kind == md::BlockKind::heading) {
    return std::nullopt;
  }
  const md::Block* option = option_block_after(ctx, i);
  if (option == nullptr) {
    return std::nullopt;
  }
  const std::size_t start = option->text.find_first_not_of(" \t\n");
  if (start == std::string::npos) {
    return std::nullopt;
  }
  const std::string_view text = std::string_view(option->text).substr(start);
  return option_at(ctx, *option, start, text.substr(0, std::min(text.find('\n'), text.size())));
}

} // namespace

std::optional<AdrDecision> chosen_option_in(Context& ctx, std::size_t i) {
  const md::Block& b = ctx.document.blocks[i];
  std::size_t pos = 0;
  while (pos <= b.text.size()) {
    const std::size_t end = std::min(b.text.find('\n', pos), b.text.size());
    const std::string_view line(b.text.data() + pos, end - pos);
    const std::size_t label_end = after_label(line, line.find_first_not_of(" \t"));
    if (label_end != std::string_view::npos) {
      const std::size_t rest = line.find_first_not_of(" \t", label_end);
      if (rest != std::string_view::npos) {
        return option_at(ctx, b, pos + rest, line.substr(rest));
      }
      if (auto option = option_after(ctx, i, end)) {
        return option;
      }
    }
    pos = end + 1;
  }
  return std::nullopt;
}

namespace {

// The words an option's heading opens with (`### Option B: …`, `## Alternative 2 …`, `### Approach 3:
// …`), lowercased, after its numbering or a mark.
constexpr std::string_view k_option_words[] = {"option",          "alternative", "approach",
                                               "op\u00e7\u00e3o", "opci\u00f3n", "variante"};

// The marks that say an option was chosen, at the end of its heading (`(Selected)`, `(Chosen)`, `-
// Chosen`, `✅`), lowercased; or `✅` at its start (`### ✅ Option A`).
constexpr std::string_view k_chosen_marks[] = {"(selected)",    "(chosen)",   "- chosen",
                                               "\u2014 chosen", "- selected", "\u2705"};
constexpr std::string_view k_check_mark = "\u2705";

// The heading's text without its chosen mark when it marks an option as chosen; "" otherwise.
std::string marked_option(std::string_view heading) {
  std::string text(trim(heading));
  const std::string lowered = adr_words::lower(text);
  const auto mark = std::find_if(std::begin(k_chosen_marks), std::end(k_chosen_marks),
                                 [&](std::string_view m) { return lowered.ends_with(m); });
  if (mark != std::end(k_chosen_marks)) {
    text = trim(std::string_view(text).substr(0, text.size() - mark->size()));
  } else if (lowered.rfind(k_check_mark, 0) == 0) {
    text = trim(std::string_view(text).substr(k_check_mark.size()));
  } else {
    return "";
  }
  const std::string opening = adr_words::lower(text);
  const bool option = std::any_of(std::begin(k_option_words), std::end(k_option_words), [&](std::string_view w) {
    return opening.rfind(w, 0) == 0 && (opening.size() == w.size() || opening[w.size()] == ' ');
  });
  return option ? text : "";
}

} // namespace

std::optional<AdrDecision> marked_option_heading(Context& ctx) {
  for (const md::Block& b : ctx.document.blocks) {
    if (b.kind != md::BlockKind::heading || b.level < 2) {
      continue;
    }
    std::string text = marked_option(b.text);
    if (!text.empty()) {
      const std::size_t at = b.text.find(text.substr(0, text.find(' ')));
      return AdrDecision{text, "decision section", verdict_of_decision_text(text),
                         ctx.at(b, at == std::string::npos ? 0 : at)};
    }
  }
  return std::nullopt;
}

} // namespace ragft::adr_detail
