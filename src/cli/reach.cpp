#include "reach.hpp"

#include <algorithm>

namespace ragft::cli {

namespace fs = std::filesystem;

fs::path repository_root(const fs::path& start) {
  std::error_code ec;
  fs::path folder = fs::absolute(start.empty() ? fs::path(".") : start, ec).lexically_normal(); // "" is "."
  if (!folder.has_filename()) {
    folder = folder.parent_path(); // "/a/b/" (from "/a/b/.") is "/a/b"
  }
  for (; !ec && !folder.empty(); folder = folder.parent_path()) {
    std::error_code missing;
    if (fs::exists(folder / ".git", missing)) {
      return folder;
    }
    if (folder == folder.root_path()) {
      break;
    }
  }
  return {};
}

fs::path reach_of(const fs::path& start) {
  const fs::path root = repository_root(start);
  return root.empty() ? start : root;
}

bool is_inside(const fs::path& path, const fs::path& root) {
  std::error_code ec;
  const fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  const fs::path r = fs::weakly_canonical(fs::absolute(root, ec), ec);
  if (ec) {
    return false;
  }
  const auto [in_root, in_path] = std::mismatch(r.begin(), r.end(), p.begin(), p.end());
  return in_root == r.end() || (std::next(in_root) == r.end() && in_root->empty()); // "a/b/" ends in ""
}

} // namespace ragft::cli
