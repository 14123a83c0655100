#pragma once
// Where results go: `--format NAME` (standard output) or `--format NAME=FILE`, several per run.
// A file is written to a temporary name beside it and renamed over it only when the run completes,
// so a reader never sees a partial file.

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <ragft/render.hpp>

#include "atomic_file.hpp"

namespace ragft::cli {

struct OutputSpec {
  Format format = Format::text;
  std::string path; // empty: standard output
};

// Parses `NAME` or `NAME=FILE` for each `--format`; with none, text on standard output. Throws
// `std::invalid_argument` for an unknown format, two outputs on standard output or one file named twice.
std::vector<OutputSpec> parse_outputs(const std::vector<std::string>& specs);

// One output of a run: its renderer and the stream it writes to.
struct Output {
  OutputSpec spec;
  std::unique_ptr<AtomicFile> file; // null for standard output or an appended file
  std::unique_ptr<std::ofstream> appended; // `$GITHUB_STEP_SUMMARY`
  std::ostream* stream = nullptr;
  std::unique_ptr<Renderer> renderer;
};

} // namespace ragft::cli
