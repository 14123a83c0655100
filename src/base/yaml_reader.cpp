#include "base/yaml_reader.hpp"
#include "base/json_syntax.hpp"
#include "base/yaml_syntax.hpp"
#include "base/yaml_value_slips.hpp"

#include "base/yaml_documents.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <limits>
#include <map>
#include <optional>

#include <fmt/format.h>

#include <ragft/base/numbers.hpp>
#include <ragft/base/suggest.hpp>
#include <ragft/base/text.hpp>

namespace ragft::yaml {

namespace {

// yaml-cpp's own messages start lowercase and lack a fix; keep them, add what to check.
std::string syntax_message(const YAML::ParserException& e) {
  return fmt::format("invalid YAML: {} (check indentation, quotes and brackets near here)", e.msg);
}

} // namespace

template <typename Node> Location BasicReader<Node>::location(const Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) {
    return Location{m_origin, 0, 0};
  }
  return Location{m_origin, mark.line + 1, mark.column + 1};
}

template <typename Node> void BasicReader<Node>::fail(const Node& node, const std::string& message) const {
  throw InputError(Diagnostic{location(node), message});
}

namespace {

// Checks `text` against `limits`, then parses it with `parse` (yaml_documents.hpp or
// yaml_value.hpp), turning yaml-cpp's errors into InputError with their position.
template <typename Parse>
auto load_checked(std::string_view text, const std::string& origin, const InputLimits& limits, Parse parse) {
  if (auto error = check_input(text, origin, limits)) {
    throw InputError(*error);
  }
  text = strip_bom(text);
  try {
    auto documents = parse(text, origin, limits.max_documents);
    if (const auto open = open_quote_hint(text, std::numeric_limits<int>::max())) {
      throw InputError(Diagnostic{Location{origin, open->line, open->column}, "invalid YAML: " + open->message});
    }
    return documents;
  } catch (const YAML::ParserException& e) {
    if (const auto hint = find_json_syntax_hint(text)) {
      throw InputError(Diagnostic{Location{origin, hint->line, hint->column}, hint->message});
    }
    if (const auto hint = find_syntax_hint(text, e.mark.line + 1)) {
      throw InputError(Diagnostic{Location{origin, hint->line, hint->column}, "invalid YAML: " + hint->message});
    }
    throw InputError(Diagnostic{Location{origin, e.mark.line + 1, e.mark.column + 1}, syntax_message(e)});
  } catch (const YAML::Exception& e) {
    throw InputError(Diagnostic{Location{origin, 0, 0}, fmt::format("invalid YAML: {}", e.msg)});
  }
}

// Calls `visit(key, value)` for each entry of a mapping, in order.
template <typename Visit> void for_each_pair(const YAML::Node& map, Visit visit) {
  for (auto it = map.begin(); it != map.end(); ++it) {
    visit(it->first, it->second);
  }
}

template <typename Visit> void for_each_pair(const ValueRef& map, Visit visit) {
  for (const auto& [key, value] : map.pairs()) {
    visit(key, value);
  }
}

} // namespace

template <>
std::vector<YAML::Node> BasicReader<YAML::Node>::load_all(std::string_view text, const InputLimits& limits) const {
  return load_checked(text, m_origin, limits, parse_documents);
}

template <> ValueDocuments BasicReader<ValueRef>::load_all(std::string_view text, const InputLimits& limits) const {
  return load_checked(text, m_origin, limits, parse_value_documents);
}

namespace {

// The position in `entries` of the entry with `key`, if any: a search one by one for the few keys
// of a spec's mappings, a map (`many`, kept up to date from the 32nd key on) for a large hostile one.
template <typename Node>
std::optional<std::size_t> first_copy(const std::vector<BasicEntry<Node>>& entries,
                                      std::map<std::string, std::size_t>& many, const std::string& key) {
  constexpr std::size_t k_linear = 32;
  if (entries.size() < k_linear) {
    const auto it =
        std::find_if(entries.begin(), entries.end(), [&](const BasicEntry<Node>& e) { return e.key == key; });
    return it == entries.end() ? std::nullopt : std::optional<std::size_t>(it - entries.begin());
  }
  for (std::size_t i = many.size(); i < entries.size(); ++i) {
    many.emplace(entries[i].key, i);
  }
  const auto found = many.find(key);
  return found == many.end() ? std::nullopt : std::optional<std::size_t>(found->second);
}

// For a mapping written as `budget:low` or `budget = low`, which YAML reads as text: how to write it.
template <typename Node> std::string unspaced_pair_fix(const Node& node) {
  if (!node.IsScalar()) {
    return "";
  }
  const std::string fix = key_value_fix(node.Scalar());
  return fix.empty() ? fix : ": " + fix;
}

// A key written twice, said at the second copy with the first's line, so that the reader finds both.
std::string duplicate_key_message(const std::string& key, std::string_view what, int first_line) {
  if (first_line <= 0) {
    return fmt::format("duplicate key `{}` in {}; keep one of them", key, what);
  }
  return fmt::format("duplicate key `{}` in {}, first written at line {}; keep one of the two", key, what, first_line);
}

} // namespace

