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
  if (m_top == Kind::object && !m_more_keys && m_list_ok && !is_chat_key(m_first_key)) {
    return m_list; // {"data": [...]}
  }
  return {outcome_of(m_top == Kind::object ? m_whole.result() : ExampleRead(), m_top_line, m_top_column)};
}

std::string DocumentEvents::first_shapeless() const {
  const bool list =
      m_top == Kind::array || (m_top == Kind::object && !m_more_keys && m_list_ok && !is_chat_key(m_first_key));
  if (list) {
    return m_list_first_shapeless;
  }
  if (m_top == Kind::object) {
    return m_whole.result().has_shape ? std::string() : m_whole.describe();
  }
  return describe_record(false, nullptr, 0, 0);
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
  m_list_first_shapeless.clear();
  m_list_ok = kind == Kind::array;
  m_in_list = m_list_ok;
}

// Before a value's events go on: the top value, the first key's value, or an example of the list.
void DocumentEvents::begin_value(Kind kind) {
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
}

void DocumentEvents::on_value(const Json& v, const std::string* text) {
  begin_value(Kind::scalar);
  forward([&](ValueEvents& e) { e.on_value(v, text); });
  m_lines.mark();
  if (m_in_element && m_depth == m_element_depth) {
    finish_element();
  }
}

void DocumentEvents::on_open(bool object) {
  begin_value(object ? Kind::object : Kind::array);
  forward([&](ValueEvents& e) { e.on_open(object); });
  m_lines.mark();
  ++m_depth;
}

void DocumentEvents::on_close() {
  forward([](ValueEvents& e) { e.on_close(); });
  m_lines.mark();
  --m_depth;
  if (m_in_element && m_depth == m_element_depth) {
    finish_element();
  }
  if (m_depth == 1) {
    m_in_list = false;
  }
}

void DocumentEvents::finish_element() {
  m_in_element = false;
  m_list.push_back(outcome_of(m_element.result(), m_element_line, m_element_column));
  if (!m_list.back().has_shape && m_list_first_shapeless.empty()) {
    m_list_first_shapeless = m_element.describe(); // once: a large list of other data builds one
  }
}

void DocumentEvents::on_key(const std::string& name) {
  if (m_depth == 1 && m_top == Kind::object) {
    if (!m_seen_key) {
      m_seen_key = true;
      m_first_key = name;
    }
    m_at_first_key = name == m_first_key;
    m_more_keys = m_more_keys || !m_at_first_key;
  }
  forward([&](ValueEvents& e) { e.on_key(name); });
  m_lines.mark();
}

bool read_example_document(std::string_view text, DocumentEvents& events, LineTracker& lines) {
  lines = LineTracker();
  const CountingIterator first(text.data(), &lines);
  const CountingIterator last(text.data() + text.size(), &lines);
  return Json::sax_parse(first, last, &events);
}

} // namespace ragft::measure_detail
