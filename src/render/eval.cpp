// Renders an evaluation report: text, JSON and Markdown. Each only formats the report model.

#include <ragft/base/name_table.hpp>
#include <ragft/render/eval.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ragft/base/escape.hpp>

namespace ragft {

namespace {

using Json = nlohmann::ordered_json;

constexpr Named<EvalFormat> k_eval_formats[] = {
    {"text", EvalFormat::text},
    {"json", EvalFormat::json},
    {"markdown", EvalFormat::markdown},
};

std::string percent(int part, int whole) {
  return whole == 0 ? std::string("-") : fmt::format("{:.0f}%", 100.0 * part / whole);
}

std::string pulls_text(const EvalCase& c) {
  std::string out;
  for (const Pull& p : c.pulls) {
    out += fmt::format("{}{} (+{:g})", out.empty() ? "" : ", ", p.rule, p.points);
  }
  return out.empty() ? std::string("none") : out;
}

std::string blockers_text(const EvalCase& c) {
  std::string out;
  for (const std::string& id : c.blockers) {
    out += fmt::format("{}{}", out.empty() ? "" : ", ", id);
  }
  return out;
}

std::string runner_up_text(const EvalCase& c) {
  if (!c.runner_up) {
    return "no other verdict unblocked";
  }
  return fmt::format("runner-up {} by {:g}", to_string(*c.runner_up), c.margin);
}

// --- text ----------------------------------------------------------------------------------------

void text_confusion(std::ostream& out, const EvalReport& r) {
  const auto m = r.confusion();
  out << "confusion (rows: the organisation's choice; columns: ragft's verdict):\n";
  out << fmt::format("  {:<12}{:>6}{:>11}{:>8}\n", "", "rag", "fine-tune", "hybrid");
  for (const Verdict e : k_verdicts) {
    const auto& row = m[static_cast<std::size_t>(e)];
    out << fmt::format("  {:<12}{:>6}{:>11}{:>8}\n", to_string(e), row[0], row[1], row[2]);
  }
}

void text_calibration(std::ostream& out, const EvalReport& r) {
  out << "right, by confidence:\n";
  for (const CalibrationRow& row : r.calibration()) {
    out << fmt::format("  {:<8}{:>3} of {:>3} right  {:>5}\n", to_string(row.level), row.right, row.cases,
                       percent(row.right, row.cases));
  }
}

void text_misses(std::ostream& out, const EvalReport& r) {
  out << fmt::format("misses ({}):\n", static_cast<int>(r.cases.size()) - r.right());
  for (const EvalCase& c : r.cases) {
    if (c.right()) {
      continue;
    }
    out << fmt::format("  {}: chose {}, ragft says {} ({} confidence; {})\n", escape_text(c.file),
                       to_string(c.expected), to_string(c.got), to_string(c.confidence), runner_up_text(c));
    out << fmt::format("      decided by: {}\n", escape_text(pulls_text(c)));
    if (!c.blockers.empty()) {
      out << fmt::format("      {} blocked by: {}\n", to_string(c.expected), escape_text(blockers_text(c)));
    }
  }
}

void render_text(std::ostream& out, const EvalReport& r) {
  const int n = static_cast<int>(r.cases.size());
  out << fmt::format("rule base {}: {} of {} cases right ({})\n", escape_text(r.rule_base), r.right(), n,
                     percent(r.right(), n));
  text_confusion(out, r);
  text_calibration(out, r);
  text_misses(out, r);
}

// --- json ----------------------------------------------------------------------------------------

Json scores_json(const PerVerdict<double>& scores) {
  Json j = Json::object();
  for (const Verdict v : k_verdicts) {
    j[std::string(to_string(v))] = scores[v];
  }
  return j;
}

Json case_json(const EvalCase& c) {
  Json pulls = Json::array();
  for (const Pull& p : c.pulls) {
    pulls.push_back({{"rule", p.rule}, {"points", p.points}});
  }
  return {{"file", c.file},
          {"project", c.project},
          {"decision", to_string(c.expected)},
          {"verdict", to_string(c.got)},
          {"right", c.right()},
          {"confidence", to_string(c.confidence)},
          {"scores", scores_json(c.scores)},
          {"runner_up", c.runner_up ? Json(to_string(*c.runner_up)) : Json(nullptr)},
          {"margin", c.margin},
          {"decided_by", pulls},
          {"blocked_by", c.blockers}};
}

void render_json(std::ostream& out, const EvalReport& r) {
  Json confusion = Json::object();
  const auto m = r.confusion();
  for (const Verdict e : k_verdicts) {
    Json row = Json::object();
    for (const Verdict g : k_verdicts) {
      row[std::string(to_string(g))] = m[static_cast<std::size_t>(e)][static_cast<std::size_t>(g)];
    }
    confusion[std::string(to_string(e))] = row;
  }
  Json calibration = Json::array();
  for (const CalibrationRow& row : r.calibration()) {
    calibration.push_back({{"confidence", to_string(row.level)}, {"cases", row.cases}, {"right", row.right}});
  }
  Json cases = Json::array();
  for (const EvalCase& c : r.cases) {
    cases.push_back(case_json(c));
  }
  const Json j = {{"ragft_eval", 1},
                  {"rule_base", r.rule_base},
                  {"cases", static_cast<int>(r.cases.size())},
                  {"right", r.right()},
                  {"accuracy", r.accuracy()},
                  {"confusion", confusion},
                  {"calibration", calibration},
                  {"results", cases}};
  out << j.dump(2) << '\n';
}

// --- markdown ------------------------------------------------------------------------------------

void markdown_tables(std::ostream& out, const EvalReport& r) {
  const int n = static_cast<int>(r.cases.size());
  out << fmt::format("**{} of {} cases right ({})** with the rule base {}.\n\n", r.right(), n, percent(r.right(), n),
                     markdown_code(r.rule_base));
  out << "| chosen \\ ragft says | rag | fine-tune | hybrid |\n|---|---:|---:|---:|\n";
  const auto m = r.confusion();
  for (const Verdict e : k_verdicts) {
    const auto& row = m[static_cast<std::size_t>(e)];
    out << fmt::format("| {} | {} | {} | {} |\n", to_string(e), row[0], row[1], row[2]);
  }
  out << "\n| confidence | cases | right | share right |\n|---|---:|---:|---:|\n";
  for (const CalibrationRow& row : r.calibration()) {
    out << fmt::format("| {} | {} | {} | {} |\n", to_string(row.level), row.cases, row.right,
                       percent(row.right, row.cases));
  }
}

void markdown_misses(std::ostream& out, const EvalReport& r) {
  out << "\n| case | chosen | ragft says | confidence | decided by | blocked by | runner-up |\n"
         "|---|---|---|---|---|---|---|\n";
  for (const EvalCase& c : r.cases) {
    if (!c.right()) {
      out << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", markdown_code(c.file), to_string(c.expected),
                         to_string(c.got), to_string(c.confidence), markdown_text(pulls_text(c)),
                         c.blockers.empty() ? "-" : markdown_text(blockers_text(c)), markdown_text(runner_up_text(c)));
    }
  }
}

void render_markdown(std::ostream& out, const EvalReport& r) {
  markdown_tables(out, r);
  markdown_misses(out, r);
}

} // namespace

std::optional<EvalFormat> parse_eval_format(std::string_view name) { return find_named(k_eval_formats, name); }

std::vector<std::string> eval_format_names() { return names_of(k_eval_formats); }

void render_eval_report(std::ostream& out, const EvalReport& report, EvalFormat format) {
  switch (format) {
  case EvalFormat::text:
    render_text(out, report);
    return;
  case EvalFormat::json:
    render_json(out, report);
    return;
  case EvalFormat::markdown:
    render_markdown(out, report);
    return;
  }
}

} // namespace ragft
