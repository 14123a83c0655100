#pragma once
// Values written in another language, as people paste them from a form or a ticket in their own
// (`mensuel`, `monatlich`, `alto`): the English word each stands for and the language it is
// from. Internal to spec: loose_choices.cpp and loose_values.cpp turn them into hints that name
// the English value, never into values (a spec file holds the exact value for every reader).

#include <optional>
#include <string>
#include <string_view>

namespace ragft::loose {

struct InEnglish {
  std::string_view word;     // "monthly"
  std::string_view language; // "French"
};

// The English word that `text` (one word or a short phrase, any case, with or without accents:
// `élevé`, `eleve`, `Tous les jours`) stands for, when it is one of the words for how often,
// low/medium/high, none, or a few tasks and vocabularies (`Zusammenfassung`, `spécialisé`) in
// French, German, Spanish, Italian, Portuguese or Dutch; nullopt otherwise.
std::optional<InEnglish> in_english(std::string_view text);

} // namespace ragft::loose
