// `--format text`: what a person reads in a terminal.

#include <algorithm>
#include <cmath>
#include <span>
#include <string>

#include <fmt/format.h>

#include <ragft/base/escape.hpp>
#include <ragft/base/wrap.hpp>
#include <ragft/report/confidence_text.hpp>

#include "render/formats.hpp"
#include "render/measure_text.hpp"

namespace ragft {

namespace {

constexpr std::size_t k_unknowns_named = 3; // decisive unknowns named in the unknown line; the rest counted

struct Style {
  bool color = false;

  std::string paint(std::string_view code, std::string_view text) const {
    return color ? fmt::format("\033[{}m{}\033[0m", code, text) : std::string(text);
  }
  std::string bold(std::string_view text) const { return paint("1", text); }
  std::string dim(std::string_view text) const { return paint("2", text); }
  std::string good(std::string_view text) const { return paint("32", text); }
  std::string bad(std::string_view text) const { return paint("31", text); }
  std::string verdict(Verdict v) const {
    static constexpr std::string_view codes[] = {"1;36", "1;35", "1;33"};
    return paint(codes[static_cast<int>(v)], to_string(v));
  }
};

// "fine-tune, hybrid"; "rag or hybrid" with `separator` " or ".
std::string verdicts_text(const std::vector<Verdict>& verdicts, std::string_view separator = ", ") {
  std::vector<std::string_view> names;
  names.reserve(verdicts.size());
  for (Verdict v : verdicts) {
    names.push_back(to_string(v));
  }
  return fmt::format("{}", fmt::join(names, separator));
}

constexpr const char* k_legend =
    "rag = the model looks the answers up in your documents when asked; fine-tune = the model is trained on "
    "your examples; hybrid = both. The number beside each bar is its score in points: the sum of its reasons' "
    "points (the highest unblocked score wins). needs = how much the project needs knowledge the model lacks (facts, "
    "documents) and behaviour it lacks (style, format, reasoning): none, some or strong. blocked = ruled out by "
    "a hard limit, whatever its points.";

class TextRenderer : public Renderer {
public:
  explicit TextRenderer(const RenderOptions& options) : m_options(options), m_style{options.color} {}

  void begin(std::ostream&) override {}
  void result(std::ostream& out, const ResultEntry& entry) override;
  void error(std::ostream&, const Diagnostic&) override {} // errors go to stderr, from the CLI
  void end(std::ostream& out, const Summary& summary) override;

private:
  void header(std::ostream& out, const ResultEntry& entry) const;
  void prose(std::ostream& out, std::string_view text, const std::string& first, const std::string& rest) const;
  std::string cite(std::span<const std::string> titles) const;
  void cited(std::ostream& out) const;
  void scores(std::ostream& out, const Assessment& a, const std::string& indent) const;
  void reasons(std::ostream& out, const Assessment& a, const std::string& indent) const;
  void blockers(std::ostream& out, const Assessment& a, const std::string& indent) const;
  void unknowns(std::ostream& out, const Assessment& a, const std::string& indent) const;
  void assessment(std::ostream& out, const Assessment& a, const std::string& indent) const;
  void decision(std::ostream& out, const std::optional<DecisionCheck>& d, const std::string& indent) const;
  void component(std::ostream& out, const ComponentEntry& c) const;

