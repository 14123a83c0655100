#include "base/yaml_reader.hpp"

#include "base/yaml_documents.hpp"

#include <algorithm>
#include <charconv>
#include <limits>
#include <set>

#include <fmt/format.h>

#include <ragft/base/suggest.hpp>

namespace ragft::yaml {

namespace {

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// yaml-cpp's own messages start lowercase and lack a fix; keep them, add what to check.
std::string syntax_message(const YAML::ParserException& e) {
  return fmt::format("invalid YAML: {} (check indentation, quotes and brackets near here)", e.msg);
}

} // namespace

Location Reader::location(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) {
    return Location{m_origin, 0, 0};
  }
  return Location{m_origin, mark.line + 1, mark.column + 1};
}

void Reader::fail(const YAML::Node& node, const std::string& message) const {
  throw InputError(Diagnostic{location(node), message});
}

std::vector<YAML::Node> Reader::load_all(std::string_view text, const InputLimits& limits) const {
  if (auto error = check_input(text, m_origin, limits)) {
    throw InputError(*error);
  }
  text = strip_bom(text);
  try {
    return parse_documents(text, m_origin, limits.max_documents);
  } catch (const YAML::ParserException& e) {
    throw InputError(Diagnostic{Location{m_origin, e.mark.line + 1, e.mark.column + 1}, syntax_message(e)});
  } catch (const YAML::Exception& e) {
    throw InputError(Diagnostic{Location{m_origin, 0, 0}, fmt::format("invalid YAML: {}", e.msg)});
  }
}

namespace {

// Whether `key` is among the keys of `entries`: a search one by one for the few keys of a spec's
// mappings, a set (`many`, kept up to date from the 32nd key on) for a large hostile one.
bool seen_before(const std::vector<Entry>& entries, std::set<std::string>& many, const std::string& key) {
  constexpr std::size_t k_linear = 32;
  if (entries.size() < k_linear) {
    return std::any_of(entries.begin(), entries.end(), [&](const Entry& e) { return e.key == key; });
  }
  if (many.empty()) {
    for (const Entry& e : entries) {
      many.insert(e.key);
    }
  }
  return !many.insert(key).second;
}

} // namespace

std::vector<Entry> Reader::entries(const YAML::Node& node, std::string_view what) const {
  if (!node.IsMap()) {
    fail(node, fmt::format("{} must be a mapping of `key: value` lines, got {}", what, describe(node)));
  }
  std::vector<Entry> out;
  std::set<std::string> many; // the keys, once there are too many to search one by one
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!it->first.IsScalar()) {
      fail(it->first, fmt::format("a key in {} must be a plain name, got {}", what, describe(it->first)));
    }
    const std::string& key = it->first.Scalar();
    if (seen_before(out, many, key)) {
      fail(it->first, fmt::format("duplicate key `{}` in {}; keep one of them", key, what));
    }
    out.push_back(Entry{key, it->first, it->second});
  }
  return out;
}

std::vector<Entry> Reader::entries(const YAML::Node& node, const std::vector<std::string>& allowed,
                                   std::string_view what) const {
  std::vector<Entry> out = entries(node, what);
  for (const Entry& entry : out) {
    if (std::find(allowed.begin(), allowed.end(), entry.key) == allowed.end()) {
      fail(entry.key_node, fmt::format("unknown key `{}` in {}{}; expected one of: {}", entry.key, what,
                                       did_you_mean(entry.key, allowed), fmt::join(allowed, ", ")));
    }
  }
  return out;
}

const YAML::Node* Reader::find(const std::vector<Entry>& entries, std::string_view key) const {
  for (const Entry& entry : entries) {
    if (entry.key == key) {
      return &entry.value;
    }
  }
  return nullptr;
}

const YAML::Node& Reader::require(const std::vector<Entry>& entries, const YAML::Node& map, std::string_view key,
                                  std::string_view what) const {
  const YAML::Node* node = find(entries, key);
  if (node == nullptr) {
    fail(map, fmt::format("{} is missing the required key `{}`", what, key));
  }
  return *node;
}

std::string Reader::string(const YAML::Node& node, std::string_view what) const {
  if (!node.IsScalar()) {
    fail(node, fmt::format("{} must be a text value, got {}", what, describe(node)));
  }
  return node.Scalar();
}

std::int64_t Reader::integer(const YAML::Node& node, std::string_view what) const {
  if (node.IsScalar() && !is_quoted(node)) {
    if (auto n = parse_integer(node.Scalar())) {
      return *n;
    }
    const std::string& text = node.Scalar();
    if (!text.empty() && text.find_first_not_of("+-0123456789") == std::string::npos) {
      fail(node, fmt::format("{} is too large: {} is more than {}", what, describe(node),
                             std::numeric_limits<std::int64_t>::max()));
    }
  }
  fail(node, fmt::format("{} must be a whole number, got {}", what, describe(node)));
}

double Reader::number(const YAML::Node& node, std::string_view what) const {
  if (node.IsScalar() && !is_quoted(node)) {
    const std::string& text = node.Scalar();
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec == std::errc() && ptr == end) {
      return value;
    }
  }
  fail(node, fmt::format("{} must be a number, got {}", what, describe(node)));
}

bool Reader::boolean(const YAML::Node& node, std::string_view what) const {
  if (node.IsScalar() && !is_quoted(node)) {
    const std::string word = lowercase(node.Scalar());
    if (word == "true" || word == "yes") {
      return true;
    }
    if (word == "false" || word == "no") {
      return false;
    }
  }
  fail(node, fmt::format("{} must be true or false, got {}", what, describe(node)));
}

const YAML::Node& Reader::sequence(const YAML::Node& node, std::string_view what) const {
  if (!node.IsSequence()) {
    fail(node, fmt::format("{} must be a list, got {}", what, describe(node)));
  }
  return node;
}

std::vector<std::string> Reader::string_list(const YAML::Node& node, std::string_view what) const {
  std::vector<std::string> out;
  for (const YAML::Node& item : sequence(node, what)) {
    out.push_back(string(item, fmt::format("each item of {}", what)));
  }
  return out;
}

bool Reader::is_unknown(const YAML::Node& node) {
  if (node.IsNull()) {
    return true;
  }
  return node.IsScalar() && lowercase(node.Scalar()) == "unknown";
}

bool Reader::is_quoted(const YAML::Node& node) { return node.IsScalar() && node.Tag() == "!"; }

std::string Reader::describe(const YAML::Node& node) {
  if (node.IsMap()) {
    return "a mapping";
  }
  if (node.IsSequence()) {
    return "a list";
  }
  if (node.IsNull()) {
    return "nothing";
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
