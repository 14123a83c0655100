#pragma once
// Where results go: `--format NAME` (standard output) or `--format NAME=FILE`, several per run.
// A file is written to a temporary name beside it and renamed over it only when the run completes,
// so a reader never sees a partial file.

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <ragft/render/render.hpp>

#include "atomic_file.hpp"

namespace ragft::cli {

struct OutputSpec {
  Format format = Format::text;
  std::string path; // empty: standard output
};

// Parses `NAME` or `NAME=FILE` for each `--format`; with none, text on standard output. Throws
// `std::invalid_argument` for an unknown format, two outputs on standard output or one file named twice.
std::vector<OutputSpec> parse_outputs(const std::vector<std::string>& specs);

// One output of a run: its renderer (`Renderer` for score, `CheckRenderer` for check) and the
// stream it writes to.
template <typename R> struct BasicOutput {
  OutputSpec spec;
  std::unique_ptr<AtomicFile> file;        // null for standard output or an appended file
  std::unique_ptr<std::ofstream> appended; // `$GITHUB_STEP_SUMMARY`
  std::ostream* stream = nullptr;
  std::unique_ptr<R> renderer;
};
using Output = BasicOutput<Renderer>;

// Where `spec` writes: standard output (nullptr), or a new AtomicFile. Throws std::runtime_error
// ("PATH: already exists; pass --force ...") before any work when the file may not be written.
std::unique_ptr<AtomicFile> open_output_file(const OutputSpec& spec, bool force);

// Moves a finished output file into place; throws std::runtime_error ("PATH: ...") when it fails.
void commit_output_file(AtomicFile& file, const OutputSpec& spec, bool force);

// Closes an appended file; throws std::runtime_error ("PATH: cannot write: ...") when a write to
// it failed (a full disk, a file that went away).
void close_appended(std::ofstream& file, const OutputSpec& spec);

// Ends `output`: the renderer's closing part, then its file moved into place or closed. Throws
// std::runtime_error ("PATH: ...") when a write failed.
template <typename R, typename S> void finish_output(BasicOutput<R>& output, const S& summary, bool force) {
  output.renderer->end(*output.stream, summary);
  output.stream->flush();
  if (output.file) {
    commit_output_file(*output.file, output.spec, force);
  }
  if (output.appended) {
    close_appended(*output.appended, output.spec);
  }
}

// GitHub Actions: with `--format github` among `specs`, the file `$GITHUB_STEP_SUMMARY` names, to
// which a Markdown report is appended (a step shows only 10 annotations of each kind); else "".
std::string step_summary_path(const std::vector<OutputSpec>& specs);

// Points `output.stream` at standard output or at the file `open_output_file` gives.
template <typename R> void open_output(BasicOutput<R>& output, bool force) {
  output.file = open_output_file(output.spec, force);
  output.stream = output.file ? &output.file->stream() : &std::cout;
}

// A Markdown output appended to `path` (the step summary).
template <typename R> BasicOutput<R> appended_output(const std::string& path, std::unique_ptr<R> renderer) {
  BasicOutput<R> output;
  output.spec = OutputSpec{Format::markdown, path};
  output.appended = std::make_unique<std::ofstream>(path, std::ios::app);
  output.stream = output.appended.get();
  output.renderer = std::move(renderer);
  return output;
}

template <typename R> std::vector<OutputSpec> specs_of(const std::vector<BasicOutput<R>>& outputs) {
  std::vector<OutputSpec> specs;
  specs.reserve(outputs.size());
  for (const BasicOutput<R>& o : outputs) {
    specs.push_back(o.spec);
  }
  return specs;
}

} // namespace ragft::cli
