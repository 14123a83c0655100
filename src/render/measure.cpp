// `ragft measure`: text (a commented spec fragment), json and yaml (one document model).

#include <ragft/render/measure.hpp>

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <ragft/explain/explain.hpp>
#include <yaml-cpp/yaml.h>

#include <ragft/base/name_table.hpp>

#include "render/measure_text.hpp"

namespace ragft {

namespace {

using Json = nlohmann::ordered_json;

constexpr Named<MeasureFormat> k_measure_formats[] = {
    {"text", MeasureFormat::text}, {"json", MeasureFormat::json}, {"yaml", MeasureFormat::yaml}};

Json corpus_json(const CorpusCount& c) {
  Json kinds = Json::object();
  for (std::size_t k = 0; k < k_doc_kinds; ++k) {
    kinds[std::string(to_string(static_cast<DocKind>(k)))] = c.by_kind[k];
  }
  return Json{{"documents", c.files},
              {"bytes", c.bytes},
              {"words", c.words},
              {"tokens_estimated", c.tokens()},
              {"token_estimator", std::string(k_token_estimator)},
              {"long_context_threshold", static_cast<std::int64_t>(k_long_context_tokens)},
              {"above_long_context", static_cast<double>(c.tokens()) > k_long_context_tokens},
              {"by_type", kinds}};
}

Json examples_json(const ExampleCount& e) {
  Json shapes = Json::object();
  for (std::size_t s = 0; s < k_example_shapes; ++s) {
    shapes[std::string(to_string(static_cast<ExampleShape>(s)))] = e.by_shape[s];
  }
  return Json{{"files", e.files},
              {"distinct", e.distinct},
              {"duplicates", e.duplicates},
              {"estimated", e.estimated},
              {"empty_outputs", e.empty_outputs},
              {"malformed", e.malformed},
              {"by_shape", shapes},
              {"other_data_files", e.other_files},
              {"shapes_read", k_example_fields}};
}

Json updates_json(const Measurement& m) {
  if (!m.updates) {
    return Json{{"available", false}, {"reason", m.updates_unavailable}};
  }
  const UpdateFrequency& u = *m.updates;
  return Json{{"available", true},
              {"commits_last_year", u.commits_in_year},
              {"changes_last_year", u.changes_in_year},
              {"creation_commits", u.creation_commits},
              {"interval_days", u.interval_days ? Json(*u.interval_days) : Json(nullptr)},
              {"value", u.value ? Json(*u.value) : Json(nullptr)},
              {"reason", u.reason}};
}

Json evidence_json(const std::vector<DependencyEvidence>& evidence) {
  Json out = Json::array();
  for (const DependencyEvidence& e : evidence) {
    out.push_back(Json{{"manifest", e.manifest}, {"package", e.package}, {"kind", std::string(to_string(e.kind))}});
  }
  return out;
}

// Where the facts not measured may be (measure_hints): each a path to name under `measure:`'s key.
Json place_hints_json(const Measurement& m) {
  const auto list = [](const std::vector<PlaceHint>& hints) {
    Json out = Json::array();
    for (const PlaceHint& h : hints) {
      out.push_back(Json{{"path", h.path}, {"files", h.files}});
    }
    return out;
  };
  return Json{{"knowledge", list(m.knowledge_hints)}, {"examples", list(m.example_hints)}};
}

Json findings_json(const Measurement& m) {
  Json out = Json::array();
  for (const Diagnostic& d : measure_findings(m)) {
    out.push_back(Json{{"file", d.where.file}, {"line", d.where.line}, {"message", d.message}});
  }
  return out;
}

Json report_json(const MeasureReport& r) {
  const Measurement& m = r.measurement;
  Json facts = Json::object();
  for (const MeasureReport::Fact& f : r.facts) {
    facts[f.fact] = Json{{"value", f.number ? Json(std::stoll(f.value)) : Json(f.value)}, {"method", f.method}};
  }
  return Json{{"root", m.root},
              {"paths_from", m.section_from},
              {"measure",
               Json{{"knowledge", m.knowledge_paths}, {"examples", m.example_paths}, {"manifests", m.manifest_paths}}},
              {"missing_paths", m.missing_paths},
              {"facts", facts},
              {"not_measured", r.not_measured},
              {"place_hints", place_hints_json(m)},
              {"site_configs", m.site_configs},
              {"corpus", corpus_json(m.corpus)},
              {"examples", examples_json(m.examples)},
              {"updates", updates_json(m)},
              {"evidence", evidence_json(m.evidence)},
              {"manifests_read", m.manifests_read},
              {"rag_prototype_evidence", has_measure_evidence(m, false)},
              {"fine_tuning_pipeline_evidence", has_measure_evidence(m, true)},
              {"findings", findings_json(m)},
              {"malformed_not_listed",
               std::max<std::int64_t>(0, m.examples.malformed - static_cast<std::int64_t>(m.examples.issues.size()))},
              {"empty_outputs_not_listed",
               std::max<std::int64_t>(0, m.examples.empty_outputs -
                                             static_cast<std::int64_t>(m.examples.empty_issues.size()))}};
}

Json document_json(const std::vector<MeasureReport>& reports) {
  Json list = Json::array();
  for (const MeasureReport& r : reports) {
    list.push_back(report_json(r));
  }
  return Json{{"ragft_output", 1}, {"measurements", list}};
}

void emit_yaml(YAML::Emitter& out, const Json& value) {
  if (value.is_object()) {
    out << YAML::BeginMap;
    for (const auto& item : value.items()) {
      out << YAML::Key << item.key() << YAML::Value;
      emit_yaml(out, item.value());
    }
    out << YAML::EndMap;
  } else if (value.is_array()) {
    out << YAML::BeginSeq;
    for (const Json& item : value) {
      emit_yaml(out, item);
    }
    out << YAML::EndSeq;
  } else if (value.is_string()) {
    out << YAML::DoubleQuoted << value.get<std::string>();
  } else if (value.is_null()) {
    out << YAML::Null;
  } else {
    out << value.dump();
  }
}

} // namespace

std::optional<MeasureFormat> parse_measure_format(std::string_view name) { return find_named(k_measure_formats, name); }
std::vector<std::string> measure_format_names() { return names_of(k_measure_formats); }

void render_measure(std::ostream& out, const std::vector<MeasureReport>& reports, MeasureFormat format) {
  if (format == MeasureFormat::json) {
    out << document_json(reports).dump(2) << '\n';
  } else if (format == MeasureFormat::yaml) {
    YAML::Emitter emitter;
    emit_yaml(emitter, document_json(reports));
    out << emitter.c_str() << '\n';
  } else {
    for (std::size_t i = 0; i < reports.size(); ++i) {
      out << (i > 0 ? "---\n" : "");
      render_measure_text(out, reports[i]);
    }
  }
}

} // namespace ragft
