// Facts that a team wrote for ragft where ragft does not read them: a fenced block tagged `yaml`
// (or not tagged) holding `facts:`, or `facts:` at the top of the front matter with no `ragft:`
// key. The contract reads only a ```ragft block and a `ragft:` key, so such an ADR has no facts;
// but its team expects it checked, so the check says where the facts are and what to change.

#include <fmt/format.h>

#include "adr/context.hpp"
#include "adr/words.hpp"
#include "base/yaml_reader.hpp"

namespace ragft::adr_detail {

namespace {

// A mapping with a `facts:` mapping that sets at least one fact of the rule base.
bool holds_facts(const YAML::Node& node, const RuleBase& rules) {
  if (!node.IsDefined() || !node.IsMap() || !node["facts"] || !node["facts"].IsMap()) {
    return false;
  }
  for (auto it = node["facts"].begin(); it != node["facts"].end(); ++it) {
    if (it->first.IsScalar() && rules.fact_index(it->first.Scalar())) {
      return true;
    }
  }
  return false;
}

// The YAML of a code block, or null when it is none (errors are not this check's business).
YAML::Node quiet_yaml(const Context& ctx, const std::string& text) {
  try {
    const std::vector<YAML::Node> docs = yaml::Reader(ctx.record.file).load_all(text, ctx.limits);
    return docs.empty() ? YAML::Node() : docs.front();
  } catch (const InputError&) {
    return YAML::Node();
  }
}

std::optional<AdrText> in_code_block(const Context& ctx, const md::Block& b) {
  const std::string tag = adr_words::lower(adr_words::trim(b.info.substr(0, b.info.find_first_of(" \t{"))));
  if (b.kind != md::BlockKind::code || (tag != "yaml" && tag != "yml" && !tag.empty())) {
    return std::nullopt;
  }
  const YAML::Node root = quiet_yaml(ctx, b.text);
  const bool wrapped = root.IsMap() && holds_facts(root["ragft"], ctx.rules);
  if (!wrapped && !holds_facts(root, ctx.rules)) {
    return std::nullopt;
  }
  const std::string fence = tag.empty() ? "an untagged code block" : fmt::format("a ```{} block", b.info);
  return AdrText{fmt::format("ragft facts are in {}, where they are not read (only a ```ragft block is), so the ADR "
                             "is checked as one without facts; write ```ragft on the block's opening fence{}",
                             fence, wrapped ? " and take out the `ragft:` line, unindenting the lines under it" : ""),
                 b.fence != std::string::npos ? ctx.at_offset(b.fence) : ctx.at(b, 0)};
}

std::optional<AdrText> in_front_matter(const Context& ctx) {
  const md::FrontMatter& front = ctx.document.front_matter;
  if (front.first_line == 0) {
    return std::nullopt;
  }
  const std::string padded = std::string(static_cast<std::size_t>(front.first_line - 1), '\n') + front.yaml;
  const YAML::Node root = quiet_yaml(ctx, padded);
  if (!holds_facts(root, ctx.rules) || root["ragft"]) {
    return std::nullopt;
  }
  Location where{ctx.record.file, front.first_line, 1};
  for (auto it = root.begin(); it != root.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == "facts") {
      where = yaml::Reader(ctx.record.file).location(it->first);
    }
  }
  return AdrText{"ragft facts are at the top of the front matter, where they are not read (only those under a "
                 "`ragft:` key are), so the ADR is checked as one without facts; add a `ragft:` line above `facts:` "
                 "and indent `facts:` (and `decision:`) and the lines under them by two spaces",
                 where};
}

} // namespace

void find_misplaced_facts(Context& ctx) {
  if (ctx.record.facts_where) {
    ctx.record.facts_elsewhere.reset();
    return;
  }
  if (!ctx.record.facts_elsewhere) { // facts in a TOML front matter are said already
    ctx.record.facts_elsewhere = in_front_matter(ctx);
  }
  for (const md::Block& b : ctx.document.blocks) {
    if (!ctx.record.facts_elsewhere) {
      ctx.record.facts_elsewhere = in_code_block(ctx, b);
    }
  }
}

} // namespace ragft::adr_detail
