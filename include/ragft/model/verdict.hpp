#pragma once
// The three verdicts of the contract, spelled `rag`, `fine-tune` and `hybrid` everywhere.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace ragft {

enum class Verdict { rag = 0, fine_tune = 1, hybrid = 2 };

inline constexpr std::size_t k_verdict_count = 3;
inline constexpr std::array<Verdict, k_verdict_count> k_verdicts = {Verdict::rag, Verdict::fine_tune, Verdict::hybrid};

// A value per verdict, indexed by `Verdict`.
template <typename T> struct PerVerdict {
  std::array<T, k_verdict_count> values{};

  T& operator[](Verdict v) { return values[static_cast<std::size_t>(v)]; }
  const T& operator[](Verdict v) const { return values[static_cast<std::size_t>(v)]; }
};

// The contract's spelling: "rag", "fine-tune", "hybrid".
std::string_view to_string(Verdict verdict);

// Reads a verdict case-insensitively, with the contract's aliases (`RAG`, `fine-tuning`, `finetune`,
// `ft`, `both`, `rag+ft`, ...). Returns nothing when `text` names no verdict.
std::optional<Verdict> parse_verdict(std::string_view text);

// Every spelling `parse_verdict` reads (lowercase; it ignores case and surrounding spaces).
std::vector<std::string_view> verdict_spellings();

} // namespace ragft
