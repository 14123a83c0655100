#pragma once
// Output formats. One renderer per format, each streaming: `begin`, then results and errors in
// order, then `end`. Renderers format the report model and compute nothing.
//
// `ragft check` (CheckRenderer, render/check.hpp) and `ragft explain` (ExplainRenderer,
// render/explain.hpp) stream the same way but are kept as interfaces of their own rather than one
// template over the entry and summary types: an ADR's failure is part of its AdrEntry (no `error`),
// explain closes with no summary, and what they share at the call site (an output and its file)
// is already one template in the front end (src/cli/outputs.hpp, BasicOutput).

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/report/findings.hpp>
#include <ragft/report/portfolio.hpp>
#include <ragft/report/report.hpp>

namespace ragft {

enum class Format { text, json, jsonl, csv, markdown, sarif, github, junit };

std::optional<Format> parse_format(std::string_view name);
std::vector<std::string> format_names();

struct RenderOptions {
  bool color = false;         // ANSI colour; the CLI decides (terminal, NO_COLOR, --no-color, TERM=dumb)
  int max_reasons = 6;        // text: the strongest reasons shown per assessment (0 = all)
  bool table = false;         // text: one line per result (for many files) instead of the detailed view
  bool inline_errors = false; // text: show errors in the output too (when it is not beside stderr)
  int width = 0;              // text: the terminal's width to wrap prose to; 0 = no wrapping (piped output)
  bool charts = true;         // markdown: Mermaid charts beside the tables (`--no-charts` leaves them out)
  ArtifactBase artifacts;     // github: the working folder and repository, to name files from its root
};

class Renderer {
public:
  virtual ~Renderer() = default;
  virtual void begin(std::ostream& out) = 0;
  virtual void result(std::ostream& out, const ResultEntry& entry) = 0;
  virtual void error(std::ostream& out, const Diagnostic& diagnostic) = 0;
  virtual void end(std::ostream& out, const Summary& summary) = 0;
};

std::unique_ptr<Renderer> make_renderer(Format format, const RenderOptions& options);

// The closing line of a batch: `1184 scored, 3 failed: 700 rag, 300 fine-tune, 184 hybrid`, and how
// many recorded decisions contradict their facts.
std::string summary_text(const Summary& summary);

// True for the formats that a program reads (everything but text and markdown): with them, messages
// such as the closing summary go to stderr so that stdout stays parseable.
bool is_machine_format(Format format);

// True when `format` (with `options`) shows what would flip a verdict or how robust it is: then the
// entries it renders need `make_result_entry`'s analysis; the other formats leave it out.
bool shows_analysis(Format format, const RenderOptions& options);

// The portfolio summary (`--summary`) as text: per verdict, how many specs, and the fact values
// that drive it most (those that gave it the most points, in how many specs or components).
void render_portfolio(std::ostream& out, const Portfolio& portfolio);

} // namespace ragft
