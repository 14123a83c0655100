#include <ragft/rules/lint.hpp>

#include <ragft/rules/show.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include <fmt/format.h>

namespace ragft {

namespace {

constexpr double k_probe_limit = 1e6; // value combinations tried before assuming a condition can hold

// --- can a condition hold? ----------------------------------------------------------------------

std::vector<FactValue> candidates(const FactDef& fact, const Condition& condition, int index) {
  std::vector<FactValue> out{FactValue{}};
  switch (fact.type) {
  case FactType::choice:
    for (std::size_t i = 0; i < fact.choices.size(); ++i) {
      out.push_back(FactValue::choice(static_cast<int>(i)));
    }
    break;
  case FactType::boolean:
    out.push_back(FactValue::boolean(false));
    out.push_back(FactValue::boolean(true));
    break;
  case FactType::integer: {
    std::set<std::int64_t> values{fact.minimum};
    for (const std::int64_t v : boundary_values(condition, index)) {
      values.insert(std::max(v, fact.minimum));
    }
    for (const std::int64_t v : values) {
      out.push_back(FactValue::integer(v));
    }
    break;
  }
  }
  return out;
}

// The levels a need can reach: `some` needs a rule that adds to it, `strong` enough such rules.
std::vector<NeedLevel> reachable_levels(const RuleBase& rules, Need need) {
  const Verdict side = need == Need::knowledge ? Verdict::rag : Verdict::fine_tune;
  double most = 0;
  for (const Rule& rule : rules.rules) {
    if (rule.need == need) {
      most += std::max(0.0, rule.points[side]);
    }
  }
  std::vector<NeedLevel> levels{NeedLevel::none};
  if (most > 0) {
    levels.push_back(NeedLevel::some);
  }
  if (most > 0 && most >= rules.decision.strong_need) {
    levels.push_back(NeedLevel::strong);
  }
  return levels;
}

std::vector<NeedLevels> need_combinations(const RuleBase& rules) {
  std::vector<NeedLevels> out;
  for (const NeedLevel k : reachable_levels(rules, Need::knowledge)) {
    for (const NeedLevel b : reachable_levels(rules, Need::behaviour)) {
      out.push_back(NeedLevels{NeedLevel::none, k, b});
    }
  }
  return out;
}

class Prober {
public:
  Prober(const RuleBase& rules, const Condition& condition) : m_condition(condition) {
    m_values.assign(rules.facts.size(), FactValue{});
    std::set<int> read;
    for_each_fact(condition, [&](int fact) { read.insert(fact); });
    for (const int fact : read) {
      m_facts.push_back(fact);
      m_candidates.push_back(candidates(rules.facts[static_cast<std::size_t>(fact)], condition, fact));
    }
    m_needs = reads_needs(condition) ? need_combinations(rules) : std::vector<NeedLevels>{NeedLevels{}};
  }

  // Tries only "unknown" for `fact` (when the condition reads it).
  void pin_unknown(int fact) {
    for (std::size_t i = 0; i < m_facts.size(); ++i) {
      if (m_facts[i] == fact) {
        m_candidates[i] = {FactValue{}};
      }
    }
  }

  bool too_many() const {
    double combinations = static_cast<double>(m_needs.size());
    for (const auto& values : m_candidates) {
      combinations *= static_cast<double>(values.size());
    }
    return combinations > k_probe_limit;
  }

