#include "base/yaml_value_codec.hpp"

#include <charconv>
#include <stdexcept>

#include <fmt/format.h>

// The text: the number of documents, then each root value. A value is
//   KIND POS,LINE,COLUMN,TAGLENGTH:TAG TEXTLENGTH:TEXT CHILDREN;
// (without the blanks) where KIND is n, s, l or m (null, scalar, list, mapping) and CHILDREN counts
// a list's items or a mapping's pairs, whose values follow (a pair as its key, then its value).

namespace ragft::yaml {

namespace {

char kind_letter(const ValueRef& value) {
  if (value.IsScalar()) {
    return 's';
  }
  if (value.IsSequence()) {
    return 'l';
  }
  return value.IsMap() ? 'm' : 'n';
}

void encode_value(const ValueRef& value, std::string& out) {
  const YAML::Mark mark = value.Mark();
  const std::size_t children =
      value.IsSequence() ? static_cast<std::size_t>(value.end() - value.begin()) : value.pairs().size();
  fmt::format_to(std::back_inserter(out), "{}{},{},{},{}:{}{}:{}{};", kind_letter(value), mark.pos, mark.line,
                 mark.column, value.Tag().size(), value.Tag(), value.Scalar().size(), value.Scalar(), children);
  for (const ValueRef& item : value) {
    encode_value(item, out);
  }
  for (const auto& [key, item] : value.pairs()) {
    encode_value(key, out);
    encode_value(item, out);
  }
}

YAML::NodeType::value kind_of(char letter) {
  switch (letter) {
  case 'n':
    return YAML::NodeType::Null;
  case 's':
    return YAML::NodeType::Scalar;
  case 'l':
    return YAML::NodeType::Sequence;
  case 'm':
    return YAML::NodeType::Map;
  default:
    throw std::invalid_argument(fmt::format("not encoded YAML values: kind `{}`", letter));
  }
}

// Reads the text from the front, one field at a time.
class Decoder {
public:
  explicit Decoder(std::string_view text) : m_text(text) {}

  ValueDocuments documents() {
    ValueDocuments out;
    const int roots = count(';');
    for (int i = 0; i < roots; ++i) {
      out.roots.push_back(value(out));
    }
    if (m_at != m_text.size()) {
      fail("text after the last document");
    }
    return out;
  }

private:
  ValueRef value(ValueDocuments& out) {
    Value& v = out.values.emplace_back();
    v.type = kind_of(next());
    v.mark.pos = number(',');
    v.mark.line = number(',');
    v.mark.column = number(',');
    v.tag = text();
    v.scalar = text();
    const int children = count(';');
    for (int i = 0; i < children; ++i) {
      if (v.type == YAML::NodeType::Sequence) {
        v.items.push_back(value(out));
      } else {
        ValueRef key = value(out);
        v.pairs.emplace_back(key, value(out));
      }
    }
    return ValueRef(v);
  }

  char next() {
    if (m_at >= m_text.size()) {
      fail("the text ends early");
    }
    return m_text[m_at++];
  }

  int number(char end) {
    int n = 0;
    const char* first = m_text.data() + m_at;
    const auto [last, error] = std::from_chars(first, m_text.data() + m_text.size(), n);
    m_at += static_cast<std::size_t>(last - first);
    if (error != std::errc() || next() != end) {
      fail("a number was expected");
    }
    return n;
  }

  // A number that counts something (a null value's position is -1).
  int count(char end) {
    const int n = number(end);
    if (n < 0) {
      fail("a count below zero");
    }
    return n;
  }

  std::string text() {
    const auto length = static_cast<std::size_t>(count(':'));
    if (length > m_text.size() - m_at) {
      fail("a text runs past the end");
    }
    std::string out(m_text.substr(m_at, length));
    m_at += length;
    return out;
  }

  [[noreturn]] void fail(std::string_view what) const {
    throw std::invalid_argument(fmt::format("not encoded YAML values at offset {}: {}", m_at, what));
  }

  std::string_view m_text;
  std::size_t m_at = 0;
};

} // namespace

std::string encode_values(const ValueDocuments& documents) {
  std::string out = fmt::format("{};", documents.roots.size());
  for (const ValueRef& root : documents.roots) {
    encode_value(root, out);
  }
  return out;
}

ValueDocuments decode_values(std::string_view text) { return Decoder(text).documents(); }

} // namespace ragft::yaml
