#include <ragft/render.hpp>

#include "render_formats.hpp"

namespace ragft {

namespace {

struct FormatName {
  std::string_view name;
  Format format;
};

constexpr FormatName k_formats[] = {
    {"text", Format::text},
    {"json", Format::json},
    {"jsonl", Format::jsonl},
};

} // namespace

std::optional<Format> parse_format(std::string_view name) {
  for (const FormatName& f : k_formats) {
    if (f.name == name) {
      return f.format;
    }
  }
  return std::nullopt;
}

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const FormatName& f : k_formats) {
    names.emplace_back(f.name);
  }
  return names;
}

std::unique_ptr<Renderer> make_renderer(Format format, const RenderOptions& options) {
  switch (format) {
  case Format::text:
    return make_text_renderer(options);
  case Format::json:
    return make_json_renderer();
  case Format::jsonl:
    return make_jsonl_renderer();
  }
  return make_text_renderer(options);
}

} // namespace ragft
