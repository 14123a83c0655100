#pragma once
// The documents of a YAML text, read by ragft's own loop over yaml-cpp's parser instead of
// `YAML::LoadAll`. yaml-cpp 0.7's LoadAll never ends on some broken texts (`"\n",`, `[a],`, `!,`):
// the parser reports an empty document without consuming the token it stopped at, again and again,
// and LoadAll keeps the empty documents until memory runs out (upstream issues #1040 and #499, fixed
// after 0.8). This loop stops at a document that starts where the one before it started (it made no
// progress) and after `max_documents`, so no text can make it loop. Internal to the library.

#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace ragft::yaml {

// A tree builder the document loop drives: the parser's events (`begin_document` at each
// document's start), then, for each document the loop accepts, `keep_document`.
class DocumentBuilder : public YAML::EventHandler {
public:
  // Where the current document started.
  YAML::Mark document_start() const { return m_start; }
  virtual void keep_document() = 0;

  void OnDocumentStart(const YAML::Mark& mark) override {
    m_start = mark;
    begin_document();
  }
  void OnDocumentEnd() override {}

protected:
  // Forgets the document before: its root, open collections and anchors (numbered from 1 in each).
  virtual void begin_document() = 0;

private:
  YAML::Mark m_start;
};

// The loop below over any builder: each document of `text` read and kept, with the same stops.
void read_documents(std::string_view text, std::string_view origin, int max_documents, DocumentBuilder& builder);

// The documents of `text`, each a tree of nodes carrying their positions (`Node::Mark()`), with
// quoted scalars tagged `!` as yaml-cpp's own loader does. Syntax errors throw
// `YAML::ParserException`; a document that makes no progress or one past `max_documents` throws
// `InputError` naming `origin:line:col`.
std::vector<YAML::Node> parse_documents(std::string_view text, std::string_view origin, int max_documents);

} // namespace ragft::yaml
