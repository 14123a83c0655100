#pragma once
// What `ragft measure` found in a repository, and the facts it gives. Built by the front end
// (which walks folders, reads files and runs git) from the pure counters of corpus.hpp,
// examples.hpp, updates.hpp and manifests.hpp; only counts and sizes, never file contents.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <ragft/base/diagnostic.hpp>
#include <ragft/measure/corpus.hpp>
#include <ragft/measure/examples.hpp>
#include <ragft/measure/manifests.hpp>
#include <ragft/measure/updates.hpp>
#include <ragft/model/facts.hpp>
#include <ragft/rules/rule_base.hpp>

namespace ragft {

// A folder that may hold what the places measured did not find, and how many files of that kind
// it holds (documents, or example files).
struct PlaceHint {
  std::string path; // relative to the root
  std::int64_t files = 0;
};

struct Measurement {
  std::string root;                         // the repository's root, as the output names it
  std::string section_from;                 // where the paths came from: a file, or "defaults"
  std::vector<std::string> knowledge_paths; // as used (relative to the root)
  std::vector<std::string> example_paths;
  std::vector<std::string> manifest_paths;
  std::vector<std::string> missing_paths; // named but not there
  bool knowledge_found = false;           // at least one knowledge path exists
  CorpusCount corpus;
  ExampleCount examples;
  std::optional<UpdateFrequency> updates; // none: no git history to read
  std::string updates_unavailable;        // why there is none
  std::vector<DependencyEvidence> evidence;
  std::int64_t manifests_read = 0;  // dependency manifests found and read, with evidence or without
  std::vector<Diagnostic> problems; // unreadable files and folders, refused paths
  // With the default places only, when they find no knowledge path or no training file: folders
  // named like a knowledge base or a data set (and a default example folder of documents), by name.
  std::vector<PlaceHint> knowledge_hints;
  std::vector<PlaceHint> example_hints;
  // With the default places only: the configuration files of a documentation site generator found
  // in or beside a knowledge path (`docs/conf.py`, `docs/workshop/mkdocs.yml`, a root `mkdocs.yml`):
  // a sign that the folder is the project's own manual rather than the knowledge base.
  std::vector<std::string> site_configs;
};

// One fact's measured value and how it was measured.
struct MeasuredFact {
  std::string fact;
  FactValue value;
  std::string method;
};

// The facts `m` gives that `rules` defines (knowledge_base_docs, labeled_examples,
// knowledge_updates), in that order. A fact is left out when nothing was found to measure it:
// no knowledge path exists, no example file was found, no history to read.
std::vector<MeasuredFact> measured_facts(const Measurement& m, const RuleBase& rules);

// Why each of those facts was not measured, as `fact: reason` lines.
std::vector<std::string> unmeasured_reasons(const Measurement& m, const RuleBase& rules);

// What `ragft measure` prints for one repository: the measurement, the facts as a spec writes
// them, and why the others were not measured.
struct MeasureReport {
  struct Fact {
    std::string fact;
    std::string value;   // as a spec writes it
    bool number = false; // an integer fact (JSON prints it as a number)
    std::string method;
  };
  Measurement measurement;
  std::vector<Fact> facts;
  std::vector<std::string> not_measured; // `fact: reason`
};

MeasureReport make_measure_report(Measurement m, const RuleBase& rules);

// `a, b and c`-free list of paths: `docs/, knowledge/`.
std::string path_list(const std::vector<std::string>& paths);

} // namespace ragft
