#include <ragft/adr/writer.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <regex>

#include <fmt/format.h>

#include <ragft/base/escape.hpp>
#include <ragft/base/names.hpp>
#include <ragft/spec/writer.hpp>

namespace ragft {

namespace {

struct OptionName {
  Verdict verdict;
  std::string_view title;
};

constexpr OptionName k_options[] = {
    {Verdict::rag, "RAG (retrieval-augmented generation)"},
    {Verdict::fine_tune, "Fine-tuning"},
    {Verdict::hybrid, "Hybrid (fine-tuned model with RAG)"},
};

std::string_view option_title(Verdict v) {
  for (const OptionName& o : k_options) {
    if (o.verdict == v) {
      return o.title;
    }
  }
  return "RAG (retrieval-augmented generation)";
}

std::string verdict_word(Verdict v) {
  switch (v) {
  case Verdict::rag:
    return "RAG";
  case Verdict::fine_tune:
    return "fine-tuning";
  case Verdict::hybrid:
    return "a hybrid of RAG and fine-tuning";
  }
  return "RAG";
}

std::string ragft_block(const RuleBase& rules, const Spec& spec, Verdict verdict) {
  std::string out = fmt::format("ragft:\n  decision: {}\n  facts:\n", to_string(verdict));
  out += write_facts(rules, spec.facts, "    ");
  if (!spec.components.empty()) {
    out += "  components:\n";
    for (const Component& c : spec.components) {
      out += fmt::format("    - name: {}\n      facts:\n", yaml_quote(c.name));
      const std::string facts = write_facts(rules, c.facts, "        ", &spec.facts);
      out += facts.empty() ? "        {}\n" : facts;
    }
  }
  return out + write_measure_section(spec.measure, "  "); // where `ragft check` measures the facts again
}

// `sentence` to follow "because": its first letter lower case, unless the first word is an acronym
// ("RAG", "ML") or a number ("Knowledge changes" -> "knowledge changes").
std::string after_because(std::string sentence) {
  const bool acronym = sentence.size() > 1 && std::isupper(static_cast<unsigned char>(sentence[1])) != 0;
  if (!sentence.empty() && !acronym) {
    sentence[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(sentence[0])));
  }
  return sentence;
}

// "Good, because ..." and "Bad, because ..." lines of one option, strongest first.
std::string pros_and_cons(const Assessment& a, Verdict v) {
  std::vector<const ReasonEntry*> reasons;
  for (const ReasonEntry& r : a.reasons) {
    if (std::fabs(r.points[v]) > 1e-9) {
      reasons.push_back(&r);
    }
  }
  std::stable_sort(reasons.begin(), reasons.end(), [&](const ReasonEntry* x, const ReasonEntry* y) {
    return std::fabs(x->points[v]) > std::fabs(y->points[v]);
  });
  std::string out;
  for (const ReasonEntry* r : reasons) {
    out += fmt::format("* {}, because {} ({:+g}, `{}`)\n", r->points[v] > 0 ? "Good" : "Bad", after_because(r->because),
                       r->points[v], r->rule);
  }
  for (const BlockerEntry& b : a.blockers) {
    if (b.blocks_verdict(v)) {
      out += fmt::format("* Bad, because it is not feasible now: {} To unblock: {} (`{}`)\n", b.because, b.unblock,
                         b.constraint);
    }
  }
  return out.empty() ? "* Neutral: no rule speaks for or against it with the facts known.\n" : out;
}

std::string strongest_reason(const Assessment& a) {
  const ReasonEntry* best = nullptr;
  for (const ReasonEntry& r : a.reasons) {
    if (best == nullptr || r.points[a.verdict] > best->points[a.verdict]) {
      best = &r;
    }
  }
  return best == nullptr ? "the facts known so far point to it" : best->because;
}

// The unknown facts that could change the verdict: what to find out before accepting the ADR.
std::string open_questions(const Assessment& a) {
  if (a.unknowns.empty()) {
    return "";
  }
  std::string out = "\nStill unknown, and each could change the verdict (answer them in the `ragft:` block):\n\n";
  for (const UnknownEntry& u : a.unknowns) {
    out += fmt::format("* {}\n", unknown_item(u));
  }
  return out;
}

std::string body(const Spec& spec, const ResultEntry& entry) {
  const Assessment& a = entry.assessment;
  std::string out = "## Context and Problem Statement\n\n";
  if (spec.description) {
    out += *spec.description + "\n";
  }
  // Quoted: a name is often a phrase ("Should Support ticket triage use ..." read as a broken sentence).
  out += fmt::format("Should the project \"{}\" use retrieval-augmented generation (RAG), fine-tuning, or both?\n\n",
                     markdown_literal(spec.project));
  out += "The facts it rests on are in the `ragft:` block above; `ragft check` re-scores them in CI.\n\n";
  out += "## Considered Options\n\n";
  for (const OptionName& o : k_options) {
    out += fmt::format("* {}\n", o.title);
  }
  // A project decided from its parts: why is what the parts point to; its own facts' scores and
  // unknowns decide nothing by themselves (as `check` leaves them out).
  const bool parts = entry.from_components;
  out += fmt::format("\n## Decision Outcome\n\nChosen option: \"{}\", because {}\n\n", option_title(entry.verdict),
                     after_because(parts ? entry.why : strongest_reason(a)));
  out += fmt::format("{}: rag {:g}, fine-tune {:g}, hybrid {:g} (points). How sure: {}.\n",
                     parts ? "Scores of the project-level facts alone" : "Scores", a.scores[Verdict::rag],
                     a.scores[Verdict::fine_tune], a.scores[Verdict::hybrid], entry.confidence_text);
  out += parts ? "" : open_questions(a);
  if (a.advice) {
    out += fmt::format("\n{}\n", *a.advice);
  }
  out += entry.next_step.empty() ? "" : fmt::format("\nNext step: {}\n", entry.next_step);
  out += "\n### Confirmation\n\n`ragft check` in CI re-scores the facts above and fails when they no longer support "
         "this decision.\n";
  out += "\n## Pros and Cons of the Options\n";
  for (const OptionName& o : k_options) {
    out += fmt::format("\n### {}\n\n{}", o.title, pros_and_cons(a, o.verdict));
  }
  return out;
}

} // namespace

