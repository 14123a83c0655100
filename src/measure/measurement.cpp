#include <ragft/measure/measurement.hpp>

#include <fmt/format.h>

#include <ragft/explain/explain.hpp>

namespace ragft {

namespace {

// Where the hints look (cli/measure_hints.cpp), as the output tells it when they find nothing.
constexpr std::string_view k_knowledge_looked =
    "no folder up to 3 deep named like a knowledge base (knowledge_base, kb, knowledge, corpus, documents, "
    "source_documents, source_docs, rag_docs) or `docs` (but a documentation site's) holds documents either, and "
    "a file at the root is not hinted (most are the project's own, as CONTRIBUTING.md)";
constexpr std::string_view k_examples_looked =
    "no folder up to 3 deep named like a data set (dataset(s), training_data, train_data, finetune_data, "
    "fine_tuning_data, sft_data) holds JSONL/JSON/CSV files, and no JSONL file starts with a training example";

std::string kinds_text(const CorpusCount& c) {
  std::vector<std::string> parts;
  for (std::size_t k = 0; k < k_doc_kinds; ++k) {
    if (c.by_kind[k] > 0) {
      parts.push_back(fmt::format(".{} {}", to_string(static_cast<DocKind>(k)), group_thousands(c.by_kind[k])));
    }
  }
  return parts.empty() ? std::string() : fmt::format(" ({})", fmt::join(parts, ", "));
}

// Where a fact not measured may be, when no place was hinted: with the defaults, where the hints
// looked (`looked`) and the line to write; with a `measure:` section, the file to correct.
std::string elsewhere_text(const Measurement& m, std::string_view what, std::string_view key, std::string_view looked) {
  if (!m.section_from.empty() && m.section_from != "defaults") {
    return fmt::format("; if {} is elsewhere, name it under `measure: {{{}: [...]}}` in {}", what, key, m.section_from);
  }
  return fmt::format("; {}; if {} is elsewhere, name it in .ragft.yaml: `measure: {{{}: [its/path]}}`", looked, what,
                     key);
}

// "; a folder that may hold the knowledge base: kb (2 documents); if it does, name it in
// .ragft.yaml: `measure: {knowledge: [kb]}`", or nothing without hints.
std::string hint_text(const std::vector<PlaceHint>& hints, std::string_view what, std::string_view unit,
                      std::string_view key) {
  constexpr std::size_t k_shown = 3;
  if (hints.empty()) {
    return {};
  }
  std::vector<std::string> places;
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < hints.size() && i < k_shown; ++i) {
    places.push_back(fmt::format("{} ({} {}{})", hints[i].path, group_thousands(hints[i].files), unit,
                                 hints[i].files == 1 ? "" : "s"));
    paths.push_back(hints[i].path);
  }
  const std::string more = hints.size() > k_shown ? fmt::format(" and {} more", hints.size() - k_shown) : std::string();
  const bool one = hints.size() == 1;
  return fmt::format("; {} that may hold {}: {}{}; if {}, name {} in .ragft.yaml: `measure: {{{}: [{}]}}`",
                     one ? "a path" : "paths", what, fmt::join(places, ", "), more, one ? "it does" : "they do",
                     one ? "it" : "them", key, fmt::join(paths, ", "));
}

// "; docs/conf.py is a documentation site's configuration: ...", or nothing.
std::string site_note(const Measurement& m) {
  if (m.site_configs.empty()) {
    return {};
  }
  const bool one = m.site_configs.size() == 1;
  return fmt::format("; {} {} a documentation site's configuration: if these pages are the project's own manual "
                     "and not the knowledge base, name the knowledge base in .ragft.yaml: `measure: {{knowledge: "
                     "[its/path]}}`",
                     fmt::join(m.site_configs, ", "), one ? "is" : "are");
}

std::string corpus_method(const Measurement& m) {
  const CorpusCount& c = m.corpus;
  const bool over = static_cast<double>(c.tokens()) > k_long_context_tokens;
  const std::string notes =
      c.folder_notes == 0 ? std::string()
                          : fmt::format(" (left out: {} README or placeholder file(s), which say what a folder holds)",
                                        group_thousands(c.folder_notes));
  return fmt::format("files .md .markdown .mdx .txt .html .htm .pdf .rst, and text without an extension, under {}: {} "
                     "documents{}{}; {} bytes, {} words, "
                     "about {} tokens ({}); {} the long-context threshold of about {} tokens{}",
                     path_list(m.knowledge_paths), group_thousands(c.files), kinds_text(c), notes,
                     group_thousands(c.bytes), group_thousands(c.words), group_thousands(c.tokens()), k_token_estimator,
                     over ? "above" : "below", group_thousands(static_cast<std::int64_t>(k_long_context_tokens)),
                     site_note(m));
}

std::string examples_method(const Measurement& m) {
  const ExampleCount& e = m.examples;
  std::vector<std::string> shapes;
  for (std::size_t s = 0; s < k_example_shapes; ++s) {
    if (e.by_shape[s] > 0) {
      shapes.push_back(fmt::format("{} {}", to_string(static_cast<ExampleShape>(s)), group_thousands(e.by_shape[s])));
    }
  }
  return fmt::format("distinct well-formed examples with a non-empty output in {} JSONL/JSON/CSV file(s) under {}{}; "
                     "left out: {} duplicate(s), {} with an empty output, {} malformed{}",
                     e.files, path_list(m.example_paths),
                     shapes.empty() ? std::string() : fmt::format(" ({})", fmt::join(shapes, ", ")),
                     group_thousands(e.duplicates), group_thousands(e.empty_outputs), group_thousands(e.malformed),
                     e.estimated ? "; distinct and duplicates estimated from a sample of the examples' hashes (over 2 "
                                   "million distinct examples; about 0.1% off)"
                                 : "");
}

std::string updates_method(const Measurement& m) {
  return fmt::format("git history of {}: {}; mapped on a log scale to daily (under 2.6 days), weekly (under 14.5), "
                     "monthly (under 52), quarterly (under 182), else yearly",
                     path_list(m.knowledge_paths), m.updates->reason);
}

void add_fact(std::vector<MeasuredFact>& out, const RuleBase& rules, std::string_view id, FactValue value,
              std::string method) {
  if (rules.fact_index(id)) {
    out.push_back(MeasuredFact{std::string(id), value, std::move(method)});
  }
}

FactValue choice_value(const RuleBase& rules, std::string_view id, const std::string& value) {
  const auto index = rules.fact_index(id);
  const auto choice = index ? rules.facts[static_cast<std::size_t>(*index)].choice_index(value) : std::nullopt;
  return choice ? FactValue::choice(*choice) : FactValue{};
}

} // namespace

