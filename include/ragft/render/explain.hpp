#pragma once
// Output of `ragft explain`: one renderer per format (text, json, jsonl, markdown), streaming like
// render.hpp's. They format the explain model and compute nothing.

#include <memory>
#include <ostream>

#include <ragft/explain/explain.hpp>
#include <ragft/render/render.hpp>

namespace ragft {

class ExplainRenderer {
public:
  virtual ~ExplainRenderer() = default;
  virtual void begin(std::ostream& out) = 0;
  virtual void result(std::ostream& out, const ExplainEntry& entry) = 0;
  virtual void error(std::ostream& out, const Diagnostic& diagnostic) = 0;
  virtual void end(std::ostream& out) = 0;
};

// The formats `explain` supports.
std::vector<std::string> explain_format_names();

// `format` must be one of `explain_format_names()`; any other gives the text renderer.
std::unique_ptr<ExplainRenderer> make_explain_renderer(Format format, const RenderOptions& options);

} // namespace ragft
