#include <catch2/catch.hpp>

#include <ragft/model/verdict.hpp>

using namespace ragft;

TEST_CASE("verdicts are spelled as the contract says") {
  CHECK(to_string(Verdict::rag) == "rag");
  CHECK(to_string(Verdict::fine_tune) == "fine-tune");
  CHECK(to_string(Verdict::hybrid) == "hybrid");
}

TEST_CASE("the contract's aliases are read case-insensitively") {
  CHECK(parse_verdict("RAG") == Verdict::rag);
  CHECK(parse_verdict("fine-tuning") == Verdict::fine_tune);
  CHECK(parse_verdict("FineTune") == Verdict::fine_tune);
  CHECK(parse_verdict("ft") == Verdict::fine_tune);
  CHECK(parse_verdict("Both") == Verdict::hybrid);
  CHECK(parse_verdict("rag+ft") == Verdict::hybrid);
  CHECK(parse_verdict(" hybrid ") == Verdict::hybrid);
  // RAFT (retrieval-augmented fine-tuning) is what the README calls a hybrid
  CHECK(parse_verdict("RAFT") == Verdict::hybrid);
  CHECK(parse_verdict("Retrieval-Augmented Fine-Tuning") == Verdict::hybrid);
}

TEST_CASE("words that are no verdict are refused") {
  CHECK_FALSE(parse_verdict("prompting").has_value());
  CHECK_FALSE(parse_verdict("").has_value());
  CHECK_FALSE(parse_verdict("ragft").has_value());
}
