#include "measure/example_document.hpp"

#include <cstddef>
#include <iterator>

namespace ragft::measure_detail {

namespace {

// Reads text a character at a time for the parser, counting the lines it has passed.
class CountingIterator {
public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* at, LineTracker* lines) : m_at(at), m_lines(lines) {}
  reference operator*() const { return *m_at; }
  CountingIterator& operator++() {
    const char c = *m_at++;
    if (c == '\n') {
      ++m_lines->newlines;
      m_lines->column = 0;
    } else if (++m_lines->column; c != ' ' && c != '\t' && c != '\r') {
      note(c);
    }
    return *this;
  }
  bool operator==(const CountingIterator& other) const { return m_at == other.m_at; }
  bool operator!=(const CountingIterator& other) const { return m_at != other.m_at; }

private:
  void note(char c) {
    LineTracker& t = *m_lines;
    t.last = t.newlines + 1;
    t.last_column = t.column;
    if (!t.started && c != ',' && c != ':') {
      t.started = true;
      t.start_line = t.last;
      t.start_column = t.column;
    }
  }

  const char* m_at;
  LineTracker* m_lines;
};

} // namespace

ExampleOutcome outcome_of(const ExampleRead& read, int line, int column) {
  ExampleOutcome o{line, column, read.has_shape, read.shape, read.chat_hash, read.chat_has_output};
  if (read.has_shape && read.shape != ExampleShape::chat) {
    o.hash = fields_hash(read.shape, read.fields);
    o.has_output = read.fields.back().find_first_not_of(" \t\r\n") != std::string::npos;
  }
  return o;
}

DocumentEvents::DocumentEvents(LineTracker& lines) : m_lines(lines) {}

std::vector<ExampleOutcome> DocumentEvents::outcomes() const {
  if (m_top == Kind::array) {
    return m_list;
  }
  if (m_top == Kind::object && !m_more_keys && m_list_ok && m_first_key != "messages") {
    return m_list; // {"data": [...]}
  }
  return {outcome_of(m_top == Kind::object ? m_whole.result() : ExampleRead(), m_top_line, m_top_column)};
}

template <typename Event> void DocumentEvents::forward(const Event& event) {
  if (m_top == Kind::object) {
    event(m_whole);
  }
  if (m_in_element) {
    event(m_element);
  }
}

// The value of the top object's first key: a list of examples when it is an array (a repeated
// key: its last value).
void DocumentEvents::note_list_value(Kind kind) {
  m_list.clear();
  m_list_ok = kind == Kind::array;
  m_in_list = m_list_ok;
}

template <typename Event> bool DocumentEvents::value(Kind kind, const Event& event) {
  if (m_depth == 0) {
    m_top = kind;
    m_top_line = m_lines.start_line;
    m_top_column = m_lines.start_column;
  } else if (m_depth == 1 && m_top == Kind::object && m_at_first_key) {
    note_list_value(kind);
  } else if ((m_depth == 1 && m_top == Kind::array) || (m_depth == 2 && m_in_list)) {
    m_element.reset();
    m_in_element = true;
    m_element_depth = m_depth;
    m_element_line = m_lines.start_line;
    m_element_column = m_lines.start_column;
  }
  forward(event);
  m_lines.mark();
  if (kind != Kind::scalar) {
    ++m_depth;
  } else if (m_in_element && m_depth == m_element_depth) {
    finish_element();
  }
  return true;
}

template <typename Event> bool DocumentEvents::close(const Event& event) {
  forward(event);
  m_lines.mark();
  --m_depth;
  if (m_in_element && m_depth == m_element_depth) {
    finish_element();
  }
  if (m_depth == 1) {
    m_in_list = false;
  }
  return true;
}

void DocumentEvents::finish_element() {
  m_in_element = false;
  m_list.push_back(outcome_of(m_element.result(), m_element_line, m_element_column));
}

bool DocumentEvents::key(string_t& val) {
  if (m_depth == 1 && m_top == Kind::object) {
    if (!m_seen_key) {
      m_seen_key = true;
      m_first_key = val;
    }
    m_at_first_key = val == m_first_key;
    m_more_keys = m_more_keys || !m_at_first_key;
  }
  forward([&](Sax& s) { return s.key(val); });
  m_lines.mark();
  return true;
}

bool DocumentEvents::null() {
  return value(Kind::scalar, [](Sax& s) { return s.null(); });
}
bool DocumentEvents::boolean(bool val) {
  return value(Kind::scalar, [val](Sax& s) { return s.boolean(val); });
}
bool DocumentEvents::number_integer(number_integer_t val) {
  return value(Kind::scalar, [val](Sax& s) { return s.number_integer(val); });
}
bool DocumentEvents::number_unsigned(number_unsigned_t val) {
  return value(Kind::scalar, [val](Sax& s) { return s.number_unsigned(val); });
}
bool DocumentEvents::number_float(number_float_t val, const string_t& raw) {
  return value(Kind::scalar, [val, &raw](Sax& s) { return s.number_float(val, raw); });
}
bool DocumentEvents::string(string_t& val) {
  return value(Kind::scalar, [&val](Sax& s) { return s.string(val); });
}
bool DocumentEvents::binary(binary_t&) { return true; }
bool DocumentEvents::start_object(std::size_t elements) {
  return value(Kind::object, [elements](Sax& s) { return s.start_object(elements); });
}
bool DocumentEvents::end_object() {
  return close([](Sax& s) { return s.end_object(); });
}
bool DocumentEvents::start_array(std::size_t elements) {
  return value(Kind::array, [elements](Sax& s) { return s.start_array(elements); });
}
bool DocumentEvents::end_array() {
  return close([](Sax& s) { return s.end_array(); });
}
bool DocumentEvents::parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

bool read_example_document(std::string_view text, DocumentEvents& events, LineTracker& lines) {
  lines = LineTracker();
  const CountingIterator first(text.data(), &lines);
  const CountingIterator last(text.data() + text.size(), &lines);
  return Json::sax_parse(first, last, &events);
}

} // namespace ragft::measure_detail
