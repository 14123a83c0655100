#include <ragft/engine/flips.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace ragft {

namespace {

struct Range {
  std::int64_t low = 0;
  std::optional<std::int64_t> high;
  Verdict verdict = Verdict::rag;
};

FlipOption option_of(const Range& range) { return FlipOption{range.verdict, {}, range.low, range.high}; }

// Orders of magnitude between a value and the nearest value of a range: 0 -> 1,000 is about 3.
double integer_effort(std::int64_t from, const FlipOption& to) {
  const std::int64_t target = to.low > from ? to.low : to.high.value_or(to.low);
  return std::fabs(std::log10((static_cast<double>(target) + 1) / (static_cast<double>(from) + 1)));
}

// The verdict at each range start of one integer fact, decided only when asked (and once).
class RangeVerdicts {
public:
  RangeVerdicts(const RuleBase& rules, const OneFactChange& change, const FactSet& facts, int fact)
      : m_change(change), m_trial(facts), m_fact(fact), m_starts(range_starts(rules, fact)),
        m_verdicts(m_starts.size()) {}

  std::size_t size() const { return m_starts.size(); }
  std::int64_t start(std::size_t i) const { return m_starts[i]; }
  Verdict at(std::size_t i) {
    if (!m_verdicts[i]) {
      m_trial[static_cast<std::size_t>(m_fact)] = FactValue::integer(m_starts[i]);
      m_verdicts[i] = m_change.decide(m_trial, m_fact).verdict;
    }
    return *m_verdicts[i];
  }
  // The range that holds `value`.
  std::size_t holding(std::int64_t value) const {
    if (value < m_starts.front()) {
      return 0; // below the fact's minimum: read as its first range
    }
    return static_cast<std::size_t>(std::upper_bound(m_starts.begin(), m_starts.end(), value) - m_starts.begin()) - 1;
  }

private:
  const OneFactChange& m_change;
  FactSet m_trial;
  int m_fact;
  const std::vector<std::int64_t>& m_starts;
  std::vector<std::optional<Verdict>> m_verdicts;
};

// The ranges of `fact` with the verdict each gives, adjacent ranges of one verdict merged.
std::vector<Range> verdict_ranges(const RuleBase& rules, const OneFactChange& change, const FactSet& facts, int fact) {
  RangeVerdicts ranges(rules, change, facts, fact);
  std::vector<Range> out;
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    const Verdict v = ranges.at(i);
    const std::optional<std::int64_t> high =
        i + 1 < ranges.size() ? std::optional(ranges.start(i + 1) - 1) : std::nullopt;
    if (!out.empty() && out.back().verdict == v) {
      out.back().high = high;
    } else {
      out.push_back(Range{ranges.start(i), high, v});
    }
  }
  return out;
}

// The merged range of another verdict next to the merged range of `current` around `here`, going
// down (`step` -1) or up (+1), as verdict_ranges merges them; none at either end of the fact.
std::optional<FlipOption> next_range(RangeVerdicts& ranges, std::size_t here, int step, Verdict current) {
  const auto n = static_cast<std::ptrdiff_t>(ranges.size());
  auto j = static_cast<std::ptrdiff_t>(here) + step;
  while (j >= 0 && j < n && ranges.at(static_cast<std::size_t>(j)) == current) {
    j += step;
  }
  if (j < 0 || j >= n) {
    return std::nullopt;
  }
  const Verdict other = ranges.at(static_cast<std::size_t>(j));
  auto k = j;
  while (k + step >= 0 && k + step < n && ranges.at(static_cast<std::size_t>(k + step)) == other) {
    k += step;
  }
  const auto [first, last] = step < 0 ? std::pair(k, j) : std::pair(j, k);
  const auto end = static_cast<std::size_t>(last) + 1;
  const std::optional<std::int64_t> high = end < ranges.size() ? std::optional(ranges.start(end) - 1) : std::nullopt;
  return FlipOption{other, {}, ranges.start(static_cast<std::size_t>(first)), high};
}