std::string default_adr_title(const ResultEntry& entry) {
  return fmt::format("Use {} for {}", verdict_word(entry.verdict), entry.project);
}

std::string write_adr(const RuleBase& rules, const Spec& spec, const ResultEntry& entry, const AdrDraft& draft) {
  const std::string title = draft.title.empty() ? default_adr_title(entry) : draft.title;
  std::string out = fmt::format("---\nstatus: proposed\ndate: {}\n", draft.date);
  out += ragft_block(rules, spec, entry.verdict);
  out += fmt::format("---\n\n# {}\n\n", markdown_literal(title));
  return out + body(spec, entry) + draft.appendix;
}

std::string slug_of(std::string_view title) {
  constexpr std::size_t k_max_slug = 100; // with the number and `.md`, well under 255 bytes
  return slug(title, k_max_slug, "decision");
}

std::string next_adr_file_name(const std::vector<std::string>& existing, std::string_view title,
                               std::string_view date) {
  static const std::regex numbered(R"(^([A-Za-z]+-)?(\d+)-.*\.md$)");
  std::string prefix;
  std::size_t width = 4;
  long long highest = 0;
  bool dated = false;
  for (const std::string& name : existing) {
    std::smatch m;
    if (!std::regex_match(name, m, numbered)) {
      continue;
    }
    const std::string digits = m[2].str();
    dated = dated || digits.size() == 8;
    if (digits.size() < 8 && std::stoll(digits) >= highest) {
      highest = std::stoll(digits);
      prefix = m[1].str();
      width = digits.size();
    }
  }
  const std::string slug = slug_of(title);
  if (dated && highest == 0) {
    std::string compact(date);
    compact.erase(std::remove(compact.begin(), compact.end(), '-'), compact.end());
    return fmt::format("{}-{}.md", compact, slug);
  }
  return fmt::format("{}{:0{}}-{}.md", prefix, highest + 1, width, slug);
}

} // namespace ragft
