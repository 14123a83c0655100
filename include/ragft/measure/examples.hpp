#pragma once
// Training examples in the common fine-tuning shapes, counted as a fine-tuning run would use them:
// well-formed, distinct, with a non-empty output. Pure and streaming: the caller feeds one JSONL
// line, one JSON array element or one CSV record at a time; only a 64-bit hash of each example is
// kept (8 bytes an example, sorted to find the duplicates), never its text. Memory is bounded: past
// `k_max_example_hashes` distinct hashes, only a sample of them is kept (those whose top bits are
// zero, one bit more each time the bound is reached), and the distinct count is estimated from it.
//
// The shapes: chat `{"messages": [{"role", "content"}...]}` (the output is the last `assistant`
// message); `{"prompt", "completion"}`; `{"instruction", "input"?, "output"}`.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <ragft/base/diagnostic.hpp>

namespace ragft {

namespace measure_detail {
struct ExampleOutcome;
}

// The fields of the shapes read, as messages name them (a record or file with none of them is no
// training example).
inline constexpr std::string_view k_example_fields =
    "`messages` or `conversations` (chat), `conversation` (turns of `human` and `assistant`); `prompt` and "
    "`completion`; `instruction` and `output` (`input` "
    "optional); `chosen` with `prompt` or `messages` (a preference pair); `input` and `preferred_output` "
    "(OpenAI's preference pairs)";

enum class ExampleShape { chat, prompt_completion, instruction };
inline constexpr std::size_t k_example_shapes = 3;
std::string_view to_string(ExampleShape shape); // "messages", "prompt/completion", "instruction/output"

struct ExampleCount {
  std::int64_t files = 0;
  std::int64_t distinct = 0;      // well-formed, distinct, with an output: what is counted
  std::int64_t duplicates = 0;    // well-formed, with an output, seen before
  std::int64_t empty_outputs = 0; // well-formed but the output is empty or missing
  std::int64_t malformed = 0;     // not JSON, or no known shape
  std::int64_t shapeless = 0;     // of the malformed: JSON, but without the fields of a known shape
  std::int64_t by_shape[k_example_shapes] = {};
  std::int64_t other_files = 0;         // files whose every record is JSON without the fields of a known shape
  std::string first_shapeless;          // what the first record without a known shape holds ("the first has the
                                        // keys `id`, `name` and 3 more"; measure_detail::describe_record)
  bool estimated = false;               // distinct, duplicates and by_shape estimated from a sample of the hashes:
                                        // more than k_max_example_hashes / 2 distinct examples (about 0.1% off)
  std::vector<Diagnostic> issues;       // the first `k_issues_kept` malformed examples, located
  std::vector<Diagnostic> empty_issues; // the first `k_issues_kept` examples without an output, located
};

inline constexpr std::size_t k_issues_kept = 20;

// The most example hashes kept at once (32 MiB): up to about 2 million distinct examples are counted
// exactly; beyond that, a sample of 1 to 4 million hashes gives the count within about 0.1%.
inline constexpr std::size_t k_max_example_hashes = std::size_t{1} << 22;

// JSON is read with nlohmann/json's event (SAX) parser, without building a tree: a JSONL line at a
// time, a .json file whole (each of its examples located at the line where it starts).
class ExampleCounter {
public:
  explicit ExampleCounter(std::size_t max_hashes = k_max_example_hashes) : m_max_hashes(max_hashes) {}

  // One JSON text (a JSONL line); blank text is skipped.
  void add_json_text(std::string_view text, const Location& where);
  // A whole JSON file: an array of examples, an object holding one array (`{"data": [...]}`, any
  // key but `messages`), or one example. Each example is located at the line where it starts (the
  // file of `where`); text that is not JSON at the line where the parser stopped.
  void add_json_document(std::string_view text, const Location& where);
  // One CSV record whose columns the header named: `fields` holds prompt, completion or
  // instruction, input, output (as `csv_columns` found them; missing ones empty).
  void add_fields(ExampleShape shape, const std::vector<std::string>& fields, const Location& where);
  void add_malformed(const Location& where, std::string message);
  // One well-formed example, by the hash of its fields; without an output it is counted apart
  // (not located: `add_fields` and the JSON readers locate theirs).
  void add_example(ExampleShape shape, std::uint64_t hash, bool has_output);
  void add_file() { ++m_count.files; }
  // A file of other data (its records are JSON without the fields of a known shape), not counted.
  void add_other_file() { ++m_count.other_files; }
  // The well-formed examples read, with an output or not (duplicates included).
  std::int64_t examples_read() const { return m_with_output + m_count.empty_outputs; }
  // Adds the counts of `other`, which read the examples after this one's (a later block of a
  // file, counted apart on another thread): its problems follow this one's, up to the limit.
  void merge(ExampleCounter&& other);

  // The counts; the first call after new examples sorts the hashes to count the distinct ones.
  const ExampleCount& count() const;

private:
  void add_outcome(const measure_detail::ExampleOutcome& outcome, const Location& where);
  void note_empty(const Location& where);
  void sample_at(int level) const;
  void bound_hashes() const;

  mutable ExampleCount m_count;
  mutable std::vector<std::uint64_t> m_hashes; // of the examples with an output; shape in the low 2 bits
  mutable int m_level = 0; // only hashes whose top m_level bits are 0 are kept; each stands for 2^level
  std::size_t m_max_hashes;
  mutable bool m_sorted = true; // m_count's distinct figures are up to date
  std::int64_t m_with_output = 0;
};

// The example columns of a CSV header: the shape and, per field of that shape (prompt,
// completion; or instruction, input, output), the column index or -1. False when the header has
// no example columns.
struct CsvColumns {
  ExampleShape shape = ExampleShape::prompt_completion;
  std::vector<int> index;
};
bool csv_columns(const std::vector<std::string>& header, CsvColumns& columns);

// Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes as `""`, and line
// breaks). Fed one line at a time (without its line break); `complete()` says when a record ends.
class CsvRecordReader {
public:
  void feed_line(std::string_view line);
  bool complete() const { return !m_in_quotes; }
  std::vector<std::string> take();

private:
  std::vector<std::string> m_fields{std::string()};
  bool m_in_quotes = false;
};

} // namespace ragft
