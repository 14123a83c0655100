#include <ragft/robustness.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

#include <ragft/project.hpp>

namespace ragft {

namespace {

constexpr double k_robust = 0.8;
constexpr double k_leaning = 0.6;
constexpr double k_noise = 0.02; // a sensitivity below this is sampling noise, not a critical rule

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

// A uniform double in [0, 1) from the top 53 bits: the same on every standard library.
double unit(std::mt19937_64& generator) { return static_cast<double>(generator() >> 11) * 0x1.0p-53; }

// Rules whose weight can matter: those that fire on the unperturbed facts, and those that read needs.
std::vector<bool> candidates(const RuleBase& rules, const std::vector<FactSet>& parts) {
  std::vector<bool> out(rules.rules.size(), false);
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    out[i] = rules.rules[i].reads_needs;
  }
  for (const FactSet& facts : parts) {
    for (const FiredRule& fired : evaluate(rules, facts).fired) {
      out[static_cast<std::size_t>(fired.rule - rules.rules.data())] = true;
    }
  }
  return out;
}

// Per rule: draws and kept verdicts with the weight below 1 ([0]) and above 1 ([1]).
struct Tally {
  std::vector<std::array<int, 2>> draws;
  std::vector<std::array<int, 2>> kept;
};

std::optional<CriticalRule> most_critical(const RuleBase& rules, const Tally& tally, const std::vector<bool>& candidate) {
  std::optional<CriticalRule> best;
  for (std::size_t i = 0; i < rules.rules.size(); ++i) {
    const auto& n = tally.draws[i];
    if (!candidate[i] || n[0] == 0 || n[1] == 0) {
      continue;
    }
    const double s = static_cast<double>(tally.kept[i][1]) / n[1] - static_cast<double>(tally.kept[i][0]) / n[0];
    if (std::fabs(s) >= k_noise && (!best || std::fabs(s) > std::fabs(best->sensitivity))) {
      best = CriticalRule{&rules.rules[i], s};
    }
  }
  return best;
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

Robustness perturb(const RuleBase& rules, const std::vector<FactSet>& parts, const PerturbationOptions& options) {
  std::vector<WeightedDecider> deciders;
  for (const FactSet& facts : parts) {
    deciders.emplace_back(rules, facts);
  }
  const std::size_t n = rules.rules.size();
  std::vector<double> weights(n, 1.0);
  Robustness r;
  r.options = options;
  r.verdict = decide_all(deciders, weights);
  const bool stable = std::all_of(deciders.begin(), deciders.end(),
                                  [&](const WeightedDecider& d) { return d.stable_within(options.spread); });
  if (stable) {
    // Every draw would keep the verdict: the sampled result is known without sampling.
    r.shares[r.verdict] = 1.0;
    r.share = 1.0;
    r.band = Band::robust;
    return r;
  }
  const std::vector<bool> candidate = candidates(rules, parts);
  Tally tally{std::vector<std::array<int, 2>>(n), std::vector<std::array<int, 2>>(n)};
  PerVerdict<int> wins;
  std::mt19937_64 generator(options.seed);
  std::vector<std::size_t> drawn; // the rules whose weights are drawn: only those that can matter
  for (std::size_t i = 0; i < n; ++i) {
    if (candidate[i]) {
      drawn.push_back(i);
    }
  }
  for (int draw = 0; draw < options.draws; ++draw) {
    for (std::size_t i : drawn) {
      weights[i] = 1.0 + options.spread * (2.0 * unit(generator) - 1.0);
    }
    const Verdict v = decide_all(deciders, weights);
    ++wins[v];
    for (std::size_t i : drawn) {
      const int side = weights[i] >= 1.0 ? 1 : 0;
      ++tally.draws[i][side];
      tally.kept[i][side] += v == r.verdict ? 1 : 0;
    }
  }
  const double total = options.draws > 0 ? options.draws : 1;
  for (Verdict v : k_verdicts) {
    r.shares[v] = options.draws > 0 ? wins[v] / total : (v == r.verdict ? 1.0 : 0.0);
  }
  r.share = r.shares[r.verdict];
  r.band = band_of(r.share);
  r.critical = most_critical(rules, tally, candidate);
  return r;
}

} // namespace ragft
