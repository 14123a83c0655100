#include <ragft/engine/robustness.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <tuple>

#include <ragft/engine/project.hpp>

#include "engine/weighted_decider.hpp"

namespace ragft {

namespace {

constexpr double k_robust = 0.8;
constexpr double k_leaning = 0.6;
constexpr double k_noise = 0.02; // a sensitivity below this is sampling noise, not a critical rule

// Draws decided together by `WeightedDecider::decide_block`; sampling may stop after any block.
constexpr std::size_t k_block_draws = 256;

// The sequential stop (robustness.hpp): a Wilson score interval with z = 3 (two-sided error 0.27%
// at each look, so at most 8 * 0.27% = 2.2% over the looks after each block of 2,000 draws).
constexpr double k_wilson_z = 3.0;

// A draw's uniform number keeps the top k_mantissa_bits of the generator's 64, scaled by their step.
constexpr int k_mantissa_bits = 53;
constexpr double k_unit_step = 0x1.0p-53; // 2^-k_mantissa_bits
static_assert(k_unit_step * (std::uint64_t{1} << k_mantissa_bits) == 1.0);

// Tally's slots: the draws that gave a rule a weight below 1, and those that gave it 1 or more.
constexpr std::size_t k_below = 0;
constexpr std::size_t k_above = 1;

// The verdict of every part under one weighting, combined (as `combine_verdicts`).
Verdict decide_all(const std::vector<WeightedDecider>& deciders, const std::vector<double>& weights) {
  if (deciders.empty()) {
    return combine_verdicts({});
  }
  const Verdict first = deciders.front().decide(weights).verdict;
  for (std::size_t i = 1; i < deciders.size(); ++i) {
    if (deciders[i].decide(weights).verdict != first) {
      return Verdict::hybrid;
    }
  }
  return first;
}

// The combined verdict of every draw of `block`, as `decide_all` gives it for each; `fixed` is the
// verdict the stable parts (not in `deciders`) give under every weighting, when there are some.
std::vector<Verdict> decide_block(const std::vector<WeightedDecider>& deciders, const WeightBlock& block,
                                  std::optional<Verdict> fixed) {
  std::vector<Verdict> combined(block.count, fixed.value_or(combine_verdicts({})));
  std::vector<Verdict> part(block.count);
  for (std::size_t p = 0; p < deciders.size(); ++p) {
    const bool first = p == 0 && !fixed;
    deciders[p].decide_block(block, first ? combined.data() : part.data());
    for (std::size_t d = 0; !first && d < block.count; ++d) {
      combined[d] = part[d] == combined[d] ? combined[d] : Verdict::hybrid;
    }
  }
  return combined;
}

// Whether a band's lower bound lies in [lo, hi]: which band the share is in is not decided yet.
bool straddles_band(double lo, double hi) {
  return (lo < k_robust && k_robust <= hi) || (lo < k_leaning && k_leaning <= hi);
}

// The half-width and centre of the Wilson score interval of `k` wins in `n` draws.
std::pair<double, double> wilson(double k, double n) {
  const double z2 = k_wilson_z * k_wilson_z;
  const double centre = (k + z2 / 2) / (n + z2);
  const double half = k_wilson_z / (n + z2) * std::sqrt(k * (n - k) / n + z2 / 4);
  return {centre, half};
}

// Whether the shares after `draws` draws are decided to ±`precision` (each verdict's Wilson interval
// is no wider) and the band of `verdict` is decided (its interval lies on one side of each bound).
bool shares_decided(const PerVerdict<int>& wins, int draws, Verdict verdict, double precision) {
  for (Verdict v : k_verdicts) {
    const auto [centre, half] = wilson(wins[v], draws);
    if (half > precision) {
      return false;
    }
    if (v == verdict && straddles_band(centre - half, centre + half)) {
      return false;
    }
  }
  return true;
}

// The weights of the draws, block by block, in the order the Perturber's contract gives.
class WeightStream {
public:
  WeightStream(std::size_t rules, const PerturbationOptions& options)
      : m_rules(rules), m_spread(options.spread), m_generator(options.seed) {}

  WeightBlock next(std::size_t count) {
    WeightBlock block{count, std::vector<double>(m_rules * count), {}, {}, {}};
    for (std::size_t d = 0; d < count; ++d) {
      for (std::size_t i = 0; i < m_rules; ++i) {
        block.weights[i * count + d] = 1.0 + m_spread * (2.0 * unit() - 1.0);
      }
    }
    block.mark_raised();
    return block;
  }

private:
  // A uniform double in [0, 1) from the top bits: the same on every standard library.
  double unit() { return static_cast<double>(m_generator() >> (64 - k_mantissa_bits)) * k_unit_step; }

