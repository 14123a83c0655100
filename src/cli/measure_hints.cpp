// Where else to look, when the default places find nothing (measure_repo.hpp): folders whose name
// says they hold a knowledge base or training data, a folder with a JSONL file whose first record
// is a training example, and the default example folder when it holds documents but no training
// file; failing those, a `docs` folder below the root that is no documentation site's. Documents
// at the root are not hinted: in the repositories tried, most were the project's own (CONTRIBUTING.md). A hint is a
// place to name in `measure:`, not a measurement: only names are read, and the first line of a JSONL file. Also the
// documentation site configurations beside a knowledge path found with the defaults (a sign that `docs` is the
// project's manual).

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>

#include <ragft/measure/corpus.hpp>
#include <ragft/measure/examples.hpp>

#include "measure_repo.hpp"

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

constexpr int k_hint_depth = 3; // as deep as manifests are looked for

// A folder name as the lists below spell it: lower case, `-` and spaces as `_`.
std::string folded(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return c == '-' || c == ' ' ? '_' : static_cast<char>(std::tolower(c)); });
  return name;
}

bool named_knowledge(const std::string& name) {
  // clang-format off
  static constexpr std::array<std::string_view, 9> k_names = {
      "knowledge_base", "knowledgebase", "kb", "knowledge", "corpus", "documents", "source_documents", "source_docs", "rag_docs"};
  // clang-format on
  return std::find(k_names.begin(), k_names.end(), folded(name)) != k_names.end();
}

// A `docs` folder below the root (`pages/docs`, `web/docs`): the default knowledge path's name, one
// level or more down. Weaker than a knowledge base's name (a package's own manual is often there),
// so it is hinted only when no folder named like a knowledge base is (`docs_hints`).
bool named_docs(const std::string& name) { return folded(name) == "docs"; }

bool named_examples(const std::string& name) {
  static constexpr std::array<std::string_view, 7> k_names = {
      "dataset", "datasets", "training_data", "train_data", "finetune_data", "fine_tuning_data", "sft_data"};
  return std::find(k_names.begin(), k_names.end(), folded(name)) != k_names.end();
}

bool is_jsonl(const fs::path& file) {
  const std::string ext = folded(file.extension().string());
  return ext == ".jsonl" || ext == ".ndjson";
}

// Whether the first record of a JSONL file is a training example of a known shape.
bool starts_with_example(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string line;
  while (std::getline(in, line) && line.find_first_not_of(" \t\r") == std::string::npos) {
  }
  if (line.empty()) {
    return false;
  }
  ExampleCounter c;
  c.add_json_text(line, Location{file.generic_string(), 1, 1});
  return c.count().malformed == 0 && c.count().shapeless == 0;
}

// The nearest folder of `rel` (a file's path from the root) whose name `named` accepts; empty if none.
std::string named_folder(const fs::path& rel, bool (*named)(const std::string&)) {
  fs::path found;
  fs::path at;
  for (const fs::path& part : rel.parent_path()) {
    at /= part;
    if (named(part.string())) {
      found = at;
    }
  }
  return found.generic_string();
}

bool under_any(const std::string& rel, const std::vector<std::string>& paths) {
  return std::any_of(paths.begin(), paths.end(), [&](const std::string& p) {
    const std::string base = fs::path(p).lexically_normal().generic_string();
    return base == "." || rel == base || rel.rfind(base + "/", 0) == 0;
  });
}

std::vector<PlaceHint> hints_of(const std::map<std::string, std::int64_t>& files) {
  std::vector<PlaceHint> out;
  out.reserve(files.size());
  for (const auto& [path, count] : files) {
    out.push_back(PlaceHint{path, count});
  }
  return out;
}

struct HintWalk {
  const Measurement& m;
  bool want_knowledge;
  bool want_examples;
  std::map<std::string, std::int64_t> knowledge;
  std::map<std::string, std::int64_t> docs; // nested `docs` folders: hinted when `knowledge` is empty
  std::map<std::string, std::int64_t> examples;

  void visit(const fs::path& path, const fs::path& rel) {
    const std::string file = rel.generic_string();
    // a document as measure counts one: by its extension, or plain text without one (kb/article-12)
    if (want_knowledge && !is_folder_note(rel.filename().string()) && document_file_kind(path.string())) {
      std::string folder = named_folder(rel, named_knowledge);
      if (folder.empty() && m.examples.files == 0 && under_any(file, m.example_paths)) {
        folder = rel.parent_path().generic_string(); // a default example folder of documents (data/*.md)
      }
      if (!folder.empty() && !under_any(file, m.knowledge_paths)) {
        ++knowledge[folder];
      } else if (const std::string nested = named_folder(rel, named_docs); folder.empty() && !nested.empty()) {
        ++docs[nested]; // the root `docs` is a default knowledge path: with it there are no hints
      }
    }
    if (want_examples && is_example_file(file) && !under_any(file, m.example_paths)) {
      std::string folder = named_folder(rel, named_examples);
      if (folder.empty() && is_jsonl(rel) && starts_with_example(path)) {
        folder = rel.has_parent_path() ? rel.parent_path().generic_string() : file; // at the root: the file
      }
      if (!folder.empty()) {
        ++examples[folder];
      }
    }
  }
};

