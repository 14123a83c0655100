// `ragft measure --format text`: a spec fragment to paste (`facts:` and `measure:`), each fact
// preceded by a comment saying how it was measured; evidence and problems as comments.

#include "render/measure_text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ragft {

namespace {

// A path as a YAML flow scalar: plain when it is safe, else double-quoted with JSON escapes.
std::string yaml_path(const std::string& path) {
  const bool plain =
      !path.empty() &&
      path.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/-") == std::string::npos;
  return plain ? path : nlohmann::json(path).dump();
}

std::string yaml_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  out.reserve(paths.size());
  for (const std::string& p : paths) {
    out.push_back(yaml_path(p));
  }
  return fmt::format("[{}]", fmt::join(out, ", "));
}

// A comment line: line breaks (which no method text should hold) become spaces.
std::string comment(std::string_view indent, std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\r', ' ');
  return fmt::format("{}# {}\n", indent, text);
}

void print_facts(std::ostream& out, const MeasureReport& r) {
  out << "facts:\n";
  for (const MeasureReport::Fact& f : r.facts) {
    out << comment("  ", "measured: " + f.method);
    out << fmt::format("  {}: {}\n", f.fact, f.value);
  }
  for (const std::string& reason : r.not_measured) {
    out << comment("  ", "not measured: " + reason);
  }
}

void print_section(std::ostream& out, const Measurement& m) {
  out << "measure:\n";
  out << fmt::format("  knowledge: {}\n  examples: {}\n  manifests: {}\n", yaml_paths(m.knowledge_paths),
                     yaml_paths(m.example_paths), yaml_paths(m.manifest_paths));
  if (!m.missing_paths.empty()) {
    out << comment("", fmt::format("not there: {}", path_list(m.missing_paths)));
  }
}

void print_evidence(std::ostream& out, const Measurement& m) {
  if (m.manifests_read == 0) {
    // readers11: "fine-tuning pipeline: none found" read as a finding about a repository whose
    // training script imports peft but that declares its dependencies nowhere.
    out << comment("", fmt::format("evidence from dependency manifests: none read, as there is no manifest ({}) "
                                   "under {}; a prototype or pipeline that declares no dependencies (a training "
                                   "script alone) is not seen",
                                   k_manifest_names, path_list(m.manifest_paths)));
    return;
  }
  out << comment("", "evidence from dependency manifests (that a prototype or pipeline exists, not how good it is):");
  out << comment("", fmt::format("  RAG prototype: {}", has_measure_evidence(m, false) ? "yes" : "none found"));
  out << comment("", fmt::format("  fine-tuning pipeline: {}", has_measure_evidence(m, true) ? "yes" : "none found"));
  for (const DependencyEvidence& e : m.evidence) {
    out << comment("", fmt::format("  {}: {} ({})", e.manifest, e.package, to_string(e.kind)));
  }
}

void print_findings(std::ostream& out, const Measurement& m) {
  const std::vector<Diagnostic> findings = measure_findings(m);
  if (findings.empty()) {
    return;
  }
  out << comment("", "problems:");
  for (const Diagnostic& d : findings) {
    out << comment("", "  " + d.to_string());
  }
  const std::int64_t more = m.examples.malformed - static_cast<std::int64_t>(m.examples.issues.size());
  if (more > 0) {
    out << comment("", fmt::format("  and {} more malformed example(s)", group_thousands(more)));
  }
  const std::int64_t more_empty = m.examples.empty_outputs - static_cast<std::int64_t>(m.examples.empty_issues.size());
  if (more_empty > 0) {
    out << comment("", fmt::format("  and {} more example(s) without an output", group_thousands(more_empty)));
  }
  if (m.examples.other_files > 0 || m.examples.shapeless > 0) { // once, not on each record or file without them
    out << comment("", fmt::format("  the shapes of training examples read, whose fields the records and files above "
                                   "lack: {}",
                                   k_example_fields));
  }
}

} // namespace

std::vector<Diagnostic> measure_findings(const Measurement& m) {
  std::vector<Diagnostic> out = m.examples.issues;
  out.insert(out.end(), m.examples.empty_issues.begin(), m.examples.empty_issues.end());
  out.insert(out.end(), m.problems.begin(), m.problems.end());
  return out;
}

bool has_measure_evidence(const Measurement& m, bool fine_tuning) {
  for (const DependencyEvidence& e : m.evidence) {
    if ((e.kind == EvidenceKind::fine_tuning) == fine_tuning) {
      return true;
    }
  }
  return false;
}

void render_measure_text(std::ostream& out, const MeasureReport& r) {
  const Measurement& m = r.measurement;
  out << comment("", fmt::format("ragft measure: {} (where to look: {})", m.root, m.section_from));
  print_facts(out, r);
  print_section(out, m);
  print_evidence(out, m);
  print_findings(out, m);
}

namespace {

bool is_measure_finding(const Finding& f) { return f.rule == "fact-differs-from-measurement"; }

std::string origin_text(const FactOriginEntry& e) {
  if (e.origin == "stated") {
    return fmt::format("{} (stated)", e.stated);
  }
  if (e.origin == "measured") {
    return fmt::format("{} (measured)", e.measured);
  }
  return fmt::format("{} (stated; measured {}{})", e.stated, e.measured, e.differs ? ", beyond the tolerance" : "");
}

} // namespace

void render_fact_origins_text(std::ostream& out, const ResultEntry& entry) {
  if (entry.fact_origins.empty()) {
    return;
  }
  out << "  facts (--measure):\n";
  for (const FactOriginEntry& e : entry.fact_origins) {
    out << fmt::format("    {}: {}\n", e.fact, origin_text(e));
  }
  for (const Finding& f : entry.findings) {
    if (is_measure_finding(f)) {
      const std::string at = f.where.line > 0 ? fmt::format(" at line {}", f.where.line) : std::string();
      out << fmt::format("  {}{}: {} [{}]\n", to_string(f.severity), at, f.message, f.rule);
    }
  }
}

void write_fact_origins(JsonWriter& w, const ResultEntry& entry) {
  if (entry.fact_origins.empty()) {
    return;
  }
  const auto text_or_null = [&](std::string_view name, const std::string& text) {
    w.key(name);
    text.empty() ? w.null() : w.value(text);
  };
  w.key("fact_origins");
  w.begin_array();
  for (const FactOriginEntry& e : entry.fact_origins) {
    w.begin_object();
    w.field("fact", e.fact);
    w.field("origin", e.origin);
    text_or_null("stated", e.stated);
    text_or_null("measured", e.measured);
    w.field("differs", e.differs);
    w.field("method", e.method);
    w.end_object();
  }
  w.end_array();
  w.key("measure_findings");
  w.begin_array();
  for (const Finding& f : entry.findings) {
    if (is_measure_finding(f)) {
      w.begin_object();
      w.field("rule", f.rule);
      w.field("severity", to_string(f.severity));
      w.field("line", f.where.line);
      w.field("column", f.where.column);
      w.field("message", f.message);
      w.end_object();
    }
  }
  w.end_array();
}

} // namespace ragft
