#pragma once
// How sure: a seeded, reproducible weight-perturbation analysis. Each draw multiplies every rule's
// points by its own factor, uniform in [1 - spread, 1 + spread], and decides again; the share of
// draws each verdict wins says how much the verdict rests on the exact weights of the rule base.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <ragft/engine/engine.hpp>

namespace ragft {

struct WeightBlock;    // a block of draws (engine/weighted_decider.hpp, internal)
class KeptDraws;       // the draws made once per process (robustness.cpp)
class WeightedDecider; // decides one part under many weightings (the same header)

// The band of the share of draws that keep the verdict: robust >= 80%, leaning 60-80%,
// contested < 60%.
enum class Band { contested, leaning, robust };
std::string_view to_string(Band band);
Band band_of(double share);

struct PerturbationOptions {
  std::uint64_t seed = 1;
  int draws = 2000;
  double spread = 0.3; // each weight varies in [1 - spread, 1 + spread]
  // The sequential stop: with `precision` above 0, sampling ends after the first block of 256
  // draws at which every verdict's share is known to within ±precision, the verdict's band is
  // decided, and so is the critical rule (one rule's |sensitivity| surely at least 2 points and
  // above every other's, or every rule's surely below 2 points), each by Wilson score intervals
  // with z = 3 (an error rate of at most 2.2% over the 8 looks of 2,000 draws); `draws` is then the
  // most draws made. 0 (the default) makes every draw: the outputs that show the shares, the
  // critical rule and the draws show those of all of them.
  double precision = 0;
  // With `robust_only`, sampling ends as soon as the same interval says on which side of 80% the
  // verdict's share lies, whatever `precision`: all that the engine's confidence shows is whether the
  // verdict is robust; the shares and band then hold only for that question.
  bool robust_only = false;
};

// The rule whose weight the verdict depends on most: the share of draws that keep the verdict when
// its weight was above 1, minus that share when it was below 1 (positive: lowering it is what
// changes the verdict).
struct CriticalRule {
  const Rule* rule = nullptr;
  double sensitivity = 0;
};

struct Robustness {
  Verdict verdict = Verdict::rag; // the unperturbed verdict
  PerVerdict<double> shares;      // of draws each verdict wins; they sum to 1
  double share = 0;               // of `verdict`
  Band band = Band::contested;
  PerturbationOptions options;          // `draws`: the draws made (fewer than asked when the stop came first)
  std::optional<CriticalRule> critical; // none when no draw changes the verdict
};

// The perturbation analysis of one rule base with one set of options. Draw `d` gives rule `i` the
// weight 1 + spread * (2u - 1), u being the (d * rules + i)-th number of std::mt19937_64 seeded with
// `seed` (top 53 bits; no library distributions), so the same seed gives the same result on every
// platform. The draws are made once per process, block by block as the first call that reaches
// each block needs it (when all of them fit in k_cached_weight_bytes; else each call draws its
// own), and shared by every later call and every Perturber with the same seed, spread and number of
// draws (the engine's confidence included), so a batch pays for them once and a single analysis
// only for the blocks it reaches; `perturb` may be called from several threads at once.
class Perturber {
public:
  static constexpr std::size_t k_cached_weight_bytes = std::size_t{16} << 20;

  explicit Perturber(const RuleBase& rules, PerturbationOptions options = {});

  // Perturbs the verdict of `parts`: one fact set, or the components of a project, whose verdicts
  // combine as `combine_verdicts` does (the same weights apply to every part in a draw).
  Robustness perturb(const std::vector<FactSet>& parts) const;

  const PerturbationOptions& options() const { return m_options; }

private:
  KeptDraws* kept_draws() const;
  Robustness sample(const std::vector<WeightedDecider>& unstable, std::optional<Verdict> fixed, Verdict verdict,
                    const std::vector<bool>& candidate) const;

  const RuleBase& m_rules;
  PerturbationOptions m_options;
  bool m_keep = false; // use the process-wide draws (they fit); else drawn per call
};

// A single analysis: `Perturber(rules, options).perturb(parts)`.
Robustness perturb(const RuleBase& rules, const std::vector<FactSet>& parts, const PerturbationOptions& options = {});

} // namespace ragft
