#pragma once
// One training example read from nlohmann/json's SAX events, without building its tree: only the
// fields of the known shapes are kept (a string as it is; any other value, such as content parts,
// built alone and written as compact JSON), the rest is skipped. What it finds is what a tree of
// the whole text would give (the last of repeated keys counts, as in nlohmann/json's tree).
//
// Used for a JSONL line (`read_example_text`) and, through a document reader that forwards the
// events of each array element, for the examples of a .json file.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include <ragft/measure/examples.hpp>

namespace ragft::measure_detail {

// ordered_json keeps an object's keys in the order of the text, so content parts hash as written.
using Json = nlohmann::ordered_json;
using Sax = nlohmann::json_sax<Json>;

// What an example's text holds: no known shape, or an example with its shape, hash and whether
// its output is non-empty. `fields` are the prompt/instruction shapes' fields, for `add_fields`.
struct ExampleRead {
  bool has_shape = false;
  ExampleShape shape = ExampleShape::chat;
  std::uint64_t chat_hash = 0;
  bool chat_has_output = false;
  std::vector<std::string> fields;
};

// One field value: a string as it is, anything else as compact JSON; `empty` for a missing, null,
// blank or empty-list value (an empty output).
struct FieldText {
  bool present = false;
  bool empty = true;
  bool json = false; // `text` is a non-string value written as compact JSON
  std::string text;
};

// Builds one non-string value from its events (nlohmann/json's own tree, so it is written alike).
class ValueBuilder {
public:
  ValueBuilder(); // not noexcept: a JSON value may allocate
  ValueBuilder(const ValueBuilder&) = delete;
  ValueBuilder& operator=(const ValueBuilder&) = delete;
  ~ValueBuilder() = default;

  void clear();
  void start(Json container);
  void value(Json v);
  void end();
  bool done() const { return m_stack.empty(); }
  Json& root() { return m_root; }

private:
  Json* place(Json v);
  Json m_root;
  std::vector<Json*> m_stack;
  std::string m_key;
  friend class ExampleEvents;
};

// nlohmann/json's SAX events reduced to four: a scalar value (a string passed as its text, with
// no JSON made of it), the start of an object or an array, its end, and a key. A parse error
// stops the parse.
class ValueEvents : public Sax {
public:
  ValueEvents(); // not noexcept: a handler's values may allocate
  ValueEvents(const ValueEvents&) = delete;
  ValueEvents& operator=(const ValueEvents&) = delete;
  ~ValueEvents() override = default;

  // `text` is the string's text for a string (then `v` is null), else nullptr.
  virtual void on_value(const Json& v, const std::string* text) = 0;
  virtual void on_open(bool object) = 0;
  virtual void on_close() = 0;
  virtual void on_key(const std::string& name) = 0;

  bool null() override;
  bool boolean(bool val) override;
  bool number_integer(number_integer_t val) override;
  bool number_unsigned(number_unsigned_t val) override;
  bool number_float(number_float_t val, const string_t& raw) override;
  bool string(string_t& val) override;
  bool binary(binary_t& val) override;
  bool start_object(std::size_t elements) override;
  bool key(string_t& val) override;
  bool end_object() override;
  bool start_array(std::size_t elements) override;
  bool end_array() override;
  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) override;
};

// The events of one example. `reset()` before each; `result()` after a successful parse.
class ExampleEvents : public ValueEvents {
public:
  ExampleEvents() { reset(); }

  void reset();
  ExampleRead result() const;
  // What the example's top level holds (`describe_record`): asked only for the first record without
  // a shape, so a large file of other data builds one description, not one a record.
  std::string describe() const;

  void on_value(const Json& v, const std::string* text) override;
  void on_open(bool object) override;
  void on_close() override;
  void on_key(const std::string& name) override;

private:
  enum class Field {
    none,
    prompt,
    completion,
    instruction,
    input,
    output,
    chosen,
    preferred,
    messages,
    role,
    content,
    answer,
    message
  };
  struct Chat {
    bool present = false;
    bool valid = false;
    std::uint64_t hash = 0;
    bool last_is_assistant = false;
    bool last_has_content = false;
  };
  // A message (`role`/`from` and `content`/`value`), or in a turn list one turn: `human` in
  // `content`, `assistant` in `answer`.
  struct Message {
    bool role_ok = false;
    std::string role;
    FieldText content;
    FieldText answer;
  };

  static constexpr int k_text_fields = 7;
  static constexpr int k_keys_kept = 5; // the first keys of the example, for `describe_record`

  Field target() const;
  FieldText* text_target(Field f);
  void set_text(FieldText& to, const Json& v, const std::string* text);
  void captured();
  void end_message();
  void end_turn();
  void clear_message();
  bool skipping() const { return m_skip > 0; }

  int m_depth = 0;
  int m_skip = 0; // > 0: inside a value that is not read, this many levels deep
  bool m_top_object = false;
  Field m_key1 = Field::none; // the key at depth 1 (the example) and 3 (a message)
  Field m_key3 = Field::none;
  FieldText m_fields[k_text_fields]; // prompt, completion, instruction, input, output, chosen, preferred_output
  Chat m_chat;
  bool m_turns = false; // the chat is a turn list (`conversation`), not a message list
  Message m_message;
  ValueBuilder m_capture;
  FieldText* m_capture_to = nullptr;
  std::array<std::string, k_keys_kept> m_keys; // the example's first keys (buffers kept from one to the next)
  int m_key_count = 0;                         // all its keys
};

// What the top level of a record without a known shape holds, for a reader to see what a file is:
// "the first has the keys `id`, `name` and 3 more" (at most `shown` of `count` keys, in order),
// "the first is an empty object", "the first is not a JSON object". Only keys that look like field
// names (up to 40 letters, digits, `_`, `-`, `.`) are written; any other is "(one that is not a
// field name)", so no text of a record's values reaches the output.
std::string describe_record(bool object, const std::string* keys, int shown, int count);

// Whether an example's key holds a chat: `messages` (OpenAI's chat format), `conversations`
// (the ShareGPT format of LLaMA-Factory, FastChat and Axolotl: messages with `from` and `value`)
// or `conversation` (a list of turns, each `{"human": ..., "assistant": ...}`: Firefly, MOSS's
// SFT data, ms-swift's "sharegpt" format).
bool is_chat_key(std::string_view name);

// An example in OpenAI's preference format (`input` holding `messages`, and `preferred_output`,
// both non-string values): its chat hash and whether the preferred answer is a non-empty
// assistant message, in `r`; false when the two fields are not of that form.
bool read_preferred_output(const FieldText& input, const FieldText& preferred, ExampleRead& r);

// Reads one JSON text (a JSONL line) as one example; false when it is not valid JSON.
bool read_example_text(std::string_view text, ExampleEvents& events);

// The hash of a prompt/instruction example's fields, the same for JSON and CSV.
std::uint64_t fields_hash(ExampleShape shape, const std::vector<std::string>& fields);

// Appends `text` and a separator to a 64-bit FNV-1a hash.
std::uint64_t hash_add(std::uint64_t hash, std::string_view text);
inline constexpr std::uint64_t k_hash_start = 14695981039346656037ULL;

} // namespace ragft::measure_detail