template <typename Node>
std::vector<BasicEntry<Node>> BasicReader<Node>::entries(const Node& node, std::string_view what) const {
  if (!node.IsMap()) {
    const std::string pair_fix = unspaced_pair_fix(node);
    fail(node, fmt::format("{} must be a mapping of `key: value` lines, got {}{}", what, describe(node),
                           pair_fix.empty() ? mapping_fix(node) : pair_fix));
  }
  std::vector<BasicEntry<Node>> out;
  std::map<std::string, std::size_t> many; // the keys, once there are too many to search one by one
  for_each_pair(node, [&](const Node& key_node, const Node& value) {
    if (!key_node.IsScalar()) {
      fail(key_node, fmt::format("a key in {} must be a plain name, got {}", what, describe(key_node)));
    }
    const std::string& key = key_node.Scalar();
    if (key == "<<" && !is_quoted(key_node)) {
      fail(key_node, fmt::format("`<<` is a YAML merge key, which ragft does not apply (its YAML reader, yaml-cpp "
                                 "0.7, reads it as a key like any other): write out in {} the keys of the "
                                 "mapping it names",
                                 what));
    }
    if (const auto first = first_copy(out, many, key)) {
      fail(key_node, duplicate_key_message(key, what, location(out[*first].key_node).line));
    }
    out.push_back(BasicEntry<Node>{key, key_node, value});
  });
  return out;
}

template <typename Node>
std::vector<BasicEntry<Node>> BasicReader<Node>::entries(const Node& node, const std::vector<std::string>& allowed,
                                                         std::string_view what) const {
  std::vector<BasicEntry<Node>> out = entries(node, what);
  for (const BasicEntry<Node>& entry : out) {
    check_key(entry, allowed, what);
  }
  return out;
}

template <typename Node>
void BasicReader<Node>::check_key(const BasicEntry<Node>& entry, const std::vector<std::string>& allowed,
                                  std::string_view what) const {
  if (std::find(allowed.begin(), allowed.end(), entry.key) == allowed.end()) {
    fail(entry.key_node, fmt::format("unknown key `{}` in {}{}; expected one of: {}", entry.key, what,
                                     did_you_mean(entry.key, allowed), fmt::join(allowed, ", ")));
  }
}

template <typename Node>
const Node* BasicReader<Node>::find(const std::vector<BasicEntry<Node>>& entries, std::string_view key) const {
  for (const BasicEntry<Node>& entry : entries) {
    if (entry.key == key) {
      return &entry.value;
    }
  }
  return nullptr;
}

template <typename Node>
const Node& BasicReader<Node>::require(const std::vector<BasicEntry<Node>>& entries, const Node& map,
                                       std::string_view key, std::string_view what) const {
  const Node* node = find(entries, key);
  if (node == nullptr) {
    fail(map, fmt::format("{} is missing the required key `{}`; add a line `{}: ...` to it", what, key, key));
  }
  return *node;
}

template <typename Node> std::string BasicReader<Node>::string(const Node& node, std::string_view what) const {
  if (!node.IsScalar()) {
    fail(node, fmt::format("{} must be a text value, got {}{}", what, describe(node), one_value_fix(node)));
  }
  return node.Scalar();
}

template <typename Node> std::int64_t BasicReader<Node>::integer(const Node& node, std::string_view what) const {
  if (node.IsScalar() && !is_quoted(node)) {
    if (auto n = parse_integer(node.Scalar())) {
      return *n;
    }
    const std::string& text = node.Scalar();
    if (auto n = parse_grouped_integer(text)) {
      return *n; // 12,000: commas between groups of three, as `ragft ask` and --set accept
    }
    if (is_misgrouped_number(text)) {
      fail(node, fmt::format("{} must be a whole number, got `{}`: put commas only between groups of three "
                             "(12,000) or leave them out (12000)",
                             what, text));
    }
    const std::size_t sign = text.starts_with('-') || text.starts_with('+') ? 1 : 0;
    if (text.size() > sign && text.find_first_not_of("0123456789", sign) == std::string::npos) {
      fail(node, fmt::format("{} is too large: {} is more than {}", what, describe(node),
                             std::numeric_limits<std::int64_t>::max()));
    }
  }
  fail(node, fmt::format("{} must be a whole number, got {}{}", what, describe(node), one_value_fix(node)));
}