// A known integer: the nearest range of another verdict below and above its value, nearest first.
// Only the ranges up to those are decided.
void known_integer_flips(const RuleBase& rules, const OneFactChange& change, const FactSet& facts, Verdict current,
                         FactFlips& out) {
  RangeVerdicts ranges(rules, change, facts, out.fact);
  const std::int64_t v = facts[static_cast<std::size_t>(out.fact)].as_integer();
  const std::size_t here = ranges.holding(v);
  for (const int step : {-1, 1}) {
    if (auto option = next_range(ranges, here, step, current)) {
      out.options.push_back(*option);
    }
  }
  std::sort(out.options.begin(), out.options.end(),
            [&](const FlipOption& a, const FlipOption& b) { return integer_effort(v, a) < integer_effort(v, b); });
  if (!out.options.empty()) {
    out.effort = integer_effort(v, out.options.front());
  }
}

void integer_flips(const RuleBase& rules, const OneFactChange& change, const FactSet& facts, Verdict current,
                   FactFlips& out) {
  if (facts[static_cast<std::size_t>(out.fact)].known()) {
    known_integer_flips(rules, change, facts, current, out);
    return;
  }
  for (const Range& r : verdict_ranges(rules, change, facts, out.fact)) {
    if (r.verdict != current) {
      out.options.push_back(option_of(r));
    }
  }
}

// The size of changing a known choice or bool fact from `from` to `to`: 1 for a bool, the number
// of choices between them for a choice.
double value_effort(const FactDef& def, const FactValue& from, const FactValue& to) {
  return def.type == FactType::boolean ? 1.0 : std::abs(to.as_choice() - from.as_choice());
}

// The values a choice or bool fact can take, nearest to its current value first.
std::vector<FactValue> other_values(const FactDef& def, const FactValue& value) {
  std::vector<FactValue> out;
  if (def.type == FactType::boolean) {
    for (bool b : {false, true}) {
      if (!value.known() || value.as_bool() != b) {
        out.push_back(FactValue::boolean(b));
      }
    }
    return out;
  }
  for (std::size_t i = 0; i < def.choices.size(); ++i) {
    const auto index = static_cast<int>(i);
    if (!value.known() || value.as_choice() != index) {
      out.push_back(FactValue::choice(index));
    }
  }
  if (value.known()) {
    std::stable_sort(out.begin(), out.end(), [&](const FactValue& a, const FactValue& b) {
      return std::abs(a.as_choice() - value.as_choice()) < std::abs(b.as_choice() - value.as_choice());
    });
  }
  return out;
}

// Choice and bool facts: the values that change the verdict, grouped by the verdict they give.
void value_flips(const RuleBase& rules, const OneFactChange& change, const FactSet& facts, Verdict current,
                 FactFlips& out) {
  const auto index = static_cast<std::size_t>(out.fact);
  const FactDef& def = rules.facts[index];
  FactSet trial = facts;
  for (const FactValue& candidate : other_values(def, facts[index])) {
    trial[index] = candidate;
    const Verdict v = change.decide(trial, out.fact).verdict;
    if (v == current) {
      continue;
    }
    auto group =
        std::find_if(out.options.begin(), out.options.end(), [&](const FlipOption& o) { return o.becomes == v; });
    if (group == out.options.end()) {
      out.options.push_back(FlipOption{v, {}, 0, std::nullopt});
      group = std::prev(out.options.end());
    }
    group->values.push_back(candidate);
  }
  if (out.known && !out.options.empty()) {
    const FactValue& nearest = out.options.front().values.front();
    out.effort = value_effort(def, facts[index], nearest);
  }
}

} // namespace

const std::vector<std::int64_t>& range_starts(const RuleBase& rules, int fact) {
  return rules.index.range_starts[static_cast<std::size_t>(fact)];
}

