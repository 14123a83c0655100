#pragma once
// Output formats. One renderer per format, each streaming: `begin`, then results and errors in
// order, then `end`. Renderers format the report model and compute nothing.

#include <memory>
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include <ragft/report.hpp>

namespace ragft {

enum class Format { text, json, jsonl };

std::optional<Format> parse_format(std::string_view name);
std::vector<std::string> format_names();

struct RenderOptions {
  bool color = false; // ANSI colour; the CLI decides (terminal, NO_COLOR, --no-color, TERM=dumb)
  int max_reasons = 6; // text: the strongest reasons shown per assessment (0 = all)
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

} // namespace ragft
