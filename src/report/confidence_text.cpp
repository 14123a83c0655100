#include <ragft/report/confidence_text.hpp>

#include <algorithm>

#include <fmt/format.h>

#include <ragft/rules/condition.hpp>

namespace ragft {

namespace {

// A lead that alone would make the verdict high: the only option left, or `high_margin` points.
bool clear_lead(const RuleBase& rules, const Evaluation& e) {
  return e.forced || e.margin >= rules.decision.high_margin - 1e-9;
}

// "7.5 points over the next option", "1 point over ...": what the figure compares.
std::string points_ahead(double margin) {
  return fmt::format("{:g} point{} over the next option", margin, margin == 1.0 ? "" : "s");
}

std::string margin_words(const RuleBase& rules, const Evaluation& e) {
  if (e.all_blocked) {
    return "every option is blocked";
  }
  if (e.forced) {
    return "the only option no hard limit rules out";
  }
  if (clear_lead(rules, e)) {
    return fmt::format("a clear lead ({})", points_ahead(e.margin));
  }
  if (e.margin >= rules.decision.medium_margin - 1e-9) {
    return fmt::format("ahead, but not by much ({})", points_ahead(e.margin));
  }
  if (e.margin < 1e-9) {
    std::vector<std::string_view> order;
    order.reserve(rules.decision.tie_order.size());
    for (Verdict v : rules.decision.tie_order) {
      order.push_back(to_string(v));
    }
    return fmt::format("tied on points with another option (ties go in the order {})", fmt::join(order, ", "));
  }
  return fmt::format("a close call ({})", points_ahead(e.margin));
}

// The unknown facts on which a constraint that could block the verdict rests.
std::vector<std::string> open_feasibility(const RuleBase& rules, const Evaluation& e) {
  std::vector<std::string> names;
  for (const Constraint* constraint : e.unknown_blockers) {
    for_each_fact(constraint->condition, [&](int f) {
      std::string label = fact_label(rules.facts[static_cast<std::size_t>(f)]);
      if (std::find(names.begin(), names.end(), label) == names.end()) {
        names.push_back(std::move(label));
      }
    });
  }
  return names;
}

// Why a clear lead is not enough when an unknown fact, on its own, could change the verdict: the
// most decisive one by its label, and how many more; those `named` already (as able to rule it
// out) are not named twice. "" when every one was.
std::string open_decision(const RuleBase& rules, const Evaluation& e, const std::vector<std::string>& named) {
  std::vector<std::string> others;
  for (const auto& unknown : e.decisive_unknowns) {
    std::string label = fact_label(rules.facts[static_cast<std::size_t>(unknown.fact)]);
    if (std::find(named.begin(), named.end(), label) == named.end()) {
      others.push_back(std::move(label));
    }
  }
  if (others.empty()) {
    return "";
  }
  if (others.size() == 1) {
    return fmt::format("{} unknown fact could change it: {}", named.empty() ? "an" : "another", others.front());
  }
  return fmt::format("{}unknown facts could change it: {} and {} more", named.empty() ? "" : "other ", others.front(),
                     others.size() - 1);
}

// The fact a rule is about: the first its condition reads (accuracy-critical: the tolerance of
// wrong answers, before the documents that make it apply); -1 for a condition on needs alone.
int first_fact(const Rule& rule) {
  int first = -1;
  for_each_fact(rule.condition, [&](int fact) { first = first < 0 ? fact : first; });
  return first;
}

// Why a rule with `mixed_evidence` lowers the confidence: which of the project's facts published
// projects shared, and the rules (readers17: "published projects with facts like these chose each
// of the three ways (accuracy-critical)" left a reader to guess which facts, by a rule's id).
std::string mixed_evidence_words(const RuleBase& rules, const Evaluation& e) {
  std::vector<std::string_view> ids;
  std::vector<std::string> labels;
  ids.reserve(e.mixed_evidence.size());
  for (const Rule* rule : e.mixed_evidence) {
    ids.push_back(rule->id);
    const int fact = first_fact(*rule);
    std::string label = fact < 0 ? "" : fact_label(rules.facts[static_cast<std::size_t>(fact)]);
    if (!label.empty() && std::find(labels.begin(), labels.end(), label) == labels.end()) {
      labels.push_back(std::move(label));
    }
  }
  const std::string shared =
      labels.empty() ? std::string("facts like these") : fmt::format("the same {}", fmt::join(labels, " and "));
  return fmt::format("published projects with {} chose each of the three ways ({})", shared, fmt::join(ids, ", "));
}

// How many facts are unknown, when so many that the confidence is lower for it: "18 of 19 facts are
// unknown" above `max_unknown_share`, "only 1 of 19 facts is known" above `nearly_all_unknown_share`
// (what makes a clear lead low). "" below both.
std::string unknown_share_words(const RuleBase& rules, const Evaluation& e) {
  const std::size_t total = rules.facts.size();
  const double share = total == 0 ? 0.0 : static_cast<double>(e.unknown_facts) / static_cast<double>(total);
  if (share > nearly_all_unknown_share(rules.decision) + 1e-9) {
    const std::size_t known = total - static_cast<std::size_t>(e.unknown_facts);
    return known == 0 ? fmt::format("none of the {} facts is known", total)
                      : fmt::format("only {} of {} facts {} known", known, total, known == 1 ? "is" : "are");
  }
  if (share > rules.decision.max_unknown_share + 1e-9) {
    return fmt::format("{} of {} facts are unknown", e.unknown_facts, total);
  }
  return "";
}

} // namespace

std::string confidence_text(const RuleBase& rules, const Evaluation& e) {
  std::vector<std::string> buts;
  const auto open = open_feasibility(rules, e);
  if (!open.empty()) { // a hard limit (too few examples, citations) rests on them
    buts.push_back(fmt::format("unknown facts could still rule it out: {}", fmt::join(open, ", ")));
  }
  if (std::string decision = clear_lead(rules, e) ? open_decision(rules, e, open) : ""; !decision.empty()) {
    buts.push_back(std::move(decision));
  }
  if (std::string unknown = unknown_share_words(rules, e); !unknown.empty()) {
    buts.push_back(std::move(unknown));
  }
  if (!e.mixed_evidence.empty()) {
    buts.push_back(mixed_evidence_words(rules, e));
  }
  if (!e.weights_robust) {
    buts.push_back("slightly different rule weights could change it");
  }
  std::string text = fmt::format("{} — {}", to_string(e.confidence), margin_words(rules, e));
  if (buts.empty()) {
    return text + (e.confidence == Confidence::high ? ", and nothing unknown could rule it out" : "");
  }
  // A clear lead (or the only option left) under a confidence below high reads as a contradiction
  // unless the reasons are joined to it as what outweighs it (readers20, readers21: "low — a clear
  // lead (5.5 points over the next option); an unknown fact could change it").
  const bool outweighed = !e.all_blocked && clear_lead(rules, e);
  return fmt::format("{}{}{}", text, outweighed ? ", but " : "; ", fmt::join(buts, "; "));
}

std::string_view harmless_unknowns_text(int count) {
  return count == 1 ? "it could not change the verdict" : "no single one of them could change the verdict";
}

std::string weights_only_text(std::size_t decisive) {
  if (decisive == 0) {
    return "";
  }
  return decisive == 1 ? " (the rule weights only: an unknown fact could still change it)"
                       : fmt::format(" (the rule weights only: {} unknown facts could each still change it)", decisive);
}

} // namespace ragft