std::string path_list(const std::vector<std::string>& paths) { return fmt::format("{}", fmt::join(paths, ", ")); }

std::vector<MeasuredFact> measured_facts(const Measurement& m, const RuleBase& rules) {
  std::vector<MeasuredFact> out;
  if (m.knowledge_found) {
    add_fact(out, rules, "knowledge_base_docs", FactValue::integer(m.corpus.files), corpus_method(m));
  }
  if (m.examples.files > 0) {
    add_fact(out, rules, "labeled_examples", FactValue::integer(m.examples.distinct), examples_method(m));
  }
  if (m.knowledge_found && m.updates && m.updates->value) {
    const FactValue value = choice_value(rules, "knowledge_updates", *m.updates->value);
    if (value.known()) {
      add_fact(out, rules, "knowledge_updates", value, updates_method(m));
    }
  }
  return out;
}

std::vector<std::string> unmeasured_reasons(const Measurement& m, const RuleBase& rules) {
  std::vector<std::string> out;
  const auto add = [&](std::string_view id, std::string reason) {
    if (rules.fact_index(id)) {
      out.push_back(fmt::format("{}: {}", id, reason));
    }
  };
  if (!m.knowledge_found) {
    const std::string hints = m.knowledge_hints.empty()
                                  ? elsewhere_text(m, "the knowledge base", "knowledge", k_knowledge_looked)
                                  : hint_text(m.knowledge_hints, "the knowledge base", "document", "knowledge");
    add("knowledge_base_docs",
        fmt::format("none of the knowledge paths exists ({}){}", path_list(m.knowledge_paths), hints));
    add("knowledge_updates", "no knowledge path to follow in the history");
  } else if (!m.updates) {
    add("knowledge_updates", m.updates_unavailable);
  } else if (!m.updates->value) {
    add("knowledge_updates", m.updates->reason);
  }
  if (m.examples.files == 0) {
    const std::string hints = m.example_hints.empty()
                                  ? elsewhere_text(m, "a training set", "examples", k_examples_looked)
                                  : hint_text(m.example_hints, "training examples", "JSONL/JSON/CSV file", "examples");
    add("labeled_examples",
        fmt::format("no JSONL, JSON or CSV file of training examples under {}{}", path_list(m.example_paths), hints));
  }
  return out;
}

MeasureReport make_measure_report(Measurement m, const RuleBase& rules) {
  MeasureReport report;
  for (const MeasuredFact& f : measured_facts(m, rules)) {
    const FactDef& def = rules.facts[static_cast<std::size_t>(*rules.fact_index(f.fact))];
    report.facts.push_back(
        MeasureReport::Fact{f.fact, format_value(def, f.value), def.type == FactType::integer, f.method});
  }
  report.not_measured = unmeasured_reasons(m, rules);
  report.measurement = std::move(m);
  return report;
}

} // namespace ragft
