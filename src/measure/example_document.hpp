#pragma once
// The training examples of a whole .json file, read from nlohmann/json's SAX events, each located
// at the line where it starts: an array of examples, an object holding one array (`{"data":
// [...]}`, any key but `messages`), or one example. Each example's events go to an ExampleEvents;
// the lines come from an iterator that counts them as the parser reads.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "measure/example_events.hpp"

namespace ragft::measure_detail {

// What one example came to, and the line where it starts.
struct ExampleOutcome {
  int line = 1;
  int column = 1;
  bool has_shape = false;
  ExampleShape shape = ExampleShape::chat;
  std::uint64_t hash = 0;
  bool has_output = false;
};
ExampleOutcome outcome_of(const ExampleRead& read, int line, int column);

// The lines read so far: `last` and `last_column` are where the last character that is not white
// space is (counted in bytes, from 1); `start_line` and `start_column` where the first token after
// the last `mark()` starts (past a `,` or `:`), which is where the value of the next event starts.
struct LineTracker {
  int newlines = 0;
  int column = 0;
  int last = 1;
  int last_column = 1;
  bool started = false;
  int start_line = 1;
  int start_column = 1;
  void mark() { started = false; }
};

// The examples of a document; `read_example_document` fills it.
class DocumentEvents : public ValueEvents {
public:
  explicit DocumentEvents(LineTracker& lines);

  // The examples found, in order (after a successful parse).
  std::vector<ExampleOutcome> outcomes() const;
  // What the first of them without a known shape holds (describe_record); empty when all have one.
  std::string first_shapeless() const;

  void on_value(const Json& v, const std::string* text) override;
  void on_open(bool object) override;
  void on_close() override;
  void on_key(const std::string& name) override;

private:
  enum class Kind { scalar, object, array };
  template <typename Event> void forward(const Event& event);
  void begin_value(Kind kind);
  void note_list_value(Kind kind);
  void finish_element();

  LineTracker& m_lines;
  Kind m_top = Kind::scalar;
  int m_top_line = 1;
  int m_top_column = 1;
  int m_depth = 0;
  ExampleEvents m_whole;   // the top object as one example
  ExampleEvents m_element; // the example being read, of the list
  bool m_in_element = false;
  int m_element_depth = 0;
  int m_element_line = 1;
  int m_element_column = 1;
  bool m_seen_key = false;
  std::string m_first_key; // the top object's first key, and whether it has others
  bool m_more_keys = false;
  bool m_at_first_key = false;
  bool m_list_ok = false; // the first key's (last) value is an array
  bool m_in_list = false;
  std::string m_list_first_shapeless; // of the list's entries, described once (not one a record)
  std::vector<ExampleOutcome> m_list;
};

// Parses `text` with `events`, counting lines into `lines`; false when it is not valid JSON (then
// `lines.last` and `lines.last_column` are where the parser stopped).
bool read_example_document(std::string_view text, DocumentEvents& events, LineTracker& lines);

} // namespace ragft::measure_detail
