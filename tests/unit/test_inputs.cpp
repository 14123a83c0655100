// The inputs of a batch, found one at a time in the order of their sorted names.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "inputs.hpp"
#include "temp_tree.hpp"

namespace {

using ragft::cli::InputItem;

using ragft::test::TempTree;

std::vector<std::string> paths_of(const std::vector<InputItem>& items) {
  std::vector<std::string> paths;
  for (const InputItem& item : items) {
    paths.push_back(item.path);
  }
  return paths;
}

} // namespace

TEST_CASE("a folder's files come in the order of their sorted paths") {
  // Names around '/' in byte order ('-' and '.' sort before it, '0' and 'a' after): a walk that
  // sorted folder names alone would put `b/` before `b-x.yaml` and `b.yaml`.
  const TempTree tree("inputs");
  const std::vector<std::string> files = {"b.yaml",       "b-x.yaml",     "b/z.yaml",    "b/a/c.yml",
                                          "b0.json",      "a/b/c/d.yaml", "a.b/x.yaml",  "a-b/y.yaml",
                                          "B/upper.yaml", "b/a-/e.yaml",  "b/a.yaml",    "c/.hidden/no.yaml",
                                          "c/notes.txt",  "c/ok.yaml",    ".git/no.yaml"};
  for (const std::string& f : files) {
    tree.file(f);
  }
  std::vector<std::string> expected;
  for (const std::string& f : files) {
    const bool hidden = f.find(".hidden") != std::string::npos || f.rfind(".git", 0) == 0;
    if (!hidden && f.find(".txt") == std::string::npos) {
      expected.push_back((tree.root / f).string());
    }
  }
  std::sort(expected.begin(), expected.end());
  CHECK(paths_of(ragft::cli::expand_inputs({tree.root.string()}, "<stdin>")) == expected);
}

TEST_CASE("the items of several arguments are merged in name order, each name once") {
  const TempTree tree("inputs");
  tree.file("s/a.yaml");
  tree.file("s/m/b.yaml");
  tree.file("t/c.yaml");
  const std::string s = (tree.root / "s").string();
  const std::string t = (tree.root / "t").string();
  const auto items = ragft::cli::expand_inputs({t, s + "/m/b.yaml", "-", s, "zz.yaml"}, "specs/from-stdin.yaml");
  const std::vector<std::string> names = {s + "/a.yaml", s + "/m/b.yaml", t + "/c.yaml"};
  REQUIRE(items.size() == 5);
  std::vector<std::string> got = paths_of(items);
  // `-` is sorted by the name it is reported as.
  std::vector<std::string> want = {names[0], names[1], names[2], "-", "zz.yaml"};
  std::vector<std::pair<std::string, std::string>> keyed;
  for (const std::string& w : want) {
    keyed.emplace_back(w == "-" ? "specs/from-stdin.yaml" : w, w);
  }
  std::sort(keyed.begin(), keyed.end());
  want.clear();
  for (const auto& [key, path] : keyed) {
    want.push_back(path);
  }
  CHECK(got == want);
}

TEST_CASE("a folder with no spec file gives one item that says so") {
  const TempTree tree("inputs");
  tree.file("notes/readme.txt");
  const auto items = ragft::cli::expand_inputs({(tree.root / "notes").string()}, "<stdin>");
  REQUIRE(items.size() == 1);
  CHECK(items[0].path == (tree.root / "notes").string());
  CHECK(items[0].error.find("no spec files") != std::string::npos);
}