  RenderOptions m_options;
  Style m_style;
  int m_results = 0;
  mutable std::vector<std::string> m_cited; // the sources named so far in this result, numbered from 1
};

// Wrapped to the terminal's width (none when piped), with a hanging indent.
void TextRenderer::prose(std::ostream& out, std::string_view text, const std::string& first,
                         const std::string& rest) const {
  out << wrap_hanging(escape_text(text), m_options.width, first, rest);
}

// "(sources 1, 3)": numbers into the list of titles printed after the result.
std::string TextRenderer::cite(std::span<const std::string> titles) const {
  std::vector<std::string> numbers;
  for (const std::string& title : titles) {
    auto it = std::find(m_cited.begin(), m_cited.end(), title);
    if (it == m_cited.end()) {
      it = m_cited.insert(m_cited.end(), title);
    }
    numbers.push_back(std::to_string(it - m_cited.begin() + 1));
  }
  if (numbers.empty()) {
    return "";
  }
  return fmt::format("(source{} {})", numbers.size() == 1 ? "" : "s", fmt::join(numbers, ", "));
}

void TextRenderer::cited(std::ostream& out) const {
  if (m_cited.empty()) {
    return;
  }
  out << "  sources:\n";
  for (std::size_t i = 0; i < m_cited.size(); ++i) {
    prose(out, m_cited[i], fmt::format("  {:>4}. ", i + 1), "        ");
  }
}

// The first three lines: what to do and how sure, why, and the next step. The file goes at the
// end of the first line, or after the three when the terminal is too narrow for it there.
void TextRenderer::header(std::ostream& out, const ResultEntry& entry) const {
  const std::string project = escape_text(entry.project);
  const std::string file = escape_text(entry.file);
  const std::string plain = fmt::format("verdict: {} (confidence: {}) for {}", to_string(entry.verdict),
                                        to_string(entry.confidence), project);
  const bool file_fits = m_options.width <= 0 || display_width(plain) + 2 + display_width(file) <= m_options.width;
  const std::string lead =
      fmt::format("verdict: {} (confidence: {}) for", to_string(entry.verdict), to_string(entry.confidence));
  out << fmt::format("verdict: {} (confidence: {}) for", m_style.verdict(entry.verdict), to_string(entry.confidence));
  // A name too long for the terminal's line is wrapped at its spaces under the line, not broken by
  // the terminal mid-word (readers18: a project name of 120 characters, a Japanese one of 24).
  const int room = m_options.width - 2;
  if (m_options.width <= 0 || display_width(plain) <= m_options.width || room <= display_width(lead)) {
    out << ' ' << m_style.bold(project);
  } else {
    const std::vector<std::string> lines = wrap_words(plain, room);
    const std::string_view first = std::string_view(lines.front()).substr(lead.size());
    if (!first.empty()) {
      out << m_style.bold(std::string(first));
    }
    for (std::size_t i = 1; i < lines.size(); ++i) {
      out << "\n  " << m_style.bold(lines[i]);
    }
  }
  if (!entry.file.empty() && file_fits) {
    out << "  " << m_style.dim(file); // answers of `ragft ask` that were not saved have no file
  }
  out << '\n';
  prose(out, entry.why, "  why: ", "       ");
  prose(out, entry.next_step, "  next step: ", "             ");
  prose(out, entry.confidence_text, "  how sure: ", "            ");
  if (!entry.file.empty() && !file_fits) {
    out << "  file: " << m_style.dim(file) << '\n';
  }
}

void TextRenderer::result(std::ostream& out, const ResultEntry& entry) {
  if (m_results++ > 0) {
    out << '\n';
  }
  m_cited.clear();
  header(out, entry);
  out << '\n';
  if (entry.from_components) {
    std::vector<std::string> parts;
    for (const ComponentEntry& c : entry.components) {
      parts.push_back(fmt::format("{} {}", escape_text(c.name), to_string(c.assessment.verdict)));
    }
    prose(out, fmt::format("from its parts: {}", fmt::join(parts, "; ")), "  ", "    ");
    prose(out, "the project-level facts alone (without any part's own facts; each part is decided below):", "  ",
          "    ");
    assessment(out, entry.assessment, "    ");
  } else {
    assessment(out, entry.assessment, "  ");
  }
  for (const ComponentEntry& c : entry.components) {
    component(out, c);
  }
  decision(out, entry.decision, "  ");
  render_fact_origins_text(out, entry); // with --measure only
  cited(out);
  prose(out, k_legend, m_style.dim("  legend: "), "          ");
}

void TextRenderer::assessment(std::ostream& out, const Assessment& a, const std::string& indent) const {
  scores(out, a, indent);
  prose(out, needs_text(a), indent + "needs: ", indent + "       ");
  reasons(out, a, indent);
  blockers(out, a, indent);
  unknowns(out, a, indent);
  if (a.top_flip) {
    prose(out, a.top_flip->summary, indent + "what would change it: ", indent + "  ");
  }
}

void TextRenderer::scores(std::ostream& out, const Assessment& a, const std::string& indent) const {
  double top = 1;
  for (Verdict v : k_verdicts) {
    top = std::max(top, std::fabs(a.scores[v]));
  }
  for (Verdict v : k_verdicts) {
    const int width = a.scores[v] <= 0 ? 0 : static_cast<int>(std::lround(a.scores[v] / top * k_score_bar_width));
    std::string bar;
    for (int i = 0; i < width; ++i) {
      bar += "█";
    }
    const std::string padding(static_cast<std::size_t>(k_score_bar_width - width), ' ');
    std::string line = fmt::format("{}{:<10} {}{} {:>6g}", indent, to_string(v), bar, padding, a.scores[v]);
    if (a.blocked[v]) {
      line += "  blocked";
      line = m_style.dim(line);
    }
    out << line << '\n';
  }
}

void TextRenderer::reasons(std::ostream& out, const Assessment& a, const std::string& indent) const {
  if (a.reasons.empty()) {
    out << indent << "why: no rule fired; answer more facts\n";
    return;
  }
  std::vector<const ReasonEntry*> sorted;
  for (const ReasonEntry& r : a.reasons) {
    sorted.push_back(&r);
  }
  std::stable_sort(sorted.begin(), sorted.end(), [&](const ReasonEntry* x, const ReasonEntry* y) {
    return std::fabs(x->points[a.verdict]) > std::fabs(y->points[a.verdict]);
  });
  // A reason that gives the verdict no points is not one of its reasons: left to `--reasons 0`.
  const auto counting = static_cast<std::size_t>(
      std::count_if(sorted.begin(), sorted.end(), [&](const ReasonEntry* r) { return r->points[a.verdict] != 0; }));
  const std::size_t shown =
      m_options.max_reasons > 0 ? std::min<std::size_t>(counting, m_options.max_reasons) : sorted.size();
  const bool against = std::any_of(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(shown),
                                   [&](const ReasonEntry* r) { return r->points[a.verdict] < 0; });
  out << indent
      << fmt::format("reasons (points for {}{}):\n", to_string(a.verdict),
                     against ? "; a minus counts against it" : "");
  for (std::size_t i = 0; i < shown; ++i) {
    const ReasonEntry& r = *sorted[i];
    prose(out, fmt::format("{}: {} {}", r.rule, r.because, cite(r.source_titles)),
          fmt::format("{}  {:>5} ", indent, signed_points(r.points[a.verdict])), indent + "        ");
  }
  if (shown < sorted.size()) {
    const std::size_t more = sorted.size() - shown;
    out << fmt::format("{}        ({} weaker reason{} not shown; --reasons 0 shows every one)\n", indent, more,
                       more == 1 ? "" : "s");
  }
}

void TextRenderer::blockers(std::ostream& out, const Assessment& a, const std::string& indent) const {
  for (const BlockerEntry& b : a.blockers) {
    prose(out, fmt::format("{} by {}: {} {}", verdicts_text(b.blocks), b.constraint, b.because, cite(b.source_titles)),
          indent + "blocked: ", indent + "  ");
    prose(out, b.unblock, indent + "  to unblock: ", indent + "    ");
  }
  if (a.all_blocked) {
    out << indent << m_style.bad("every verdict is blocked: the best-scoring one is shown; lift a blocker first")
        << '\n';
  }
}

void TextRenderer::unknowns(std::ostream& out, const Assessment& a, const std::string& indent) const {
  if (a.unknown_facts == 0) {
    return;
  }
  if (a.unknowns.empty()) {
    prose(out,
          fmt::format("{} of {} facts; {}", a.unknown_facts, a.total_facts, harmless_unknowns_text(a.unknown_facts)),
          indent + "unknown: ", indent + "  ");
    return;
  }
  // The most decisive few by name; the rest of those that could change the verdict as a count.
  const std::size_t named = std::min(a.unknowns.size(), k_unknowns_named);
  std::vector<std::string> items;
  items.reserve(named);
  for (std::size_t i = 0; i < named; ++i) {
    const UnknownEntry& u = a.unknowns[i];
    items.push_back(fmt::format("{} (could make it {})", escape_text(u.label), verdicts_text(u.could_become, " or ")));
  }
  std::string text =
      fmt::format("{} of {} facts; these matter most: {}", a.unknown_facts, a.total_facts, fmt::join(items, ", "));
  if (const std::size_t more = a.unknowns.size() - named; more > 0) {
    text += fmt::format("; {} more could also change it (ragft explain lists every one)", more);
  }
  prose(out, text, indent + "unknown: ", indent + "  ");
}

void TextRenderer::decision(std::ostream& out, const std::optional<DecisionCheck>& d, const std::string& indent) const {
  if (!d) {
    return;
  }
  if (d->agrees) {
    out << fmt::format("{}decision: {} {}\n", indent, to_string(d->recorded), m_style.good("agrees with the facts"));
  } else {
    out << fmt::format("{}decision: {} {} (line {})\n", indent, to_string(d->recorded),
                       m_style.bad("CONTRADICTS the facts"), d->where.line);
  }
}

void TextRenderer::component(std::ostream& out, const ComponentEntry& c) const {
  out << fmt::format("  component {}: {}  (confidence: {})\n", m_style.bold(escape_text(c.name)),
                     m_style.verdict(c.assessment.verdict), to_string(c.assessment.confidence));
  assessment(out, c.assessment, "    ");
  decision(out, c.decision, "    ");
}

void TextRenderer::end(std::ostream& out, const Summary& summary) {
  if (summary.scored + summary.failed <= 1) {
    return;
  }
  out << '\n' << summary_text(summary) << '\n';
}

} // namespace

std::unique_ptr<Renderer> make_text_renderer(const RenderOptions& options) {
  return std::make_unique<TextRenderer>(options);
}

} // namespace ragft