bool skip_for_hints(const std::string& name) {
  static const std::vector<std::string> skipped = {"node_modules", "vendor", "venv",        "site-packages", "target",
                                                   "dist",         "build",  "third_party", "test",          "tests"};
  return std::find(skipped.begin(), skipped.end(), name) != skipped.end();
}

// The configuration of a documentation site generator (Sphinx, MkDocs, Docusaurus, mdBook,
// VitePress, Antora, Jekyll) in `folder`, as paths from the root.
void site_configs_in(const fs::path& root, const fs::path& folder, std::vector<std::string>& out) {
  static constexpr std::array<std::string_view, 9> k_names = {
      "conf.py",   "mkdocs.yml", "mkdocs.yaml", "docusaurus.config.js", "docusaurus.config.ts",
      "book.toml", ".vitepress", "antora.yml",  "_config.yml"};
  std::error_code ec;
  for (const std::string_view name : k_names) {
    if (fs::exists(root / folder / name, ec)) {
      out.push_back((folder / name).lexically_normal().generic_string());
    }
  }
}

// Those of a knowledge folder and of its sub-folders one level down (not hidden ones).
void site_configs_under(const fs::path& root, const fs::path& folder, std::vector<std::string>& out) {
  site_configs_in(root, folder, out);
  std::error_code ec;
  for (fs::directory_iterator it(root / folder, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec) && it->path().filename().string().front() != '.') {
      site_configs_in(root, folder / it->path().filename(), out);
    }
  }
}

// MkDocs' and Docusaurus' configuration at the root, whose default docs folder is `docs`.
void root_site_configs(const fs::path& root, std::vector<std::string>& out) {
  std::error_code ec;
  for (const std::string_view name : {"mkdocs.yml", "mkdocs.yaml", "docusaurus.config.js", "docusaurus.config.ts"}) {
    if (fs::exists(root / name, ec)) {
      out.emplace_back(name);
    }
  }
}

// The nested `docs` folders to hint: not a documentation site's, which is a manual (its configuration
// in the folder or a sub-folder, or MkDocs' or Docusaurus' beside it, as for the root `docs`).
std::map<std::string, std::int64_t> docs_hints(const fs::path& root, std::map<std::string, std::int64_t> docs) {
  std::erase_if(docs, [&](const auto& entry) {
    std::vector<std::string> configs;
    const fs::path folder(entry.first);
    site_configs_under(root, folder, configs);
    root_site_configs(root / folder.parent_path(), configs);
    return !configs.empty();
  });
  return docs;
}

} // namespace

void find_site_configs(Measurement& m) {
  if (!m.knowledge_found) {
    return;
  }
  const fs::path root(m.root);
  std::error_code ec;
  for (const std::string& path : m.knowledge_paths) {
    const fs::path folder = fs::path(path).lexically_normal();
    if (fs::is_directory(root / folder, ec)) {
      site_configs_under(root, folder, m.site_configs);
      if (folder == "docs") {
        root_site_configs(root, m.site_configs);
      }
    }
  }
  std::sort(m.site_configs.begin(), m.site_configs.end()); // sub-folders come in the file system's order
  m.site_configs.erase(std::unique(m.site_configs.begin(), m.site_configs.end()), m.site_configs.end());
}

void find_place_hints(Measurement& m) {
  HintWalk h{m, !m.knowledge_found, m.examples.files == 0, {}, {}, {}};
  if (!h.want_knowledge && !h.want_examples) {
    return;
  }
  std::error_code ec;
  const fs::path root = fs::canonical(m.root, ec);
  std::vector<Diagnostic> ignored; // the walks that measure tell the problems
  walk_files(
      m.root, ".", k_hint_depth, skip_for_hints,
      [&](const std::string& path, const std::string&) { h.visit(path, fs::path(path).lexically_relative(root)); },
      ignored);
  m.knowledge_hints = hints_of(h.knowledge.empty() ? docs_hints(root, h.docs) : h.knowledge);
  m.example_hints = hints_of(h.examples);
}

} // namespace ragft::cli
