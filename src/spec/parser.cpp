#include <ragft/spec/spec.hpp>

#include <algorithm>
#include <cmath>
#include <tuple>

#include <fmt/format.h>

#include <ragft/base/input_limits.hpp>
#include <ragft/base/suggest.hpp>

#include "base/json_syntax.hpp"
#include "base/measure_section_reader.hpp"
#include "base/yaml_reader.hpp"
#include "base/yaml_value_slips.hpp"
#include "spec/loose_text.hpp"
#include "spec/node.hpp"
#include <ragft/spec/loose_values.hpp>

namespace ragft {

namespace {

const std::vector<std::string> k_spec_keys = {"ragft", "project",    "description", "decision",
                                              "facts", "components", "cost",        "measure"};
const std::vector<std::string> k_component_keys = {"name", "description", "decision", "facts"};

// Reads a spec from either tree: ragft's own (`yaml::ValueRef`, for spec files) or a `Node`
// (a spec inside another document: a rule base's inline case, an ADR's ragft block).
template <typename Node> class SpecReader {
public:
  using Entry = yaml::BasicEntry<Node>;

  SpecReader(std::string origin, const RuleBase& rules) : m_in(std::move(origin)), m_rules(rules) {}

  Spec read(const Node& root, std::string name);
  Spec read_embedded(const Node& root, std::string name, const EmbeddedSpecShape& shape);

private:
  void read_body(const std::vector<Entry>& entries, Spec& spec);
  void read_facts(const Node& node, FactSet& facts, std::vector<Location>* where = nullptr);
  FactValue read_value(const FactDef& fact, const Node& node);
  void check_one_value(const FactDef& fact, const Node& node);
  std::optional<std::string> written_value(const FactDef& fact, const Node& node);
  FactValue read_choice(const FactDef& fact, const Node& node);
  std::int64_t read_integer(const FactDef& fact, const Node& node, const std::string& what);
  bool read_boolean(const FactDef& fact, const Node& node);
  void check_spec_key(const Entry& entry);
  void read_version(const Node& root, const std::vector<Entry>& entries);
  [[noreturn]] void fail_unknown_fact(const Entry& entry);
  RecordedDecision read_decision(const Node& node);
  void read_components(const Node& node, Spec& spec);
  Component read_component(const Node& node, const FactSet& project_facts);
  CostInputs read_cost(const Node& node);
  double read_cost_value(const Entry& entry, const CostKey& key);
  // Runs `step`; an error in it is kept and reading goes on, so one run reports every error.
  template <typename Step> void attempt(Step&& step);
  // Throws the first error kept, with the others in its `also`.
  void throw_kept();

  yaml::BasicReader<Node> m_in;
  const RuleBase& m_rules;
  std::vector<Diagnostic> m_errors;
};

template <typename Node> template <typename Step> void SpecReader<Node>::attempt(Step&& step) {
  try {
    step();
  } catch (const InputError& e) {
    m_errors.push_back(e.diagnostic());
  }
}

template <typename Node> void SpecReader<Node>::throw_kept() {
  if (m_errors.empty()) {
    return;
  }
  std::stable_sort(m_errors.begin(), m_errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
  });
  Diagnostic first = m_errors.front();
  first.also.assign(m_errors.begin() + 1, m_errors.end());
  m_errors.clear();
  throw InputError(std::move(first));
}

template <typename Node> Spec SpecReader<Node>::read(const Node& root, std::string name) {
  if (root.IsSequence() && root.begin() != root.end() && root.begin()->IsMap()) {
    m_in.fail(root, "a spec must be a mapping of `key: value` lines, got a list: remove the `- ` before `ragft: 1` "
                    "and unindent the lines under it (several specs in one file are separated by `---` lines)");
  }
  if (root.IsScalar() || root.IsSequence()) {
    m_in.fail(root, fmt::format("a spec must be a mapping of `key: value` lines, got {}: a spec starts with the lines "
                                "`ragft: 1` and `project: NAME`, then its facts under `facts:` (`ragft ask --save "
                                "FILE` writes one from your answers)",
                                yaml::BasicReader<Node>::describe(root)));
  }
  const auto entries = m_in.entries(root, "a spec");
  for (const Entry& e : entries) {
    attempt([&] { check_spec_key(e); });
  }
  Spec spec;
  spec.name = std::move(name);
  spec.where = m_in.location(root);
  read_version(root, entries);
  // A misspelt `project` key is reported once, as an unknown key with its suggestion.
  const bool project_misspelt = m_in.find(entries, "project") == nullptr && !m_errors.empty();
  attempt([&] {
    if (project_misspelt) {
      return;
    }
    spec.project = m_in.string(m_in.require(entries, root, "project", "a spec"), "`project` (the project's name)");
    if (spec.project.empty()) {
      m_in.fail(*m_in.find(entries, "project"), "`project` is empty; give the project a name");
    }
  });
  read_body(entries, spec);
  throw_kept();
  return spec;
}

// `ragft: 1`; a missing one stops the spec (with the errors kept so far).
template <typename Node> void SpecReader<Node>::read_version(const Node& root, const std::vector<Entry>& entries) {
  const Node* version = m_in.find(entries, "ragft");
  if (version == nullptr) {
    // A misspelt `ragft` key (`Ragft`, `ragtf`) is already reported as such.
    const auto misspelt = [](const Entry& e) { return !did_you_mean(e.key, {"ragft"}).empty(); };
    if (std::none_of(entries.begin(), entries.end(), misspelt)) {
      attempt([&] {
        m_in.fail(root, "not a ragft spec: the key `ragft: 1` (the format version) is missing; add it as the first "
                        "line");
      });
    }
    throw_kept();
    return;
  }
  attempt([&] {
    const bool one = version->IsScalar() && !yaml::BasicReader<Node>::is_quoted(*version) &&
                     yaml::parse_integer(version->Scalar()) == 1;
    if (!one) {
      m_in.fail(*version, fmt::format("`ragft` (the spec format version) must be 1, got {}; this ragft reads "
                                      "`ragft: 1`: write it so, a whole number without quotes",
                                      yaml::BasicReader<Node>::describe(*version)));
    }
  });
}

// An ADR's ragft block: a spec without the `ragft: 1` line (allowed all the same), named after the
// ADR unless it sets `project`, with the caller's own keys allowed (and left to the caller).
template <typename Node>
Spec SpecReader<Node>::read_embedded(const Node& root, std::string name, const EmbeddedSpecShape& shape) {
  std::vector<std::string> allowed = k_spec_keys;
  allowed.insert(allowed.end(), shape.extra_keys.begin(), shape.extra_keys.end());
  // Each key checked on its own, as a spec file's are: a misspelt key leaves the errors after it told.
  const auto entries = m_in.entries(root, shape.what);
  for (const Entry& e : entries) {
    attempt([&] { m_in.check_key(e, allowed, shape.what); });
  }
  Spec spec;
  spec.name = std::move(name);
  spec.where = m_in.location(root);
  attempt([&] {
    if (const Node* version = m_in.find(entries, "ragft"); version && m_in.integer(*version, "`ragft`") != 1) {
      m_in.fail(*version, "unsupported spec format version; this ragft reads `ragft: 1` (or leave the line out)");
    }
  });
  spec.project = shape.project;
  attempt([&] {
    if (const Node* project = m_in.find(entries, "project")) {
      spec.project = m_in.string(*project, "`project` (the project's name)");
    }
  });
  read_body(entries, spec);
  throw_kept();
  return spec;
}

template <typename Node> void SpecReader<Node>::read_body(const std::vector<Entry>& entries, Spec& spec) {
  if (const Node* description = m_in.find(entries, "description")) {
    attempt([&] { spec.description = m_in.string(*description, "`description`"); });
  }
  if (const Node* decision = m_in.find(entries, "decision")) {
    attempt([&] { spec.decision = read_decision(*decision); });
  }
  spec.facts.assign(m_rules.facts.size(), FactValue{});
  if (const Node* facts = m_in.find(entries, "facts")) {
    spec.fact_where.assign(m_rules.facts.size(), Location{});
    attempt([&] { read_facts(*facts, spec.facts, &spec.fact_where); });
  }
  if (const Node* components = m_in.find(entries, "components")) {
    attempt([&] { read_components(*components, spec); });
  }
  if (const Node* cost = m_in.find(entries, "cost")) {
    attempt([&] { spec.cost = read_cost(*cost); });
  }
  if (const Node* measure = m_in.find(entries, "measure")) {
    spec.measure = read_measure_section(m_in, *measure);
  }
}

// Every component of `node` into `spec`, each error kept; more than k_max_components stops the list.
template <typename Node> void SpecReader<Node>::read_components(const Node& node, Spec& spec) {
  if (node.IsMap()) {
    m_in.fail(node, "`components` must be a list, got a mapping: write each component as a list item, "
                    "`- name: ...` with its `facts:` under it, indented by four spaces");
  }
  if (node.IsScalar()) {
    m_in.fail(node, fmt::format("`components` must be a list, got {}: write each component as a list item under it, "
                                "`- name: {}` with its `facts:` under it, indented by four spaces",
                                yaml::BasicReader<Node>::describe(node), node.Scalar()));
  }
  std::size_t count = 0;
  for (const Node& item : m_in.sequence(node, "`components`")) {
    if (count++ == k_max_components) {
      m_in.fail(item, fmt::format("more than {} components; a spec describes one system, each component a part of it "
                                  "decided on its own: split the spec into several files",
                                  k_max_components));
    }
    attempt([&] { spec.components.push_back(read_component(item, spec.facts)); });
  }
}

template <typename Node> Component SpecReader<Node>::read_component(const Node& node, const FactSet& project_facts) {
  const auto entries = m_in.entries(node, k_component_keys, "a component");
  Component component;
  component.where = m_in.location(node);
  component.name = m_in.string(m_in.require(entries, node, "name", "a component"), "a component's `name`");
  if (const Node* description = m_in.find(entries, "description")) {
    component.description = m_in.string(*description, "`description`");
  }
  if (const Node* decision = m_in.find(entries, "decision")) {
    component.decision = read_decision(*decision);
  }
  component.facts = project_facts;
  if (const Node* facts = m_in.find(entries, "facts")) {
    read_facts(*facts, component.facts);
  }
  return component;
}

template <typename Node>
void SpecReader<Node>::read_facts(const Node& node, FactSet& facts, std::vector<Location>* where) {
  if (node.IsNull()) {
    return;
  }
  if (node.IsSequence() && node.begin() != node.end() && node.begin()->IsMap()) {
    m_in.fail(node, "`facts` must be a mapping of `key: value` lines, got a list: remove the `- ` before each fact, "
                    "so that each line reads like `budget: low`");
  }
  for (const Entry& e : m_in.entries(node, "`facts`")) {
    attempt([&] {
      const auto index = m_rules.fact_index(e.key);
      if (!index) {
        fail_unknown_fact(e);
      }
      const auto i = static_cast<std::size_t>(*index);
      facts[i] = read_value(m_rules.facts[i], e.value);
      if (where != nullptr) {
        (*where)[i] = m_in.location(e.key_node);
      }
    });
  }
}

template <typename Node> FactValue SpecReader<Node>::read_value(const FactDef& fact, const Node& node) {
  if (yaml::BasicReader<Node>::is_unknown(node)) {
    return FactValue{};
  }
  check_one_value(fact, node);
  switch (fact.type) {
  case FactType::boolean:
    return FactValue::boolean(read_boolean(fact, node));
  case FactType::integer: {
    const std::string what = fmt::format("fact `{}` ({})", fact.id, fact.unit.empty() ? "a count" : fact.unit);
    const std::int64_t n = read_integer(fact, node, what);
    if (n < fact.minimum) {
      m_in.fail(node, fmt::format("{} must be at least {}, got {}", what, fact.minimum, n));
    }
    return FactValue::integer(n);
  }
  case FactType::choice:
    return read_choice(fact, node);
  }
  return FactValue{};
}

// A fact written as a list or a mapping that holds one value fit for it (`[300]`, `- weekly`,
// `{count: 300}`), or over a fact indented under it: what to write, with the value. Other lists
// and mappings are left to the type's reader, which says what it expected.
template <typename Node> void SpecReader<Node>::check_one_value(const FactDef& fact, const Node& node) {
  if (node.IsSequence() && std::distance(node.begin(), node.end()) == 1 && node.begin()->IsScalar()) {
    const Node& item = *node.begin();
    if (const auto value = written_value(fact, item)) {
      m_in.fail(node, fmt::format("fact `{}` holds one value, got a list of one: write it without `[ ]` or `- `, as "
                                  "`{}: {}`",
                                  fact.id, fact.id, *value));
    }
    try {
      read_value(fact, item);
    } catch (const InputError& e) {
      m_in.fail(item, fmt::format("fact `{}` holds one value, got a list of one: write it without `[ ]` or `- `; "
                                  "and the value itself: {}",
                                  fact.id, e.diagnostic().message));
    }
  }
  if (!node.IsMap()) {
    return;
  }
  for (const auto& e : m_in.entries(node, fmt::format("fact `{}`", fact.id))) {
    if (m_rules.fact_index(e.key)) {
      m_in.fail(e.key_node, fmt::format("fact `{}` is indented under fact `{}`, so YAML reads it as the value of `{}`: "
                                        "line `{}` up with `{}`, and give `{}` a value after its `:` (or `unknown`)",
                                        e.key, fact.id, fact.id, e.key, fact.id, fact.id));
    }
  }
  const auto entries = m_in.entries(node, "a fact");
  if (entries.size() == 1) {
    if (const auto value = written_value(fact, entries.front().value)) {
      m_in.fail(node, fmt::format("fact `{}` holds one value, got a mapping, `{}: {}`: write the value alone, as "
                                  "`{}: {}`",
                                  fact.id, entries.front().key, *value, fact.id, *value));
    }
  }
}

// `node`'s text when it reads as a value of `fact`, as written; nullopt otherwise.
template <typename Node>
std::optional<std::string> SpecReader<Node>::written_value(const FactDef& fact, const Node& node) {
  if (!node.IsScalar() || yaml::BasicReader<Node>::is_unknown(node)) {
    return std::nullopt;
  }
  try {
    read_value(fact, node);
  } catch (const InputError&) {
    return std::nullopt;
  }
  return node.Scalar();
}

template <typename Node> FactValue SpecReader<Node>::read_choice(const FactDef& fact, const Node& node) {
  if (node.IsScalar()) {
    if (auto index = loose::choice_index(fact, node.Scalar())) {
      return FactValue::choice(*index);
    }
  }
  const std::vector<std::string> values = fact.choice_values();
  if (!node.IsScalar()) {
    m_in.fail(node, fmt::format("fact `{}` must be one of: {}; got {}{}", fact.id, fmt::join(values, ", "),
                                yaml::BasicReader<Node>::describe(node),
                                node.IsSequence() ? "; a fact holds one value: write the one that fits best (if "
                                                    "parts of the system differ, each can be a component of its "
                                                    "own, under `components:`)"
                                                  : yaml::BasicReader<Node>::one_value_fix(node)));
  }
  const std::string& text = node.Scalar();
  m_in.fail(node, fmt::format("`{}` is not a value of fact `{}`{}; expected one of: {}, or unknown", text, fact.id,
                              loose::choice_hint(fact, text), fmt::join(values, ", ")));
}

// A whole number, refused with what to write instead when it is written as people do (`10k`, `~500`).
template <typename Node>
std::int64_t SpecReader<Node>::read_integer(const FactDef& fact, const Node& node, const std::string& what) {
  if (node.IsScalar()) {
    const std::string& text = node.Scalar();
    const bool quoted = yaml::BasicReader<Node>::is_quoted(node);
    const std::size_t sign = text.starts_with('-') || text.starts_with('+') ? 1 : 0;
    const bool plain = text.find_first_not_of("0123456789,", sign) == std::string::npos; // the reader's own
    const std::string hint = quoted || !plain ? loose::integer_hint(fact, text, quoted) : "";
    if (!hint.empty()) {
      m_in.fail(node, fmt::format("{} must be a whole number, got {}{}", what, yaml::BasicReader<Node>::describe(node),
                                  hint));
    }
  }
  return m_in.integer(node, what);
}

template <typename Node> bool SpecReader<Node>::read_boolean(const FactDef& fact, const Node& node) {
  const bool quoted = yaml::BasicReader<Node>::is_quoted(node);
  if (node.IsScalar() && !quoted) {
    if (const auto value = loose::boolean(node.Scalar())) {
      return *value;
    }
  }
  const std::string hint =
      node.IsScalar() ? loose::boolean_hint(fact, node.Scalar(), quoted) : yaml::BasicReader<Node>::one_value_fix(node);
  m_in.fail(node, fmt::format("fact `{}` must be true or false, got {}{}", fact.id,
                              yaml::BasicReader<Node>::describe(node), hint));
}

// A key of a spec's top level that is not one: a fact belongs under `facts`, a name is `project`.
template <typename Node> void SpecReader<Node>::check_spec_key(const Entry& entry) {
  if (std::find(k_spec_keys.begin(), k_spec_keys.end(), entry.key) != k_spec_keys.end()) {
    return;
  }
  if (const std::string pasted = loose::pasted_key_hint(entry.key); !pasted.empty()) {
    m_in.fail(entry.key_node, pasted);
  }
  auto fact =
      m_rules.fact_index(entry.key) ? std::optional<std::string>(entry.key) : loose::fact_id(m_rules, entry.key);
  fact = fact ? fact : loose::fact_in_words(m_rules, entry.key);
  if (fact) {
    m_in.fail(entry.key_node, fmt::format("`{}` is a fact, not a key of a spec: put it under `facts:`, indented by "
                                          "two spaces, as `{}: ...`",
                                          entry.key, *fact));
  }
  if (loose::is_sentence(entry.key)) {
    m_in.fail(entry.key_node, fmt::format("`{}` is a sentence, not a key of a spec (text around a spec, as copied "
                                          "with a chat's answer?): delete it, so that the file holds the spec "
                                          "alone, from `ragft: 1` on",
                                          entry.key));
  }
  if (entry.key == "name" || entry.key == "title") {
    m_in.fail(entry.key_node,
              fmt::format("unknown key `{}` in a spec; a spec's name is written `project: ...`", entry.key));
  }
  m_in.check_key(entry, k_spec_keys, "a spec");
}

template <typename Node> void SpecReader<Node>::fail_unknown_fact(const Entry& e) {
  if (const std::string pasted = loose::pasted_key_hint(e.key); !pasted.empty()) {
    m_in.fail(e.key_node, pasted);
  }
  if (const std::string fix = yaml::key_value_fix(e.key); !fix.empty()) {
    m_in.fail(e.key_node, fmt::format("unknown fact `{}`: {}", e.key, fix));
  }
  if (std::find(k_spec_keys.begin(), k_spec_keys.end(), e.key) != k_spec_keys.end()) {
    m_in.fail(e.key_node, fmt::format("`{}` is a key of the spec, not a fact: move it out of `facts:`, to the start "
                                      "of a line with no indentation",
                                      e.key));
  }
  const bool said_no = e.value.IsScalar() && loose::boolean(e.value.Scalar()) == std::optional<bool>(false);
  if (const auto verdict = parse_verdict(e.key); verdict && !said_no) { // `rag: yes` under `facts:`
    m_in.fail(e.key_node, fmt::format("unknown fact `{}`: a verdict, which ragft works out from the facts; for a "
                                      "decision already taken, write `decision: {}` at the top level of the spec",
                                      e.key, to_string(*verdict)));
  }
  if (const auto id = loose::fact_id(m_rules, e.key)) {
    if (loose::is_question_of(m_rules.facts[static_cast<std::size_t>(*m_rules.fact_index(*id))], e.key)) {
      m_in.fail(e.key_node,
                fmt::format("unknown fact `{}`: that is the question of fact `{}`; write `{}: ...`", e.key, *id, *id));
    }
    m_in.fail(e.key_node,
              fmt::format("unknown fact `{}`: write `{}` (fact names are lower case, with underscores)", e.key, *id));
  }
  const auto in_words =
      did_you_mean(e.key, m_rules.fact_ids()).empty() ? loose::fact_in_words(m_rules, e.key) : std::nullopt;
  if (const auto& id = in_words) {
    const FactDef& fact = m_rules.facts[static_cast<std::size_t>(*m_rules.fact_index(*id))];
    m_in.fail(e.key_node, fmt::format("unknown fact `{}`: it reads like the question of fact `{}` ({}); write "
                                      "`{}: ...`",
                                      e.key, *id, fact.question, *id));
  }
  const auto by_part =
      did_you_mean(e.key, m_rules.fact_ids()).empty() ? loose::fact_by_part(m_rules, e.key) : std::nullopt;
  const std::string hint = by_part ? fmt::format(" (did you mean `{}`? a fact is written by its full name)", *by_part)
                                   : nearest_hint(e.key, m_rules.fact_ids());
  m_in.fail(e.key_node, fmt::format("unknown fact `{}`{}; `ragft rules show` lists the {} facts of the rule base `{}`",
                                    e.key, hint, m_rules.facts.size(), m_rules.name));
}

template <typename Node> RecordedDecision SpecReader<Node>::read_decision(const Node& node) {
  const std::string text = m_in.string(node, "`decision`");
  const auto verdict = parse_verdict(text);
  if (!verdict) {
    const auto noted = loose::split_note(text);
    const auto head = noted ? parse_verdict(noted->value) : std::nullopt;
    const std::string undecided = loose::undecided_hint(text);
    const std::string hint = head                 ? loose::note_hint(to_string(*head), *noted)
                             : !undecided.empty() ? undecided
                                                  : did_you_mean(text, {"rag", "fine-tune", "hybrid"});
    m_in.fail(node, fmt::format("`{}` is not a verdict{}; expected rag, fine-tune or hybrid", text, hint));
  }
  return RecordedDecision{*verdict, m_in.location(node)};
}

template <typename Node> CostInputs SpecReader<Node>::read_cost(const Node& node) {
  CostInputs cost;
  cost.where = m_in.location(node);
  if (node.IsNull()) {
    return cost;
  }
  std::vector<std::string> names;
  for (const CostKey& key : cost_keys()) {
    names.emplace_back(key.name);
  }
  for (const Entry& e : m_in.entries(node, names, "`cost`")) {
    const CostKey& key =
        *std::find_if(cost_keys().begin(), cost_keys().end(), [&](const CostKey& k) { return k.name == e.key; });
    if (!yaml::BasicReader<Node>::is_unknown(e.value)) {
      attempt([&] { cost.*key.member = read_cost_value(e, key); });
    }
  }
  return cost;
}

template <typename Node> double SpecReader<Node>::read_cost_value(const Entry& e, const CostKey& key) {
  const std::string what = fmt::format("`cost.{}` ({})", e.key, key.meaning);
  const double x = m_in.number(e.value, what);
  if (!(x >= 0 && x <= key.maximum)) { // also refuses nan
    m_in.fail(e.value, fmt::format("{} must be a number from 0 to {}, got {:g}", what,
                                   group_thousands(static_cast<std::int64_t>(key.maximum)), x));
  }
  if (e.key == "horizon_months" && (x != std::floor(x) || x < 1 || x > 120)) {
    m_in.fail(e.value,
              fmt::format("`cost.horizon_months` must be a whole number of months from 1 to 120, got {:g}", x));
  }
  return x;
}

std::string document_name(std::string_view origin, std::size_t index, std::size_t count) {
  if (count <= 1) {
    return std::string(origin);
  }
  return fmt::format("{}#{}", origin, index + 1);
}

// A JSON file whose whole text is a list (`[{...}, {...}]`, as a script dumps several specs): what
// to write instead, at the `[`; nothing for any other text.
std::optional<Diagnostic> json_list_of_specs(std::string_view text, const std::string& file,
                                             const std::vector<yaml::ValueRef>& roots) {
  // A root list in a text that reads as JSON was written `[...]`.
  if (roots.size() != 1 || !roots.front().IsSequence() || !yaml::reads_as_json(strip_bom(text))) {
    return std::nullopt;
  }
  const auto count = static_cast<std::size_t>(std::distance(roots.front().begin(), roots.front().end()));
  const YAML::Mark at = roots.front().Mark();
  return Diagnostic{Location{file, at.line + 1, at.column + 1},
                    fmt::format("a JSON spec file holds one spec, an object `{{...}}`, got a list of {}: put each spec "
                                "in a file of its own (`ragft score` reads a folder of them), or write them in one "
                                "YAML file, separated by `---` lines",
                                count)};
}

} // namespace

