#pragma once
// The documents of a YAML text, read by ragft's own loop over yaml-cpp's parser instead of
// `YAML::LoadAll`. yaml-cpp 0.7's LoadAll never ends on some broken texts (`"\n",`, `[a],`, `!,`):
// the parser reports an empty document without consuming the token it stopped at, again and again,
// and LoadAll keeps the empty documents until memory runs out (upstream issues #1040 and #499, fixed
// after 0.8). This loop stops at a document that starts where the one before it started (it made no
// progress) and after `max_documents`, so no text can make it loop. Internal to the library.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace ragft::yaml {

// The values that aliases may stand for in one document, counted as if each alias were a copy of
// the value its anchor names (with the aliases inside it). The 32 aliases a file may hold
// (input_limits.hpp) can still stand for 3^10 * 2 copies of one value (`b: &b [*a, *a, *a]`, ...);
// a reader that expands them (a rule's condition, built as a tree) would build them all.
inline constexpr std::int64_t k_max_alias_values = 100'000;

// What the builder below throws at an alias it refuses; `read_documents` gives it as InputError.
struct AliasRefused {
  YAML::Mark mark;
  std::string message;
};

// A tree builder the document loop drives: the parser's events (`begin_document` at each
// document's start), then, for each document the loop accepts, `keep_document`. Every event passes
// through here first, so that each builder's tree is guarded alike: an alias to an anchor not (yet)
// defined, an alias inside the very value its anchor names (`facts: &f [*f]`, a value that would
// contain itself, which no walk of the tree could finish) and aliases standing for more than
// `k_max_alias_values` values are thrown as `AliasRefused` at the alias.
class DocumentBuilder : public YAML::EventHandler {
public:
  // Where the current document started.
  YAML::Mark document_start() const { return m_start; }
  virtual void keep_document() = 0;

  void OnDocumentStart(const YAML::Mark& mark) final;
  void OnDocumentEnd() final {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) final;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) final;
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) final;
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) final;
  void OnSequenceEnd() final;
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) final;
  void OnMapEnd() final;

protected:
  // Forgets the document before: its root, open collections and anchors (numbered from 1 in each).
  virtual void begin_document() = 0;
  // The events, once checked; `on_alias` names an anchor whose value is complete.
  virtual void on_null(const YAML::Mark& mark, YAML::anchor_t anchor) = 0;
  virtual void on_alias(YAML::anchor_t anchor) = 0;
  virtual void on_scalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         const std::string& value) = 0;
  virtual void on_collection_start(YAML::NodeType::value type, const YAML::Mark& mark, const std::string& tag,
                                   YAML::anchor_t anchor, YAML::EmitterStyle::value style) = 0;
  virtual void on_collection_end() = 0;

private:
  // An open collection: the values it holds so far (itself included, aliases expanded), its anchor.
  struct Open {
    std::int64_t values;
    YAML::anchor_t anchor;
  };
  void opened(YAML::NodeType::value type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style);
  void closed();
  void completed(std::int64_t values, YAML::anchor_t anchor);

  YAML::Mark m_start;
  std::vector<Open> m_open;
  std::vector<std::int64_t> m_anchor_values; // by anchor: 0 undefined, -1 still open, else its values
  std::int64_t m_alias_values = 0;
};

// The loop below over any builder: each document of `text` read and kept, with the same stops.
void read_documents(std::string_view text, std::string_view origin, int max_documents, DocumentBuilder& builder);

// The documents of `text`, each a tree of nodes carrying their positions (`Node::Mark()`), with
// quoted scalars tagged `!` as yaml-cpp's own loader does. Syntax errors throw
// `YAML::ParserException`; a document that makes no progress or one past `max_documents` throws
// `InputError` naming `origin:line:col`.
std::vector<YAML::Node> parse_documents(std::string_view text, std::string_view origin, int max_documents);

} // namespace ragft::yaml
