#include <ragft/measure/examples.hpp>

#include "measure/example_document.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace ragft {

namespace {

constexpr std::string_view k_shape_names[] = {"messages", "prompt/completion", "instruction/output"};

constexpr std::string_view k_no_output =
    "no output (the last message is not the assistant's, or the `completion` or `output` is missing, null, blank or "
    "[]): counted apart, not as an example";

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

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
  const measure_detail::ExampleOutcome outcome = measure_detail::outcome_of(events.result(), where.line, where.column);
  if (!outcome.has_shape && m_count.first_shapeless.empty()) {
    m_count.first_shapeless = events.describe(); // the first only: a file of other data describes one record
  }
  add_outcome(outcome, where);
}

void ExampleCounter::add_json_document(std::string_view text, const Location& where) {
  measure_detail::LineTracker lines;
  measure_detail::DocumentEvents events(lines);
  if (!measure_detail::read_example_document(text, events, lines)) {
    add_malformed(Location{where.file, lines.last, lines.last_column},
                  "not valid JSON: expected an array of training examples");
    return;
  }
  for (const measure_detail::ExampleOutcome& o : events.outcomes()) {
    add_outcome(o, Location{where.file, o.line, o.column});
  }
  if (m_count.first_shapeless.empty()) {
    m_count.first_shapeless = events.first_shapeless();
  }
}

void ExampleCounter::add_outcome(const measure_detail::ExampleOutcome& outcome, const Location& where) {
  if (outcome.has_shape) {
    add_example(outcome.shape, outcome.hash, outcome.has_output);
    if (!outcome.has_output) {
      note_empty(where);
    }
  } else {
    ++m_count.shapeless;
    static const std::string k_no_shape = // made once: a file of other data may hold millions of records
        "not a training example: expected an object with the fields of one of the shapes read (listed once, after "
        "the problems)";
    add_malformed(where, k_no_shape);
  }
}

void ExampleCounter::add_fields(ExampleShape shape, const std::vector<std::string>& fields, const Location& where) {
  const bool has_output = !is_blank(fields.back());
  add_example(shape, measure_detail::fields_hash(shape, fields), has_output);
  if (!has_output) {
    note_empty(where);
  }
}

void ExampleCounter::add_malformed(const Location& where, std::string message) {
  ++m_count.malformed;
  if (m_count.issues.size() < k_issues_kept) {
    m_count.issues.push_back(Diagnostic{where, std::move(message)});
  }
}

void ExampleCounter::note_empty(const Location& where) {
  if (m_count.empty_issues.size() < k_issues_kept) {
    m_count.empty_issues.push_back(Diagnostic{where, std::string(k_no_output)});
  }
}

namespace {

// A 64-bit mix (splitmix64's finaliser) of an example's FNV-1a hash, so that its top bits, which
// choose the sample, are spread evenly. It is a bijection: equal examples still collide, others not.
std::uint64_t mixed(std::uint64_t h) {
  h ^= h >> 30U;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27U;
  h *= 0x94d049bb133111ebULL;
  return h ^ (h >> 31U);
}

bool kept_at(std::uint64_t key, int level) {
  constexpr int k_bits = 64;
  return level == 0 || (key >> static_cast<unsigned>(k_bits - level)) == 0;
}

} // namespace

void ExampleCounter::add_example(ExampleShape shape, std::uint64_t hash, bool has_output) {
  if (!has_output) {
    ++m_count.empty_outputs;
    return;
  }
  ++m_with_output;
  m_sorted = false;
  const std::uint64_t key = (mixed(hash) & ~std::uint64_t{3}) | static_cast<std::uint64_t>(shape);
  if (kept_at(key, m_level)) {
    m_hashes.push_back(key);
    if (m_hashes.size() >= m_max_hashes) {
      bound_hashes();
    }
  }
}

// Keeps only the hashes of the sample at `level` (one of 2^level), which is at or above the
// current one.
void ExampleCounter::sample_at(int level) const {
  if (level <= m_level) {
    return;
  }
  m_level = level;
  m_hashes.erase(std::remove_if(m_hashes.begin(), m_hashes.end(), [&](std::uint64_t h) { return !kept_at(h, level); }),
                 m_hashes.end());
}

// Drops repeated hashes; while more than half the bound remain, halves the sample.
void ExampleCounter::bound_hashes() const {
  std::sort(m_hashes.begin(), m_hashes.end());
  m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
  while (m_hashes.size() > m_max_hashes / 2) {
    sample_at(m_level + 1);
  }
}

void ExampleCounter::merge(ExampleCounter&& other) {
  m_count.files += other.m_count.files;
  m_count.empty_outputs += other.m_count.empty_outputs;
  m_count.malformed += other.m_count.malformed;
  m_count.shapeless += other.m_count.shapeless;
  m_count.other_files += other.m_count.other_files;
  if (m_count.first_shapeless.empty()) {
    m_count.first_shapeless = std::move(other.m_count.first_shapeless);
  }
  for (auto [to, from] : {std::pair(&m_count.issues, &other.m_count.issues),
                          std::pair(&m_count.empty_issues, &other.m_count.empty_issues)}) {
    for (Diagnostic& d : *from) {
      if (to->size() < k_issues_kept) {
        to->push_back(std::move(d));
      }
    }
  }
  m_sorted = m_sorted && other.m_with_output == 0;
  sample_at(other.m_level); // both at the sparser of the two samples
  other.sample_at(m_level);
  if (m_hashes.empty()) {
    m_hashes = std::move(other.m_hashes); // a whole file's hashes: not copied
  } else {
    m_hashes.insert(m_hashes.end(), other.m_hashes.begin(), other.m_hashes.end());
  }
  m_with_output += other.m_with_output;
  if (m_hashes.size() >= m_max_hashes) {
    bound_hashes();
  }
}

const ExampleCount& ExampleCounter::count() const {
  if (m_sorted) {
    return m_count;
  }
  std::sort(m_hashes.begin(), m_hashes.end());
  m_hashes.erase(std::unique(m_hashes.begin(), m_hashes.end()), m_hashes.end());
  const std::int64_t weight = std::int64_t{1} << m_level;
  const std::int64_t distinct = std::min(static_cast<std::int64_t>(m_hashes.size()) * weight, m_with_output);
  m_count.duplicates = m_with_output - distinct;
  std::fill(std::begin(m_count.by_shape), std::end(m_count.by_shape), 0);
  for (const std::uint64_t h : m_hashes) {
    m_count.by_shape[h & 3] += weight;
  }
  m_count.distinct = distinct;
  m_count.estimated = m_level > 0;
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
