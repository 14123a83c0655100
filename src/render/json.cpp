// `--format json` (the contract's document) and `--format jsonl` (one result object per line).

#include <nlohmann/json.hpp>

#include "render/formats.hpp"
#include "render/json_writer.hpp"
#include "render/measure_text.hpp"

namespace ragft {

namespace {

using Json = nlohmann::ordered_json;

void write_verdicts(JsonWriter& w, std::string_view name, const std::vector<Verdict>& verdicts) {
  w.key(name);
  w.begin_array();
  for (Verdict v : verdicts) {
    w.value(to_string(v));
  }
  w.end_array();
}

void write_per_verdict(JsonWriter& w, std::string_view name, const PerVerdict<double>& values) {
  w.key(name);
  w.begin_object();
  for (Verdict v : k_verdicts) {
    w.field(to_string(v), values[v]);
  }
  w.end_object();
}

void write_need(JsonWriter& w, std::string_view name, const NeedScore& need) {
  w.key(name);
  w.begin_object();
  w.field("points", need.points);
  w.field("level", to_string(need.level));
  w.end_object();
}

void write_reason(JsonWriter& w, const ReasonEntry& reason) {
  w.begin_object();
  w.field("rule", reason.rule);
  write_per_verdict(w, "points", reason.points);
  w.field("need", reason.need);
  w.field("because", reason.because);
  w.field("sources", reason.sources);
  w.end_object();
}

void write_blocker(JsonWriter& w, const BlockerEntry& blocker) {
  w.begin_object();
  w.field("constraint", blocker.constraint);
  write_verdicts(w, "blocks", blocker.blocks);
  w.field("because", blocker.because);
  w.field("unblock", blocker.unblock);
  w.field("sources", blocker.sources);
  w.end_object();
}

void write_unknowns(JsonWriter& w, const Assessment& a) {
  w.key("unknown_facts");
  w.begin_object();
  w.field("count", a.unknown_facts);
  w.field("of", a.total_facts);
  w.key("decisive");
  w.begin_array();
  for (const UnknownEntry& unknown : a.unknowns) {
    w.begin_object();
    w.field("fact", unknown.fact);
    w.field("label", unknown.label);
    w.field("question", unknown.question);
    write_verdicts(w, "could_become", unknown.could_become);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_decision(JsonWriter& w, const std::optional<DecisionCheck>& decision) {
  w.key("decision");
  if (!decision) {
    w.null();
    return;
  }
  w.begin_object();
  w.field("recorded", to_string(decision->recorded));
  w.field("agrees", decision->agrees);
  w.field("line", decision->where.line);
  w.field("column", decision->where.column);
  w.end_object();
}

void write_change(JsonWriter& w, const FlipChange& change) {
  w.begin_object();
  w.field("becomes", to_string(change.becomes));
  w.field("to", change.to);
  if (change.low) {
    w.field("low", *change.low);
    w.key("high");
    change.high ? w.value(*change.high) : w.null();
  } else {
    w.field("values", change.values);
  }
  w.end_object();
}

void write_flip(JsonWriter& w, const FlipEntry& flip) {
  w.begin_object();
  w.field("fact", flip.fact);
  w.field("value", flip.value);
  w.field("known", flip.known);
  w.field("effort", flip.effort);
  w.field("summary", flip.summary);
  w.key("changes");
  w.begin_array();
  for (const FlipChange& change : flip.changes) {
    write_change(w, change);
  }
  w.end_array();
  w.end_object();
}

void write_robustness(JsonWriter& w, const RobustnessEntry& r) {
  w.begin_object();
  w.field("band", to_string(r.band));
  w.field("verdict", to_string(r.verdict));
  w.field("share", r.share);
  write_per_verdict(w, "shares", r.shares);
  w.field("draws", r.draws);
  w.field("seed", r.seed);
  w.field("spread", r.spread);
  w.key("critical_rule");
  r.critical_rule ? w.value(*r.critical_rule) : w.null();
  w.field("critical_sensitivity", r.critical_sensitivity);
  w.field("summary", r.summary);
  w.end_object();
}

template <typename T, typename Write>
void write_optional(JsonWriter& w, std::string_view name, const std::optional<T>& value, Write write) {
  w.key(name);
  value ? write(w, *value) : w.null();
}

template <typename T, typename Write>
void write_list(JsonWriter& w, std::string_view name, const std::vector<T>& items, Write write) {
  w.key(name);
  w.begin_array();
  for (const T& item : items) {
    write(w, item);
  }
  w.end_array();
}

std::vector<Verdict> blocked_verdicts(const Assessment& a) {
  std::vector<Verdict> blocked;
  for (Verdict v : k_verdicts) {
    if (a.blocked[v]) {
      blocked.push_back(v);
    }
  }
  return blocked;
}

// The assessment's keys, in the open object of a result or a component; `robustness` is the one
// the object shows (a result's is that of its overall verdict).
void write_assessment(JsonWriter& w, const Assessment& a, const std::optional<RobustnessEntry>& robustness) {
  write_per_verdict(w, "scores", a.scores);
  write_verdicts(w, "blocked", blocked_verdicts(a));
  w.field("margin", a.margin);
  w.key("runner_up"); // what `margin` is measured against; null: no other verdict is left, not a tie
  a.runner_up ? w.value(to_string(*a.runner_up)) : w.null();
  w.key("needs");
  w.begin_object();
  write_need(w, "knowledge", a.knowledge);
  write_need(w, "behaviour", a.behaviour);
  w.end_object();
  write_list(w, "rationale", a.reasons, write_reason);
  write_list(w, "blockers", a.blockers, write_blocker);
  write_unknowns(w, a);
  w.key("advice");
  a.advice ? w.value(*a.advice) : w.null();
  write_optional(w, "robustness", robustness, write_robustness);
  write_optional(w, "top_flip", a.top_flip, write_flip);
}

void write_component(JsonWriter& w, const ComponentEntry& c) {
  w.begin_object();
  w.field("name", c.name);
  w.field("verdict", to_string(c.assessment.verdict));
  w.field("confidence", to_string(c.assessment.confidence));
  write_assessment(w, c.assessment, c.assessment.robustness);
  write_decision(w, c.decision);
  w.end_object();
}

void write_result(JsonWriter& w, const ResultEntry& entry) {
  w.begin_object();
  w.field("file", entry.file);
  w.field("project", entry.project);
  w.field("verdict", to_string(entry.verdict));
  w.field("confidence", to_string(entry.confidence));
  w.field("verdict_from", entry.from_components ? "components" : "facts");
  w.field("why", entry.why);
  w.field("next_step", entry.next_step);
  write_assessment(w, entry.assessment, entry.robustness);
  write_list(w, "components", entry.components, write_component);
  write_decision(w, entry.decision);
  write_fact_origins(w, entry); // with --measure only
  w.end_object();
}

template <typename T, typename Write> std::string text_of(const T& value, Write write) {
  std::string out;
  JsonWriter w(out);
  write(w, value);
  return out;
}

// A result's text, written into `text` (cleared first; a renderer keeps one buffer for every result).
void write_result_text(std::string& text, const ResultEntry& entry) {
  text.clear();
  JsonWriter w(text);
  write_result(w, entry);
}

class JsonRenderer : public Renderer {
public:
  void begin(std::ostream& out) override { out << "{\"ragft_output\":1,\"results\":["; }
  void result(std::ostream& out, const ResultEntry& entry) override {
    write_result_text(m_text, entry);
    out << (m_results++ == 0 ? "\n" : ",\n") << m_text;
  }
  void error(std::ostream&, const Diagnostic& diagnostic) override { m_errors.push_back(error_json(diagnostic)); }
  void end(std::ostream& out, const Summary&) override { out << "\n],\"errors\":" << m_errors.dump() << "}\n"; }

private:
  int m_results = 0;
  Json m_errors = Json::array();
  std::string m_text;
};

class JsonlRenderer : public Renderer {
public:
  void begin(std::ostream&) override {}
  void result(std::ostream& out, const ResultEntry& entry) override {
    write_result_text(m_text, entry);
    m_text += '\n';
    out << m_text;
  }
  void error(std::ostream& out, const Diagnostic& diagnostic) override {
    out << Json{{"error", error_json(diagnostic)}}.dump() << '\n';
  }
  void end(std::ostream&, const Summary&) override {}

private:
  std::string m_text;
};

Json finding_json(const Finding& f) {
  return Json{{"rule", f.rule},       {"severity", to_string(f.severity)},
              {"line", f.where.line}, {"column", f.where.column},
              {"message", f.message}, {"fingerprint", f.fingerprint}};
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
  return Json{{"adrs", s.adrs},
              {"checked", s.scored},
              {"skipped", s.skipped},
              {"without_facts", s.without_facts},
              {"invalid", s.invalid},
              {"errors", s.findings[2]},
              {"warnings", s.findings[1]},
              {"notes", s.findings[0]},
              {"suppressed", s.suppressed}};
}

class CheckJsonRenderer : public CheckRenderer {
public:
  void begin(std::ostream& out) override { out << "{\"ragft_output\":1,\"command\":\"check\",\"adrs\":["; }
  void adr(std::ostream& out, const AdrEntry& entry) override {
    out << (m_entries++ == 0 ? "\n" : ",\n") << adr_json(entry).dump();
  }
  // `errors`: what kept ADRs from being read, as `ragft score`'s `errors` (`file` the folder, or
  // "" when no folder was found; line and column 0).
  void end(std::ostream& out, const CheckSummary& summary) override {
    Json errors = Json::array();
    for (const Diagnostic& problem : summary.input_errors) {
      errors.push_back(error_json(problem));
    }
    out << "\n],\"errors\":" << errors.dump() << ",\"summary\":" << check_summary_json(summary).dump() << "}\n";
  }

private:
  int m_entries = 0;
};

class CheckJsonlRenderer : public CheckRenderer {
public:
  void begin(std::ostream&) override {}
  void adr(std::ostream& out, const AdrEntry& entry) override { out << adr_json(entry).dump() << '\n'; }
  void end(std::ostream& out, const CheckSummary& summary) override {
    for (const Diagnostic& problem : summary.input_errors) {
      out << Json{{"error", error_json(problem)}}.dump() << '\n';
    }
  }
};

} // namespace

std::string result_text(const ResultEntry& entry) { return text_of(entry, write_result); }

Json result_json(const ResultEntry& entry) { return Json::parse(result_text(entry)); }

Json flip_json(const FlipEntry& flip) { return Json::parse(text_of(flip, write_flip)); }

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
  Json adr = Json{{"file", entry.file},
                  {"title", entry.title},
                  {"status", to_string(entry.status)},
                  {"status_written", entry.status_written},
                  {"facts", entry.has_facts},
                  {"skipped", entry.skipped.empty() ? Json(nullptr) : Json(entry.skipped)},
                  {"decision", adr_decision_json(entry.decision)},
                  {"result", entry.result ? result_json(*entry.result) : Json(nullptr)},
                  {"findings", findings},
                  {"suppressed", suppressed}};
  if (!entry.section.empty()) {
    adr["section"] = entry.section; // a decision of a log kept in one file: its heading's anchor
  }
  return adr;
}

std::unique_ptr<CheckRenderer> make_check_json_renderer() { return std::make_unique<CheckJsonRenderer>(); }
std::unique_ptr<CheckRenderer> make_check_jsonl_renderer() { return std::make_unique<CheckJsonlRenderer>(); }

} // namespace ragft
