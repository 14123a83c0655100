#include "base/yaml_documents.hpp"

#include <algorithm>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>

#include <ragft/base/diagnostic.hpp>

namespace ragft::yaml {
struct MarkSetter; // names the specialisation below
} // namespace ragft::yaml

namespace YAML {
// yaml-cpp 0.7 gives a node its position only through its NodeBuilder, whose header is not
// installed. `Node` befriends every `as_if<T, S>`, so this specialisation for a ragft type is where
// the tree builder below sets a node's mark, through the node's own setter.
template <> struct as_if<ragft::yaml::MarkSetter, void> {
  static void set(Node& node, const Mark& mark) {
    node.EnsureNodeExists();
    node.m_pNode->set_mark(mark);
  }
};
} // namespace YAML

namespace ragft::yaml {

namespace {

using Setter = YAML::as_if<MarkSetter, void>;

// Builds one document's tree from the parser's events. A collection is attached to its parent
// when it starts (so its children join one shared memory), except a collection used as a mapping
// key, which waits until its value arrives. `YAML::Node::operator=` writes through to the node a
// handle refers to, so handles are only ever constructed here (`std::optional::emplace`), never
// assigned: assigning would change the documents already read.
class TreeBuilder : public DocumentBuilder {
public:
  void keep_document() override { m_documents.push_back(m_root ? *m_root : YAML::Node()); }
  std::vector<YAML::Node> take_documents() { return std::move(m_documents); }

  void begin_document() override {
    m_root.reset();
    m_stack.clear();
    m_anchors.clear();
  }

  void on_null(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    add(make(YAML::Node(YAML::NodeType::Null), mark), anchor);
  }
  void on_alias(YAML::anchor_t anchor) override { attach(*m_anchors.at(anchor)); }
  void on_scalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                 const std::string& value) override {
    YAML::Node node(value);
    node.SetTag(tag);
    add(make(node, mark), anchor);
  }
  void on_collection_start(YAML::NodeType::value type, const YAML::Mark& mark, const std::string& tag,
                           YAML::anchor_t anchor, YAML::EmitterStyle::value style) override {
    open(type, mark, tag, anchor, style);
  }
  void on_collection_end() override { close(); }

private:
  struct Frame {
    YAML::Node node;
    std::optional<YAML::Node> key; // a mapping's key waiting for its value
    bool is_key = false;           // this collection is a key of the frame below
  };

  static YAML::Node make(YAML::Node node, const YAML::Mark& mark) {
    Setter::set(node, mark);
    return node;
  }

  void open(YAML::NodeType::value type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
            YAML::EmitterStyle::value style) {
    YAML::Node node = make(YAML::Node(type), mark);
    node.SetTag(tag);
    node.SetStyle(style);
    const bool is_key = waits_for_key();
    add(node, anchor);
    m_stack.push_back(Frame{node, std::nullopt, is_key});
  }

  void close() {
    if (m_stack.empty()) {
      return;
    }
    const Frame done = m_stack.back();
    m_stack.pop_back();
    if (done.is_key) {
      m_stack.back().key.emplace(done.node);
    }
  }

  bool waits_for_key() const { return !m_stack.empty() && m_stack.back().node.IsMap() && !m_stack.back().key; }

  void add(const YAML::Node& node, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) {
      m_anchors.resize(std::max<std::size_t>(m_anchors.size(), anchor + 1));
      m_anchors[anchor].emplace(node);
    }
    // A collection that is a key is attached by close(), once built.
    const bool key_collection = (node.IsMap() || node.IsSequence()) && waits_for_key();
    if (!key_collection) {
      attach(node);
    }
  }

  void attach(const YAML::Node& node) {
    if (m_stack.empty()) {
      m_root.emplace(node);
      return;
    }
    Frame& parent = m_stack.back();
    if (parent.node.IsSequence()) {
      parent.node.push_back(node);
    } else if (!parent.key) {
      parent.key.emplace(node);
    } else {
      parent.node.force_insert(*parent.key, node);
      parent.key.reset();
    }
  }

  std::optional<YAML::Node> m_root;
  std::vector<Frame> m_stack;
  std::vector<std::optional<YAML::Node>> m_anchors;
  std::vector<YAML::Node> m_documents;
};

// What stopped a document that made no progress, for the message: the character, when printable.
std::string unexpected(std::string_view text, const YAML::Mark& mark) {
  const auto pos = static_cast<std::size_t>(mark.pos);
  const char c = pos < text.size() ? text[pos] : '\0';
  if (c > ' ' && c < 0x7F && c != '`') {
    return fmt::format("`{}`", c);
  }
  return "text";
}

