#pragma once
// Location-aware reading of YAML nodes for the rule-base and spec parsers, of either tree: yaml-cpp's
// `YAML::Node` (`Reader`) or ragft's own `ValueRef` (`ValueReader`, yaml_value.hpp, for specs). Every failure throws
// `InputError` naming `origin:line:col`, what was expected, and a suggestion where one can be made.
// Internal to the library.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include <ragft/base/diagnostic.hpp>
#include <ragft/base/input_limits.hpp>

#include "base/yaml_value.hpp"

namespace ragft::yaml {

// A key of a mapping, its value, and the origin they came from.
template <typename Node> struct BasicEntry {
  std::string key;
  Node key_node;
  Node value;
};

// What `load_all` gives for each kind of node.
template <typename Node> struct DocumentsOf { using type = std::vector<YAML::Node>; };
template <> struct DocumentsOf<ValueRef> { using type = ValueDocuments; };

// Defined for `YAML::Node` and `ValueRef` (yaml_reader.cpp), the two trees ragft reads.
template <typename Node> class BasicReader {
public:
  using Entry = BasicEntry<Node>;

  explicit BasicReader(std::string origin) : m_origin(std::move(origin)) {}

  const std::string& origin() const { return m_origin; }
  Location location(const Node& node) const;
  [[noreturn]] void fail(const Node& node, const std::string& message) const;

  // Parses all documents of `text`, after checking it against `limits` (so no YAML reaches yaml-cpp
  // unchecked); a broken limit and syntax errors are thrown with their position. A UTF-8 BOM is skipped.
  typename DocumentsOf<Node>::type load_all(std::string_view text, const InputLimits& limits = InputLimits{}) const;

  // The entries of a mapping, in order. Fails if `node` is not a mapping, if a key repeats, or if a
  // key is not in `allowed` (with a "did you mean"). `what` names the mapping in messages.
  std::vector<Entry> entries(const Node& node, const std::vector<std::string>& allowed, std::string_view what) const;
  // As above without a key check.
  std::vector<Entry> entries(const Node& node, std::string_view what) const;
  // Fails if `entry`'s key is not in `allowed` (the key check of `entries`, one key at a time).
  void check_key(const Entry& entry, const std::vector<std::string>& allowed, std::string_view what) const;

  const Node* find(const std::vector<Entry>& entries, std::string_view key) const;
  const Node& require(const std::vector<Entry>& entries, const Node& map, std::string_view key,
                      std::string_view what) const;

  std::string string(const Node& node, std::string_view what) const;
  std::int64_t integer(const Node& node, std::string_view what) const;
  double number(const Node& node, std::string_view what) const;
  bool boolean(const Node& node, std::string_view what) const;
  std::vector<std::string> string_list(const Node& node, std::string_view what) const;
  const Node& sequence(const Node& node, std::string_view what) const;

  // True for `~`, `null`, an empty value, or the word `unknown`.
  static bool is_unknown(const Node& node);
  // True when a scalar was written in quotes (a string in YAML, whatever it looks like).
  static bool is_quoted(const Node& node);
  // A short description of what a node is, for "got ..." in messages.
  static std::string describe(const Node& node);
  // What to write instead, after "got ...": for a list or a mapping where one value goes
  // (`one_value_fix`), for a value or a list where a mapping goes (`mapping_fix`), for a value or
  // a mapping where a list goes (`list_fix`); each starts with ": ", "" when `node` has the shape.
  static std::string one_value_fix(const Node& node);
  static std::string mapping_fix(const Node& node);
  static std::string list_fix(const Node& node);

private:
  std::string m_origin;
};

template <>
std::vector<YAML::Node> BasicReader<YAML::Node>::load_all(std::string_view text, const InputLimits& limits) const;
template <> ValueDocuments BasicReader<ValueRef>::load_all(std::string_view text, const InputLimits& limits) const;
extern template class BasicReader<YAML::Node>;
extern template class BasicReader<ValueRef>;

using Entry = BasicEntry<YAML::Node>;
using Reader = BasicReader<YAML::Node>;
using ValueEntry = BasicEntry<ValueRef>;
using ValueReader = BasicReader<ValueRef>;

// Parses a whole number strictly: optional sign, digits only, no overflow.
std::optional<std::int64_t> parse_integer(std::string_view text);

} // namespace ragft::yaml
