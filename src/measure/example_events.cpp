#include "measure/example_events.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include <fmt/format.h>

namespace ragft::measure_detail {

namespace {

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// The fields an example's keys name at depth 1, in the order of `m_fields`, then `messages`.
// `chosen` is the preferred answer of a preference pair (DPO: LLaMA-Factory, TRL): the output;
// `preferred_output` that of OpenAI's preference format (also Azure's and Together's), whose
// conversation is `input.messages`.
constexpr std::string_view k_top_keys[] = {"prompt", "completion", "instruction",      "input",
                                           "output", "chosen",     "preferred_output", "messages"};

// ShareGPT's messages say `from` and `value` where OpenAI's say `role` and `content`.
bool is_role_key(std::string_view name) { return name == "role" || name == "from"; }
bool is_content_key(std::string_view name) { return name == "content" || name == "value"; }

// A role as OpenAI's format names it: ShareGPT's `gpt` (and Gemini's `model`) is `assistant`,
// `human` is `user`; so the same conversation is the same example in either format.
std::string_view canonical_role(std::string_view role) {
  if (role == "gpt" || role == "model") {
    return "assistant";
  }
  return role == "human" ? "user" : role;
}

} // namespace

bool is_chat_key(std::string_view name) {
  return name == "messages" || name == "conversations" || name == "conversation";
}

std::uint64_t hash_add(std::uint64_t hash, std::string_view text) {
  // 64-bit FNV-1a, each part followed by a separator byte that JSON text cannot hold unescaped,
  // so ("ab", "c") and ("a", "bc") differ.
  for (const unsigned char c : text) {
    hash = (hash ^ c) * 1099511628211ULL;
  }
  return (hash ^ 0x1fU) * 1099511628211ULL;
}

std::uint64_t fields_hash(ExampleShape shape, const std::vector<std::string>& fields) {
  std::uint64_t h = hash_add(k_hash_start, to_string(shape));
  for (const std::string& f : fields) {
    h = hash_add(h, f);
  }
  return h;
}

// --- ValueBuilder ---

Json* ValueBuilder::place(Json v) {
  if (m_stack.empty()) {
    m_root = std::move(v);
    return &m_root;
  }
  Json& top = *m_stack.back();
  if (top.is_array()) {
    top.push_back(std::move(v));
    return &top.back();
  }
  Json& slot = top[m_key]; // a repeated key keeps its place and takes the last value
  slot = std::move(v);
  return &slot;
}

ValueBuilder::ValueBuilder() : m_root(nullptr) {}

void ValueBuilder::clear() {
  m_root = Json();
  m_stack.clear();
  m_key.clear();
}

void ValueBuilder::start(Json container) { m_stack.push_back(place(std::move(container))); }

void ValueBuilder::value(Json v) { place(std::move(v)); }

void ValueBuilder::end() { m_stack.pop_back(); }

// --- ExampleEvents ---

namespace {

// Empties a field, keeping its text's buffer for the next example.
void clear(FieldText& f, bool present) {
  f.present = present;
  f.empty = true;
  f.json = false;
  f.text.clear();
}

} // namespace

ValueEvents::ValueEvents() = default;

void ExampleEvents::reset() {
  m_depth = 0;
  m_skip = 0;
  m_top_object = false;
  m_key1 = Field::none;
  m_key3 = Field::none;
  for (FieldText& f : m_fields) {
    clear(f, false);
  }
  m_chat = Chat();
  m_turns = false;
  clear_message();
  m_capture_to = nullptr;
  m_key_count = 0;
}

void ExampleEvents::clear_message() {
  m_message.role_ok = false;
  m_message.role.clear();
  clear(m_message.content, false);
  clear(m_message.answer, false);
}

ExampleEvents::Field ExampleEvents::target() const {
  if (m_depth == 1) {
    return m_key1;
  }
  if (m_depth == 2) {
    return Field::message; // inside the messages array: one message
  }
  return m_depth == 3 ? m_key3 : Field::none;
}

FieldText* ExampleEvents::text_target(Field f) {
  if (f == Field::content) {
    return &m_message.content;
  }
  if (f == Field::answer) {
    return &m_message.answer;
  }
  const auto i = static_cast<int>(f) - static_cast<int>(Field::prompt);
  return i >= 0 && i < k_text_fields ? &m_fields[i] : nullptr;
}

void ExampleEvents::set_text(FieldText& to, const Json& v, const std::string* text) {
  to.json = text == nullptr;
  if (text != nullptr) {
    to.text = *text;
    to.empty = is_blank(to.text);
  } else {
    to.text = v.dump();
    to.empty = v.is_null() || (v.is_array() && v.empty());
  }
}

void ExampleEvents::captured() {
  set_text(*m_capture_to, m_capture.root(), nullptr);
  m_capture_to = nullptr;
}

void ExampleEvents::on_value(const Json& v, const std::string* text) {
  if (m_capture_to != nullptr) {
    m_capture.value(text != nullptr ? Json(*text) : v);
    return;
  }
  if (skipping() || m_depth == 0) {
    return; // the whole text is a scalar: no example
  }
  const Field f = target();
  if (FieldText* to = text_target(f)) {
    set_text(*to, v, text);
  } else if (f == Field::role) {
    m_message.role_ok = text != nullptr;
    m_message.role.assign(text != nullptr ? std::string_view(*text) : std::string_view());
  } else if (f == Field::messages || f == Field::message) {
    m_chat.valid = false; // messages that are not a list, or a message that is not an object
  }
}

void ExampleEvents::on_open(bool object) {
  const auto container = [object] { return object ? Json::object() : Json::array(); };
  if (m_capture_to != nullptr) {
    m_capture.start(container());
    return;
  }
  const Field f = skipping() ? Field::none : target();
  const bool read_on = (m_depth == 0 && object) || (f == Field::messages && !object) || (f == Field::message && object);
  if (FieldText* to = skipping() ? nullptr : text_target(f)) {
    m_capture.clear();
    m_capture.start(container());
    m_capture_to = to;
    return;
  }
  if (skipping() || !read_on) {
    m_chat.valid = m_chat.valid && f != Field::messages && f != Field::message;
    m_message.role_ok = m_message.role_ok && f != Field::role;
    ++m_skip;
    return;
  }
  m_top_object = m_top_object || m_depth == 0;
  if (f == Field::message) {
    clear_message();
  }
  ++m_depth;
}

void ExampleEvents::on_close() {
  if (m_capture_to != nullptr) {
    m_capture.end();
    if (m_capture.done()) {
      captured();
    }
  } else if (skipping()) {
    --m_skip;
  } else if (--m_depth == 2) {
    if (m_turns) {
      end_turn();
    } else {
      end_message();
    }
  }
}

void ExampleEvents::end_message() {
  if (!m_message.role_ok) {
    m_chat.valid = false;
    return;
  }
  const std::string_view role = canonical_role(m_message.role);
  m_chat.hash = hash_add(hash_add(m_chat.hash, role), m_message.content.text);
  m_chat.last_is_assistant = role == "assistant";
  m_chat.last_has_content = !m_message.content.empty;
}

// One turn of a turn list: its `human` text as a user message, then its `assistant` text as an
// assistant message, so the conversation hashes as the same chat in OpenAI's format; a turn with
// neither is not a turn (the list is no chat).
void ExampleEvents::end_turn() {
  if (!m_message.content.present && !m_message.answer.present) {
    m_chat.valid = false;
    return;
  }
  if (m_message.content.present) {
    m_chat.hash = hash_add(hash_add(m_chat.hash, "user"), m_message.content.text);
  }
  m_chat.last_is_assistant = m_message.answer.present;
  m_chat.last_has_content = !m_message.answer.empty;
  if (m_message.answer.present) {
    m_chat.hash = hash_add(hash_add(m_chat.hash, "assistant"), m_message.answer.text);
  }
}

void ExampleEvents::on_key(const std::string& name) {
  if (m_capture_to != nullptr) {
    m_capture.m_key = name;
    return;
  }
  if (skipping()) {
    return;
  }
  if (m_depth == 1) {
    if (m_key_count < k_keys_kept) {
      m_keys[static_cast<std::size_t>(m_key_count)].assign(name);
    }
    ++m_key_count;
    const auto* it = std::find(std::begin(k_top_keys), std::end(k_top_keys), is_chat_key(name) ? "messages" : name);
    m_key1 = it == std::end(k_top_keys)
                 ? Field::none
                 : static_cast<Field>(static_cast<int>(Field::prompt) + (it - std::begin(k_top_keys)));
    if (FieldText* to = text_target(m_key1)) {
      clear(*to, true); // a repeated key: the last value counts
    } else if (m_key1 == Field::messages) {
      m_chat = Chat{true, true, hash_add(k_hash_start, "chat"), false, false};
      m_turns = name == "conversation";
    }
  } else if (m_depth == 3 && m_turns) {
    m_key3 = name == "human" ? Field::content : name == "assistant" ? Field::answer : Field::none;
    if (FieldText* to = text_target(m_key3)) {
      clear(*to, true);
    }
  } else if (m_depth == 3) {
    m_key3 = is_role_key(name) ? Field::role : is_content_key(name) ? Field::content : Field::none;
    if (m_key3 == Field::content) {
      clear(m_message.content, true);
    }
  }
}

ExampleRead ExampleEvents::result() const {
  ExampleRead r;
  const FieldText& prompt = m_fields[0];
  const FieldText& completion = m_fields[1];
  const FieldText& instruction = m_fields[2];
  const FieldText& output = m_fields[4];
  const FieldText& chosen = m_fields[5];
  const auto output_text = [](const FieldText& f) { return f.empty ? std::string() : f.text; };
  r.has_shape = m_top_object;
  if (!m_top_object) {
    return r;
  }
  if (m_fields[6].present && read_preferred_output(m_fields[3], m_fields[6], r)) {
    return r; // OpenAI's preference format: the conversation, then the preferred answer
  }
  if (m_chat.present && m_chat.valid && chosen.present) {
    // A preference pair: the conversation, then the chosen answer as its output.
    r.chat_hash = hash_add(hash_add(m_chat.hash, "assistant"), chosen.text);
    r.chat_has_output = !chosen.empty;
  } else if (m_chat.present && m_chat.valid) {
    r.chat_hash = m_chat.hash;
    r.chat_has_output = m_chat.last_is_assistant && m_chat.last_has_content;
  } else if (prompt.present && (completion.present || chosen.present)) {
    r.shape = ExampleShape::prompt_completion;
    r.fields = {prompt.text, output_text(completion.present ? completion : chosen)};
  } else if (instruction.present && output.present) {
    r.shape = ExampleShape::instruction;
    r.fields = {instruction.text, m_fields[3].text, output_text(output)};
  } else {
    r.has_shape = false;
  }
  return r;
}

std::string ExampleEvents::describe() const {
  return describe_record(m_top_object, m_keys.data(), std::min(m_key_count, k_keys_kept), m_key_count);
}

namespace {

bool is_field_name(std::string_view key) {
  constexpr std::size_t k_longest = 40;
  return !key.empty() && key.size() <= k_longest && std::all_of(key.begin(), key.end(), [](unsigned char c) {
    return std::isalnum(c) != 0 || c == '_' || c == '-' || c == '.';
  });
}

} // namespace

std::string describe_record(bool object, const std::string* keys, int shown, int count) {
  if (!object) {
    return "the first is not a JSON object";
  }
  if (count == 0) {
    return "the first is an empty object";
  }
  std::string out = count == 1 ? "the first has the key " : "the first has the keys ";
  for (int i = 0; i < shown; ++i) {
    const std::string& key = keys[i];
    out += i == 0 ? "" : (i + 1 == count ? " and " : ", ");
    out += is_field_name(key) ? fmt::format("`{}`", key) : std::string("(one that is not a field name)");
  }
  if (count > shown) {
    out += fmt::format(" and {} more", count - shown);
  }
  return out;
}

bool ValueEvents::null() {
  on_value(Json(nullptr), nullptr);
  return true;
}
bool ValueEvents::boolean(bool val) {
  on_value(Json(val), nullptr);
  return true;
}
bool ValueEvents::number_integer(number_integer_t val) {
  on_value(Json(val), nullptr);
  return true;
}
bool ValueEvents::number_unsigned(number_unsigned_t val) {
  on_value(Json(val), nullptr);
  return true;
}
bool ValueEvents::number_float(number_float_t val, const string_t&) {
  on_value(Json(val), nullptr);
  return true;
}
bool ValueEvents::string(string_t& val) {
  on_value(Json(), &val);
  return true;
}
bool ValueEvents::binary(binary_t&) { return true; }
bool ValueEvents::start_object(std::size_t) {
  on_open(true);
  return true;
}
bool ValueEvents::key(string_t& val) {
  on_key(val);
  return true;
}
bool ValueEvents::end_object() {
  on_close();
  return true;
}
bool ValueEvents::start_array(std::size_t) {
  on_open(false);
  return true;
}
bool ValueEvents::end_array() {
  on_close();
  return true;
}
bool ValueEvents::parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

bool read_example_text(std::string_view text, ExampleEvents& events) {
  events.reset();
  return Json::sax_parse(text.begin(), text.end(), &events);
}

} // namespace ragft::measure_detail
