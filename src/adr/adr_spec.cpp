// The spec an ADR's facts make: what `ragft check` scores, and what `ragft explain` explains when
// it is given an ADR (Markdown) in place of a spec file.

#include <ragft/adr/check.hpp>
#include <ragft/adr/decision_log.hpp>

namespace ragft {

namespace {

// The record's errors as one diagnostic, each naming the file (a reader's errors may leave it out).
Diagnostic errors_of(const AdrRecord& record) {
  std::vector<Diagnostic> errors = record.errors;
  for (Diagnostic& e : errors) {
    if (e.where.file.empty()) {
      e.where.file = record.file;
    }
  }
  Diagnostic first = errors.front();
  first.also.assign(errors.begin() + 1, errors.end());
  return first;
}

// Why a file none of whose ADRs carries a ragft block gives nothing to explain.
Diagnostic without_facts(const std::vector<AdrRecord>& records, std::string_view origin) {
  for (const AdrRecord& record : records) {
    if (record.facts_elsewhere) {
      Diagnostic d{record.facts_elsewhere->where, record.facts_elsewhere->text};
      d.where.file = std::string(origin);
      return d;
    }
  }
  return Diagnostic{
      Location{std::string(origin), 1, 1},
      "this ADR carries no facts to score: ragft reads an ADR's facts from a ```ragft block (or a `ragft:` key "
      "in its front matter) holding `facts:`; add one (docs/check.md), or name a spec file (YAML or JSON)"};
}

} // namespace

Spec adr_spec(const AdrRecord& record) {
  Spec spec = *record.spec;
  if (!spec.decision && record.decision && record.decision->verdict) {
    spec.decision = RecordedDecision{*record.decision->verdict, record.decision->where};
  }
  return spec;
}

std::vector<SpecDocument> adr_file_specs(std::string_view text, std::string_view origin, const RuleBase& rules) {
  const std::vector<AdrRecord> records = read_adr_file(text, origin, rules);
  std::vector<SpecDocument> documents;
  for (const AdrRecord& record : records) {
    if (!record.errors.empty()) {
      documents.emplace_back(errors_of(record));
    } else if (record.spec) {
      Spec spec = adr_spec(record);
      spec.name = adr_name(record);
      documents.emplace_back(std::move(spec));
    }
  }
  if (documents.empty()) {
    documents.emplace_back(without_facts(records, origin));
  }
  return documents;
}

} // namespace ragft
