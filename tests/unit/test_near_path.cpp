// "Did you mean" for a path typed by hand that does not exist: each missing part mended by the
// nearest name beside it.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "near_path.hpp"

namespace {

namespace fs = std::filesystem;
using ragft::cli::near_path;

// A fresh folder under the system's temporary folder, removed at the end of the test.
struct Tree {
  fs::path root;

  Tree() {
    std::random_device device;
    root = fs::temp_directory_path() / ("ragft-near-" + std::to_string(device()));
    fs::create_directories(root / "docs" / "adr");
    fs::create_directories(root / "specs");
    std::ofstream(root / "docs" / "adr" / "0001-use-rag.md") << "# 1. Use RAG\n";
    std::ofstream(root / "specs" / "acme.yaml") << "ragft: 1\n";
  }
  ~Tree() { fs::remove_all(root); }

  std::string at(const std::string& relative) const { return (root / relative).generic_string(); }
};

} // namespace

TEST_CASE("a misspelt folder is mended to the one beside it") {
  const Tree tree;
  CHECK(near_path(tree.at("doc/adr")) == tree.at("docs/adr"));
  CHECK(near_path(tree.at("docs/adrs")) == tree.at("docs/adr"));
  CHECK(near_path(tree.at("Docs/ADR")) == tree.at("docs/adr")); // case as the folder writes it
}

TEST_CASE("a file's misspelt name or extension, and a misspelt folder above it, are mended together") {
  const Tree tree;
  CHECK(near_path(tree.at("specs/acme.yml")) == tree.at("specs/acme.yaml"));
  CHECK(near_path(tree.at("spec/acme.yml")) == tree.at("specs/acme.yaml"));
  CHECK(near_path(tree.at("doc/adr/0001-use-rag.md")) == tree.at("docs/adr/0001-use-rag.md"));
}

TEST_CASE("no suggestion when nothing is near, or nothing is missing") {
  const Tree tree;
  CHECK_FALSE(near_path(tree.at("architecture/decisions")));
  CHECK_FALSE(near_path(tree.at("specs/other-project.yaml")));
  CHECK_FALSE(near_path(tree.at("docs/adr"))); // it exists: nothing to mend
}

TEST_CASE("a relative path is mended from the working folder") {
  const Tree tree;
  const fs::path before = fs::current_path();
  fs::current_path(tree.root);
  const std::optional<std::string> near = near_path("doc/adr");
  fs::current_path(before);
  CHECK(near == "docs/adr");
}
