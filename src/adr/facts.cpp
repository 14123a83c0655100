// The facts an ADR carries: a `ragft:` key in its front matter, or a fenced ```ragft block. Either
// is a spec without the `ragft: 1` line, plus `ragft-ignore`. The YAML is parsed in place (padded
// with empty lines), so every error and every position is a line of the ADR file.

#include <algorithm>
#include <array>
#include <filesystem>

#include <fmt/format.h>

#include <ragft/adr/findings.hpp>
#include <ragft/base/suggest.hpp>

#include "adr/context.hpp"
#include "adr/words.hpp"
#include "base/yaml_reader.hpp"
#include "spec/node.hpp"

namespace ragft::adr_detail {

namespace {

constexpr std::string_view k_ignore_key = "ragft-ignore";

std::string project_name(const AdrRecord& record) {
  if (record.title && !record.title->text.empty()) {
    return record.title->text;
  }
  return std::filesystem::path(record.file).stem().string();
}

void shift_column(Location& where, int first_line, int shift) {
  if (where.line >= first_line && where.column > 0) {
    where.column += shift;
  }
}

void shift_spec(Spec& spec, int first_line, int shift) {
  if (spec.decision) {
    shift_column(spec.decision->where, first_line, shift);
  }
  for (Component& c : spec.components) {
    if (c.decision) {
      shift_column(c.decision->where, first_line, shift);
    }
  }
}

// One `ragft-ignore` entry: `{rule: ID, reason: TEXT}`.
AdrIgnore read_ignore(const yaml::Reader& in, const YAML::Node& item) {
  if (item.IsScalar()) {
    in.fail(item, fmt::format("a `ragft-ignore` entry names its rule and why, got `{0}` alone; write "
                              "`- rule: {0}` and, under it, `reason: ...` (why the finding does not apply)",
                              item.Scalar()));
  }
  const auto entries = in.entries(item, {"rule", "reason"}, "a `ragft-ignore` entry");
  AdrIgnore ignore;
  ignore.where = in.location(item);
  ignore.rule =
      in.string(in.require(entries, item, "rule", "a `ragft-ignore` entry"), "`rule` (a ragft check rule id)");
  const YAML::Node* reason = in.find(entries, "reason");
  if (reason == nullptr || yaml::Reader::is_unknown(*reason)) {
    in.fail(item,
            fmt::format("`ragft-ignore` of `{}` needs a `reason`: say why the finding does not apply", ignore.rule));
  }
  ignore.reason = in.string(*reason, "`reason`");
  if (!is_adr_finding_rule(ignore.rule)) {
    in.fail(item,
            fmt::format("`{}` is not a ragft check rule{}; expected one of: {}", ignore.rule,
                        did_you_mean(ignore.rule, adr_finding_rule_ids()), fmt::join(adr_finding_rule_ids(), ", ")));
  }
  return ignore;
}

std::vector<AdrIgnore> read_ignores(const yaml::Reader& in, const YAML::Node& node) {
  std::vector<AdrIgnore> ignores;
  for (const YAML::Node& item : in.sequence(node, "`ragft-ignore` (a list of `{rule: ID, reason: TEXT}`)")) {
    ignores.push_back(read_ignore(in, item));
  }
  return ignores;
}

// Every error `d` holds (itself and its `also`: the spec reader reports each independent error it
// finds), each at its column in the ADR file.
void add_error(Context& ctx, const Diagnostic& d, int first_line, int shift) {
  for (Diagnostic one : d.each()) {
    shift_column(one.where, first_line, shift);
    ctx.record.errors.push_back(std::move(one));
  }
}

} // namespace

namespace {

// A key's words run together, as a tool's naming convention writes them: `superseded_by`,
// `superseded-by`, `supersededBy` (lowercased `supersededby`) all give `supersededby`.
std::string joined_key(std::string_view key) {
  std::string joined;
  for (const char c : key) {
    if (c != '_' && c != '-' && c != ' ') {
      joined += c;
    }
  }
  return joined;
}

bool is_supersession_key(std::string_view joined) { return joined == "supersededby" || joined == "supersedes"; }

} // namespace

void read_front_matter_key(Context& ctx, std::string_view key, const std::string& value, const Location& where) {
  const std::string joined = joined_key(key);
  if (key == "title") {
    ctx.record.title = AdrText{value, where};
  } else if (key == "status") {
    ctx.record.status_mentions.push_back(AdrText{value, where});
  } else if (is_supersession_key(joined) && names_linked_adr(value)) { // `superseded_by: ""` names none
    ctx.record.links.push_back(AdrLink{value, joined != "supersedes", where});
  }
}

namespace {

// A supersession key whose value is a YAML list (`Superseded-by: ['ADR-0022']`, or one item a line
// under it): each item that is text names an ADR, as the key's one value does.
void read_supersession_list(Context& ctx, std::string_view key, const YAML::Node& items, const yaml::Reader& in) {
  for (const YAML::Node& item : items) {
    if (item.IsScalar()) {
      read_front_matter_key(ctx, key, item.Scalar(), in.location(item));
    }
  }
}

void read_front_matter_keys(Context& ctx, const YAML::Node& root) {
  if (!root.IsMap()) {
    return;
  }
  const yaml::Reader in(ctx.record.file);
  for (auto it = root.begin(); it != root.end(); ++it) {
    const std::string key = it->first.IsScalar() ? adr_words::lower(it->first.Scalar()) : "";
    const YAML::Node value = it->second; // a copy: `it->` is a proxy that lives for one expression
    if (value.IsScalar()) {
      read_front_matter_key(ctx, key, value.Scalar(), in.location(value));
    } else if (value.IsSequence() && is_supersession_key(joined_key(key))) {
      read_supersession_list(ctx, key, value, in);
    }
  }
}

bool is_spec_key(std::string_view key) {
  static constexpr std::array<std::string_view, 9> k_keys{"ragft",      "project", "description", "decision",  "facts",
                                                          "components", "cost",    "measure",     k_ignore_key};
  return std::find(k_keys.begin(), k_keys.end(), key) != k_keys.end();
}

// A fact written at the top of the ragft block, beside `facts:` rather than under it (the block
// read as if it were the `facts:` mapping).
std::optional<Diagnostic> fact_at_top(const Context& ctx, const YAML::Node& node) {
  if (!node.IsMap()) {
    return std::nullopt;
  }
  const yaml::Reader in(ctx.record.file);
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node key = it->first;
    if (key.IsScalar() && ctx.rules.fact_index(key.Scalar()) && !is_spec_key(key.Scalar())) {
      return Diagnostic{in.location(key),
                        fmt::format("`{}` is a fact, written at the top of the ragft block; facts go under `facts:`: "
                                    "add a `facts:` line above the facts and indent them under it by two spaces",
                                    key.Scalar())};
    }
  }
  return std::nullopt;
}

// `ragft:` left empty (or `ragft: 1`, a spec file's first line) with the spec's keys beside it at
// the top of the front matter, where they are other tools' keys: said at the `ragft:` key.
bool spec_beside_ragft(Context& ctx, const YAML::Node& root, const YAML::Node& node, const Location& where) {
  if (node.IsMap() || node.IsSequence()) {
    return false;
  }
  const yaml::Reader in(ctx.record.file);
  for (auto it = root.begin(); it != root.end(); ++it) {
    const std::string key = it->first.IsScalar() ? it->first.Scalar() : "";
    if (key == "facts" || key == "components" || key == "decision") {
      const std::string written = node.IsNull()          ? std::string("`ragft:`")
                                  : node.Scalar() == "1" ? std::string("`ragft: 1` (a spec file's first line)")
                                                         : fmt::format("`ragft: {}`", node.Scalar());
      ctx.record.facts_where = where;
      ctx.record.errors.push_back(Diagnostic{
          where, fmt::format("{} holds no spec, and `{}:` (line {}) sits beside it at the top of the front matter; "
                             "in front matter the spec goes under `ragft:`: write `ragft:` alone on its line and "
                             "indent `{}:` and the lines under it by two spaces below it",
                             written, key, in.location(it->first).line, key)});
      return true;
    }
  }
  return false;
}

// Where the front matter writes `key` (the key itself, not its value).
std::optional<Location> key_location(const Context& ctx, const YAML::Node& root, std::string_view key) {
  for (auto it = root.begin(); it != root.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == key) {
      return yaml::Reader(ctx.record.file).location(it->first);
    }
  }
  return std::nullopt;
}

} // namespace