std::vector<SpecDocument> parse_specs(std::string_view text, std::string_view origin, const RuleBase& rules,
                                      const InputLimits& limits) {
  const std::string file(origin);
  yaml::ValueDocuments documents;
  try {
    documents = yaml::ValueReader(file).load_all(text, limits);
  } catch (const InputError& e) {
    return {e.diagnostic()};
  }
  const std::vector<yaml::ValueRef>& roots = documents.roots;
  if (roots.empty()) {
    return {Diagnostic{Location{file, 1, 1}, "empty file: expected a spec starting with `ragft: 1`"}};
  }
  if (std::optional<Diagnostic> list = json_list_of_specs(text, file, roots)) {
    return {std::move(*list)};
  }
  std::vector<SpecDocument> out;
  out.reserve(roots.size());
  for (std::size_t i = 0; i < roots.size(); ++i) {
    try {
      out.emplace_back(SpecReader<yaml::ValueRef>(file, rules).read(roots[i], document_name(file, i, roots.size())));
    } catch (const InputError& e) {
      out.emplace_back(e.diagnostic());
    }
  }
  return out;
}

SpecDocument parse_spec_node(const YAML::Node& node, std::string_view origin, std::string name, const RuleBase& rules) {
  try {
    return SpecReader<YAML::Node>(std::string(origin), rules).read(node, std::move(name));
  } catch (const InputError& e) {
    return e.diagnostic();
  }
}

SpecDocument parse_embedded_spec_node(const YAML::Node& node, std::string_view origin, std::string name,
                                      const RuleBase& rules, const EmbeddedSpecShape& shape) {
  try {
    return SpecReader<YAML::Node>(std::string(origin), rules).read_embedded(node, std::move(name), shape);
  } catch (const InputError& e) {
    return e.diagnostic();
  }
}

} // namespace ragft