  bool any_holds(std::size_t depth = 0) {
    if (depth == m_facts.size()) {
      return std::any_of(m_needs.begin(), m_needs.end(), [&](const NeedLevels& levels) {
        return evaluate(m_condition, m_values, &levels) == Truth::yes;
      });
    }
    for (const FactValue& value : m_candidates[depth]) {
      m_values[static_cast<std::size_t>(m_facts[depth])] = value;
      if (any_holds(depth + 1)) {
        return true;
      }
    }
    return false;
  }

private:
  const Condition& m_condition;
  FactSet m_values;
  std::vector<int> m_facts;
  std::vector<std::vector<FactValue>> m_candidates;
  std::vector<NeedLevels> m_needs;
};

// --- the checks ---------------------------------------------------------------------------------

using Findings = std::vector<LintFinding>;

void add(Findings& out, Severity severity, std::string_view check, const Location& where, std::string message) {
  out.push_back(LintFinding{severity, std::string(check), Diagnostic{where, std::move(message)}});
}

void check_never_fires(const RuleBase& rules, Findings& out) {
  for (const Rule& rule : rules.rules) {
    if (!can_hold(rules, rule.condition)) {
      add(out, Severity::error, "never-fires", rule.where,
          fmt::format("rule `{}` can never fire: no values of the facts it reads satisfy its condition "
                      "(check for contradictory ranges or choices)",
                      rule.id));
    }
  }
  for (const Constraint& constraint : rules.constraints) {
    if (!can_hold(rules, constraint.condition)) {
      add(out, Severity::error, "never-fires", constraint.where,
          fmt::format("constraint `{}` can never hold: no values of the facts it reads satisfy its condition",
                      constraint.id));
    }
  }
}

// --- a `not:` over a fact that may be unknown -----------------------------------------------------

// Whether `condition` can hold while `fact` is unknown.
bool can_hold_unknown(const RuleBase& rules, const Condition& condition, int fact) {
  Prober prober(rules, condition);
  prober.pin_unknown(fact);
  return prober.too_many() || prober.any_holds();
}

// The negations in a condition, outermost first.
void collect_negations(const Condition& condition, std::vector<const Condition*>& out) {
  if (condition.kind == ConditionKind::negate) {
    out.push_back(&condition);
  }
  for (const Condition& child : condition.children) {
    collect_negations(child, out);
  }
}

// `condition` with the negation `target` taken as true (an `all` of nothing).
Condition with_negation_true(const Condition& condition, const Condition* target) {
  if (&condition == target) {
    return Condition{};
  }
  Condition out = condition;
  out.children.clear();
  for (const Condition& child : condition.children) {
    out.children.push_back(with_negation_true(child, target));
  }
  return out;
}

// "Unless the budget is low" written as `not: {fact: budget, is: low}` is unknown, so does not hold,
// while the budget is unknown. Reported where that negation alone keeps a rule or constraint from
// holding for an unknown fact, with the fix. `verb`: "fire" or "hold".
void check_negations(const RuleBase& rules, const Condition& condition, std::string_view what, std::string_view verb,
                     Findings& out) {
  std::vector<const Condition*> negations;
  collect_negations(condition, negations);
  for (const Condition* negation : negations) {
    std::set<int> read;
    for_each_fact(*negation, [&](int fact) { read.insert(fact); });
    for (const int fact : read) {
      if (can_hold_unknown(rules, condition, fact) ||
          !can_hold_unknown(rules, with_negation_true(condition, negation), fact)) {
        continue;
      }
      const std::string& id = rules.facts[static_cast<std::size_t>(fact)].id;
      add(out, Severity::warning, "not-over-unknown", negation->where,
          fmt::format("{} never {}s while `{}` is unknown: its `not` ({}) is neither true nor false then, as any "
                      "condition on an unknown fact is; to let it {} while {} is unknown too, write `any: [{{not: "
                      "...}}, {{fact: {}, known: false}}]`",
                      what, verb, id, describe_condition(rules, negation->children.front()), verb, id, id));
    }
  }
}

void check_not_over_unknown(const RuleBase& rules, Findings& out) {
  for (const Rule& rule : rules.rules) {
    check_negations(rules, rule.condition, fmt::format("rule `{}`", rule.id), "fire", out);
  }
  for (const Constraint& constraint : rules.constraints) {
    check_negations(rules, constraint.condition, fmt::format("constraint `{}`", constraint.id), "hold", out);
  }
}

// A question whose `when` can never hold is asked only while earlier answers are unknown.
void check_unreachable_when(const RuleBase& rules, Findings& out) {
  for (const FactDef& fact : rules.facts) {
    if (fact.when && !can_hold(rules, *fact.when)) {
      add(out, Severity::warning, "unreachable-when", fact.where,
          fmt::format("the question of fact `{}` is asked only while earlier answers are unknown: no values of the "
                      "facts its `when` reads satisfy it",
                      fact.id));
    }
  }
}

void check_no_effect(const RuleBase& rules, Findings& out) {
  for (const Rule& rule : rules.rules) {
    const auto& p = rule.points.values;
    if (std::all_of(p.begin(), p.end(), [](double x) { return x == 0; })) {
      add(out, Severity::warning, "no-effect", rule.where,
          fmt::format("rule `{}` gives 0 points to every verdict; give it points or remove it", rule.id));
    }
  }
}

void check_blocks_all(const RuleBase& rules, Findings& out) {
  for (const Constraint& constraint : rules.constraints) {
    std::set<Verdict> blocked(constraint.blocks.begin(), constraint.blocks.end());
    if (blocked.size() == k_verdict_count) {
      add(out, Severity::warning, "blocks-all", constraint.where,
          fmt::format("constraint `{}` blocks every verdict, so a project it holds for gets none; "
                      "leave at least one verdict open",
                      constraint.id));
    }
  }
}

void check_choice_help(const RuleBase& rules, Findings& out) {
  for (const FactDef& fact : rules.facts) {
    for (const Choice& choice : fact.choices) {
      if (choice.help.empty()) {
        add(out, Severity::warning, "choice-without-help", fact.where,
            fmt::format("choice `{}` of fact `{}` has no `help`; the questionnaire shows it to explain the choice",
                        choice.value, fact.id));
      }
    }
  }
}

std::set<int> facts_read(const RuleBase& rules) {
  std::set<int> read;
  auto note = [&](int fact) { read.insert(fact); };
  for (const Rule& rule : rules.rules) {
    for_each_fact(rule.condition, note);
  }
  for (const Constraint& constraint : rules.constraints) {
    for_each_fact(constraint.condition, note);
  }
  return read;
}

void check_unused_facts(const RuleBase& rules, Findings& out) {
  const std::set<int> read = facts_read(rules);
  for (std::size_t i = 0; i < rules.facts.size(); ++i) {
    if (read.count(static_cast<int>(i)) == 0) {
      add(out, Severity::warning, "unused-fact", rules.facts[i].where,
          fmt::format("fact `{}` is read by no rule or constraint, so its answer changes nothing", rules.facts[i].id));
    }
  }
}

std::set<std::string> cited_sources(const RuleBase& rules) {
  std::set<std::string> cited;
  for (const Rule& rule : rules.rules) {
    cited.insert(rule.sources.begin(), rule.sources.end());
  }
  for (const Constraint& constraint : rules.constraints) {
    cited.insert(constraint.sources.begin(), constraint.sources.end());
  }
  return cited;
}

void check_unused_sources(const RuleBase& rules, Findings& out) {
  const std::set<std::string> cited = cited_sources(rules);
  for (const auto& [key, source] : rules.sources) {
    if (cited.count(key) == 0) {
      add(out, Severity::warning, "unused-source", source.where,
          fmt::format("source `{}` is cited by no rule or constraint", key));
    }
  }
}

void check_source_grades(const RuleBase& rules, Findings& out) {
  for (const auto& [key, source] : rules.sources) {
    if (source.grade.empty()) {
      add(out, Severity::warning, "ungraded-source", source.where,
          fmt::format("source `{}` has no `grade` (A experiment, B vendor documentation, C practitioner article, "
                      "D derived)",
                      key));
    }
  }
}

// The codes a text could name `key` by: the key itself, and for a file-named source
// ("003_e3ac8a53f64d216f.txt") its leading number ("003").
std::vector<std::string> source_codes(const std::string& key) {
  std::vector<std::string> codes = {key};
  const std::size_t underscore = key.find('_');
  if (underscore != std::string::npos && underscore > 0 &&
      std::all_of(key.begin(), key.begin() + static_cast<std::ptrdiff_t>(underscore),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
    codes.push_back(key.substr(0, underscore));
  }
  return codes;
}

// True when `code` occurs in `text` as a whole word (not inside "1,000" or "2003").
bool names_code(std::string_view text, std::string_view code) {
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == ',' || c == '_'; };
  for (std::size_t at = text.find(code); at != std::string_view::npos; at = text.find(code, at + 1)) {
    const std::size_t end = at + code.size();
    if ((at == 0 || !word_char(text[at - 1])) && (end == text.size() || !word_char(text[end]) || text[end] == ',')) {
      return true;
    }
  }
  return false;
}

// The texts a reader sees (questions, help, reasons, what would lift a block), with where each is.
std::vector<std::pair<std::string_view, Location>> reader_texts(const RuleBase& rules) {
  std::vector<std::pair<std::string_view, Location>> texts;
  for (const FactDef& fact : rules.facts) {
    texts.emplace_back(fact.question, fact.where);
    texts.emplace_back(fact.help, fact.where);
    for (const Choice& choice : fact.choices) {
      texts.emplace_back(choice.help, fact.where);
    }
  }
  for (const Rule& rule : rules.rules) {
    texts.emplace_back(rule.because, rule.where);
  }
  for (const Constraint& constraint : rules.constraints) {
    texts.emplace_back(constraint.because, constraint.where);
    texts.emplace_back(constraint.unblock, constraint.where);
  }
  return texts;
}

// The first code of `key` that `text` names; empty when it names none.
std::string named_code(std::string_view text, const std::string& key) {
  for (const std::string& code : source_codes(key)) {
    if (names_code(text, code)) {
      return code;
    }
  }
  return "";
}

void check_source_codes(const RuleBase& rules, Findings& out) {
  for (const auto& [text, where] : reader_texts(rules)) {
    for (const auto& [key, source] : rules.sources) {
      if (const std::string code = named_code(text, key); !code.empty()) {
        add(out, Severity::warning, "source-code-in-text", where,
            fmt::format("a text a reader sees names source `{}` by its code `{}`; name it in words (\"{}\"): the "
                        "report lists its sources by title",
                        key, code, source.title));
      }
    }
  }
}

struct LintCheck {
  LintCheckInfo info;
  void (*run)(const RuleBase&, Findings&) = nullptr;
};

const LintCheck k_checks[] = {
    {{"never-fires", Severity::error, "rules and constraints whose condition no values can satisfy"},
     check_never_fires},
    {{"no-effect", Severity::warning, "rules that give 0 points to every verdict"}, check_no_effect},
    {{"unreachable-when", Severity::warning, "questions whose `when` can never hold"}, check_unreachable_when},
    {{"not-over-unknown", Severity::warning,
      "a `not:` that keeps a rule or constraint from holding while a fact is unknown"},
     check_not_over_unknown},
    {{"blocks-all", Severity::warning, "constraints that block all three verdicts"}, check_blocks_all},
    {{"choice-without-help", Severity::warning, "choices without `help`"}, check_choice_help},
    {{"unused-fact", Severity::warning, "facts no rule or constraint reads"}, check_unused_facts},
    {{"unused-source", Severity::warning, "sources no rule or constraint cites"}, check_unused_sources},
    {{"ungraded-source", Severity::warning, "sources without an evidence `grade`"}, check_source_grades},
    {{"source-code-in-text", Severity::warning, "questions, help or reasons that name a source by its code"},
     check_source_codes},
};

} // namespace

bool can_hold(const RuleBase& rules, const Condition& condition) {
  Prober prober(rules, condition);
  return prober.too_many() || prober.any_holds();
}

std::vector<LintFinding> lint_rule_base(const RuleBase& rules) {
  Findings out;
  for (const LintCheck& check : k_checks) {
    check.run(rules, out);
  }
  std::stable_sort(out.begin(), out.end(), [](const LintFinding& a, const LintFinding& b) {
    const Location& x = a.diagnostic.where;
    const Location& y = b.diagnostic.where;
    return std::tie(x.file, x.line, x.column) < std::tie(y.file, y.line, y.column);
  });
  return out;
}

std::vector<LintCheckInfo> lint_checks() {
  std::vector<LintCheckInfo> out;
  for (const LintCheck& check : k_checks) {
    out.push_back(check.info);
  }
  return out;
}

} // namespace ragft