std::optional<Diagnostic> indentation_tab(const std::string& file, std::string_view text, int first_line,
                                          std::string_view prefix) {
  int line = first_line;
  for (std::size_t pos = 0; pos < text.size(); ++line) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view current = text.substr(pos, end - pos);
    pos = end + 1;
    const std::size_t from = current.starts_with(prefix) ? prefix.size() : 0;
    const std::size_t content = current.find_first_not_of(" \t\r", from);
    const std::size_t tab = content == std::string_view::npos ? content : current.substr(0, content).find('\t', from);
    if (tab != std::string_view::npos) {
      return Diagnostic{Location{file, line, static_cast<int>(tab) + 1},
                        "invalid YAML: a tab character in the indentation; YAML indents with spaces only: replace "
                        "the tab with spaces"};
    }
  }
  return std::nullopt;
}

std::optional<YAML::Node> load_at(Context& ctx, std::string_view yaml_text, int first_line, int shift) {
  const yaml::Reader in(ctx.record.file);
  try {
    std::string padded(static_cast<std::size_t>(std::max(first_line - 1, 0)), '\n');
    padded += yaml_text;
    const std::vector<YAML::Node> docs = in.load_all(padded, ctx.limits);
    if (docs.size() > 1) { // the facts after a `---` would be dropped without a word
      in.fail(docs[1], "a second YAML document, after a `---` line, in the ragft block; the block holds one spec: "
                       "delete the `---` line and merge the two");
    }
    return docs.empty() ? YAML::Node() : docs.front();
  } catch (const InputError& e) {
    add_error(ctx, e.diagnostic(), first_line, shift);
    return std::nullopt;
  }
}

