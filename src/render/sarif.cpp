// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. One run; every kind of finding
// is a rule with its own id; each contradiction points at its `decision` value, each invalid file
// at its error. Results are streamed; past GitHub's limit of 25,000 results per run the rest are
// left out and a notification says how many.

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <ragft/adr/findings.hpp>

#include "render/formats.hpp"

namespace ragft {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t k_max_results = 25000;

// Each rule's help is the section of the manual (`help_page`: `docs/check.md#findings`) that
// documents the command's findings.
Json rule_json(const FindingRule& rule, std::string_view help_page) {
  return Json{{"id", rule.id},
              {"name", pascal_case(rule.id)},
              {"shortDescription", {{"text", rule.title}}},
              {"fullDescription", {{"text", rule.description}}},
              {"help", {{"text", rule.help}}},
              {"helpUri", fmt::format("{}/blob/main/{}", RAGFT_HOMEPAGE, help_page)},
              {"defaultConfiguration", {{"level", to_string(rule.level)}}}};
}

Json driver_json(const std::vector<FindingRule>& table, std::string_view help_page) {
  Json rules = Json::array();
  for (const FindingRule& rule : table) {
    rules.push_back(rule_json(rule, help_page));
  }
  return Json{{"name", "ragft"},
              {"version", RAGFT_VERSION},
              {"semanticVersion", RAGFT_VERSION},
              {"informationUri", RAGFT_HOMEPAGE},
              {"rules", rules}};
}

// A finding on a whole file or folder (no line) has no region.
Json location_json(const Finding& f, const ArtifactUri& artifact) {
  Json where = {{"uri", artifact.uri}};
  if (!artifact.base_id.empty()) {
    where["uriBaseId"] = artifact.base_id;
  }
  Json physical = {{"artifactLocation", where}};
  if (f.where.line > 0) {
    physical["region"] = {{"startLine", f.where.line}, {"startColumn", std::max(f.where.column, 1)}};
  }
  return Json{{"physicalLocation", physical}};
}

Json result_json(const Finding& f, std::size_t rule_index, const ArtifactUri& artifact) {
  return Json{{"ruleId", f.rule},
              {"ruleIndex", rule_index},
              {"level", to_string(f.severity)},
              {"message", {{"text", f.message}}},
              {"locations", Json::array({location_json(f, artifact)})},
              {"partialFingerprints", {{"ragftFinding/v1", f.fingerprint}}}};
}

// What kept `ragft check` from reading ADRs, as the invocation's error notification, at the folder
// (a URI ending in `/`, as SARIF writes a directory) when there is one.
Json notification_json(const Diagnostic& problem, const ArtifactBase& base) {
  Json notification = {{"level", "error"}, {"message", {{"text", input_error_text(problem, base)}}}};
  if (problem.where.file.empty()) {
    return notification;
  }
  ArtifactUri folder = artifact_uri(problem.where.file, base);
  if (folder.uri.empty() || folder.uri.back() != '/') {
    folder.uri += '/';
  }
  Json where = {{"uri", folder.uri}};
  if (!folder.base_id.empty()) {
    where["uriBaseId"] = folder.base_id;
  }
  notification["locations"] = Json::array({{{"physicalLocation", {{"artifactLocation", where}}}}});
  return notification;
}

// `ragft score`'s locations: the relative URI references of its findings, as before.
ArtifactUri as_given(const Finding& f) { return ArtifactUri{f.uri, ""}; }

// One SARIF run, streamed: the header with the tool's rules, at most 25,000 results (GitHub code
// scanning's limit; the rest are counted in a notification), then the invocation. Shared by
// `score` and `check`, which differ only in their rules and in what a result is made from.
class SarifRun {
public:
  void begin(std::ostream& out, const std::vector<FindingRule>& rules, std::string_view help_page) const {
    out << R"({"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":)"
        << driver_json(rules, help_page).dump() << R"(},"results":[)";
  }
  void write(std::ostream& out, const Json& result) {
    if (m_results >= k_max_results) {
      ++m_left_out;
      return;
    }
    out << (m_results++ == 0 ? "\n" : ",\n") << result.dump();
  }
  // `completed`: the run read every input (`executionSuccessful`); `notifications`: what kept it
  // from doing so; `repo_root` gives `originalUriBaseIds` when results are relative to it.
  void end(std::ostream& out, bool completed, Json notifications = Json::array(),
           const std::string& repo_root = "") const {
    out << "\n],\"invocations\":[" << invocation_json(completed, std::move(notifications)).dump() << "]";
    if (!repo_root.empty()) {
      const Json base = {{"%SRCROOT%", {{"uri", "file://" + path_to_uri(repo_root) + "/"}}}};
      out << ",\"originalUriBaseIds\":" << base.dump();
    }
    out << "}]}\n";
  }

private:
  Json invocation_json(bool completed, Json notifications) const {
    Json invocation = {{"executionSuccessful", completed}};
    if (m_left_out > 0) {
      const std::string text = std::to_string(m_left_out) + " more results left out: GitHub code scanning accepts "
                                                            "at most 25,000 results per run.";
      notifications.push_back({{"level", "warning"}, {"message", {{"text", text}}}});
    }
    if (!notifications.empty()) {
      invocation["toolExecutionNotifications"] = std::move(notifications);
    }
    return invocation;
  }

