// `--format text`: what a person reads in a terminal.

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include <ragft/base/escape.hpp>

#include "render/formats.hpp"

namespace ragft {

namespace {

constexpr int k_bar_width = 24;

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

std::string points_text(double x) { return fmt::format("{:+g}", x); }

// Seed documents are cited by file name; "003_e3ac...txt" reads as "003" in a terminal.
std::string short_source(const std::string& key) {
  const bool seed = key.size() > 4 && std::isdigit(static_cast<unsigned char>(key[0])) && key[3] == '_';
  return seed ? key.substr(0, 3) : key;
}

std::string sources_text(const std::vector<std::string>& sources) {
  std::vector<std::string> shortened;
  shortened.reserve(sources.size());
  for (const std::string& s : sources) {
    shortened.push_back(escape_text(short_source(s)));
  }
  return fmt::format("[{}]", fmt::join(shortened, ", "));
}

std::string verdicts_text(const std::vector<Verdict>& verdicts) {
  std::vector<std::string_view> names;
  names.reserve(verdicts.size());
  for (Verdict v : verdicts) {
    names.push_back(to_string(v));
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

class TextRenderer : public Renderer {
public:
  explicit TextRenderer(const RenderOptions& options) : m_options(options), m_style{options.color} {}

  void begin(std::ostream&) override {}
  void result(std::ostream& out, const ResultEntry& entry) override;
  void error(std::ostream&, const Diagnostic&) override {} // errors go to stderr, from the CLI
  void end(std::ostream& out, const Summary& summary) override;

private:
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
};

void TextRenderer::result(std::ostream& out, const ResultEntry& entry) {
  if (m_results++ > 0) {
    out << '\n';
  }
  out << m_style.bold(escape_text(entry.project)) << "  " << m_style.dim(escape_text(entry.file)) << '\n';
  out << fmt::format("  verdict: {}\n", m_style.verdict(entry.verdict));
  out << "  how sure: " << entry.confidence_text << '\n';
  if (entry.from_components) {
    std::vector<std::string> parts;
    for (const ComponentEntry& c : entry.components) {
      parts.push_back(fmt::format("{} {}", escape_text(c.name), to_string(c.assessment.verdict)));
    }
    out << fmt::format("  from its parts: {}\n", fmt::join(parts, "; "));
    out << "  project-level facts alone:\n";
    assessment(out, entry.assessment, "    ");
  } else {
    assessment(out, entry.assessment, "  ");
  }
  for (const ComponentEntry& c : entry.components) {
    component(out, c);
  }
  decision(out, entry.decision, "  ");
}

void TextRenderer::assessment(std::ostream& out, const Assessment& a, const std::string& indent) const {
  scores(out, a, indent);
  out << fmt::format("{}needs: knowledge {} ({:g}), behaviour {} ({:g})\n", indent, to_string(a.knowledge.level),
                     a.knowledge.points, to_string(a.behaviour.level), a.behaviour.points);
  reasons(out, a, indent);
  blockers(out, a, indent);
  if (a.advice) {
    out << indent << "advice: " << escape_text(*a.advice) << '\n';
  }
  unknowns(out, a, indent);
  if (a.top_flip) {
    out << indent << "top flip: " << escape_text(a.top_flip->summary) << '\n';
  }
}

void TextRenderer::scores(std::ostream& out, const Assessment& a, const std::string& indent) const {
  double top = 1;
  for (Verdict v : k_verdicts) {
    top = std::max(top, std::fabs(a.scores[v]));
  }
  for (Verdict v : k_verdicts) {
    const int width = a.scores[v] <= 0 ? 0 : static_cast<int>(std::lround(a.scores[v] / top * k_bar_width));
    std::string bar;
    for (int i = 0; i < width; ++i) {
      bar += "█";
    }
    const std::string padding(static_cast<std::size_t>(k_bar_width - width), ' ');
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
  const std::size_t shown = m_options.max_reasons > 0 ? std::min<std::size_t>(sorted.size(), m_options.max_reasons) : sorted.size();
  out << indent << fmt::format("why (points for {}):\n", to_string(a.verdict));
  for (std::size_t i = 0; i < shown; ++i) {
    const ReasonEntry& r = *sorted[i];
    out << fmt::format("{}  {:>5} {}: {} {}\n", indent, points_text(r.points[a.verdict]), escape_text(r.rule), escape_text(r.because),
                       m_style.dim(sources_text(r.sources)));
  }
  if (shown < sorted.size()) {
    out << fmt::format("{}  ... and {} more (all of them with --format json)\n", indent, sorted.size() - shown);
  }
}

void TextRenderer::blockers(std::ostream& out, const Assessment& a, const std::string& indent) const {
  for (const BlockerEntry& b : a.blockers) {
    out << fmt::format("{}blocked: {} by {}: {} {}\n", indent, verdicts_text(b.blocks), escape_text(b.constraint), escape_text(b.because),
                       m_style.dim(sources_text(b.sources)));
    out << fmt::format("{}  to unblock: {}\n", indent, escape_text(b.unblock));
  }
  if (a.all_blocked) {
    out << indent << m_style.bad("every verdict is blocked: the best-scoring one is shown; lift a blocker first") << '\n';
  }
}

void TextRenderer::unknowns(std::ostream& out, const Assessment& a, const std::string& indent) const {
  if (a.unknown_facts == 0) {
    return;
  }
  if (a.unknowns.empty()) {
    out << fmt::format("{}unknown: {} of {} facts; no single one of them could change the verdict\n", indent,
                       a.unknown_facts, a.total_facts);
    return;
  }
  std::vector<std::string> items;
  for (const UnknownEntry& u : a.unknowns) {
    items.push_back(fmt::format("{} (could make it {})", escape_text(u.fact), verdicts_text(u.could_become)));
  }
  out << fmt::format("{}unknown: {} of {} facts; these matter most: {}\n", indent, a.unknown_facts, a.total_facts,
                     fmt::join(items, ", "));
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
  out << fmt::format("  component {}: {}\n", m_style.bold(escape_text(c.name)), m_style.verdict(c.assessment.verdict));
  out << "    how sure: " << c.assessment.confidence_text << '\n';
  assessment(out, c.assessment, "    ");
  decision(out, c.decision, "    ");
}

void TextRenderer::end(std::ostream& out, const Summary& summary) {
  if (summary.scored + summary.failed <= 1) {
    return;
  }
  out << fmt::format("\n{} scored, {} failed: {} rag, {} fine-tune, {} hybrid", summary.scored, summary.failed,
                     summary.per_verdict[Verdict::rag], summary.per_verdict[Verdict::fine_tune],
                     summary.per_verdict[Verdict::hybrid]);
  if (summary.contradicting > 0) {
    out << fmt::format("; {} decision(s) contradict their facts", summary.contradicting);
  }
  out << '\n';
}

} // namespace

std::unique_ptr<Renderer> make_text_renderer(const RenderOptions& options) {
  return std::make_unique<TextRenderer>(options);
}

} // namespace ragft
