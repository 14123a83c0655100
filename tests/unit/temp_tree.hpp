#pragma once
// A fresh folder under the system's temporary folder for a unit test, removed at the test's end.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace ragft::test {

struct TempTree {
  std::filesystem::path root;

  // `ragft-<name>-<random>` under the temporary folder.
  explicit TempTree(const std::string& name = "tree") {
    std::random_device device;
    root = std::filesystem::temp_directory_path() / ("ragft-" + name + "-" + std::to_string(device()));
    std::filesystem::create_directories(root);
  }
  ~TempTree() { std::filesystem::remove_all(root); }
  TempTree(const TempTree&) = delete;
  TempTree& operator=(const TempTree&) = delete;

  // Writes `text` to `relative`, making the folders above it.
  void file(const std::string& relative, const std::string& text = "ragft: 1\n") const {
    std::filesystem::create_directories((root / relative).parent_path());
    std::ofstream(root / relative) << text;
  }

  // The path of `relative` in the tree.
  std::string at(const std::string& relative) const { return (root / relative).generic_string(); }
};

} // namespace ragft::test
