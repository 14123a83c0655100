#pragma once
// The renderer of each format, one file each. Internal to the library; use `make_renderer`.

#include <memory>

#include <nlohmann/json_fwd.hpp>

#include <ragft/render/check.hpp>
#include <ragft/render/render.hpp>

namespace ragft {

std::unique_ptr<Renderer> make_text_renderer(const RenderOptions& options);
std::unique_ptr<Renderer> make_json_renderer();
std::unique_ptr<Renderer> make_jsonl_renderer();
std::unique_ptr<Renderer> make_table_renderer(const RenderOptions& options);
std::unique_ptr<Renderer> make_csv_renderer();
std::unique_ptr<Renderer> make_markdown_renderer(const RenderOptions& options);
std::unique_ptr<Renderer> make_sarif_renderer();
std::unique_ptr<Renderer> make_github_renderer(const ArtifactBase& base);
std::unique_ptr<Renderer> make_junit_renderer();

// The renderers of `ragft check` (render_check.hpp), in the same files as their format's.
std::unique_ptr<CheckRenderer> make_check_json_renderer();
std::unique_ptr<CheckRenderer> make_check_jsonl_renderer();
std::unique_ptr<CheckRenderer> make_check_csv_renderer();
std::unique_ptr<CheckRenderer> make_check_markdown_renderer(const CheckRenderOptions& options);
std::unique_ptr<CheckRenderer> make_check_sarif_renderer(const ArtifactBase& base);
std::unique_ptr<CheckRenderer> make_check_github_renderer(const ArtifactBase& base);
std::unique_ptr<CheckRenderer> make_check_junit_renderer(Severity fail_on, const ArtifactBase& base);

// What an ADR without ragft facts gets from check: the text's `--verbose` state and JUnit's skipped
// case say it in the same words.
inline constexpr const char* k_no_facts_text = "no ragft facts: nothing to check";

// A problem that kept `ragft check` from reading ADRs (`CheckSummary::input_errors`) as one line:
// `docs/adr: no ADR in this folder; ...`, its folder relative to the repository root (the message
// alone when no folder was found).
std::string input_error_text(const Diagnostic& problem, const ArtifactBase& base);

// The two needs in words, with their points: "strong for knowledge the model lacks (11.5 points), some
// for behaviour it lacks (1 point)" (JSON keeps `knowledge` and `behaviour`).
std::string needs_text(const Assessment& a);

// A rule's points with their sign, as the text formats print them: "+3", "-1.5", "+0".
std::string signed_points(double points);

// The width of a verdict's score bar in the text formats (score's details and explain), in cells.
inline constexpr int k_score_bar_width = 24;

// The JSON object of one checked ADR.
nlohmann::ordered_json adr_json(const AdrEntry& entry);

// The contract's JSON object of one result, and of one error.
nlohmann::ordered_json result_json(const ResultEntry& entry);
nlohmann::ordered_json error_json(const Diagnostic& diagnostic);
nlohmann::ordered_json flip_json(const FlipEntry& flip);
std::string result_text(const ResultEntry& entry); // result_json, as text

} // namespace ragft
