// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. One run; every kind of finding
// is a rule with its own id; each contradiction points at its `decision` value, each invalid file
// at its error. Results are streamed; past GitHub's limit of 25,000 results per run the rest are
// left out and a notification says how many.

#include <ragft/adr/findings.hpp>

#include "render/formats.hpp"

namespace ragft {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t k_max_results = 25000;

Json rule_json(const FindingRule& rule) {
  return Json{{"id", rule.id},
              {"name", rule.id},
              {"shortDescription", {{"text", rule.title}}},
              {"fullDescription", {{"text", rule.description}}},
              {"help", {{"text", rule.help}}},
              {"defaultConfiguration", {{"level", "error"}}}};
}

Json driver_json(const std::vector<FindingRule>& table) {
  Json rules = Json::array();
  for (const FindingRule& rule : table) {
    rules.push_back(rule_json(rule));
  }
  return Json{{"name", "ragft"},
              {"version", RAGFT_VERSION},
              {"semanticVersion", RAGFT_VERSION},
              {"rules", rules}};
}

Json location_json(const Finding& f) {
  Json region = {{"startLine", std::max(f.where.line, 1)}, {"startColumn", std::max(f.where.column, 1)}};
  return Json{{"physicalLocation", {{"artifactLocation", {{"uri", f.uri}}}, {"region", region}}}};
}

Json result_json(const Finding& f, std::size_t rule_index) {
  return Json{{"ruleId", f.rule},
              {"ruleIndex", rule_index},
              {"level", to_string(f.severity)},
              {"message", {{"text", f.message}}},
              {"locations", Json::array({location_json(f)})},
              {"partialFingerprints", {{"ragftFinding/v1", f.fingerprint}}}};
}

// One SARIF run, streamed: the header with the tool's rules, at most 25,000 results (GitHub code
// scanning's limit; the rest are counted in a notification), then the invocation. Shared by
// `score` and `check`, which differ only in their rules and in what a result is made from.
class SarifRun {
public:
  void begin(std::ostream& out, const std::vector<FindingRule>& rules) const {
    out << R"({"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":)"
        << driver_json(rules).dump() << R"(},"results":[)";
  }
  void write(std::ostream& out, const Json& result) {
    if (m_results >= k_max_results) {
      ++m_left_out;
      return;
    }
    out << (m_results++ == 0 ? "\n" : ",\n") << result.dump();
  }
  void end(std::ostream& out) const { out << "\n],\"invocations\":[" << invocation_json().dump() << "]}]}\n"; }

private:
  Json invocation_json() const {
    Json invocation = {{"executionSuccessful", true}};
    if (m_left_out > 0) {
      const std::string text = std::to_string(m_left_out) + " more results left out: GitHub code scanning accepts "
                               "at most 25,000 results per run";
      invocation["toolExecutionNotifications"] = Json::array({{{"level", "warning"}, {"message", {{"text", text}}}}});
    }
    return invocation;
  }

  std::size_t m_results = 0;
  std::size_t m_left_out = 0;
};

class SarifRenderer : public Renderer {
public:
  void begin(std::ostream& out) override { m_run.begin(out, finding_rules()); }
  void result(std::ostream& out, const ResultEntry& entry) override {
    for (const Finding& f : entry.findings) {
      write(out, f);
    }
  }
  void error(std::ostream& out, const Diagnostic& diagnostic) override { write(out, make_error_finding(diagnostic)); }
  void end(std::ostream& out, const Summary&) override { m_run.end(out); }

private:
  void write(std::ostream& out, const Finding& f) { m_run.write(out, result_json(f, finding_rule_index(f.rule))); }

  SarifRun m_run;
};

// `ragft check`: the ADR rules; a suppressed finding is a result with an in-source suppression
// (GitHub code scanning shows it as dismissed), so it is listed, not dropped.
class CheckSarifRenderer : public CheckRenderer {
public:
  void begin(std::ostream& out) override { m_run.begin(out, adr_finding_rules()); }
  void adr(std::ostream& out, const AdrEntry& entry) override {
    for (const Finding& f : entry.findings) {
      m_run.write(out, result_json(f, adr_finding_rule_index(f.rule)));
    }
    for (const SuppressedFinding& s : entry.suppressed) {
      Json result = result_json(s.finding, adr_finding_rule_index(s.finding.rule));
      result["suppressions"] = Json::array({{{"kind", "inSource"}, {"justification", s.reason}}});
      m_run.write(out, result);
    }
  }
  void end(std::ostream& out, const CheckSummary&) override { m_run.end(out); }

private:
  SarifRun m_run;
};

} // namespace

std::unique_ptr<Renderer> make_sarif_renderer() { return std::make_unique<SarifRenderer>(); }
std::unique_ptr<CheckRenderer> make_check_sarif_renderer() { return std::make_unique<CheckSarifRenderer>(); }

} // namespace ragft
