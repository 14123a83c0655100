#pragma once
// Output of `ragft check`: the same formats as `ragft score` (render.hpp), one renderer per format,
// each in that format's file and sharing its helpers. Renderers format the ADR entries and compute
// nothing; each streams: `begin`, one `adr` per ADR in order, then `end`.

#include <memory>
#include <ostream>

#include <optional>
#include <string>

#include <ragft/adr/check.hpp>
#include <ragft/render/render.hpp>

namespace ragft {

struct CheckRenderOptions {
  bool color = false;
  bool verbose = false;                 // text: also the ADRs that pass, are skipped or carry no facts
  bool charts = true;                   // markdown: Mermaid charts beside the tables (`--no-charts` leaves them out)
  Severity fail_on = Severity::warning; // junit: findings below it pass (listed in system-out)
  ArtifactBase base;                    // sarif, github, junit: where paths are relative to
};

class CheckRenderer {
public:
  virtual ~CheckRenderer() = default;
  virtual void begin(std::ostream& out) = 0;
  virtual void adr(std::ostream& out, const AdrEntry& entry) = 0;
  virtual void end(std::ostream& out, const CheckSummary& summary) = 0;
};

std::unique_ptr<CheckRenderer> make_check_renderer(Format format, const CheckRenderOptions& options);

// What to do next when ADRs were read and none carries facts, so nothing was compared: the line
// after the closing line (text, Markdown, stderr); nothing otherwise.
std::optional<std::string> check_next_step_text(const CheckSummary& summary);

} // namespace ragft
