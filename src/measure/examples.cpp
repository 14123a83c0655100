#include <ragft/measure/examples.hpp>

#include "measure/example_events.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ragft {

namespace {

// ordered_json keeps an object's keys in the order of the text, so content parts hash as written.
using Json = nlohmann::ordered_json;

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

// A key's value, or nullptr when the key is missing.
const Json* field(const Json& object, std::string_view key) {
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

bool has(const Json& object, std::string_view key) { return object.find(key) != object.end(); }

// A field's text: a string as it is, anything else (content parts, numbers) as compact JSON.
std::string text_of(const Json* value) {
  if (value == nullptr) {
    return {};
  }
  return value->is_string() ? value->get_ref<const std::string&>() : value->dump();
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

bool is_empty_output(const Json* value) {
  return value == nullptr || value->is_null() || (value->is_string() && is_blank(value->get_ref<const std::string&>())) ||
         (value->is_array() && value->empty());
}

// An output's text; empty when it is missing, null, blank or an empty list.
std::string output_text(const Json* value) { return is_empty_output(value) ? std::string() : text_of(value); }

bool is_chat(const Json& messages) {
  if (!messages.is_array()) {
    return false;
  }
  for (const Json& m : messages) {
    const Json* role = m.is_object() ? field(m, "role") : nullptr;
    if (role == nullptr || !role->is_string()) {
      return false;
    }
  }
  return true;
}

// The output of a chat: the last message, when it is the assistant's, with content.
bool chat_has_output(const Json& messages) {
  if (messages.empty()) {
    return false;
  }
  const Json& last = messages.back();
  return last["role"].get_ref<const std::string&>() == "assistant" && !is_empty_output(field(last, "content"));
}

std::uint64_t chat_hash(const Json& messages) {
  Hasher h;
  h.add("chat");
  for (const Json& m : messages) {
    h.add(m["role"].get_ref<const std::string&>());
    h.add(text_of(field(m, "content")));
  }
  return h.value();
}

// One parsed example (or not): its shape, hash and output, or why it is malformed.
void add_value(ExampleCounter& counter, const Json& value, const Location& where) {
  if (!value.is_object()) {
    counter.add_malformed(where, std::string(k_no_shape));
    return;
  }
  if (const Json* messages = field(value, "messages"); messages != nullptr && is_chat(*messages)) {
    counter.add_example(ExampleShape::chat, chat_hash(*messages), chat_has_output(*messages));
    return;
  }
  if (has(value, "prompt") && has(value, "completion")) {
    counter.add_fields(ExampleShape::prompt_completion,
                       {text_of(field(value, "prompt")), output_text(field(value, "completion"))}, where);
    return;
  }
  if (has(value, "instruction") && has(value, "output")) {
    counter.add_fields(
        ExampleShape::instruction,
        {text_of(field(value, "instruction")), text_of(field(value, "input")), output_text(field(value, "output"))},
        where);
    return;
  }
  counter.add_malformed(where, std::string(k_no_shape));
}

} // namespace

std::string_view to_string(ExampleShape shape) { return k_shape_names[static_cast<int>(shape)]; }

void ExampleCounter::add_json_text(std::string_view text, const Location& where) {
  if (is_blank(text)) {
    return;
  }
  thread_local measure_detail::ExampleEvents events; // one a thread, its buffers kept from line to line
  if (!measure_detail::read_example_text(text, events)) {
    add_malformed(where, "not valid JSON: expected one training example (a JSON object) on each line");
    return;
  }
  const measure_detail::ExampleRead read = events.result();
  if (!read.has_shape) {
    add_malformed(where, std::string(k_no_shape));
  } else if (read.shape == ExampleShape::chat) {
    add_example(ExampleShape::chat, read.chat_hash, read.chat_has_output);
  } else {
    add_fields(read.shape, read.fields, where);
  }
}

void ExampleCounter::add_json_document(std::string_view text, const Location& where) {
  const Json doc = Json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) {
    add_malformed(where, "not valid JSON: expected an array of training examples");
    return;
  }
  const Json* list = &doc;
  if (doc.is_object() && doc.size() == 1 && doc.begin()->is_array()) {
    list = &*doc.begin(); // {"data": [...]}
  }
  if (!list->is_array()) {
    add_value(*this, *list, where);
    return;
  }
  for (const Json& item : *list) {
    add_value(*this, item, where);
  }
}

void ExampleCounter::add_fields(ExampleShape shape, const std::vector<std::string>& fields, const Location&) {
  const std::string& output = fields.back();
  add_example(shape, measure_detail::fields_hash(shape, fields), output.find_first_not_of(" \t\r\n") != std::string::npos);
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

void ExampleCounter::merge(ExampleCounter&& other) {
  m_count.files += other.m_count.files;
  m_count.empty_outputs += other.m_count.empty_outputs;
  m_count.malformed += other.m_count.malformed;
  for (Diagnostic& d : other.m_count.issues) {
    if (m_count.issues.size() < k_issues_kept) {
      m_count.issues.push_back(std::move(d));
    }
  }
  m_hashes.insert(m_hashes.end(), other.m_hashes.begin(), other.m_hashes.end());
  m_with_output += other.m_with_output;
  m_sorted = m_sorted && other.m_hashes.empty();
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
