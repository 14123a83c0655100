#include <ragft/report/findings.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include <ragft/report/report.hpp>

namespace ragft {

namespace {

// The contradiction rules are indexed by the verdict the facts point to.
constexpr std::string_view k_contradiction_rules[] = {"facts-point-to-rag", "facts-point-to-fine-tune",
                                                      "facts-point-to-hybrid"};
constexpr std::string_view k_invalid_spec = "invalid-spec";

Severity severity_of(Confidence confidence) {
  switch (confidence) {
  case Confidence::high:
    return Severity::error;
  case Confidence::medium:
    return Severity::warning;
  case Confidence::low:
    return Severity::note;
  }
  return Severity::error;
}

std::string scores_text(const PerVerdict<double>& scores) {
  return fmt::format("rag {:g}, fine-tune {:g}, hybrid {:g}", scores[Verdict::rag], scores[Verdict::fine_tune],
                     scores[Verdict::hybrid]);
}

// The rules that gave the verdict the most points, strongest first, at most three.
std::string top_reasons(const Assessment& a) {
  std::vector<const ReasonEntry*> positive;
  for (const ReasonEntry& r : a.reasons) {
    if (r.points[a.verdict] > 0) {
      positive.push_back(&r);
    }
  }
  std::stable_sort(positive.begin(), positive.end(), [&](const ReasonEntry* x, const ReasonEntry* y) {
    return x->points[a.verdict] > y->points[a.verdict];
  });
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < positive.size() && i < 3; ++i) {
    ids.push_back(positive[i]->rule);
  }
  return ids.empty() ? std::string() : fmt::format(" Strongest reasons: {}.", fmt::join(ids, ", "));
}

Finding contradiction(const std::string& subject, const DecisionCheck& decision, Verdict verdict, Confidence confidence,
                      const Assessment& assessment) {
  Finding f;
  f.rule = std::string(k_contradiction_rules[static_cast<int>(verdict)]);
  f.severity = severity_of(confidence);
  f.subject = subject;
  f.where = decision.where;
  f.uri = path_to_uri(decision.where.file);
  f.message =
      fmt::format("{}: the recorded decision `{}` contradicts the facts, which point to {} "
                  "(confidence {}; scores {}).{} To resolve: if the facts are right, set `decision: {}`; "
                  "else correct the facts (`ragft explain {}` shows every reason).",
                  subject, to_string(decision.recorded), to_string(verdict), to_string(confidence),
                  scores_text(assessment.scores), top_reasons(assessment), to_string(verdict), decision.where.file);
  f.fingerprint = fingerprint_of(fmt::format("{}\n{}\n{}", f.rule, subject, to_string(decision.recorded)));
  return f;
}

// `path:line:col`, leaving out what is not known.
std::string location_text(const Location& where) {
  if (where.line <= 0) {
    return where.file;
  }
  if (where.column <= 0) {
    return fmt::format("{}:{}", where.file, where.line);
  }
  return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

bool unreserved(unsigned char c) {
  return std::isalnum(c) != 0 || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
}

} // namespace

const std::vector<FindingRule>& finding_rules() {
  static const std::vector<FindingRule> rules = {
      {k_contradiction_rules[0], "Recorded decision contradicts the facts, which point to rag",
       "The spec records a decision (fine-tune or hybrid) but its facts point to RAG.",
       "Run `ragft score FILE` to see the rules that fired. Either change `decision:` to rag, or correct the "
       "facts that drive the verdict."},
      {k_contradiction_rules[1], "Recorded decision contradicts the facts, which point to fine-tune",
       "The spec records a decision (rag or hybrid) but its facts point to fine-tuning.",
       "Run `ragft score FILE` to see the rules that fired. Either change `decision:` to fine-tune, or correct "
       "the facts that drive the verdict."},
      {k_contradiction_rules[2], "Recorded decision contradicts the facts, which point to hybrid",
       "The spec records a decision (rag or fine-tune) but its facts point to a hybrid of both.",
       "Run `ragft score FILE` to see the rules that fired. Either change `decision:` to hybrid, or correct the "
       "facts that drive the verdict."},
      {k_invalid_spec, "Spec file cannot be read or is invalid",
       "The file is not a valid ragft spec: a YAML or JSON syntax error, an unknown key or value, or a wrong type.",
       "Fix the file at the position given; the message says what was expected."},
      {"fact-differs-from-measurement", "A stated fact differs from what the repository measures",
       "With `--measure`, a fact the spec states (knowledge_base_docs, labeled_examples, knowledge_updates) differs "
       "from the value measured in the repository beyond the tolerance (counts 25%, choices any change). The "
       "message gives both values and whether the measured value would change the verdict.",
       "Run `ragft measure` to see how the value was measured; correct the stated fact, or the `measure:` "
       "section if it looks in the wrong place.",
       Severity::warning},
  };
  return rules;
}

std::size_t finding_rule_index(std::string_view id) {
  const auto& rules = finding_rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].id == id) {
      return i;
    }
  }
  return 0;
}

