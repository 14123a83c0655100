// The scenario suite (tests/scenarios/, from the seeds' own examples) and the bundled examples: each
// spec records the verdict its source expects as `decision`, for the project and for each component.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <ragft/engine/project.hpp>

#include "helpers.hpp"

using namespace ragft;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> spec_files(const char* folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(RAGFT_SOURCE_DIR) / folder)) {
    const auto ext = entry.path().extension();
    if (ext == ".yaml" || ext == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<Spec> load(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<Spec> specs;
  for (auto& document : parse_specs(text.str(), path.string(), test::rules())) {
    if (const auto* error = std::get_if<Diagnostic>(&document)) {
      FAIL(error->to_string());
    }
    specs.push_back(std::get<Spec>(document));
  }
  return specs;
}

void note_fired(const Evaluation& e, std::set<std::string>& fired) {
  for (const FiredRule& f : e.fired) {
    fired.insert(f.rule->id);
  }
  for (const Blocker& b : e.blockers) {
    fired.insert(b.constraint->id);
  }
}

void check_spec(const Spec& spec, std::set<std::string>& fired) {
  INFO(spec.name);
  REQUIRE(spec.decision.has_value());
  const ProjectResult result = score_project(test::rules(), spec);
  CHECK(to_string(result.verdict) == to_string(spec.decision->verdict));
  note_fired(result.evaluation, fired);
  for (const ComponentResult& c : result.components) {
    INFO(c.component->name);
    REQUIRE(c.component->decision.has_value());
    CHECK(to_string(c.evaluation.verdict) == to_string(c.component->decision->verdict));
    note_fired(c.evaluation, fired);
  }
}

} // namespace

TEST_CASE("the scenario suite: each seed example gets the verdict its document gives") {
  const auto files = spec_files("tests/scenarios");
  REQUIRE(files.size() == 12);
  std::set<std::string> fired;
  for (const fs::path& file : files) {
    for (const Spec& spec : load(file)) {
      check_spec(spec, fired);
    }
  }
}

TEST_CASE("the bundled examples get the verdicts they record") {
  std::set<std::string> fired;
  for (const fs::path& file : spec_files("examples")) {
    for (const Spec& spec : load(file)) {
      check_spec(spec, fired);
    }
  }
}

TEST_CASE("rule coverage: every rule and constraint fires in some scenario or example") {
  std::set<std::string> fired;
  for (const char* folder : {"tests/scenarios", "examples"}) {
    for (const fs::path& file : spec_files(folder)) {
      for (const Spec& spec : load(file)) {
        const ProjectResult result = score_project(test::rules(), spec);
        note_fired(result.evaluation, fired);
        for (const ComponentResult& c : result.components) {
          note_fired(c.evaluation, fired);
        }
      }
    }
  }
  for (const Rule& rule : test::rules().rules) {
    INFO("rule " << rule.id << " fires in no scenario or example");
    CHECK(fired.count(rule.id) == 1);
  }
  for (const Constraint& constraint : test::rules().constraints) {
    INFO("constraint " << constraint.id << " holds in no scenario or example");
    CHECK(fired.count(constraint.id) == 1);
  }
}
