#pragma once
// A read-only YAML tree of ragft's own, built straight from yaml-cpp's parser events: scalars,
// mappings and lists with their positions, and nothing else. It is what the spec parser reads (the
// batch's hot path): building it costs a fraction of a `YAML::Node` tree (no shared node memory, no
// reference counts). `ValueRef` answers the few questions `yaml::BasicReader` asks of a node under
// the same names as `YAML::Node` (`IsMap`, `Scalar`, `Mark`, ...), so that one reader template
// reads both trees. Internal to the library.

#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace ragft::yaml {

struct Value;

// A handle to a value of a `ValueDocuments` (which must outlive it); a default one is null.
class ValueRef {
public:
  ValueRef();
  explicit ValueRef(const Value& value) : m_value(&value) {}

  bool IsNull() const;
  bool IsScalar() const;
  bool IsSequence() const;
  bool IsMap() const;
  const std::string& Scalar() const;
  const std::string& Tag() const;
  YAML::Mark Mark() const;

  // A list's items (empty for anything else), so `for (ValueRef item : list)` reads like a YAML::Node.
  std::vector<ValueRef>::const_iterator begin() const;
  std::vector<ValueRef>::const_iterator end() const;
  // A mapping's keys and values, in order (empty for anything else).
  const std::vector<std::pair<ValueRef, ValueRef>>& pairs() const;

private:
  const Value* m_value;
};

struct Value {
  YAML::NodeType::value type = YAML::NodeType::Null;
  YAML::Mark mark;
  std::string tag;                                  // "!" for a quoted scalar, as yaml-cpp's loader
  std::string scalar;                               // a scalar's text
  std::vector<ValueRef> items;                      // a list's items
  std::vector<std::pair<ValueRef, ValueRef>> pairs; // a mapping's keys and values
};

// The documents of one text: the values (in a deque, so handles stay valid as it grows) and each
// document's root. An alias is a second handle to the value of its anchor, not a copy.
struct ValueDocuments {
  std::deque<Value> values;
  std::vector<ValueRef> roots;
};

// As `parse_documents` (yaml_documents.hpp) into a `ValueDocuments`: the same syntax errors, the
// same stop at a document that makes no progress or one past `max_documents`. A text in the block
// subset of yaml_block.hpp (most spec files) is read without yaml-cpp's scanner, to the same values.
ValueDocuments parse_value_documents(std::string_view text, std::string_view origin, int max_documents);

// As `parse_value_documents`, always through yaml-cpp's events: what the block subset is checked against.
ValueDocuments parse_value_documents_by_events(std::string_view text, std::string_view origin, int max_documents);

// One document of the values of a yaml-cpp tree, with its positions and tags (an alias becomes a
// copy): how a rule base merged as nodes (rules/extends.hpp) is read like any other.
ValueDocuments values_of(const YAML::Node& root);

// Every value of `documents`, one line each, depth first: type, tag, position and text. Two
// readings of a text are the same when these are.
std::string describe(const ValueDocuments& documents);

} // namespace ragft::yaml