  std::size_t m_rules;
  double m_spread;
  std::mt19937_64 m_generator;
};

} // namespace

void WeightBlock::mark_raised() {
  const std::size_t rules = count == 0 ? 0 : weights.size() / count;
  raised.assign(rules * words(), 0);
  raised_count.assign(rules, 0);
  const auto [least, most] = std::minmax_element(weights.begin(), weights.end());
  range = weights.empty() ? std::nullopt : std::optional(std::pair(*least, *most));
  for (std::size_t i = 0; i < rules; ++i) {
    const double* w = of_rule(i);
    std::uint64_t* bits = raised.data() + i * words();
    for (std::size_t d = 0; d < count; ++d) {
      const bool up = w[d] >= 1.0;
      bits[d / 64] |= up ? std::uint64_t{1} << (d % 64) : 0;
      raised_count[i] += up ? 1 : 0;
    }
  }
}

// The draws for one number of rules and one set of options, made block by block when an analysis
// first needs each block and kept for every later one, in every thread (the weights depend on
// nothing else: the engine's confidence and each output's analysis use the same ones). A batch
// pays for them once; a single analysis makes only the blocks it reaches, as a stream would.
class KeptDraws {
public:
  KeptDraws(std::size_t rules, const PerturbationOptions& options)
      : m_stream(rules, options), m_draws(static_cast<std::size_t>(std::max(0, options.draws))),
        m_blocks((m_draws + k_block_draws - 1) / k_block_draws) {}

  // Block `b` of the draws, made if no analysis has reached it yet; none past the last.
  const WeightBlock* block(std::size_t b) {
    if (b >= m_blocks.size()) {
      return nullptr;
    }
    if (b >= m_made.load(std::memory_order_acquire)) {
      const std::lock_guard<std::mutex> lock(m_mutex);
      for (std::size_t made = m_made.load(std::memory_order_relaxed); made <= b; ++made) {
        m_blocks[made] = m_stream.next(std::min(k_block_draws, m_draws - made * k_block_draws));
        m_made.store(made + 1, std::memory_order_release);
      }
    }
    return &m_blocks[b]; // the vector never grows: a block stays where it was made
  }

private:
  std::mutex m_mutex;
  WeightStream m_stream; // under m_mutex
  std::size_t m_draws;
  std::vector<WeightBlock> m_blocks;
  std::atomic<std::size_t> m_made{0}; // blocks [0, m_made) are made and never change
};

namespace {

// The kept draws for `rules` rules and `options`, one set per process for each.
KeptDraws& shared_draws(std::size_t rules, const PerturbationOptions& options) {
  static std::mutex mutex;
  static std::map<std::tuple<std::size_t, std::uint64_t, double, int>, std::unique_ptr<KeptDraws>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  std::unique_ptr<KeptDraws>& draws = cache[{rules, options.seed, options.spread, options.draws}];
  if (!draws) {
    draws = std::make_unique<KeptDraws>(rules, options);
  }
  return *draws; // a map's values stay where they are
}

// Calls `visit(block)` for every block of draws, the kept ones (`kept`) or new ones drawn one at a
// time, until `visit` returns false.
template <typename Visit>
void for_each_block(KeptDraws* kept, std::size_t rules, const PerturbationOptions& options, Visit visit) {
  if (kept != nullptr) {
    for (std::size_t b = 0; const WeightBlock* block = kept->block(b); ++b) {
      if (!visit(*block)) {
        return;
      }
    }
    return;
  }
  WeightStream stream(rules, options);
  const auto draws = static_cast<std::size_t>(std::max(0, options.draws));
  for (std::size_t done = 0; done < draws; done += k_block_draws) {
    if (!visit(stream.next(std::min(k_block_draws, draws - done)))) {
      return;
    }
  }
}

// Rules whose weight can matter: those that fire on the facts alone, and those that read needs.
std::vector<bool> candidates(const RuleBase& rules, const std::vector<WeightedDecider>& deciders) {
  std::vector<bool> out(rules.rules.size(), false);
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    out[i] = rules.rules[i].reads_needs;
  }
  for (const WeightedDecider& decider : deciders) {
    for (const Rule* rule : decider.fired()) {
      out[static_cast<std::size_t>(rule - rules.rules.data())] = true;
    }
  }
  return out;
}

// Per rule: draws and kept verdicts with the weight below 1 ([k_below]) and above ([k_above]).
struct Tally {
  explicit Tally(std::size_t rules) : draws(rules), kept(rules) {}

