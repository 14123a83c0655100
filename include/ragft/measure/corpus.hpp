#pragma once
// The knowledge base as files: which files are documents, and their size in bytes, words and
// estimated tokens. Pure: the caller reads the files and feeds their bytes in chunks.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ragft {

enum class DocKind { markdown, text, html, pdf, rst, mdx };
inline constexpr std::size_t k_doc_kinds = 6;
std::string_view to_string(DocKind kind); // "md", "txt", "html", "pdf", "rst", "mdx"

// The kind of a document by its name's extension (case-insensitive): .md .markdown .mdx .txt .html
// .htm .pdf .rst. None for any other file.
std::optional<DocKind> document_kind(std::string_view file_name);

// True for a name without an extension that a repository uses for its own files, not for a
// document: LICENSE, COPYING, NOTICE, AUTHORS, CODEOWNERS, Makefile, Dockerfile, ... (any case).
// Other files without an extension are documents when their text says so (cli/measure_files.cpp).
bool is_project_file(std::string_view file_name);

// A file that says what its folder holds rather than holding knowledge: a README or a
// placeholder (`README.md`, `readme.txt`, `placeholder.txt`; the name before the extension, any
// case). Tried on real RAG repositories, each such file in a knowledge folder said where to put
// the documents ("Place your markdown files here"); it is not a document of the knowledge base.
bool is_folder_note(std::string_view file_name);

// Counts words in text fed in chunks of any size (a word split across two chunks counts once).
// A word is a run of bytes that are not ASCII white space. In HTML mode the text inside tags
// (`<...>`) is left out.
class WordCounter {
public:
  explicit WordCounter(bool html = false) : m_html(html) {}
  void feed(std::string_view chunk);
  std::int64_t words() const { return m_words; }

private:
  bool m_html;
  bool m_in_word = false;
  bool m_in_tag = false;
  std::int64_t m_words = 0;
};

// The estimated tokens of `words` words of prose: words × 4/3, rounded up (about 0.75 English
// words per token with GPT-style BPE tokenizers).
std::int64_t estimate_tokens(std::int64_t words);

// The estimator as the output states it, with its error.
inline constexpr std::string_view k_token_estimator =
    "words x 4/3 (about 0.75 English words per token with BPE tokenizers such as cl100k); within about 25% for "
    "English prose, an undercount for code, tables and languages written without spaces; PDF text is not counted";

struct CorpusCount {
  std::int64_t files = 0;
  std::int64_t bytes = 0;
  std::int64_t words = 0; // of the files whose text is counted (not PDF)
  std::array<std::int64_t, k_doc_kinds> by_kind{};
  std::int64_t folder_notes = 0; // READMEs and placeholders left out (is_folder_note)
  std::int64_t tokens() const { return estimate_tokens(words); }
};

// Adds one document of `kind`, `bytes` long, with `words` words (0 for a PDF).
void add_document(CorpusCount& count, DocKind kind, std::int64_t bytes, std::int64_t words);

} // namespace ragft
