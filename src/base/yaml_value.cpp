#include "base/yaml_value.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "base/yaml_block.hpp"
#include "base/yaml_documents.hpp"

namespace ragft::yaml {

namespace {

const Value& null_value() {
  static const Value value{YAML::NodeType::Null, YAML::Mark::null_mark(), {}, {}, {}, {}};
  return value;
}

// Builds the values of each document from the parser's events. Values live in a deque, so a
// collection is attached to its parent when it starts (a mapping's key included) and filled as
// its events arrive.
class ValueBuilder : public DocumentBuilder {
public:
  void keep_document() override { m_out.roots.push_back(m_root ? *m_root : ValueRef()); }
  ValueDocuments take() { return std::move(m_out); }

  void begin_document() override {
    m_root.reset();
    m_stack.clear();
    m_anchors.clear();
  }

  void on_null(const YAML::Mark& mark, YAML::anchor_t anchor) override { add(YAML::NodeType::Null, mark, {}, anchor); }
  void on_alias(YAML::anchor_t anchor) override { attach(ValueRef(*m_anchors.at(anchor))); }
  void on_scalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                 const std::string& value) override {
    add(YAML::NodeType::Scalar, mark, tag, anchor).scalar = value;
  }
  void on_collection_start(YAML::NodeType::value type, const YAML::Mark& mark, const std::string& tag,
                           YAML::anchor_t anchor, YAML::EmitterStyle::value /*style*/) override {
    m_stack.push_back(Frame{&add(type, mark, tag, anchor), std::nullopt});
  }
  void on_collection_end() override { close(); }

private:
  struct Frame {
    Value* value;
    std::optional<ValueRef> key; // a mapping's key waiting for its value
  };

  void close() {
    if (!m_stack.empty()) {
      m_stack.pop_back();
    }
  }

  Value& add(YAML::NodeType::value type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
    Value& value = m_out.values.emplace_back();
    value.type = type;
    value.mark = mark;
    value.tag = tag;
    if (anchor != YAML::NullAnchor) {
      m_anchors.resize(std::max<std::size_t>(m_anchors.size(), anchor + 1), nullptr);
      m_anchors[anchor] = &value;
    }
    attach(ValueRef(value));
    return value;
  }

  void attach(ValueRef value) {
    if (m_stack.empty()) {
      m_root = value;
      return;
    }
    Frame& parent = m_stack.back();
    if (parent.value->type == YAML::NodeType::Sequence) {
      parent.value->items.push_back(value);
    } else if (!parent.key) {
      parent.key = value;
    } else {
      parent.value->pairs.emplace_back(*parent.key, value);
      parent.key.reset();
    }
  }

  ValueDocuments m_out;
  std::optional<ValueRef> m_root;
  std::vector<Frame> m_stack;
  std::vector<const Value*> m_anchors;
};

} // namespace

ValueRef::ValueRef() : m_value(&null_value()) {}

bool ValueRef::IsNull() const { return m_value->type == YAML::NodeType::Null; }
bool ValueRef::IsScalar() const { return m_value->type == YAML::NodeType::Scalar; }
bool ValueRef::IsSequence() const { return m_value->type == YAML::NodeType::Sequence; }
bool ValueRef::IsMap() const { return m_value->type == YAML::NodeType::Map; }
const std::string& ValueRef::Scalar() const { return m_value->scalar; }
const std::string& ValueRef::Tag() const { return m_value->tag; }
YAML::Mark ValueRef::Mark() const { return m_value->mark; }
std::vector<ValueRef>::const_iterator ValueRef::begin() const { return m_value->items.begin(); }
std::vector<ValueRef>::const_iterator ValueRef::end() const { return m_value->items.end(); }
const std::vector<std::pair<ValueRef, ValueRef>>& ValueRef::pairs() const { return m_value->pairs; }

ValueDocuments parse_value_documents(std::string_view text, std::string_view origin, int max_documents) {
  if (max_documents >= 1) {
    if (std::optional<ValueDocuments> block = parse_block_subset(text)) {
      return std::move(*block);
    }
  }
  return parse_value_documents_by_events(text, origin, max_documents);
}

ValueDocuments parse_value_documents_by_events(std::string_view text, std::string_view origin, int max_documents) {
  ValueBuilder builder;
  read_documents(text, origin, max_documents, builder);
  return builder.take();
}

namespace {

ValueRef copy_node(const YAML::Node& node, ValueDocuments& out) {
  Value& value = out.values.emplace_back();
  value.type = node.IsDefined() ? node.Type() : YAML::NodeType::Null;
  value.mark = node.Mark();
  value.tag = node.Tag();
  if (node.IsScalar()) {
    value.scalar = node.Scalar();
  } else if (node.IsSequence()) {
    value.items.reserve(node.size());
    for (const YAML::Node& item : node) {
      value.items.push_back(copy_node(item, out));
    }
  } else if (node.IsMap()) {
    value.pairs.reserve(node.size());
    for (const auto& pair : node) {
      value.pairs.emplace_back(copy_node(pair.first, out), copy_node(pair.second, out));
    }
  }
  return ValueRef(value);
}

} // namespace

ValueDocuments values_of(const YAML::Node& root) {
  ValueDocuments out;
  out.roots.push_back(copy_node(root, out));
  return out;
}

namespace {

std::string_view type_name(ValueRef value) {
  if (value.IsScalar()) {
    return "scalar";
  }
  if (value.IsSequence()) {
    return "list";
  }
  return value.IsMap() ? "map" : "null";
}

void describe_value(ValueRef value, int depth, std::string& out) {
  const YAML::Mark mark = value.Mark();
  out += fmt::format("{:{}}{} [{}] {}:{}:{} <{}>\n", "", depth * 2, type_name(value), value.Tag(), mark.pos, mark.line,
                     mark.column, value.Scalar());
  for (ValueRef item : value) {
    describe_value(item, depth + 1, out);
  }
  for (const auto& [key, item] : value.pairs()) {
    describe_value(key, depth + 1, out);
    describe_value(item, depth + 2, out);
  }
}

} // namespace

std::string describe(const ValueDocuments& documents) {
  std::string out;
  for (ValueRef root : documents.roots) {
    out += "document\n";
    describe_value(root, 1, out);
  }
  return out;
}

} // namespace ragft::yaml
