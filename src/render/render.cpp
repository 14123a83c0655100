#include <ragft/base/name_table.hpp>
#include <ragft/render/render.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string>
#include <vector>

#include "render/formats.hpp"

namespace ragft {

namespace {

constexpr Named<Format> k_formats[] = {
    {"text", Format::text},         {"json", Format::json},   {"jsonl", Format::jsonl},   {"csv", Format::csv},
    {"markdown", Format::markdown}, {"sarif", Format::sarif}, {"github", Format::github}, {"junit", Format::junit},
};

} // namespace

std::optional<Format> parse_format(std::string_view name) { return find_named(k_formats, name); }

std::vector<std::string> format_names() { return names_of(k_formats); }

std::unique_ptr<Renderer> make_renderer(Format format, const RenderOptions& options) {
  switch (format) {
  case Format::text:
    return options.table ? make_table_renderer(options) : make_text_renderer(options);
  case Format::json:
    return make_json_renderer();
  case Format::jsonl:
    return make_jsonl_renderer();
  case Format::csv:
    return make_csv_renderer();
  case Format::markdown:
    return make_markdown_renderer(options);
  case Format::sarif:
    return make_sarif_renderer();
  case Format::github:
    return make_github_renderer(options.artifacts);
  case Format::junit:
    return make_junit_renderer();
  }
  return make_text_renderer(options);
}

bool shows_analysis(Format format, const RenderOptions& options) {
  return format == Format::json || format == Format::jsonl || (format == Format::text && !options.table);
}

// `5 scored, 2 failed: 3 rag, 2 hybrid`: only what is there (no `0 failed`, no `0 fine-tune`), but
// for the count scored, which says that nothing was (`0 scored, 3 failed`).
std::string summary_text(const Summary& summary) {
  std::string text = fmt::format("{} scored", summary.scored);
  if (summary.failed > 0) {
    text += fmt::format(", {} failed", summary.failed);
  }
  std::vector<std::string> verdicts;
  for (const Verdict verdict : {Verdict::rag, Verdict::fine_tune, Verdict::hybrid}) {
    if (const int n = summary.per_verdict[verdict]; n > 0) {
      verdicts.push_back(fmt::format("{} {}", n, to_string(verdict)));
    }
  }
  if (!verdicts.empty()) {
    text += fmt::format(": {}", fmt::join(verdicts, ", "));
  }
  if (summary.contradicting > 0) {
    text += fmt::format("; {} decision(s) contradict their facts", summary.contradicting);
  }
  return text;
}

bool is_machine_format(Format format) { return format != Format::text && format != Format::markdown; }

namespace {

// "strong for knowledge the model lacks (8 points)": the level first, then what is needed in the
// legend's words, so that a reader who meets the line before the legend follows it.
std::string need_text(std::string_view what, const NeedScore& need) {
  return fmt::format("{} for {} ({:g} point{})", to_string(need.level), what, need.points, need.points == 1 ? "" : "s");
}

} // namespace

std::string signed_points(double points) { return fmt::format("{:+g}", points); }

std::string needs_text(const Assessment& a) {
  return fmt::format("{}, {}", need_text("knowledge the model lacks", a.knowledge),
                     need_text("behaviour it lacks", a.behaviour));
}

} // namespace ragft
