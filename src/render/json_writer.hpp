#pragma once
// A JSON text written straight into a string, for the outputs made once per result in a batch
// (score's json and jsonl): building an nlohmann::ordered_json per result and dumping it cost more
// than scoring the spec. Writes what `ordered_json::dump()` writes for the same values, byte for
// byte: compact, keys in the order written, strings escaped the same way (UTF-8 kept, control
// characters escaped), numbers formatted by nlohmann's own `to_chars` (so 2 is `2.0` as a double).

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ragft {

class JsonWriter {
public:
  explicit JsonWriter(std::string& out) : m_out(out) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The key of the next value in the open object.
  void key(std::string_view name);

  void null();
  void value(bool b);
  void value(double number);
  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(const std::string& text) { value(std::string_view(text)); }
  template <typename Integer, std::enable_if_t<std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>, int> = 0>
  void value(Integer number) {
    separate();
    integer(static_cast<std::int64_t>(number), std::is_unsigned_v<Integer>);
  }

  // `"name":value`
  template <typename T> void field(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  // `"name":[...]` of strings.
  void field(std::string_view name, std::span<const std::string> items);
  void field(std::string_view name, const std::vector<std::string>& items) {
    field(name, std::span<const std::string>(items));
  }

private:
  void open(char bracket);
  void close(char bracket);
  void separate(); // the comma before a value that is not the first of its array
  void integer(std::int64_t number, bool is_unsigned);
  void string(std::string_view text);

  std::string& m_out;
  std::size_t m_depth = 0; // objects and arrays open
  bool m_first = true;     // the innermost open one has no element yet
  bool m_after_key = false;
};

} // namespace ragft
