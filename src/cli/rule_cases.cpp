#include "rule_cases.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "input.hpp"
#include "reach.hpp"

namespace ragft::cli {

namespace {

namespace fs = std::filesystem;

bool is_spec_file(const fs::path& path) {
  const auto ext = path.extension();
  return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

// The spec files a path names: the file, or a folder's spec files, sorted.
std::vector<fs::path> expand(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    return {path};
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    if (entry.is_regular_file() && is_spec_file(entry.path())) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// True the first time a file is met, however it is spelt (`specs/a.yaml`, `./specs/../specs/a.yaml`, a
// symbolic link to it): a file listed twice, or a folder listed 20,000 times, is read once, as `score`
// reads a file named twice once (20,000 `- specs` lines took 11 s and 130 MB for 100,000 cases).
bool first_time(const fs::path& path, std::set<fs::path>& seen) {
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(path, ec);
  return seen.insert(ec ? path.lexically_normal() : canonical).second;
}

// The spec files `path` names (as `expand`) that `seen` does not hold yet; none when `path` itself
// was named before, so a folder named again is not listed again.
std::vector<fs::path> new_files(const fs::path& path, std::set<fs::path>& seen) {
  if (!first_time(path, seen)) {
    return {};
  }
  std::vector<fs::path> files = expand(path);
  if (files.size() == 1 && files.front() == path) {
    return files; // a file, recorded above
  }
  std::vector<fs::path> fresh;
  fresh.reserve(files.size());
  for (fs::path& file : files) {
    if (first_time(file, seen)) {
      fresh.push_back(std::move(file));
    }
  }
  return fresh;
}

// `listed` is where the path was named (a rule base's line), or nothing for a command-line path.
void add_file(const RuleBase& rules, const fs::path& path, const Location* listed, std::vector<SpecDocument>& cases) {
  Diagnostic error;
  const std::string name = path.lexically_normal().generic_string();
  const auto text = read_input(name, error);
  if (!text) {
    if (listed != nullptr) {
      cases.emplace_back(Diagnostic{*listed, fmt::format("test file `{}`: {}", name, error.message)});
    } else {
      cases.emplace_back(error);
    }
    return;
  }
  for (SpecDocument& document : parse_specs(*text, name, rules)) {
    cases.push_back(std::move(document));
  }
}

} // namespace

std::vector<SpecDocument> listed_cases(const RuleFile& file, std::string_view key) {
  RuleTestSuite suite = load_rule_tests(file.text, file.path, file.rules, key);
  std::vector<SpecDocument> cases = std::move(suite.inline_cases);
  const fs::path folder = fs::path(file.path).parent_path();
  const fs::path reach = reach_of(folder.empty() ? fs::path(".") : folder);
  std::set<fs::path> seen;
  for (const TestPath& listed : suite.paths) {
    if (!is_inside(folder / listed.path, reach)) {
      cases.emplace_back(
          Diagnostic{listed.where, fmt::format("`{}` is outside {}; `{}:` may list only files inside the "
                                               "repository (or the rule base's folder)",
                                               listed.path, reach.string(), key)});
      continue;
    }
    for (const fs::path& path : new_files(folder / listed.path, seen)) {
      add_file(file.rules, path, &listed.where, cases);
    }
  }
  return cases;
}

std::vector<SpecDocument> compiled_cases(const RuleBase& rules, const std::vector<NamedText>& files) {
  std::vector<SpecDocument> cases;
  for (const NamedText& file : files) {
    for (SpecDocument& document : parse_specs(file.text, file.name, rules)) {
      cases.push_back(std::move(document));
    }
  }
  return cases;
}

std::vector<SpecDocument> path_cases(const RuleBase& rules, const std::vector<std::string>& paths) {
  std::vector<SpecDocument> cases;
  std::set<fs::path> seen;
  for (const std::string& path : paths) {
    for (const fs::path& file : new_files(path, seen)) {
      add_file(rules, file, nullptr, cases);
    }
  }
  return cases;
}

} // namespace ragft::cli
