#include <ragft/measure/examples.hpp>

#include <algorithm>
#include <optional>

#include <fmt/format.h>
#include <simdjson.h>

namespace ragft {

namespace {

using simdjson::dom::element;
using Field = std::optional<element>; // a missing key: none

constexpr std::string_view k_shape_names[] = {"messages", "prompt/completion", "instruction/output"};

constexpr std::string_view k_no_shape =
    "not a training example: expected an object with `messages` (chat), `prompt` and `completion`, or "
    "`instruction` and `output`";

// 64-bit FNV-1a over the parts of an example, each followed by a separator byte that JSON text
// cannot hold unescaped, so ("ab", "c") and ("a", "bc") differ.
class Hasher {
public:
  void add(std::string_view text) {
    for (const unsigned char c : text) {
      m_hash = (m_hash ^ c) * 1099511628211ULL;
    }
    m_hash = (m_hash ^ 0x1fU) * 1099511628211ULL;
  }
  std::uint64_t value() const { return m_hash; }

private:
  std::uint64_t m_hash = 14695981039346656037ULL;
};

// A field's text: a string as it is, anything else (content parts, numbers) as minified JSON.
std::string text_of(const Field& value) {
  std::string_view text;
  if (!value) {
    return {};
  }
  return value->get(text) == simdjson::SUCCESS ? std::string(text) : simdjson::minify(*value);
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool is_empty_output(const Field& value) {
  std::string_view text;
  simdjson::dom::array list;
  return !value || value->is_null() || (value->get(text) == simdjson::SUCCESS && is_blank(text)) ||
         (value->get(list) == simdjson::SUCCESS && list.size() == 0);
}

// An output's text; empty when it is missing, null, blank or an empty list.
std::string output_text(const Field& value) { return is_empty_output(value) ? std::string() : text_of(value); }

Field field(const simdjson::dom::object& object, std::string_view key) {
  element value;
  return object.at_key(key).get(value) == simdjson::SUCCESS ? Field(value) : std::nullopt;
}

bool has(const simdjson::dom::object& object, std::string_view key) {
  element value;
  return object.at_key(key).get(value) == simdjson::SUCCESS;
}

bool is_chat(const element& messages) {
  simdjson::dom::array list;
  if (messages.get(list) != simdjson::SUCCESS) {
    return false;
  }
  for (const element m : list) {
    simdjson::dom::object message;
    std::string_view role;
    if (m.get(message) != simdjson::SUCCESS || message.at_key("role").get(role) != simdjson::SUCCESS) {
      return false;
    }
  }
  return true;
}

// The output of a chat: the last message, when it is the assistant's, with content.
bool chat_has_output(const simdjson::dom::array& messages) {
  if (messages.size() == 0) {
    return false;
  }
  const simdjson::dom::object last = messages.at(messages.size() - 1).get_object().value_unsafe();
  std::string_view role;
  return last.at_key("role").get(role) == simdjson::SUCCESS && role == "assistant" &&
         !is_empty_output(field(last, "content"));
}

std::uint64_t chat_hash(const simdjson::dom::array& messages) {
  Hasher h;
  h.add("chat");
  for (const element m : messages) {
    const simdjson::dom::object message = m.get_object().value_unsafe();
    h.add(message.at_key("role").get_string().value_unsafe());
    h.add(text_of(field(message, "content")));
  }
  return h.value();
}

} // namespace

std::string_view to_string(ExampleShape shape) { return k_shape_names[static_cast<int>(shape)]; }

ExampleCounter::ExampleCounter() : m_parser(std::make_unique<simdjson::dom::parser>()) {}
ExampleCounter::~ExampleCounter() = default;

void ExampleCounter::add_json_text(std::string_view text, const Location& where) {
  if (is_blank(text)) {
    return;
  }
  element value;
  if (m_parser->parse(text.data(), text.size()).get(value) != simdjson::SUCCESS) {
    add_malformed(where, "not valid JSON: expected one training example (a JSON object) on each line");
    return;
  }
  add_element(value, where);
}

void ExampleCounter::add_json_document(std::string_view text, const Location& where) {
  element doc;
  if (m_parser->parse(text.data(), text.size()).get(doc) != simdjson::SUCCESS) {
    add_malformed(where, "not valid JSON: expected an array of training examples");
    return;
  }
  simdjson::dom::object object;
  if (doc.get(object) == simdjson::SUCCESS && object.size() == 1 && (*object.begin()).value.is_array()) {
    doc = (*object.begin()).value; // {"data": [...]}
  }
  simdjson::dom::array list;
  if (doc.get(list) != simdjson::SUCCESS) {
    add_element(doc, where);
    return;
  }
  for (const element item : list) {
    add_element(item, where);
  }
}

template <typename Element> void ExampleCounter::add_element(const Element& value, const Location& where) {
  simdjson::dom::object object;
  if (value.get(object) != simdjson::SUCCESS) {
    add_malformed(where, std::string(k_no_shape));
    return;
  }
  if (element messages; object.at_key("messages").get(messages) == simdjson::SUCCESS && is_chat(messages)) {
    const simdjson::dom::array list = messages.get_array().value_unsafe();
    add_example(ExampleShape::chat, chat_hash(list), chat_has_output(list));
    return;
  }
  if (has(object, "prompt") && has(object, "completion")) {
    add_fields(ExampleShape::prompt_completion, {text_of(field(object, "prompt")), output_text(field(object, "completion"))},
               where);
    return;
  }
  if (has(object, "instruction") && has(object, "output")) {
    add_fields(ExampleShape::instruction,
               {text_of(field(object, "instruction")), text_of(field(object, "input")), output_text(field(object, "output"))},
               where);
    return;
  }
  add_malformed(where, std::string(k_no_shape));
}

void ExampleCounter::add_fields(ExampleShape shape, const std::vector<std::string>& fields, const Location&) {
  Hasher h;
  h.add(to_string(shape));
  for (const std::string& f : fields) {
    h.add(f);
  }
  const std::string& output = fields.back();
  add_example(shape, h.value(), output.find_first_not_of(" \t\r\n") != std::string::npos);
}

void ExampleCounter::add_malformed(const Location& where, std::string message) {
  ++m_count.malformed;
  if (m_count.issues.size() < k_issues_kept) {
    m_count.issues.push_back(Diagnostic{where, std::move(message)});
  }
}

void ExampleCounter::add_example(ExampleShape shape, std::uint64_t hash, bool has_output) {
  if (!has_output) {
    ++m_count.empty_outputs;
    return;
  }
  m_hashes.push_back((hash & ~std::uint64_t{3}) | static_cast<std::uint64_t>(shape));
  ++m_with_output;
  m_sorted = false;
}

const ExampleCount& ExampleCounter::count() const {
  if (m_sorted) {
    return m_count;
  }
  std::sort(m_hashes.begin(), m_hashes.end());
  m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
  const auto distinct = static_cast<std::int64_t>(m_hashes.size());
  m_count.duplicates = m_with_output - distinct;
  std::fill(std::begin(m_count.by_shape), std::end(m_count.by_shape), 0);
  for (const std::uint64_t h : m_hashes) {
    ++m_count.by_shape[h & 3];
  }
  m_count.distinct = distinct;
  m_sorted = true;
  return m_count;
}

bool csv_columns(const std::vector<std::string>& header, CsvColumns& columns) {
  const auto index_of = [&](std::string_view name) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) {
        return static_cast<int>(i);
      }
    }
    return -1;
  };
  if (index_of("prompt") >= 0 && index_of("completion") >= 0) {
    columns = CsvColumns{ExampleShape::prompt_completion, {index_of("prompt"), index_of("completion")}};
    return true;
  }
  if (index_of("instruction") >= 0 && index_of("output") >= 0) {
    columns = CsvColumns{ExampleShape::instruction, {index_of("instruction"), index_of("input"), index_of("output")}};
    return true;
  }
  return false;
}

void CsvRecordReader::feed_line(std::string_view line) {
  if (m_in_quotes) {
    m_fields.back() += '\n';
  }
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (m_in_quotes) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        m_fields.back() += '"';
        ++i;
      } else if (c == '"') {
        m_in_quotes = false;
      } else {
        m_fields.back() += c;
      }
    } else if (c == ',') {
      m_fields.emplace_back();
    } else if (c == '"' && m_fields.back().empty()) {
      m_in_quotes = true;
    } else if (c != '\r' || i + 1 != line.size()) {
      m_fields.back() += c;
    }
  }
}

std::vector<std::string> CsvRecordReader::take() {
  std::vector<std::string> out = std::move(m_fields);
  m_fields = {std::string()};
  m_in_quotes = false;
  return out;
}

} // namespace ragft