[[noreturn]] void fail(std::string_view origin, const YAML::Mark& mark, std::string message) {
  throw InputError(Diagnostic{Location{std::string(origin), mark.line + 1, mark.column + 1}, std::move(message)});
}

// The parser's next document into `builder`; an alias the builder refused is thrown as InputError.
bool next_document(YAML::Parser& parser, std::string_view origin, DocumentBuilder& builder) {
  try {
    return parser.HandleNextDocument(builder);
  } catch (const AliasRefused& refused) {
    fail(origin, refused.mark, "invalid YAML: " + refused.message);
  }
}

} // namespace

void DocumentBuilder::OnDocumentStart(const YAML::Mark& mark) {
  m_start = mark;
  m_open.clear();
  m_anchor_values.clear();
  m_alias_values = 0;
  begin_document();
}

void DocumentBuilder::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) {
  completed(1, anchor);
  on_null(mark, anchor);
}

void DocumentBuilder::OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) {
  const std::int64_t values = anchor < m_anchor_values.size() ? m_anchor_values[anchor] : 0;
  if (values == 0) {
    throw YAML::ParserException(mark, "an alias to an anchor that is not defined");
  }
  if (values < 0) {
    throw AliasRefused{mark, "an alias inside the very value its anchor names: a value cannot contain itself; "
                             "write the inner value out instead of the alias"};
  }
  m_alias_values += values;
  if (m_alias_values > k_max_alias_values) {
    throw AliasRefused{mark, fmt::format("the aliases of this document stand for more than {} values (each "
                                         "counts every value its anchor names, the aliases in it included); "
                                         "write the values out instead of aliasing aliases",
                                         k_max_alias_values)};
  }
  completed(values, YAML::NullAnchor);
  on_alias(anchor);
}

void DocumentBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                               const std::string& value) {
  completed(1, anchor);
  on_scalar(mark, tag, anchor, value);
}

void DocumentBuilder::OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                                      YAML::EmitterStyle::value style) {
  opened(YAML::NodeType::Sequence, mark, tag, anchor, style);
}

void DocumentBuilder::OnSequenceEnd() { closed(); }

void DocumentBuilder::OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                                 YAML::EmitterStyle::value style) {
  opened(YAML::NodeType::Map, mark, tag, anchor, style);
}

void DocumentBuilder::OnMapEnd() { closed(); }

// A collection starts: its anchor names a value not yet complete (an alias to it would be inside it).
void DocumentBuilder::opened(YAML::NodeType::value type, const YAML::Mark& mark, const std::string& tag,
                             YAML::anchor_t anchor, YAML::EmitterStyle::value style) {
  if (anchor != YAML::NullAnchor) {
    m_anchor_values.resize(std::max<std::size_t>(m_anchor_values.size(), anchor + 1), 0);
    m_anchor_values[anchor] = -1;
  }
  m_open.push_back(Open{1, anchor});
  on_collection_start(type, mark, tag, anchor, style);
}

void DocumentBuilder::closed() {
  if (!m_open.empty()) {
    const Open done = m_open.back();
    m_open.pop_back();
    completed(done.values, done.anchor);
  }
  on_collection_end();
}

// A value of `values` values (itself and what it holds) is complete: its anchor now names them,
// and the collection it is in holds them too.
void DocumentBuilder::completed(std::int64_t values, YAML::anchor_t anchor) {
  if (anchor != YAML::NullAnchor) {
    m_anchor_values.resize(std::max<std::size_t>(m_anchor_values.size(), anchor + 1), 0);
    m_anchor_values[anchor] = values;
  }
  if (!m_open.empty()) {
    m_open.back().values += values;
  }
}

void read_documents(std::string_view text, std::string_view origin, int max_documents, DocumentBuilder& builder) {
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  std::optional<int> last_start;
  int count = 0;
  while (next_document(parser, origin, builder)) {
    const YAML::Mark start = builder.document_start();
    if (last_start == start.pos) {
      fail(origin, start,
           fmt::format("invalid YAML: unexpected {} where a value or the end of the document "
                       "was expected; remove it or quote the text",
                       unexpected(text, start)));
    }
    if (count++ >= max_documents) {
      fail(origin, start, fmt::format("more than {} YAML documents in one file; split it", max_documents));
    }
    last_start = start.pos;
    builder.keep_document();
  }
}

std::vector<YAML::Node> parse_documents(std::string_view text, std::string_view origin, int max_documents) {
  TreeBuilder builder;
  read_documents(text, origin, max_documents, builder);
  return builder.take_documents();
}

} // namespace ragft::yaml
