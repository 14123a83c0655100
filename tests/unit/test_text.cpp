#include <catch2/catch.hpp>

#include <ragft/base/text.hpp>

#include <ragft/model/verdict.hpp>

using namespace ragft;

TEST_CASE("trim removes spaces, tabs and line ends around a text, nothing inside it") {
  CHECK(trim("  weekly \t\r\n") == "weekly");
  CHECK(trim("\tnot known yet ") == "not known yet");
  CHECK(trim(" \t\r\n ").empty());
  CHECK(trim("").empty());
  CHECK(trim("rag") == "rag");
  // A non-breaking space (U+00A0) is text, not ASCII whitespace: it stays.
  CHECK(trim("\xC2\xA0rag") == "\xC2\xA0rag");
}

TEST_CASE("ascii_lower lowers A-Z only and keeps every other byte") {
  CHECK(ascii_lower("Fine-Tune RAG_2") == "fine-tune rag_2");
  // UTF-8 stays valid: the bytes of É (C3 89) are not ASCII letters.
  CHECK(ascii_lower("DÉCISION") == "d\xC3\x89"
                                   "cision");
  CHECK(ascii_lower("").empty());
}

TEST_CASE("trimmed_lower is how a typed word is compared with a name") {
  CHECK(trimmed_lower("  Weekly\n") == "weekly");
  CHECK(trimmed_lower("   ").empty());
  // What uses it: a verdict written with spaces and capitals is still read.
  CHECK(parse_verdict("  Fine-Tuning \n") == Verdict::fine_tune);
  CHECK(parse_verdict("\tRAG") == Verdict::rag);
}
