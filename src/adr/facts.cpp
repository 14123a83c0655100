// The facts an ADR carries: a `ragft:` key in its front matter, or a fenced ```ragft block. Either
// is a spec without the `ragft: 1` line, plus `ragft-ignore`. The YAML is parsed in place (padded
// with empty lines), so every error and every position is a line of the ADR file.

#include <filesystem>

#include <fmt/format.h>

#include <ragft/adr/findings.hpp>
#include <ragft/base/suggest.hpp>

#include "adr/context.hpp"
#include "adr/words.hpp"
#include "spec/node.hpp"
#include "base/yaml_reader.hpp"

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
  const auto entries = in.entries(item, {"rule", "reason"}, "a `ragft-ignore` entry");
  AdrIgnore ignore;
  ignore.where = in.location(item);
  ignore.rule = in.string(in.require(entries, item, "rule", "a `ragft-ignore` entry"), "`rule` (a ragft check rule id)");
  const YAML::Node* reason = in.find(entries, "reason");
  if (reason == nullptr || yaml::Reader::is_unknown(*reason)) {
    in.fail(item, fmt::format("`ragft-ignore` of `{}` needs a `reason`: say why the finding does not apply", ignore.rule));
  }
  ignore.reason = in.string(*reason, "`reason`");
  if (!is_adr_finding_rule(ignore.rule)) {
    in.fail(item, fmt::format("`{}` is not a ragft check rule{}; expected one of: {}", ignore.rule,
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

void add_error(Context& ctx, Diagnostic d, int first_line, int shift) {
  shift_column(d.where, first_line, shift);
  ctx.record.errors.push_back(std::move(d));
}

// Parses YAML that starts at line `first_line` of the file; errors are recorded. Null on error.
std::optional<YAML::Node> load_at(Context& ctx, std::string_view yaml_text, int first_line, int shift) {
  const yaml::Reader in(ctx.record.file);
  try {
    std::string padded(static_cast<std::size_t>(std::max(first_line - 1, 0)), '\n');
    padded += yaml_text;
    const std::vector<YAML::Node> docs = in.load_all(padded, ctx.limits);
    return docs.empty() ? YAML::Node() : docs.front();
  } catch (const InputError& e) {
    add_error(ctx, e.diagnostic(), first_line, shift);
    return std::nullopt;
  }
}

bool already_has_facts(Context& ctx, const Location& where) {
  if (!ctx.record.facts_where) {
    return false;
  }
  ctx.record.errors.push_back(Diagnostic{where, fmt::format("a second ragft block (the first is at line {}); an ADR "
                                                           "carries one: merge them", ctx.record.facts_where->line)});
  return true;
}

void read_front_matter_keys(Context& ctx, const YAML::Node& root) {
  if (!root.IsMap()) {
    return;
  }
  const yaml::Reader in(ctx.record.file);
  for (auto it = root.begin(); it != root.end(); ++it) {
    const std::string key = it->first.IsScalar() ? adr_words::lower(it->first.Scalar()) : "";
    const YAML::Node value = it->second; // a copy: `it->` is a proxy that lives for one expression
    if (!value.IsScalar()) {
      continue;
    }
    if (key == "title") {
      ctx.record.title = AdrText{value.Scalar(), in.location(value)};
    } else if (key == "status") {
      ctx.record.status_mentions.push_back(AdrText{value.Scalar(), in.location(value)});
    } else if (key == "superseded-by" || key == "superseded_by" || key == "supersedes") {
      ctx.record.links.push_back(AdrLink{value.Scalar(), key != "supersedes", in.location(value)});
    }
  }
}

} // namespace

void read_facts_node(Context& ctx, const YAML::Node& node, const Location& where, int shift) {
  ctx.record.facts_where = where;
  const yaml::Reader in(ctx.record.file);
  if (!node.IsDefined() || node.IsNull()) {
    ctx.record.errors.push_back(Diagnostic{where, "the ragft block is empty; expected `facts:` with the project's facts"});
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

void read_front_matter(Context& ctx) {
  const md::FrontMatter& front = ctx.document.front_matter;
  if (front.first_line == 0) {
    return;
  }
  const bool mentions_ragft = front.yaml.find("ragft") != std::string::npos;
  const std::size_t errors_before = ctx.record.errors.size();
  const auto root = load_at(ctx, front.yaml, front.first_line, 0);
  if (!root || !root->IsMap()) {
    if (!mentions_ragft) { // a broken front matter without facts is not ragft's business
      ctx.record.errors.resize(errors_before);
    } else if (root) {
      ctx.record.errors.push_back(Diagnostic{Location{ctx.record.file, front.first_line, 1},
                                             "the front matter must be a mapping of `key: value` lines"});
    }
    return;
  }
  read_front_matter_keys(ctx, *root);
  if (const YAML::Node node = (*root)["ragft"]) {
    const yaml::Reader in(ctx.record.file);
    Location where = in.location(node);
    for (auto it = root->begin(); it != root->end(); ++it) {
      if (it->first.IsScalar() && it->first.Scalar() == "ragft") {
        where = in.location(it->first);
      }
    }
    read_facts_node(ctx, node, where, 0);
  }
}

namespace {

// A ragft block found in the Markdown: its YAML and where the YAML starts in its block's text.
struct FencedYaml {
  std::string yaml;
  std::size_t pos = 0;
};

// The fence that opens `line` (``` or ~~~, three or more) when its info string is `ragft`.
std::optional<std::string> ragft_fence(std::string_view line) {
  line = adr_words::trim(line);
  const std::size_t length = line.empty() ? 0 : line.find_first_not_of(line.front());
  if (length < 3 || (line.front() != '`' && line.front() != '~') || length == std::string_view::npos) {
    return std::nullopt;
  }
  const std::string_view info = adr_words::trim(line.substr(length));
  const std::string word = adr_words::lower(info.substr(0, info.find_first_of(" \t{")));
  return word == "ragft" ? std::optional<std::string>(line.substr(0, length)) : std::nullopt;
}

// A ```ragft fence written inside raw HTML (a `<details>` with no blank line after its
// `<summary>`): Markdown keeps it as HTML text, but a person reads a ragft block there, so ragft
// does too; never in an HTML comment (a block commented out).
std::optional<FencedYaml> fence_in_html(const std::string& html) {
  if (adr_words::trim(html).rfind("<!--", 0) == 0) {
    return std::nullopt;
  }
  std::optional<FencedYaml> found;
  std::string fence;
  for (std::size_t start = 0; start < html.size();) {
    const std::size_t end = std::min(html.find('\n', start), html.size());
    const std::string_view line(html.data() + start, end - start);
    if (!found) {
      if (auto open = ragft_fence(line)) {
        fence = *open;
        found = FencedYaml{"", end + 1};
      }
    } else if (adr_words::trim(line).rfind(fence, 0) == 0) {
      return found;
    } else {
      found->yaml.append(line).push_back('\n');
    }
    start = end + 1;
  }
  return found;
}

std::optional<FencedYaml> fenced_yaml(const md::Block& b) {
  if (b.kind == md::BlockKind::html) {
    return fence_in_html(b.text);
  }
  const std::string info = adr_words::lower(b.info.substr(0, b.info.find_first_of(" \t{")));
  return b.kind == md::BlockKind::code && info == "ragft" ? std::optional<FencedYaml>(FencedYaml{b.text, 0}) : std::nullopt;
}

} // namespace

void read_fenced_facts(Context& ctx) {
  for (const md::Block& b : ctx.document.blocks) {
    const std::optional<FencedYaml> fenced = fenced_yaml(b);
    if (!fenced) {
      continue;
    }
    const std::size_t first = b.source_of(fenced->pos < b.text.size() ? fenced->pos : 0);
    const Location where = first == std::string::npos ? Location{ctx.record.file, 0, 0} : ctx.at_offset(first);
    if (already_has_facts(ctx, where)) {
      continue;
    }
    const int shift = b.kind == md::BlockKind::html ? 0 : std::max(where.column - 1, 0);
    if (const auto node = load_at(ctx, fenced->yaml, std::max(where.line, 1), shift)) {
      read_facts_node(ctx, *node, where, shift);
    } else {
      ctx.record.facts_where = where;
    }
  }
}

} // namespace ragft::adr_detail