std::vector<Finding> make_findings(const ResultEntry& entry) {
  std::vector<Finding> out;
  if (entry.decision && !entry.decision->agrees) {
    out.push_back(contradiction(entry.file, *entry.decision, entry.verdict, entry.confidence, entry.assessment));
  }
  for (const ComponentEntry& c : entry.components) {
    if (c.decision && !c.decision->agrees) {
      const Assessment& a = c.assessment;
      out.push_back(contradiction(fmt::format("{} / {}", entry.file, c.name), *c.decision, a.verdict, a.confidence, a));
    }
  }
  return out;
}

Finding make_error_finding(const Diagnostic& diagnostic) {
  Finding f;
  f.rule = std::string(k_invalid_spec);
  f.severity = Severity::error;
  f.subject = location_text(diagnostic.where);
  f.where = diagnostic.where;
  f.uri = path_to_uri(diagnostic.where.file);
  f.message = diagnostic.message;
  f.fingerprint = fingerprint_of(fmt::format("{}\n{}\n{}", f.rule, diagnostic.where.file, diagnostic.message));
  return f;
}

std::string path_to_uri(std::string_view path) {
  std::string p(path);
  std::replace(p.begin(), p.end(), '\\', '/');
  while (p.rfind("./", 0) == 0) {
    p.erase(0, 2);
  }
  std::string out;
  for (unsigned char c : p) {
    out += unreserved(c) ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

namespace {

// `path` made absolute against the working folder, and relative to the repository root when it is in it.
std::pair<std::filesystem::path, std::optional<std::filesystem::path>> locate(std::string_view path,
                                                                              const ArtifactBase& base) {
  namespace fs = std::filesystem;
  fs::path absolute(std::string{path});
  if (!absolute.is_absolute()) {
    absolute = fs::path(base.cwd) / absolute;
  }
  absolute = absolute.lexically_normal();
  if (!base.repo_root.empty()) {
    fs::path relative = absolute.lexically_relative(fs::path(base.repo_root));
    if (!relative.empty() && *relative.begin() != ".." && relative != ".") {
      return {absolute, std::move(relative)};
    }
  }
  return {absolute, std::nullopt};
}

} // namespace

ArtifactUri artifact_uri(std::string_view path, const ArtifactBase& base) {
  const auto [absolute, relative] = locate(path, base);
  if (relative) {
    return ArtifactUri{path_to_uri(relative->generic_string()), "%SRCROOT%"};
  }
  return ArtifactUri{"file://" + path_to_uri(absolute.generic_string()), ""};
}

std::string repo_relative_path(std::string_view path, const ArtifactBase& base) {
  const auto [absolute, relative] = locate(path, base);
  if (relative) {
    return relative->generic_string();
  }
  // Outside a repository, a relative path as given but without `./` (GitHub matches `x.yaml`, not
  // `./x.yaml`, to a pull request's files: crate-ci/typos#1496).
  const std::filesystem::path given(std::string{path});
  return given.is_absolute() ? given.generic_string() : given.lexically_normal().generic_string();
}

std::string pascal_case(std::string_view id) {
  std::string name;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '_' || c == ' ') {
      upper = true;
      continue;
    }
    name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return name;
}

std::string fingerprint_of(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : text) {
    hash = (hash ^ c) * 1099511628211ULL;
  }
  return fmt::format("{:016x}", hash);
}

} // namespace ragft