  // Counts one block whose draws kept the verdict where bit d of `kept_draws` (as in
  // WeightBlock::raised) is set.
  void add(const WeightBlock& block, const std::vector<std::uint64_t>& kept_draws, const std::vector<bool>& candidate) {
    int kept_all = 0;
    for (const std::uint64_t word : kept_draws) {
      kept_all += std::popcount(word);
    }
    for (std::size_t i = 0; i < candidate.size(); ++i) {
      if (!candidate[i]) {
        continue;
      }
      const std::uint64_t* raised = block.raised_of_rule(i);
      const int high = block.raised_count[i];
      int kept_high = 0;
      for (std::size_t k = 0; k < kept_draws.size(); ++k) {
        kept_high += std::popcount(raised[k] & kept_draws[k]);
      }
      draws[i][k_above] += high;
      draws[i][k_below] += static_cast<int>(block.count) - high;
      kept[i][k_above] += kept_high;
      kept[i][k_below] += kept_all - kept_high;
    }
  }

  std::vector<std::array<int, 2>> draws;
  std::vector<std::array<int, 2>> kept;
};

std::optional<CriticalRule> most_critical(const RuleBase& rules, const Tally& tally,
                                          const std::vector<bool>& candidate) {
  std::optional<CriticalRule> best;
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    const auto& n = tally.draws[i];
    if (!candidate[i] || n[k_below] == 0 || n[k_above] == 0) {
      continue;
    }
    const double s = static_cast<double>(tally.kept[i][k_above]) / n[k_above] -
                     static_cast<double>(tally.kept[i][k_below]) / n[k_below];
    if (std::fabs(s) >= k_noise && (!best || std::fabs(s) > std::fabs(best->sensitivity))) {
      best = CriticalRule{&rules.rules[i], s};
    }
  }
  return best;
}

// The bounds of a rule's |sensitivity| (most_critical's |s|): the difference of the Wilson intervals
// of the shares kept with its weight above 1 and below 1, taken at its least and most magnitude.
std::pair<double, double> sensitivity_bounds(const Tally& tally, std::size_t rule) {
  const auto& n = tally.draws[rule];
  const auto& kept = tally.kept[rule];
  const auto [above, above_half] = wilson(kept[k_above], n[k_above]);
  const auto [below, below_half] = wilson(kept[k_below], n[k_below]);
  const double lo = (above - above_half) - (below + below_half);
  const double hi = (above + above_half) - (below - below_half);
  const double least = lo <= 0 && 0 <= hi ? 0.0 : std::min(std::fabs(lo), std::fabs(hi));
  return {least, std::max(std::fabs(lo), std::fabs(hi))};
}

// Whether the draws so far decide what most_critical answers: every rule's |sensitivity| is surely
// below k_noise (no critical rule), or one rule's is surely at least k_noise and above every other's.
bool critical_decided(const Tally& tally, const std::vector<bool>& candidate) {
  double best_least = 0;
  double others_most = 0; // the largest upper bound among all rules but the one with best_least
  double best_most = 0;
  for (std::size_t i = 0; i < candidate.size(); ++i) {
    if (!candidate[i]) {
      continue;
    }
    const auto [least, most] = sensitivity_bounds(tally, i);
    if (least > best_least) {
      others_most = std::max(others_most, best_most);
      best_least = least;
      best_most = most;
    } else {
      others_most = std::max(others_most, most);
    }
  }
  if (best_least == 0) {
    return std::max(others_most, best_most) < k_noise;
  }
  return best_least >= k_noise && best_least > others_most;
}

// Whether the draws so far decide what `options` asks (robustness.hpp): with `robust_only`, on which
// side of 80% the share of `verdict` lies; else the shares to ±precision, the band and the critical rule.
bool decided(const PerVerdict<int>& wins, int draws, Verdict verdict, const PerturbationOptions& options,
             const Tally& tally, const std::vector<bool>& candidate) {
  if (options.robust_only) {
    const auto [centre, half] = wilson(wins[verdict], draws);
    return centre - half >= k_robust || centre + half < k_robust;
  }
  return shares_decided(wins, draws, verdict, options.precision) && critical_decided(tally, candidate);
}

