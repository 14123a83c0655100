// The decision an ADR records, from the contract's fixed places in order: the ragft block's
// `decision`; MADR's `Chosen option: "X"` line (quotes and bold optional); the first sentence of a
// `Decision` section. Never guessed from keywords elsewhere.

#include <algorithm>
#include <array>

#include "adr/context.hpp"
#include "adr/words.hpp"

namespace ragft::adr_detail {

namespace {

using adr_words::trim;

constexpr std::string_view k_chosen = "chosen option";

struct Quote {
  std::string_view open;
  std::string_view close;
};

constexpr std::array k_quotes = {Quote{"\"", "\""}, Quote{"“", "”"}, Quote{"„", "“"}, Quote{"'", "'"},
                                 Quote{"«", "»"}, Quote{"‘", "’"}};

// The chosen option in `rest` (what follows `Chosen option:`): the quoted text, else up to
// `, because` or the end of the sentence. Returns the option's start and length in `rest`.
std::pair<std::size_t, std::size_t> chosen_span(std::string_view rest) {
  for (const Quote& q : k_quotes) {
    if (rest.rfind(q.open, 0) == 0) {
      const std::size_t close = rest.find(q.close, q.open.size());
      if (close != std::string_view::npos) {
        return {q.open.size(), close - q.open.size()};
      }
    }
  }
  std::size_t end = rest.size();
  for (std::string_view stop : {", because", " because", ". ", ";"}) {
    end = std::min(end, rest.find(stop));
  }
  while (end > 0 && (rest[end - 1] == '.' || rest[end - 1] == ',' || rest[end - 1] == ' ')) {
    --end;
  }
  return {0, end};
}

std::optional<AdrDecision> chosen_option_in(Context& ctx, const md::Block& b) {
  std::size_t pos = 0;
  while (pos <= b.text.size()) {
    const std::size_t end = std::min(b.text.find('\n', pos), b.text.size());
    const std::string_view line(b.text.data() + pos, end - pos);
    const std::size_t lead = line.find_first_not_of(" \t");
    const std::string lowered = adr_words::lower(line.substr(std::min(lead, line.size())));
    const std::size_t colon = lowered.find(':');
    if (lowered.rfind(k_chosen, 0) == 0 && colon != std::string::npos && trim(lowered.substr(k_chosen.size(), colon - k_chosen.size())).empty()) {
      const std::size_t rest = line.find_first_not_of(" \t", lead + colon + 1);
      if (rest != std::string_view::npos) {
        const auto [start, length] = chosen_span(line.substr(rest));
        const std::string text(trim(line.substr(rest + start, length)));
        return AdrDecision{text, "chosen option", verdict_of_decision_text(text), ctx.at(b, pos + rest + start)};
      }
    }
    pos = end + 1;
  }
  return std::nullopt;
}

// The text up to the first sentence end: `.`, `!` or `?` before a space or the end.
std::size_t first_sentence_length(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool end = i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
    if ((c == '.' || c == '!' || c == '?') && end) {
      return i + 1;
    }
  }
  return text.size();
}

std::optional<AdrDecision> decision_section(Context& ctx) {
  bool in_section = false;
  for (const md::Block& b : ctx.document.blocks) {
    if (b.kind == md::BlockKind::heading) {
      in_section = b.level >= 2 && adr_words::is_decision_heading(adr_words::normalise_label(b.text));
    } else if (in_section && (b.kind == md::BlockKind::paragraph || b.kind == md::BlockKind::list_item)) {
      const std::size_t start = b.text.find_first_not_of(" \t\n");
      if (start == std::string::npos) {
        continue;
      }
      std::string sentence(trim(b.text.substr(start, first_sentence_length(b.text.substr(start)))));
      std::replace(sentence.begin(), sentence.end(), '\n', ' ');
      return AdrDecision{sentence, "decision section", verdict_of_decision_text(sentence), ctx.at(b, start)};
    }
  }
  return std::nullopt;
}

} // namespace

void read_decision(Context& ctx) {
  for (const md::Block& b : ctx.document.blocks) {
    if (b.kind != md::BlockKind::code && b.kind != md::BlockKind::html && adr_words::names_fine_tuning(b.text)) {
      ctx.record.weighs_fine_tuning = true;
      break;
    }
  }
  const AdrRecord& record = ctx.record;
  if (record.spec && record.spec->decision) {
    const RecordedDecision& d = *record.spec->decision;
    ctx.record.decision = AdrDecision{std::string(to_string(d.verdict)), "decision key", d.verdict, d.where};
    return;
  }
  for (const md::Block& b : ctx.document.blocks) {
    if (b.kind == md::BlockKind::paragraph || b.kind == md::BlockKind::list_item) {
      if (auto chosen = chosen_option_in(ctx, b)) {
        ctx.record.decision = std::move(chosen);
        return;
      }
    }
  }
  ctx.record.decision = decision_section(ctx);
}

} // namespace ragft::adr_detail
