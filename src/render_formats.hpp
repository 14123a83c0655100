#pragma once
// The renderer of each format, one file each. Internal to the library; use `make_renderer`.

#include <memory>

#include <nlohmann/json.hpp>

#include <ragft/render.hpp>

namespace ragft {

std::unique_ptr<Renderer> make_text_renderer(const RenderOptions& options);
std::unique_ptr<Renderer> make_json_renderer();
std::unique_ptr<Renderer> make_jsonl_renderer();
std::unique_ptr<Renderer> make_table_renderer(const RenderOptions& options);
std::unique_ptr<Renderer> make_csv_renderer();
std::unique_ptr<Renderer> make_markdown_renderer();
std::unique_ptr<Renderer> make_sarif_renderer();
std::unique_ptr<Renderer> make_github_renderer();
std::unique_ptr<Renderer> make_junit_renderer();

// The contract's JSON object of one result, and of one error.
nlohmann::ordered_json result_json(const ResultEntry& entry);
nlohmann::ordered_json error_json(const Diagnostic& diagnostic);
nlohmann::ordered_json flip_json(const FlipEntry& flip);
nlohmann::ordered_json robustness_json(const RobustnessEntry& robustness);

} // namespace ragft