// The result when no weighting within the spread can change `verdict`: known without sampling.
Robustness certain(Verdict verdict, const PerturbationOptions& options) {
  Robustness r;
  r.options = options;
  r.verdict = verdict;
  r.shares[verdict] = 1.0;
  r.share = 1.0;
  r.band = Band::robust;
  return r;
}

} // namespace

std::string_view to_string(Band band) {
  switch (band) {
  case Band::robust:
    return "robust";
  case Band::leaning:
    return "leaning";
  case Band::contested:
    return "contested";
  }
  return "contested";
}

Band band_of(double share) {
  if (share >= k_robust) {
    return Band::robust;
  }
  return share >= k_leaning ? Band::leaning : Band::contested;
}

Perturber::Perturber(const RuleBase& rules, PerturbationOptions options) : m_rules(rules), m_options(options) {
  const std::size_t n = rules.rules.size();
  const auto draws = static_cast<std::size_t>(std::max(0, options.draws));
  m_keep = n > 0 && draws > 0 && draws * n * sizeof(double) <= k_cached_weight_bytes;
}

// The kept draws: the process-wide ones for these options (none when they would not fit).
KeptDraws* Perturber::kept_draws() const { return m_keep ? &shared_draws(m_rules.rules.size(), m_options) : nullptr; }

Robustness Perturber::perturb(const std::vector<FactSet>& parts) const {
  std::vector<WeightedDecider> deciders;
  deciders.reserve(parts.size());
  for (const FactSet& facts : parts) {
    deciders.emplace_back(m_rules, facts);
  }
  const Verdict verdict = decide_all(deciders, std::vector<double>(m_rules.rules.size(), 1.0));
  const std::vector<bool> candidate = candidates(m_rules, deciders);
  // The parts whose verdict no weighting can change need no sampling: only the others are decided.
  std::vector<WeightedDecider> unstable;
  std::vector<Verdict> fixed;
  for (WeightedDecider& d : deciders) {
    if (d.stable_within(m_options.spread)) {
      fixed.push_back(d.decide(std::vector<double>(m_rules.rules.size(), 1.0)).verdict);
    } else {
      unstable.push_back(std::move(d));
    }
  }
  if (unstable.empty() || (fixed.size() > 1 && combine_verdicts(fixed) == Verdict::hybrid)) {
    return certain(verdict, m_options);
  }
  const std::optional<Verdict> fixed_verdict = fixed.empty() ? std::nullopt : std::optional(fixed.front());
  return sample(unstable, fixed_verdict, verdict, candidate);
}

// Samples the draws until the shares are decided (or all are made); `candidate` as `candidates` gives.
Robustness Perturber::sample(const std::vector<WeightedDecider>& unstable, std::optional<Verdict> fixed,
                             Verdict verdict, const std::vector<bool>& candidate) const {
  const std::size_t n = m_rules.rules.size();
  Tally tally(n);
  PerVerdict<int> wins;
  int made = 0;
  for_each_block(kept_draws(), n, m_options, [&](const WeightBlock& block) {
    const std::vector<Verdict> verdicts = decide_block(unstable, block, fixed);
    std::vector<std::uint64_t> kept(block.words());
    for (std::size_t d = 0; d < block.count; ++d) {
      ++wins[verdicts[d]];
      kept[d / 64] |= verdicts[d] == verdict ? std::uint64_t{1} << (d % 64) : 0;
    }
    tally.add(block, kept, candidate);
    made += static_cast<int>(block.count);
    const bool stops = m_options.robust_only || m_options.precision > 0;
    return !stops || !decided(wins, made, verdict, m_options, tally, candidate);
  });
  Robustness r;
  r.options = m_options;
  r.options.draws = made;
  r.verdict = verdict;
  for (Verdict v : k_verdicts) {
    r.shares[v] = made > 0 ? static_cast<double>(wins[v]) / made : (v == verdict ? 1.0 : 0.0);
  }
  r.share = r.shares[verdict];
  r.band = band_of(r.share);
  r.critical = most_critical(m_rules, tally, candidate);
  return r;
}

Robustness perturb(const RuleBase& rules, const std::vector<FactSet>& parts, const PerturbationOptions& options) {
  return Perturber(rules, options).perturb(parts);
}

} // namespace ragft
