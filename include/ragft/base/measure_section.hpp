#pragma once
// The `measure:` section of a spec, an ADR's ragft block or `.ragft.yaml`: where `ragft measure`
// looks for facts. Every key is optional; a missing one takes its default.
//
//   measure:
//     knowledge: [docs/, knowledge/]   # the documents answers draw on (knowledge_base_docs,
//                                      # corpus size, knowledge_updates)
//     examples: [data/]                # training examples: JSONL, JSON, CSV (labeled_examples)
//     manifests: [.]                   # where dependency manifests are looked for (evidence)
//
// Paths are relative to the repository's root and must stay inside it.

#include <string>
#include <vector>

#include <ragft/base/diagnostic.hpp>

namespace ragft {

struct MeasureSection {
  bool present = false;               // the section was written (possibly empty)
  std::vector<std::string> knowledge; // empty: the defaults
  std::vector<std::string> examples;
  std::vector<std::string> manifests;
  Location where;
};

// The paths used when the section does not name them.
const std::vector<std::string>& default_knowledge_paths(); // docs/, knowledge/
const std::vector<std::string>& default_example_paths();   // data/
const std::vector<std::string>& default_manifest_paths();  // . (the repository root)

// The section's paths, or the defaults where it names none.
std::vector<std::string> knowledge_paths(const MeasureSection& section);
std::vector<std::string> example_paths(const MeasureSection& section);
std::vector<std::string> manifest_paths(const MeasureSection& section);

} // namespace ragft
