// `--format json` (the contract's document) and `--format jsonl` (one result object per line).

#include "render/formats.hpp"
#include "render/measure_text.hpp"

namespace ragft {

namespace {

using Json = nlohmann::ordered_json;

Json verdict_list(const std::vector<Verdict>& verdicts) {
  Json out = Json::array();
  for (Verdict v : verdicts) {
    out.push_back(to_string(v));
  }
  return out;
}

Json per_verdict(const PerVerdict<double>& values) {
  Json out = Json::object();
  for (Verdict v : k_verdicts) {
    out[std::string(to_string(v))] = values[v];
  }
  return out;
}

Json need_json(const NeedScore& need) {
  return Json{{"points", need.points}, {"level", to_string(need.level)}};
}

Json reason_json(const ReasonEntry& reason) {
  return Json{{"rule", reason.rule},       {"points", per_verdict(reason.points)}, {"need", reason.need},
              {"because", reason.because}, {"sources", reason.sources}};
}

Json blocker_json(const BlockerEntry& blocker) {
  return Json{{"constraint", blocker.constraint}, {"blocks", verdict_list(blocker.blocks)},
              {"because", blocker.because},       {"unblock", blocker.unblock},
              {"sources", blocker.sources}};
}

Json unknown_json(const UnknownEntry& unknown) {
  return Json{{"fact", unknown.fact},
              {"label", unknown.label},
              {"question", unknown.question},
              {"could_become", verdict_list(unknown.could_become)}};
}

Json decision_json(const std::optional<DecisionCheck>& decision) {
  if (!decision) {
    return nullptr;
  }
  return Json{{"recorded", to_string(decision->recorded)},
              {"agrees", decision->agrees},
              {"line", decision->where.line},
              {"column", decision->where.column}};
}

Json optional_number(const std::optional<std::int64_t>& n) { return n ? Json(*n) : Json(nullptr); }

Json change_json(const FlipChange& change) {
  Json out = Json{{"becomes", to_string(change.becomes)}, {"to", change.to}};
  if (change.low) {
    out["low"] = *change.low;
    out["high"] = optional_number(change.high);
  } else {
    out["values"] = change.values;
  }
  return out;
}

// The assessment's keys, added to `out` (a result or a component object).
void add_assessment(Json& out, const Assessment& a) {
  out["scores"] = per_verdict(a.scores);
  std::vector<Verdict> blocked;
  for (Verdict v : k_verdicts) {
    if (a.blocked[v]) {
      blocked.push_back(v);
    }
  }
  out["blocked"] = verdict_list(blocked);
  out["margin"] = a.margin;
  out["needs"] = Json{{"knowledge", need_json(a.knowledge)}, {"behaviour", need_json(a.behaviour)}};
  out["rationale"] = Json::array();
  for (const ReasonEntry& r : a.reasons) {
    out["rationale"].push_back(reason_json(r));
  }
  out["blockers"] = Json::array();
  for (const BlockerEntry& b : a.blockers) {
    out["blockers"].push_back(blocker_json(b));
  }
  out["unknown_facts"] = Json{{"count", a.unknown_facts}, {"of", a.total_facts}, {"decisive", Json::array()}};
  for (const UnknownEntry& u : a.unknowns) {
    out["unknown_facts"]["decisive"].push_back(unknown_json(u));
  }
  out["advice"] = a.advice ? Json(*a.advice) : Json(nullptr);
  out["robustness"] = a.robustness ? robustness_json(*a.robustness) : Json(nullptr);
  out["top_flip"] = a.top_flip ? flip_json(*a.top_flip) : Json(nullptr);
}

Json component_json(const ComponentEntry& c) {
  Json out = Json{{"name", c.name}, {"verdict", to_string(c.assessment.verdict)},
                  {"confidence", to_string(c.assessment.confidence)}};
  add_assessment(out, c.assessment);
  out["decision"] = decision_json(c.decision);
  return out;
}

class JsonRenderer : public Renderer {
public:
  void begin(std::ostream& out) override { out << "{\"ragft_output\":1,\"results\":["; }
  void result(std::ostream& out, const ResultEntry& entry) override {
    out << (m_results++ == 0 ? "\n" : ",\n") << result_json(entry).dump();
  }
  void error(std::ostream&, const Diagnostic& diagnostic) override { m_errors.push_back(error_json(diagnostic)); }
  void end(std::ostream& out, const Summary&) override {
    out << "\n],\"errors\":" << m_errors.dump() << "}\n";
  }

private:
  int m_results = 0;
  Json m_errors = Json::array();
};

class JsonlRenderer : public Renderer {
public:
  void begin(std::ostream&) override {}
  void result(std::ostream& out, const ResultEntry& entry) override { out << result_json(entry).dump() << '\n'; }
  void error(std::ostream& out, const Diagnostic& diagnostic) override {
    out << Json{{"error", error_json(diagnostic)}}.dump() << '\n';
  }
  void end(std::ostream&, const Summary&) override {}
};


Json finding_json(const Finding& f) {
  return Json{{"rule", f.rule},       {"severity", to_string(f.severity)}, {"line", f.where.line},
              {"column", f.where.column}, {"message", f.message},          {"fingerprint", f.fingerprint}};
}

Json adr_decision_json(const std::optional<AdrDecision>& d) {
  if (!d) {
    return nullptr;
  }
  return Json{{"text", d->text},
              {"place", d->place},
              {"verdict", d->verdict ? Json(to_string(*d->verdict)) : Json(nullptr)},
              {"line", d->where.line},
              {"column", d->where.column}};
}

Json check_summary_json(const CheckSummary& s) {
  return Json{{"adrs", s.adrs},           {"checked", s.scored},   {"skipped", s.skipped},
              {"without_facts", s.without_facts}, {"invalid", s.invalid}, {"errors", s.findings[2]},
              {"warnings", s.findings[1]}, {"notes", s.findings[0]}, {"suppressed", s.suppressed}};
}

class CheckJsonRenderer : public CheckRenderer {
public:
  void begin(std::ostream& out) override { out << "{\"ragft_output\":1,\"command\":\"check\",\"adrs\":["; }
  void adr(std::ostream& out, const AdrEntry& entry) override {
    out << (m_entries++ == 0 ? "\n" : ",\n") << adr_json(entry).dump();
  }
  void end(std::ostream& out, const CheckSummary& summary) override {
    out << "\n],\"summary\":" << check_summary_json(summary).dump() << "}\n";
  }

private:
  int m_entries = 0;
};

class CheckJsonlRenderer : public CheckRenderer {
public:
  void begin(std::ostream&) override {}
  void adr(std::ostream& out, const AdrEntry& entry) override { out << adr_json(entry).dump() << '\n'; }
  void end(std::ostream&, const CheckSummary&) override {}
};

} // namespace

Json result_json(const ResultEntry& entry) {
  Json out = Json{{"file", entry.file},
                  {"project", entry.project},
                  {"verdict", to_string(entry.verdict)},
                  {"confidence", to_string(entry.confidence)},
                  {"verdict_from", entry.from_components ? "components" : "facts"},
                  {"why", entry.why},
                  {"next_step", entry.next_step}};
  add_assessment(out, entry.assessment);
  out["robustness"] = entry.robustness ? robustness_json(*entry.robustness) : Json(nullptr);
  out["components"] = Json::array();
  for (const ComponentEntry& c : entry.components) {
    out["components"].push_back(component_json(c));
  }
  out["decision"] = decision_json(entry.decision);
  add_fact_origins_json(out, entry); // with --measure only
  return out;
}

Json flip_json(const FlipEntry& flip) {
  Json out = Json{{"fact", flip.fact}, {"value", flip.value}, {"known", flip.known}, {"effort", flip.effort},
                  {"summary", flip.summary}, {"changes", Json::array()}};
  for (const FlipChange& change : flip.changes) {
    out["changes"].push_back(change_json(change));
  }
  return out;
}

Json robustness_json(const RobustnessEntry& r) {
  return Json{{"band", to_string(r.band)},
              {"verdict", to_string(r.verdict)},
              {"share", r.share},
              {"shares", per_verdict(r.shares)},
              {"draws", r.draws},
              {"seed", r.seed},
              {"spread", r.spread},
              {"critical_rule", r.critical_rule ? Json(*r.critical_rule) : Json(nullptr)},
              {"critical_sensitivity", r.critical_sensitivity},
              {"summary", r.summary}};
}

Json error_json(const Diagnostic& diagnostic) {
  return Json{{"file", diagnostic.where.file},
              {"line", diagnostic.where.line},
              {"column", diagnostic.where.column},
              {"message", diagnostic.message}};
}

std::unique_ptr<Renderer> make_json_renderer() { return std::make_unique<JsonRenderer>(); }
std::unique_ptr<Renderer> make_jsonl_renderer() { return std::make_unique<JsonlRenderer>(); }

Json adr_json(const AdrEntry& entry) {
  Json findings = Json::array();
  for (const Finding& f : entry.findings) {
    findings.push_back(finding_json(f));
  }
  Json suppressed = Json::array();
  for (const SuppressedFinding& s : entry.suppressed) {
    Json item = finding_json(s.finding);
    item["reason"] = s.reason;
    suppressed.push_back(item);
  }
  return Json{{"file", entry.file},
              {"title", entry.title},
              {"status", to_string(entry.status)},
              {"status_written", entry.status_written},
              {"facts", entry.has_facts},
              {"skipped", entry.skipped.empty() ? Json(nullptr) : Json(entry.skipped)},
              {"decision", adr_decision_json(entry.decision)},
              {"result", entry.result ? result_json(*entry.result) : Json(nullptr)},
              {"findings", findings},
              {"suppressed", suppressed}};
}

std::unique_ptr<CheckRenderer> make_check_json_renderer() { return std::make_unique<CheckJsonRenderer>(); }
std::unique_ptr<CheckRenderer> make_check_jsonl_renderer() { return std::make_unique<CheckJsonlRenderer>(); }

} // namespace ragft
