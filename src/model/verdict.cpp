#include <ragft/model/verdict.hpp>

#include <array>
#include <string>
#include <utility>

#include <ragft/base/text.hpp>

namespace ragft {

namespace {

struct Alias {
  std::string_view name;
  Verdict verdict;
};

constexpr std::array k_aliases = {
    Alias{"rag", Verdict::rag},
    Alias{"retrieval", Verdict::rag},
    Alias{"retrieval-augmented-generation", Verdict::rag},
    Alias{"fine-tune", Verdict::fine_tune},
    Alias{"fine-tuning", Verdict::fine_tune},
    Alias{"finetune", Verdict::fine_tune},
    Alias{"finetuning", Verdict::fine_tune},
    Alias{"fine_tune", Verdict::fine_tune},
    Alias{"fine_tuning", Verdict::fine_tune},
    Alias{"fine tuning", Verdict::fine_tune},
    Alias{"ft", Verdict::fine_tune},
    Alias{"hybrid", Verdict::hybrid},
    Alias{"both", Verdict::hybrid},
    Alias{"rag+ft", Verdict::hybrid},
    Alias{"rag+fine-tune", Verdict::hybrid},
    Alias{"rag+fine-tuning", Verdict::hybrid},
    Alias{"rag + fine-tuning", Verdict::hybrid},
    // retrieval-augmented fine-tuning: a model fine-tuned to answer from retrieved documents, the
    // README's hybrid (`RAFT` was answered "did you mean `rag`?")
    Alias{"raft", Verdict::hybrid},
    Alias{"retrieval-augmented fine-tuning", Verdict::hybrid},
};

} // namespace

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
  case Verdict::rag:
    return "rag";
  case Verdict::fine_tune:
    return "fine-tune";
  case Verdict::hybrid:
    return "hybrid";
  }
  return "rag";
}

std::optional<Verdict> parse_verdict(std::string_view text) {
  const std::string key = trimmed_lower(text);
  for (const Alias& alias : k_aliases) {
    if (alias.name == key) {
      return alias.verdict;
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> verdict_spellings() {
  std::vector<std::string_view> names;
  names.reserve(std::size(k_aliases));
  for (const Alias& alias : k_aliases) {
    names.push_back(alias.name);
  }
  return names;
}

} // namespace ragft
