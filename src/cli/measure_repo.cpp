// Measuring one repository: the targets, and the three walks and the history (measure_repo.hpp).

#include "measure_repo.hpp"

#include <algorithm>
#include <ctime>
#include <filesystem>

#include <fmt/format.h>

#include <ragft/base/repo_config.hpp>

#include "input.hpp"
#include "reach.hpp"

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

constexpr int k_unlimited_depth = 1 << 20;
constexpr int k_manifest_depth = 3; // a monorepo's packages, not every vendored dependency

bool never_skip(const std::string&) { return false; }

// Folders whose manifests belong to dependencies or builds, not to the project.
bool skip_for_manifests(const std::string& name) {
  static const std::vector<std::string> skipped = {"node_modules", "vendor", "venv",  "site-packages",
                                                   "target",       "dist",   "build", "third_party"};
  return std::find(skipped.begin(), skipped.end(), name) != skipped.end();
}

std::string display_name(const fs::path& p) {
  const std::string s = p.lexically_normal().generic_string();
  return s.empty() ? "." : (s.size() > 1 && s.back() == '/' ? s.substr(0, s.size() - 1) : s);
}

void note_missing(Measurement& m, const std::vector<std::string>& paths) {
  for (const std::string& p : paths) {
    std::error_code ec;
    if (!fs::exists(fs::path(m.root) / p, ec)) {
      m.missing_paths.push_back(p);
    }
  }
}

void measure_knowledge(Measurement& m) {
  for (const std::string& p : m.knowledge_paths) {
    std::error_code ec;
    m.knowledge_found = m.knowledge_found || fs::exists(fs::path(m.root) / p, ec);
    const bool named = fs::is_regular_file(fs::path(m.root) / p, ec);
    walk_files(
        m.root, p, k_unlimited_depth, never_skip,
        [&](const std::string& path, const std::string& display) {
          count_document(m.corpus, path, display, named, m.problems);
        },
        m.problems);
  }
}

void measure_examples(Measurement& m) {
  ExampleCounter counter;
  for (const std::string& p : m.example_paths) {
    walk_files(
        m.root, p, k_unlimited_depth, never_skip,
        [&](const std::string& path, const std::string& display) {
          if (is_example_file(display)) {
            count_examples(counter, path, display, m.problems);
          }
        },
        m.problems);
  }
  m.examples = counter.count();
}

void measure_manifests(Measurement& m) {
  for (const std::string& p : m.manifest_paths) {
    walk_files(
        m.root, p, k_manifest_depth, skip_for_manifests,
        [&](const std::string& path, const std::string& display) {
          const std::string name = fs::path(display).filename().string();
          Diagnostic error;
          const auto text = is_manifest(name) ? read_input(path, error) : std::nullopt;
          if (text) {
            ++m.manifests_read;
            const auto found = dependency_evidence(display, name, *text);
            m.evidence.insert(m.evidence.end(), found.begin(), found.end());
          }
        },
        m.problems);
  }
}

void measure_history(Measurement& m) {
  const auto now = static_cast<std::int64_t>(std::time(nullptr));
  const GitHistory history = read_history(m.root, m.knowledge_paths, now);
  if (!history.available) {
    m.updates_unavailable = history.why_not;
    return;
  }
  m.updates = measure_updates(history.times, now, history.first_commit);
}

void remove_repeated(std::vector<Diagnostic>& problems) {
  std::vector<Diagnostic> kept;
  for (Diagnostic& d : problems) {
    const std::string text = d.to_string();
    if (std::none_of(kept.begin(), kept.end(), [&](const Diagnostic& k) { return k.to_string() == text; })) {
      kept.push_back(std::move(d));
    }
  }
  problems = std::move(kept);
}

std::string target_key(const MeasureTarget& t) {
  return fmt::format("{}\n{}\n{}\n{}", t.root, fmt::join(knowledge_paths(t.section), "\t"),
                     fmt::join(example_paths(t.section), "\t"), fmt::join(manifest_paths(t.section), "\t"));
}

} // namespace

std::string find_repository_root(const std::string& path) {
  std::error_code ec;
  const fs::path start = fs::is_directory(path, ec) ? fs::path(path) : fs::path(path).parent_path();
  const fs::path root = repository_root(start);
  return root.empty() ? "." : display_name(root.lexically_proximate(fs::current_path(ec)));
}

MeasureTarget target_for_folder(const std::string& root) {
  MeasureTarget target{display_name(root), MeasureSection{}, "defaults"};
  const fs::path file = fs::path(root) / ".ragft.yaml";
  std::error_code ec;
  if (fs::is_regular_file(file, ec)) {
    Diagnostic error;
    const auto text = read_input(file.string(), error);
    if (!text) {
      throw InputError(error);
    }
    RepoConfig config = parse_repo_config(*text, display_name(file));
    if (config.measure.present) {
      target.section = config.measure;
      target.section_from = display_name(file);
    }
  }
  return target;
}

MeasureTarget target_for_file(const std::string& file, const MeasureSection& section) {
  MeasureTarget target = target_for_folder(find_repository_root(file));
  if (section.present) {
    target.section = section;
    target.section_from = file;
  }
  return target;
}

Measurement measure_repository(const MeasureTarget& target) {
  Measurement m;
  m.root = target.root;
  m.section_from = target.section_from;
  m.knowledge_paths = knowledge_paths(target.section);
  m.example_paths = example_paths(target.section);
  m.manifest_paths = manifest_paths(target.section);
  for (const auto* paths : {&m.knowledge_paths, &m.example_paths, &m.manifest_paths}) {
    note_missing(m, *paths);
  }
  measure_knowledge(m);
  measure_examples(m);
  measure_manifests(m);
  if (m.knowledge_found) {
    measure_history(m);
  }
  if (target.section_from == "defaults") {
    find_place_hints(m);
    find_site_configs(m);
  }
  remove_repeated(m.problems); // a link met by two walks is told once
  return m;
}

std::vector<MeasuredFact> MeasureCache::facts(const MeasureTarget& target, const RuleBase& rules) {
  const std::lock_guard<std::mutex> lock(m_mutex);
  const std::string key = target_key(target);
  auto it = m_done.find(key);
  if (it == m_done.end()) {
    it = m_done.emplace(key, measure_repository(target)).first;
  }
  return measured_facts(it->second, rules);
}

SpecMeasurement measure_spec(MeasureCache& cache, const std::string& file, const Spec& spec, const RuleBase& rules) {
  const std::string where = file.empty() || file == "-" || file.front() == '<' ? "." : file;
  std::vector<MeasuredFact> measured = cache.facts(target_for_file(where, spec.measure), rules);
  MeasuredSpec filled = fill_from_measurement(rules, spec, measured);
  return SpecMeasurement{std::move(filled), std::move(measured)};
}

} // namespace ragft::cli
