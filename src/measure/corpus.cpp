#include <ragft/measure/corpus.hpp>

#include <algorithm>
#include <string>

#include <ragft/base/text.hpp>

namespace ragft {

namespace {

struct KindName {
  std::string_view extension;
  DocKind kind;
};

// clang-format off
constexpr KindName k_extensions[] = {
    {"md", DocKind::markdown}, {"markdown", DocKind::markdown}, {"txt", DocKind::text}, {"html", DocKind::html},
    {"htm", DocKind::html},    {"pdf", DocKind::pdf},           {"rst", DocKind::rst},
    {"mdx", DocKind::mdx},
};
// clang-format on

constexpr std::string_view k_kind_names[] = {"md", "txt", "html", "pdf", "rst", "mdx"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

} // namespace

std::string_view to_string(DocKind kind) { return k_kind_names[static_cast<int>(kind)]; }

bool is_folder_note(std::string_view file_name) {
  const std::size_t dot = file_name.rfind('.');
  const std::string stem = ascii_lower(file_name.substr(0, dot == std::string_view::npos ? file_name.size() : dot));
  return stem == "readme" || stem == "placeholder";
}

bool is_project_file(std::string_view file_name) {
  constexpr std::string_view k_names[] = {
      "license",  "licence",     "copying",    "notice",        "authors",     "contributors", "codeowners",
      "owners",   "makefile",    "dockerfile", "containerfile", "jenkinsfile", "procfile",     "gemfile",
      "rakefile", "vagrantfile", "brewfile",   "justfile",      "pipfile",     "cname",        "version"};
  const std::string name = ascii_lower(file_name);
  return std::find(std::begin(k_names), std::end(k_names), name) != std::end(k_names);
}

std::optional<DocKind> document_kind(std::string_view file_name) {
  const std::size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) {
    return std::nullopt;
  }
  const std::string ext = ascii_lower(file_name.substr(dot + 1));
  for (const KindName& k : k_extensions) {
    if (k.extension == ext) {
      return k.kind;
    }
  }
  return std::nullopt;
}

void WordCounter::feed(std::string_view chunk) {
  for (const char c : chunk) {
    if (m_html && m_in_tag) {
      m_in_tag = c != '>';
      continue;
    }
    if (m_html && c == '<') {
      m_in_tag = true;
      m_in_word = false;
      continue;
    }
    const bool word_byte = !is_space(c);
    m_words += (word_byte && !m_in_word) ? 1 : 0;
    m_in_word = word_byte;
  }
}

std::int64_t estimate_tokens(std::int64_t words) { return (words * 4 + 2) / 3; }

void add_document(CorpusCount& count, DocKind kind, std::int64_t bytes, std::int64_t words) {
  ++count.files;
  count.bytes += bytes;
  count.words += words;
  ++count.by_kind[static_cast<std::size_t>(kind)];
}

} // namespace ragft