  std::size_t m_results = 0;
  std::size_t m_left_out = 0;
};

class SarifRenderer : public Renderer {
public:
  void begin(std::ostream& out) override { m_run.begin(out, finding_rules(), "docs/score.md#batch-scoring"); }
  void result(std::ostream& out, const ResultEntry& entry) override {
    for (const Finding& f : entry.findings) {
      write(out, f);
    }
  }
  void error(std::ostream& out, const Diagnostic& diagnostic) override { write(out, make_error_finding(diagnostic)); }
  void end(std::ostream& out, const Summary& summary) override { m_run.end(out, summary.failed == 0); }

private:
  void write(std::ostream& out, const Finding& f) {
    m_run.write(out, result_json(f, finding_rule_index(f.rule), as_given(f)));
  }

  SarifRun m_run;
};

// A decision of a log kept in one file: its section, as the logical location of the result's
// location (`design-drift.md#adr-001-use-postgres`), beside the physical one (the file and line).
Json with_section(Json result, const AdrEntry& entry, const ArtifactBase& base) {
  if (!entry.section.empty()) {
    const std::string name = adr_name(repo_relative_path(entry.file, base), entry.section);
    result["locations"][0]["logicalLocations"] = Json::array({{{"name", entry.section}, {"fullyQualifiedName", name}}});
  }
  return result;
}

// `ragft check`: the ADR rules; a suppressed finding is a result with an in-source suppression
// (GitHub code scanning shows it as dismissed), so it is listed, not dropped.
class CheckSarifRenderer : public CheckRenderer {
public:
  explicit CheckSarifRenderer(ArtifactBase base) : m_base(std::move(base)) {}
  void begin(std::ostream& out) override { m_run.begin(out, adr_finding_rules(), "docs/check.md#findings"); }
  void adr(std::ostream& out, const AdrEntry& entry) override {
    for (const Finding& f : entry.findings) {
      m_run.write(out, with_section(result_json(f, adr_finding_rule_index(f.rule), artifact_uri(f.where.file, m_base)),
                                    entry, m_base));
    }
    for (const SuppressedFinding& s : entry.suppressed) {
      const Finding& f = s.finding;
      Json result = with_section(result_json(f, adr_finding_rule_index(f.rule), artifact_uri(f.where.file, m_base)),
                                 entry, m_base);
      result["suppressions"] = Json::array({{{"kind", "inSource"}, {"justification", s.reason}}});
      m_run.write(out, result);
    }
  }
  void end(std::ostream& out, const CheckSummary& summary) override {
    Json notifications = Json::array();
    for (const Diagnostic& problem : summary.input_errors) {
      notifications.push_back(notification_json(problem, m_base));
    }
    m_run.end(out, run_completed(summary), std::move(notifications), m_base.repo_root);
  }

private:
  ArtifactBase m_base;
  SarifRun m_run;
};

} // namespace

std::unique_ptr<Renderer> make_sarif_renderer() { return std::make_unique<SarifRenderer>(); }
std::unique_ptr<CheckRenderer> make_check_sarif_renderer(const ArtifactBase& base) {
  return std::make_unique<CheckSarifRenderer>(base);
}

} // namespace ragft
