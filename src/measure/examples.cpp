#include <ragft/measure/examples.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ragft {

namespace {

using Json = nlohmann::json;

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

// A field's text: a string as it is, anything else (content parts, numbers) as compact JSON.
std::string text_of(const Json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

bool is_empty_output(const Json& value) {
  return value.is_null() || (value.is_string() && value.get_ref<const std::string&>().find_first_not_of(" \t\r\n") == std::string::npos) ||
         (value.is_array() && value.empty());
}

// An output's text; empty when it is missing, null, blank or an empty list.
std::string output_text(const Json& value) { return is_empty_output(value) ? std::string() : text_of(value); }

bool is_chat(const Json& messages) {
  if (!messages.is_array()) {
    return false;
  }
  for (const Json& m : messages) {
    if (!m.is_object() || !m.contains("role") || !m["role"].is_string()) {
      return false;
    }
  }
  return true;
}

// The output of a chat: the last message, when it is the assistant's.
bool chat_has_output(const Json& messages) {
  if (messages.empty()) {
    return false;
  }
  const Json& last = messages.back();
  return last["role"] == "assistant" && last.contains("content") && !is_empty_output(last["content"]);
}

std::uint64_t chat_hash(const Json& messages) {
  Hasher h;
  h.add("chat");
  for (const Json& m : messages) {
    h.add(m["role"].get_ref<const std::string&>());
    h.add(m.contains("content") ? text_of(m["content"]) : std::string());
  }
  return h.value();
}

} // namespace

std::string_view to_string(ExampleShape shape) { return k_shape_names[static_cast<int>(shape)]; }

void ExampleCounter::add_json_text(std::string_view text, const Location& where) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return;
  }
  Json value = Json::parse(text, nullptr, false);
  if (value.is_discarded()) {
    add_malformed(where, "not valid JSON: expected one training example (a JSON object) on each line");
    return;
  }
  add_json(value, where);
}

void ExampleCounter::add_json(const Json& value, const Location& where) {
  if (!value.is_object()) {
    add_malformed(where, std::string(k_no_shape));
    return;
  }
  if (const auto m = value.find("messages"); m != value.end() && is_chat(*m)) {
    add_example(ExampleShape::chat, chat_hash(*m), chat_has_output(*m));
    return;
  }
  const auto field = [&](const char* key) { return value.contains(key) ? value[key] : Json(); };
  if (value.contains("prompt") && value.contains("completion")) {
    add_fields(ExampleShape::prompt_completion, {text_of(field("prompt")), output_text(field("completion"))}, where);
    return;
  }
  if (value.contains("instruction") && value.contains("output")) {
    add_fields(ExampleShape::instruction,
               {text_of(field("instruction")), value.contains("input") ? text_of(field("input")) : std::string(),
                output_text(field("output"))},
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
  if (!m_seen.insert(hash).second) {
    ++m_count.duplicates;
    return;
  }
  ++m_count.distinct;
  ++m_count.by_shape[static_cast<std::size_t>(shape)];
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
