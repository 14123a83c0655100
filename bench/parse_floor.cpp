// The floor of `ragft score`: read and parse the same files with yaml-cpp alone, on the same number
// of threads, and do nothing else. Built only with -DRAGFT_BUILD_BENCH=ON.
// Usage: ragft_parse_floor JOBS FOLDER

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace {

std::vector<std::string> spec_files(const std::string& folder) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml" || ext == ".json")) {
      files.push_back(entry.path().string());
    }
  }
  return files;
}

std::size_t parse_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return YAML::LoadAll(text.str()).size();
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: ragft_parse_floor JOBS FOLDER\n";
    return 2;
  }
  const int jobs = std::max(1, std::stoi(argv[1]));
  const auto start = std::chrono::steady_clock::now();
  const std::vector<std::string> files = spec_files(argv[2]);
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> documents{0};
  std::vector<std::jthread> threads;
  for (int j = 0; j < jobs; ++j) {
    threads.emplace_back([&] {
      for (std::size_t i = next++; i < files.size(); i = next++) {
        documents += parse_file(files[i]);
      }
    });
  }
  threads.clear();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%zu files, %zu documents parsed in %.3f s (%.0f files/s) on %d thread(s)\n", files.size(),
              documents.load(), seconds, static_cast<double>(files.size()) / seconds, jobs);
  return 0;
}
