// "Did you mean" for a path typed by hand that does not exist: each missing part mended by the
// nearest name beside it.

#include <catch2/catch.hpp>

#include <filesystem>

#include "near_path.hpp"
#include "temp_tree.hpp"

namespace {

namespace fs = std::filesystem;
using ragft::cli::near_path;

// A folder of ADRs and one of specs.
struct NearTree : ragft::test::TempTree {
  NearTree() : TempTree("near") {
    file("docs/adr/0001-use-rag.md", "# 1. Use RAG\n");
    file("specs/acme.yaml");
  }
};

} // namespace

TEST_CASE("a misspelt folder is mended to the one beside it") {
  const NearTree tree;
  CHECK(near_path(tree.at("doc/adr")) == tree.at("docs/adr"));
  CHECK(near_path(tree.at("docs/adrs")) == tree.at("docs/adr"));
  CHECK(near_path(tree.at("Docs/ADR")) == tree.at("docs/adr")); // case as the folder writes it
}

TEST_CASE("a file's misspelt name or extension, and a misspelt folder above it, are mended together") {
  const NearTree tree;
  CHECK(near_path(tree.at("specs/acme.yml")) == tree.at("specs/acme.yaml"));
  CHECK(near_path(tree.at("spec/acme.yml")) == tree.at("specs/acme.yaml"));
  CHECK(near_path(tree.at("doc/adr/0001-use-rag.md")) == tree.at("docs/adr/0001-use-rag.md"));
}

TEST_CASE("no suggestion when nothing is near, or nothing is missing") {
  const NearTree tree;
  CHECK_FALSE(near_path(tree.at("architecture/decisions")));
  CHECK_FALSE(near_path(tree.at("specs/other-project.yaml")));
  CHECK_FALSE(near_path(tree.at("docs/adr"))); // it exists: nothing to mend
}

TEST_CASE("a relative path is mended from the working folder") {
  const NearTree tree;
  const fs::path before = fs::current_path();
  fs::current_path(tree.root);
  const std::optional<std::string> near = near_path("doc/adr");
  fs::current_path(before);
  CHECK(near == "docs/adr");
}
