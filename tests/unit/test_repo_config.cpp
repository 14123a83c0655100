// `.ragft.yaml`: `adr_folder` as one folder or as a list of folders (a monorepo's), and the errors
// for the values it cannot take.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <ragft/base/diagnostic.hpp>
#include <ragft/base/repo_config.hpp>

using namespace ragft;

namespace {

std::string config_error(const std::string& text) {
  try {
    parse_repo_config(text, ".ragft.yaml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

} // namespace

TEST_CASE("adr_folder: one folder or a list of folders", "[repo_config]") {
  CHECK(parse_repo_config("adr_folder: docs/adr\n", ".ragft.yaml").adr_folders == std::vector<std::string>{"docs/adr"});
  CHECK(parse_repo_config("adr_folder: [web/docs/adr, api/adrs]\n", ".ragft.yaml").adr_folders ==
        std::vector<std::string>{"web/docs/adr", "api/adrs"});
  CHECK(parse_repo_config("adr_folder:\n  - web/docs/adr\n  - api/adrs\n", ".ragft.yaml").adr_folders ==
        std::vector<std::string>{"web/docs/adr", "api/adrs"});
  CHECK(parse_repo_config("fail_on: error\n", ".ragft.yaml").adr_folders.empty());
}

TEST_CASE("adr_folder: an empty list, a map or a list of maps is an error at its line", "[repo_config]") {
  const std::string empty = config_error("fail_on: error\nadr_folder: []\n");
  CHECK(empty.find(".ragft.yaml:2:13:") == 0);
  CHECK(empty.find("`adr_folder` is an empty list; expected a folder or a list of folders") != std::string::npos);
  CHECK(config_error("adr_folder: {web: docs/adr}\n").find(".ragft.yaml:1:13:") == 0);
  CHECK(config_error("adr_folder:\n  - {web: docs/adr}\n").find(".ragft.yaml:2:5:") == 0);
}