template <typename Node> double BasicReader<Node>::number(const Node& node, std::string_view what) const {
  if (node.IsScalar() && !is_quoted(node)) {
    const std::string& text = node.Scalar();
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec == std::errc() && ptr == end) {
      return value;
    }
  }
  fail(node, fmt::format("{} must be a number, got {}{}", what, describe(node), one_value_fix(node)));
}

template <typename Node> bool BasicReader<Node>::boolean(const Node& node, std::string_view what) const {
  if (node.IsScalar() && !is_quoted(node)) {
    const std::string word = ascii_lower(node.Scalar());
    if (word == "true" || word == "yes") {
      return true;
    }
    if (word == "false" || word == "no") {
      return false;
    }
  }
  fail(node, fmt::format("{} must be true or false, got {}{}", what, describe(node), one_value_fix(node)));
}

template <typename Node> const Node& BasicReader<Node>::sequence(const Node& node, std::string_view what) const {
  if (!node.IsSequence()) {
    fail(node, fmt::format("{} must be a list, got {}{}", what, describe(node), list_fix(node)));
  }
  return node;
}

template <typename Node>
std::vector<std::string> BasicReader<Node>::string_list(const Node& node, std::string_view what) const {
  std::vector<std::string> out;
  for (const Node& item : sequence(node, what)) {
    out.push_back(string(item, fmt::format("each item of {}", what)));
  }
  return out;
}

template <typename Node> bool BasicReader<Node>::is_unknown(const Node& node) {
  if (node.IsNull()) {
    return true;
  }
  return node.IsScalar() && ascii_lower(node.Scalar()) == "unknown";
}

template <typename Node> bool BasicReader<Node>::is_quoted(const Node& node) {
  return node.IsScalar() && node.Tag() == "!";
}

// The shape slips: a list or a mapping where one value goes, and the reverse. Each says how to
// write the value the reader expects, as `describe` says what it got.
template <typename Node> std::string BasicReader<Node>::one_value_fix(const Node& node) {
  if (node.IsSequence()) {
    const auto count = std::distance(node.begin(), node.end());
    if (count == 0) {
      return ": `[]` is an empty list; write one value, or leave the line out";
    }
    if (count == 1 && node.begin()->IsScalar()) {
      return fmt::format(": it takes one value, written alone, without `[ ]` or `- `: `{}`", node.begin()->Scalar());
    }
    return ": it takes one value: write the one that applies, without `[ ]` or `- `";
  }
  if (node.IsMap()) {
    return ": the `key:` lines indented under it are read as its value; write its value after its `:`, and line "
           "up with it any line under it that is a key of its own";
  }
  return "";
}

template <typename Node> std::string BasicReader<Node>::mapping_fix(const Node& node) {
  if (node.IsSequence()) {
    return ": write each item as a `key: value` line, without the `- ` before it";
  }
  if (node.IsScalar()) {
    return ": write its `key: value` lines under it, each on a line of its own, indented by two spaces";
  }
  return "";
}

template <typename Node> std::string BasicReader<Node>::list_fix(const Node& node) {
  if (node.IsScalar()) {
    return fmt::format(": write the items in brackets, `[{}]`, or each on a line of its own under it, after `- `",
                       node.Scalar());
  }
  if (node.IsMap()) {
    return ": write each item on a line of its own under it, starting with `- `";
  }
  return "";
}

template <typename Node> std::string BasicReader<Node>::describe(const Node& node) {
  if (node.IsMap()) {
    return "a mapping";
  }
  if (node.IsSequence()) {
    return "a list";
  }
  if (node.IsNull()) {
    return "nothing";
  }
  if (node.IsScalar() && node.Tag().size() > 1 && node.Tag().front() == '!') {
    const std::string written = node.Scalar().empty() ? node.Tag() : node.Tag() + " " + node.Scalar();
    return fmt::format("`{}`, whose `{}` YAML reads as a type tag, not as part of the value (write the value "
                       "without the `!`)",
                       written, node.Tag());
  }
  if (node.IsScalar()) {
    std::string text = node.Scalar();
    if (text.size() > 40) {
      text = text.substr(0, 37) + "...";
    }
    return is_quoted(node) ? fmt::format("the text \"{}\"", text) : fmt::format("`{}`", text);
  }
  return "an undefined value";
}

template class BasicReader<YAML::Node>;
template class BasicReader<ValueRef>;

std::optional<std::int64_t> parse_integer(std::string_view text) {
  if (!text.empty() && text.front() == '+') {
    text.remove_prefix(1);
  }
  if (text.empty()) {
    return std::nullopt;
  }
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end) {
    return std::nullopt;
  }
  return value;
}

} // namespace ragft::yaml