void read_facts_node(Context& ctx, const YAML::Node& node, const Location& where, int shift) {
  ctx.record.facts_where = where;
  const yaml::Reader in(ctx.record.file);
  if (!node.IsDefined() || node.IsNull()) {
    ctx.record.errors.push_back(
        Diagnostic{where, "the ragft block is empty; expected `facts:` with the project's facts"});
    return;
  }
  if (const std::optional<Diagnostic> misplaced = fact_at_top(ctx, node)) {
    add_error(ctx, *misplaced, where.line, shift);
    return;
  }
  try {
    if (node.IsMap() && node[std::string(k_ignore_key)]) {
      ctx.record.ignores = read_ignores(in, node[std::string(k_ignore_key)]);
    }
  } catch (const InputError& e) {
    add_error(ctx, e.diagnostic(), where.line, shift);
  }
  EmbeddedSpecShape shape{project_name(ctx.record), {std::string(k_ignore_key)}, "the ragft block"};
  SpecDocument document = parse_embedded_spec_node(node, ctx.record.file, ctx.record.file, ctx.rules, shape);
  if (auto* error = std::get_if<Diagnostic>(&document)) {
    add_error(ctx, *error, where.line, shift);
    return;
  }
  Spec& spec = std::get<Spec>(document);
  shift_spec(spec, where.line, shift);
  if (ctx.record.errors.empty()) {
    ctx.record.spec = std::move(spec);
  }
}

namespace {

// The YAML front matter's mapping; none when it is not one (an error when it holds facts, as a tab
// in its indentation is; another tool's broken front matter is not ragft's business).
std::optional<YAML::Node> front_matter_map(Context& ctx, const md::FrontMatter& front) {
  const bool mentions_ragft = front.yaml.find("ragft") != std::string::npos;
  if (const std::optional<Diagnostic> tab = indentation_tab(ctx.record.file, front.yaml, front.first_line, "");
      tab && mentions_ragft) {
    ctx.record.facts_where = Location{ctx.record.file, front.first_line, 1};
    ctx.record.errors.push_back(*tab);
    return std::nullopt;
  }
  const std::size_t errors_before = ctx.record.errors.size();
  std::optional<YAML::Node> root = load_at(ctx, front.yaml, front.first_line, 0);
  if (root && root->IsMap()) {
    return root;
  }
  if (!mentions_ragft) {
    ctx.record.errors.resize(errors_before);
  } else if (root) {
    ctx.record.errors.push_back(Diagnostic{Location{ctx.record.file, front.first_line, 1},
                                           "the front matter must be a mapping of `key: value` lines"});
  }
  return std::nullopt;
}

} // namespace

void read_front_matter(Context& ctx) {
  const md::FrontMatter& front = ctx.document.front_matter;
  if (front.first_line == 0) {
    return;
  }
  if (!front.toml.empty()) {
    read_toml_front_matter(ctx);
    return;
  }
  const std::optional<YAML::Node> root = front_matter_map(ctx, front);
  if (!root) {
    if (front.yaml.find("ragft") == std::string::npos) { // another tool's front matter, not YAML
      read_loose_front_matter(ctx);
    }
    return;
  }
  read_front_matter_keys(ctx, *root);
  const YAML::Node node = (*root)["ragft"];
  if (!node) {
    return;
  }
  const Location where = key_location(ctx, *root, "ragft").value_or(yaml::Reader(ctx.record.file).location(node));
  if (spec_beside_ragft(ctx, *root, node, where)) {
    return;
  }
  read_facts_node(ctx, node, where, 0);
  if (const std::optional<Location> ignore = key_location(ctx, *root, k_ignore_key)) {
    ctx.record.spec.reset();
    ctx.record.errors.push_back(Diagnostic{
        *ignore, "`ragft-ignore` sits at the top of the front matter, beside `ragft:`, where it is not read; indent it "
                 "and its entries by two spaces under `ragft:`, beside `facts:`"});
  }
}

} // namespace ragft::adr_detail
