#include <ragft/spec/writer.hpp>

#include <cctype>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <ragft/base/names.hpp>

namespace ragft {

namespace {

// `c` as it stands between double quotes: escaped, or itself.
std::string quoted_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (c == '"' || c == '\\') {
    return std::string{'\\', c};
  }
  if (u < 0x20 || u == 0x7f) {
    return fmt::format("\\x{:02x}", u);
  }
  return std::string(1, c);
}

// The quoted text as pieces that no line break may split: one character (all the bytes of a UTF-8
// sequence) or one escape each.
std::vector<std::string> quoted_pieces(std::string_view text) {
  std::vector<std::string> pieces;
  pieces.reserve(text.size());
  for (const char c : text) {
    const bool continuation = (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
    if (continuation && !pieces.empty()) {
      pieces.back().push_back(c);
    } else {
      pieces.push_back(quoted_char(c));
    }
  }
  return pieces;
}

} // namespace

std::string yaml_quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    out += quoted_char(c);
  }
  return out + "\"";
}

std::string yaml_quote_wrapped(std::string_view text, std::string_view indent, std::size_t width) {
  const std::vector<std::string> pieces = quoted_pieces(text);
  std::string out = "\"";
  std::size_t line = 1;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const bool breakable = i > 0 && pieces[i - 1] != " " && pieces[i] != " ";
    if (breakable && line + pieces[i].size() > width) {
      out.append("\\\n").append(indent);
      line = indent.size();
    }
    out += pieces[i];
    line += pieces[i].size();
  }
  return out + "\"";
}

std::string spec_file_name(std::string_view project) {
  constexpr std::size_t k_max_stem = 60;
  return slug(project, k_max_stem, "answers") + ".yaml";
}

namespace {

bool is_plain(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  for (const char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') {
      return false;
    }
  }
  return true;
}

std::string one_line(std::string text) {
  for (char& c : text) {
    c = c == '\n' ? ' ' : c;
  }
  return text;
}

std::string value_text(const FactDef& fact, const FactValue& value) {
  std::string text = format_value(fact, value);
  return fact.type == FactType::choice && value.known() && !is_plain(text) ? yaml_quote(text) : text;
}

} // namespace

// A description (often many lines folded into one) is written in lines of about this many
// characters, so that it reads back under the reader's line limit whatever its length.
constexpr std::size_t k_description_width = 100;

std::string write_spec(const RuleBase& rules, const Spec& spec) {
  std::string out = fmt::format("# Answers to `ragft ask` (rule base {} {}). Score them with: ragft score FILE\n",
                                rules.name, rules.version);
  out += "ragft: 1\n";
  out += fmt::format("project: {}\n", yaml_quote(spec.project));
  if (spec.description) {
    out += fmt::format("description: {}\n", yaml_quote_wrapped(*spec.description, "  ", k_description_width));
  }
  out += "facts:\n";
  return out + write_facts(rules, spec.facts, "  ") + write_measure_section(spec.measure, "");
}

std::string write_measure_section(const MeasureSection& section, std::string_view indent) {
  if (!section.present) {
    return "";
  }
  std::string out;
  const std::pair<const char*, const std::vector<std::string>*> lists[] = {
      {"knowledge", &section.knowledge}, {"examples", &section.examples}, {"manifests", &section.manifests}};
  for (const auto& [key, paths] : lists) {
    std::vector<std::string> quoted;
    quoted.reserve(paths->size());
    for (const std::string& p : *paths) {
      quoted.push_back(yaml_quote(p));
    }
    out += paths->empty() ? "" : fmt::format("{}  {}: [{}]\n", indent, key, fmt::join(quoted, ", "));
  }
  return fmt::format("{}measure:{}", indent, out.empty() ? " {}\n" : "\n" + out);
}

std::string write_facts(const RuleBase& rules, const FactSet& facts, std::string_view indent, const FactSet* base) {
  std::string out;
  for (std::size_t i = 0; i < rules.facts.size(); ++i) {
    const FactDef& fact = rules.facts[i];
    if (base == nullptr || !(facts[i] == (*base)[i])) {
      out += fmt::format("{}# {}\n{}{}: {}\n", indent, one_line(fact.question), indent, fact.id,
                         value_text(fact, facts[i]));
    }
  }
  return out;
}

} // namespace ragft