namespace {

// Every change of fact `fact` that flips `current`, as find_flips lists it.
FactFlips flips_of(const RuleBase& rules, const OneFactChange& change, const FactSet& facts, Verdict current,
                   std::size_t fact) {
  FactFlips flips{static_cast<int>(fact), facts[fact].known(), {}, 0};
  if (rules.facts[fact].type == FactType::integer) {
    integer_flips(rules, change, facts, current, flips);
  } else {
    value_flips(rules, change, facts, current, flips);
  }
  return flips;
}

// The effort of the nearest flip of a known integer on one side (`step` -1: below, +1: above) when
// it is less than `bound`: ranges are decided outward only while their effort stays below it.
std::optional<double> integer_effort_below(RangeVerdicts& ranges, std::int64_t value, int step, Verdict current,
                                           double bound) {
  const auto n = static_cast<std::ptrdiff_t>(ranges.size());
  for (auto j = static_cast<std::ptrdiff_t>(ranges.holding(value)) + step; j >= 0 && j < n; j += step) {
    // The value nearest `value` in range j: its start going up, its end (the next start - 1) going down.
    const auto i = static_cast<std::size_t>(j);
    const std::int64_t target = step > 0 ? ranges.start(i) : ranges.start(i + 1) - 1;
    const double effort = integer_effort(value, FlipOption{current, {}, target, target});
    if (effort >= bound) {
      return std::nullopt;
    }
    if (ranges.at(i) != current) {
      return effort;
    }
  }
  return std::nullopt;
}

// The effort of the nearest flip of known fact `fact` when it is less than `bound`, deciding only
// the values nearer than that.
std::optional<double> effort_below(const RuleBase& rules, const OneFactChange& change, const FactSet& facts,
                                   Verdict current, std::size_t fact, double bound) {
  const FactDef& def = rules.facts[fact];
  if (def.type == FactType::integer) {
    RangeVerdicts ranges(rules, change, facts, static_cast<int>(fact));
    const std::int64_t value = facts[fact].as_integer();
    const std::optional<double> down = integer_effort_below(ranges, value, -1, current, bound);
    const std::optional<double> up = integer_effort_below(ranges, value, 1, current, down.value_or(bound));
    return up ? up : down;
  }
  FactSet trial = facts;
  for (const FactValue& candidate : other_values(def, facts[fact])) {
    const double effort = value_effort(def, facts[fact], candidate);
    if (effort >= bound) {
      return std::nullopt;
    }
    trial[fact] = candidate;
    if (change.decide(trial, static_cast<int>(fact)).verdict != current) {
      return effort;
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<FactFlips> find_top_flip(const RuleBase& rules, const FactSet& facts) {
  const Verdict current = decide(rules, facts).verdict;
  const OneFactChange change(rules, facts);
  std::optional<std::size_t> best;
  double bound = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < rules.facts.size(); ++i) {
    if (!facts[i].known()) {
      continue;
    }
    // Strictly less: of two facts with the same effort, find_flips puts the earlier first.
    if (const std::optional<double> effort = effort_below(rules, change, facts, current, i, bound)) {
      best = i;
      bound = *effort;
    }
  }
  if (!best) {
    return std::nullopt;
  }
  return flips_of(rules, change, facts, current, *best);
}

std::vector<FactFlips> find_flips(const RuleBase& rules, const FactSet& facts) {
  const Verdict current = decide(rules, facts).verdict;
  const OneFactChange change(rules, facts);
  std::vector<FactFlips> out;
  for (std::size_t i = 0; i < rules.facts.size(); ++i) {
    FactFlips flips = flips_of(rules, change, facts, current, i);
    if (!flips.options.empty()) {
      out.push_back(std::move(flips));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const FactFlips& a, const FactFlips& b) {
    return a.known != b.known ? a.known : a.known && a.effort < b.effort;
  });
  return out;
}

} // namespace ragft
