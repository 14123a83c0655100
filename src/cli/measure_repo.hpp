#pragma once
// Measuring a repository (`ragft measure`, `--measure`, drift in `check`): the I/O edge that walks
// the folders a `measure:` section names, streams the files through the counters of the measure
// module, runs `git log`, and reads the manifests. Only paths inside the repository are read;
// symbolic links that lead out of it are not followed.

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <ragft/base/measure_section.hpp>
#include <ragft/measure/compare.hpp>
#include <ragft/measure/corpus.hpp>
#include <ragft/measure/measurement.hpp>

namespace ragft::cli {

// Where to measure: the repository's root and the section that says where to look in it.
struct MeasureTarget {
  std::string root;
  MeasureSection section;
  std::string section_from; // the file the section came from, or "defaults"
};

// The root of the git repository holding `path` (a file or folder): the nearest folder at or above
// it with a `.git`; the current folder when there is none.
std::string find_repository_root(const std::string& path);

// The section of `root/.ragft.yaml` when it has one; else the defaults. Throws InputError when
// that file is invalid.
MeasureTarget target_for_folder(const std::string& root);

// `section` (from a spec or an ADR at `file`) when it is present, else `target_for_folder` of the
// file's repository.
MeasureTarget target_for_file(const std::string& file, const MeasureSection& section);

Measurement measure_repository(const MeasureTarget& target);

// Measurements by their target, so that many specs of one repository measure it once. Safe to
// use from several threads (a batch scores files in parallel).
class MeasureCache {
public:
  std::vector<MeasuredFact> facts(const MeasureTarget& target, const RuleBase& rules);

private:
  std::mutex m_mutex;
  std::map<std::string, Measurement> m_done;
};

// `--measure` for one spec read from `file`: its unknown facts filled from the measurement of its
// repository (the spec's `measure:` section, else `.ragft.yaml`'s, else the defaults).
struct SpecMeasurement {
  MeasuredSpec filled;
  std::vector<MeasuredFact> measured;
};
SpecMeasurement measure_spec(MeasureCache& cache, const std::string& file, const Spec& spec, const RuleBase& rules);

// --- the parts, in measure_files.cpp and measure_git.cpp ---

// Calls `visit(path, display)` for every regular file under `path` (a file or a folder inside
// `root`), sorted, leaving out hidden folders and, when `skip_folder` says so, others. A symbolic
// link is followed only when it resolves inside `root`. Problems go to `problems`.
using FileVisitor = std::function<void(const std::string& path, const std::string& display)>;
void walk_files(const std::string& root, const std::string& path, int max_depth,
                const std::function<bool(const std::string&)>& skip_folder, const FileVisitor& visit,
                std::vector<Diagnostic>& problems);

// A README or placeholder met in a folder is left out (is_folder_note); one named on its own
// (`named`: the path of the measure section is the file) is a document like any other.
void count_document(CorpusCount& count, const std::string& path, const std::string& display, bool named,
                    std::vector<Diagnostic>& problems);
void count_examples(ExampleCounter& counter, const std::string& path, const std::string& display,
                    std::vector<Diagnostic>& problems);
// The kind count_document reads the file at `path` as: by its extension, or text for a file without
// one that holds plain text (no project file such as LICENSE, no script, no binary); none otherwise.
std::optional<DocKind> document_file_kind(const std::string& path);
bool is_example_file(const std::string& name);
// Folders that may hold the knowledge base or the training examples when the places measured
// found none (measure_hints.cpp): fills `m.knowledge_hints` and `m.example_hints`.
void find_place_hints(Measurement& m);

// With the default places, when a knowledge path was found (measure_hints.cpp): the documentation
// site configurations in each knowledge folder, in its sub-folders one level down, and for `docs`
// at the root (MkDocs' and Docusaurus' defaults), into `m.site_configs`. A few names looked up per
// folder; no file is read.
void find_site_configs(Measurement& m);
// The examples of a JSONL file, counted in blocks of lines on every core (measure_jsonl.cpp).
void count_jsonl(ExampleCounter& counter, const std::string& path, const std::string& display,
                 std::vector<Diagnostic>& problems);

// The commit times of the commits touching `paths` (relative to `root`) that measure_updates needs
// (those of the year and the creation days before `now`, and the window's start when the paths
// existed then), and the first commit's time; `why_not` says why there are none (no git, not a
// repository).
struct GitHistory {
  bool available = false;
  std::vector<std::int64_t> times;
  std::int64_t first_commit = 0;
  std::string why_not;
};
GitHistory read_history(const std::string& root, const std::vector<std::string>& paths, std::int64_t now);

} // namespace ragft::cli
