// The pure parts of `ragft measure`: word and token counts, training examples, the update
// frequency from commit times, dependency evidence, and measured facts against stated ones.

#include <catch2/catch.hpp>

#include <ragft/measure/compare.hpp>
#include <ragft/measure/corpus.hpp>
#include <ragft/measure/examples.hpp>
#include <ragft/measure/manifests.hpp>
#include <ragft/measure/measurement.hpp>
#include <ragft/measure/updates.hpp>

#include "helpers.hpp"

namespace {

using namespace ragft;

constexpr std::int64_t k_day = 86400;

Spec spec_of(const std::string& yaml) {
  auto docs = parse_specs(yaml, "s.yaml", test::rules());
  REQUIRE(std::holds_alternative<Spec>(docs.front()));
  return std::get<Spec>(docs.front());
}

} // namespace

TEST_CASE("documents are known by their extension, case-insensitively") {
  CHECK(document_kind("a.md") == DocKind::markdown);
  CHECK(document_kind("GUIDE.PDF") == DocKind::pdf);
  CHECK(document_kind("x.htm") == DocKind::html);
  CHECK(document_kind("notes.rst") == DocKind::rst);
  // MDX (Markdown with JSX) is what docs sites keep their pages in (Next.js, Docusaurus, Nextra)
  CHECK(document_kind("pages/docs/openai_embeddings.mdx") == DocKind::mdx);
  CHECK(document_kind("Intro.MDX") == DocKind::mdx);
  CHECK(to_string(DocKind::mdx) == "mdx");
  CHECK_FALSE(document_kind("main.cpp"));
  CHECK_FALSE(document_kind(".md"));
}

TEST_CASE("a repository's own files without an extension are no documents, in any case") {
  for (const char* name :
       {"LICENSE", "Licence", "COPYING", "NOTICE", "AUTHORS", "CODEOWNERS", "Makefile", "Dockerfile"}) {
    CHECK(is_project_file(name));
  }
  CHECK_FALSE(is_project_file("refunds"));    // a page of a knowledge base saved without an extension
  CHECK_FALSE(is_project_file("LICENSE.md")); // has an extension: its kind says what it is
}

TEST_CASE("a README or a placeholder says what its folder holds: not a document of it") {
  CHECK(is_folder_note("README.md"));
  CHECK(is_folder_note("readme.txt"));
  CHECK(is_folder_note("Placeholder.txt"));
  CHECK(is_folder_note("README"));
  CHECK_FALSE(is_folder_note("readme-first-steps.md")); // a page whose name only starts so
  CHECK_FALSE(is_folder_note("guide.md"));
}

TEST_CASE("not measured with the defaults: the paths that may hold the fact, and the line to write") {
  Measurement m;
  m.knowledge_paths = {"docs", "knowledge"};
  m.example_paths = {"data"};
  const auto reasons = [&] { return unmeasured_reasons(m, test::rules()); };
  REQUIRE(reasons().size() == 3);
  // No hint: where the hints looked, and the line to write (a user told "not measured" learns
  // where ragft looked and what to name).
  CHECK(reasons()[0] == "knowledge_base_docs: none of the knowledge paths exists (docs, knowledge); no folder up to "
                        "3 deep named like a knowledge base (knowledge_base, kb, knowledge, corpus, documents, "
                        "source_documents, source_docs, rag_docs) or `docs` (but a documentation site's) holds "
                        "documents either, and a file at the root is not hinted (most are the project's own, as "
                        "CONTRIBUTING.md); if the knowledge base is elsewhere, name it in .ragft.yaml: `measure: "
                        "{knowledge: [its/path]}`");
  CHECK(reasons()[2].find("no JSONL file starts with a training example; if a training set is elsewhere, name it in "
                          ".ragft.yaml: `measure: {examples: [its/path]}`") != std::string::npos);
  // With a `measure:` section the places are the user's: the file to correct, no hint.
  m.section_from = "spec.yaml";
  CHECK(reasons()[0] == "knowledge_base_docs: none of the knowledge paths exists (docs, knowledge); if the knowledge "
                        "base is elsewhere, name it under `measure: {knowledge: [...]}` in spec.yaml");
  m.section_from = "defaults";
  m.knowledge_hints = {PlaceHint{"backend/kb", 1}};
  CHECK(reasons()[0] == "knowledge_base_docs: none of the knowledge paths exists (docs, knowledge); a path that may "
                        "hold the knowledge base: backend/kb (1 document); if it does, name it in .ragft.yaml: "
                        "`measure: {knowledge: [backend/kb]}`");
  // At most three are listed, the rest counted.
  m.example_hints = {PlaceHint{"a", 2}, PlaceHint{"b", 1}, PlaceHint{"c", 1}, PlaceHint{"d", 1}};
  CHECK(reasons()[2] == "labeled_examples: no JSONL, JSON or CSV file of training examples under data; paths that "
                        "may hold training examples: a (2 JSONL/JSON/CSV files), b (1 JSONL/JSON/CSV file), c (1 "
                        "JSONL/JSON/CSV file) and 1 more; if they do, name them in .ragft.yaml: `measure: "
                        "{examples: [a, b, c]}`");
}

TEST_CASE("a documentation site's configuration beside the knowledge path is named in the method") {
  Measurement m;
  m.knowledge_paths = {"docs", "knowledge"};
  m.knowledge_found = true;
  m.corpus.files = 2;
  const auto method = [&] {
    const std::vector<MeasuredFact> facts = measured_facts(m, test::rules());
    REQUIRE_FALSE(facts.empty());
    return facts[0].method;
  };
  CHECK(method().find("configuration") == std::string::npos); // none found: no note
  m.site_configs = {"docs/conf.py"};
  CHECK(method().find("; docs/conf.py is a documentation site's configuration: if these pages are the project's own "
                      "manual and not the knowledge base, name the knowledge base in .ragft.yaml: `measure: "
                      "{knowledge: [its/path]}`") != std::string::npos);
  m.site_configs = {"docs/workshop/mkdocs.yml", "mkdocs.yml"};
  CHECK(method().find("; docs/workshop/mkdocs.yml, mkdocs.yml are a documentation site's") != std::string::npos);
}

TEST_CASE("words are counted across chunk boundaries, and HTML tags are left out") {
  WordCounter plain;
  plain.feed("one tw");
  plain.feed("o  three\nfour");
  CHECK(plain.words() == 4); // one, two, three, four
  WordCounter html(true);
  html.feed("<p class=\"a b c\">Hello</p> <b>big</b> world");
  CHECK(html.words() == 3); // Hello, big, world
}

TEST_CASE("tokens are estimated as words x 4/3, rounded up") {
  CHECK(estimate_tokens(0) == 0);
  CHECK(estimate_tokens(3) == 4);
  CHECK(estimate_tokens(150000) == 200000);
  CHECK(estimate_tokens(1) == 2); // 1.33 rounds up
}

TEST_CASE("examples: distinct, well-formed, with an output, the rest counted apart") {
  ExampleCounter c;
  const Location at{"t.jsonl", 1, 1};
  c.add_json_text(R"({"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]})", at);
  c.add_json_text(R"({"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]})", at);
  c.add_json_text(R"({"messages":[{"role":"user","content":"hi"}]})", at); // no assistant output
  c.add_json_text(R"({"prompt":"2+2","completion":"4"})", at);
  c.add_json_text(R"({"prompt":"2+2","completion":"  "})", at); // empty output
  c.add_json_text(R"({"instruction":"sum","input":"1 2","output":"3"})", at);
  c.add_json_text(R"({"instruction":"sum","input":"1 2","output":null})", at); // empty output
  c.add_json_text(R"({"text":"free text"})", Location{"t.jsonl", 8, 1});       // no shape
  c.add_json_text(R"({"prompt": "x", )", Location{"t.jsonl", 9, 1});           // not JSON
  c.add_json_text("   ", at);                                                  // blank: skipped
  const ExampleCount& n = c.count();
  CHECK(n.distinct == 3);
  CHECK(n.duplicates == 1);
  CHECK(n.empty_outputs == 3);
  CHECK(n.malformed == 2);
  REQUIRE(n.issues.size() == 2);
  CHECK(n.issues[0].where.line == 8);
  CHECK(n.issues[1].to_string().rfind("t.jsonl:9:1: not valid JSON", 0) == 0);
}

TEST_CASE("examples: fields are hashed apart, so moved boundaries are different examples") {
  ExampleCounter c;
  c.add_fields(ExampleShape::prompt_completion, {"ab", "c"}, {});
  c.add_fields(ExampleShape::prompt_completion, {"a", "bc"}, {});
  CHECK(c.count().distinct == 2);
}

TEST_CASE("examples: read as a JSON tree would read them, without building one") {
  ExampleCounter c;
  const Location at{"t.jsonl", 1, 1};
  // The keys of a message in any order are the same example.
  c.add_json_text(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})", at);
  c.add_json_text(R"({"messages":[{"content":"q","role":"user"},{"content":"a","role":"assistant"}]})", at);
  CHECK(c.count().distinct == 1);
  // A repeated key: the last value counts (here the second `messages` is no chat, so the
  // prompt/completion shape is used, and its repeated prompt is "p2").
  c.add_json_text(
      R"({"messages":[{"role":"user","content":"q"}],"messages":"x","prompt":"p","completion":"c","prompt":"p2"})", at);
  c.add_json_text(R"({"prompt":"p2","completion":"c"})", at);
  CHECK(c.count().distinct == 2);
  CHECK(c.count().duplicates == 2);
  // Content parts are compared as written, key order included; numbers as JSON writes them.
  c.add_json_text(R"({"prompt":[{"type":"text","text":"hi"}],"completion":"c"})", at);
  c.add_json_text(R"({"prompt":[{"text":"hi","type":"text"}],"completion":"c"})", at);
  c.add_json_text(R"({"prompt":1.0,"completion":"c"})", at);
  c.add_json_text(R"({"prompt":1.00,"completion":"c"})", at);
  CHECK(c.count().distinct == 5);
  // Empty outputs: an empty list, null, blank; an empty object is an output.
  c.add_json_text(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":[]}]})", at);
  c.add_json_text(R"({"prompt":"p","completion":null})", at);
  c.add_json_text(R"({"instruction":"i","output":" "})", at);
  c.add_json_text(R"({"prompt":"p","completion":{}})", at);
  CHECK(c.count().empty_outputs == 3);
  CHECK(c.count().distinct == 6);
  // Not an example: a role that is not a string, a message that is not an object, a list.
  c.add_json_text(R"({"messages":[{"role":1,"content":"q"},{"role":"assistant","content":"a"}]})", at);
  c.add_json_text(R"({"messages":[["user"],{"role":"assistant","content":"a"}]})", at);
  c.add_json_text(R"([{"prompt":"p","completion":"c"}])", at);
  // Not JSON: trailing text, a lone surrogate, a raw control character.
  c.add_json_text(R"({"prompt":"p","completion":"c"} x)", at);
  c.add_json_text(R"({"prompt":"\ud83d","completion":"c"})", at);
  c.add_json_text("{\"prompt\":\"a\x01\",\"completion\":\"c\"}", at);
  CHECK(c.count().malformed == 6);
  CHECK(c.count().distinct == 6);
}

TEST_CASE("examples: ShareGPT conversations and preference pairs are examples too") {
  ExampleCounter c;
  const Location at{"t.jsonl", 1, 1};
  // ShareGPT (LLaMA-Factory, FastChat, Axolotl): `conversations` of `from`/`value`, `gpt` answering.
  c.add_json_text(R"({"conversations":[{"from":"human","value":"q"},{"from":"gpt","value":"a"}]})", at);
  CHECK(c.count().distinct == 1);
  // The same conversation in OpenAI's chat format is the same example.
  c.add_json_text(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]})", at);
  CHECK(c.count().distinct == 1);
  CHECK(c.count().duplicates == 1);
  // A conversation that ends with the person has no output.
  c.add_json_text(R"({"conversations":[{"from":"human","value":"q"}]})", at);
  CHECK(c.count().empty_outputs == 1);
  // A preference pair (DPO): the conversation, then the chosen answer as its output; the rejected
  // one is not an example. An empty chosen answer is no output.
  c.add_json_text(
      R"({"conversations":[{"from":"human","value":"q2"}],"chosen":{"from":"gpt","value":"good"},"rejected":{"from":"gpt","value":"bad"}})",
      at);
  c.add_json_text(R"({"prompt":"p","chosen":"good","rejected":"bad"})", at);
  c.add_json_text(R"({"prompt":"p","completion":"good"})", at); // the same pair as the line above
  c.add_json_text(R"({"prompt":"p3","chosen":"","rejected":"bad"})", at);
  CHECK(c.count().distinct == 3);
  CHECK(c.count().duplicates == 2);
  CHECK(c.count().empty_outputs == 2);
  // A message with neither `role` nor `from` is not a chat.
  c.add_json_text(R"({"conversations":[{"speaker":"human","value":"q"}]})", Location{"t.jsonl", 9, 1});
  CHECK(c.count().malformed == 1);
  CHECK(c.count().shapeless == 1);
}

TEST_CASE("examples: a `conversation` of human/assistant turns (Firefly, MOSS, ms-swift) is a chat") {
  ExampleCounter c;
  const Location at{"t.jsonl", 1, 1};
  // Each turn holds the person's message and the answer; the answer of the last turn is the output.
  c.add_json_text(
      R"({"conversation_id":1,"category":"QA","conversation":[{"human":"q","assistant":"a"},{"human":"q2","assistant":"a2"}]})",
      at);
  CHECK(c.count().distinct == 1);
  // The same two turns as OpenAI's messages (the `system` key beside it is not read, as beside
  // `messages`): the same example.
  c.add_json_text(
      R"({"system":"s","messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"},{"role":"user","content":"q2"},{"role":"assistant","content":"a2"}]})",
      at);
  CHECK(c.count().distinct == 1);
  CHECK(c.count().duplicates == 1);
  // The keys of a turn in either order; another answer is another example.
  c.add_json_text(R"({"conversation":[{"assistant":"b","human":"q"}]})", at);
  CHECK(c.count().distinct == 2);
  // A last turn without an answer, or with a blank one: no output.
  c.add_json_text(R"({"conversation":[{"human":"q","assistant":"a"},{"human":"q3"}]})", at);
  c.add_json_text(R"({"conversation":[{"human":"q4","assistant":"  "}]})", at);
  CHECK(c.count().empty_outputs == 2);
  CHECK(c.count().distinct == 2);
  // A turn with neither `human` nor `assistant` (a log's own shape), or turns that are not objects:
  // no chat.
  c.add_json_text(R"({"conversation":[{"user":"q","bot":"a"}]})", Location{"t.jsonl", 8, 1});
  c.add_json_text(R"({"conversation":["q","a"]})", Location{"t.jsonl", 9, 1});
  CHECK(c.count().malformed == 2);
  CHECK(c.count().distinct == 2);
}

TEST_CASE("examples: OpenAI's preference format is its conversation with the preferred answer") {
  ExampleCounter c;
  const Location at{"t.jsonl", 1, 1};
  // OpenAI's (Azure's, Together's) preference pair: `input.messages`, then `preferred_output`; the
  // non-preferred answer is not an example. It is the chat example with the same messages.
  c.add_json_text(
      R"({"input":{"messages":[{"role":"user","content":"q"}],"tools":[]},"preferred_output":[{"role":"assistant","content":"good"}],"non_preferred_output":[{"role":"assistant","content":"bad"}]})",
      at);
  CHECK(c.count().distinct == 1);
  CHECK(c.count().empty_outputs == 0);
  c.add_json_text(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"good"}]})", at);
  CHECK(c.count().distinct == 1);
  CHECK(c.count().duplicates == 1);
  // The rejected answer as the output is a different example.
  c.add_json_text(R"({"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"bad"}]})", at);
  CHECK(c.count().distinct == 2);
  // A content that is not a string hashes as the event reader writes it: the same example.
  c.add_json_text(
      R"({"messages":[{"role":"user","content":[{"type":"text","text":"q4"}]},{"role":"assistant","content":"a4"}]})",
      at);
  c.add_json_text(
      R"({"input":{"messages":[{"role":"user","content":[{"type":"text","text":"q4"}]}]},"preferred_output":[{"role":"assistant","content":"a4"}]})",
      at);
  CHECK(c.count().distinct == 3);
  CHECK(c.count().duplicates == 2);
  // An empty preferred answer, an empty list, or one not the assistant's: no output.
  c.add_json_text(
      R"({"input":{"messages":[{"role":"user","content":"q2"}]},"preferred_output":[{"role":"assistant","content":" "}]})",
      at);
  c.add_json_text(R"({"input":{"messages":[{"role":"user","content":"q2"}]},"preferred_output":[]})", at);
  c.add_json_text(
      R"({"input":{"messages":[{"role":"user","content":"q2"}]},"preferred_output":[{"role":"user","content":"x"}]})",
      at);
  CHECK(c.count().empty_outputs == 3);
  // Without a conversation in `input`, or with `preferred_output` a string: not a training example.
  c.add_json_text(R"({"input":"q","preferred_output":[{"role":"assistant","content":"a"}]})", at);
  c.add_json_text(R"({"input":{"messages":[{"role":"user","content":"q"}]},"preferred_output":"a"})", at);
  c.add_json_text(R"({"input":{"messages":[{"content":"q"}]},"preferred_output":[{"role":"assistant","content":"a"}]})",
                  at);
  CHECK(c.count().malformed == 3);
  CHECK(c.count().distinct == 3);
}

TEST_CASE("examples: counters of later blocks merge in order, keeping the first problems") {
  ExampleCounter first;
  ExampleCounter second;
  // Lines 1 to 60, every even one malformed; the first counter reads 1-30, the second 31-60.
  for (int line = 1; line <= 60; ++line) {
    const std::string text = line % 2 == 0 ? "{" : R"({"prompt":"p","completion":"c"})";
    (line <= 30 ? first : second).add_json_text(text, Location{"t.jsonl", line, 1});
  }
  first.merge(std::move(second));
  const ExampleCount& n = first.count();
  CHECK(n.distinct == 1);
  CHECK(n.duplicates == 29);
  CHECK(n.malformed == 30);
  REQUIRE(n.issues.size() == k_issues_kept);
  CHECK(n.issues.front().where.line == 2);
  CHECK(n.issues.back().where.line == 40); // the 20th malformed line
  // Into an empty counter (a file's counter into the repository's): the same counts.
  ExampleCounter all;
  all.add_file();
  all.merge(std::move(first));
  CHECK(all.count().distinct == 1);
  CHECK(all.count().duplicates == 29);
  CHECK(all.count().files == 1);
}

TEST_CASE("other data: what its first record holds, in order, keys that are no field names are not written") {
  const auto first_of = [](std::initializer_list<std::string_view> lines) {
    ExampleCounter c;
    int n = 0;
    for (const std::string_view line : lines) {
      c.add_json_text(line, Location{"o.jsonl", ++n, 1});
    }
    return c.count().first_shapeless;
  };
  // contoso-chat's customer records: nine keys, the first five in the file's order.
  CHECK(first_of({R"({"id":"1","firstName":"J","lastName":"S","age":35,"email":"e","phone":"p","address":"a",)"
                  R"("membership":"Base","orders":[]})"}) ==
        "the first has the keys `id`, `firstName`, `lastName`, `age`, `email` and 4 more");
  CHECK(first_of({R"({"question":"q","gold_answer":"a"})", R"({"other":1})"}) ==
        "the first has the keys `question` and `gold_answer`");
  CHECK(first_of({R"({"text":"t"})"}) == "the first has the key `text`");
  CHECK(first_of({"{}"}) == "the first is an empty object");
  CHECK(first_of({"[1, 2]"}) == "the first is not a JSON object");
  // A key holding text (a record keyed by its contents) is not written: only names are.
  CHECK(first_of({R"({"id":1,"What is the refund policy?":"30 days"})"}) ==
        "the first has the keys `id` and (one that is not a field name)");
  CHECK(first_of({std::string(R"({")") + std::string(41, 'k') + R"(":1})"}) ==
        "the first has the key (one that is not a field name)");
  // A training example before it: the first record without a shape is described.
  CHECK(first_of({R"({"prompt":"p","completion":"c"})", R"({"meta":1})"}) == "the first has the key `meta`");
  CHECK(first_of({R"({"prompt":"p","completion":"c"})"}).empty());
  // Kept across merged blocks (a large JSONL file read in parallel): the earlier block's.
  ExampleCounter a;
  ExampleCounter b;
  a.add_json_text(R"({"prompt":"p","completion":"c"})", Location{"o.jsonl", 1, 1});
  b.add_json_text(R"({"title":"t"})", Location{"o.jsonl", 2, 1});
  a.merge(std::move(b));
  CHECK(a.count().first_shapeless == "the first has the key `title`");
  // A JSON array file: its first entry without a shape.
  ExampleCounter d;
  d.add_json_document(R"([{"prompt":"p","completion":"c"}, {"sku":"1","price":2}, {"zzz":3}])",
                      Location{"o.json", 0, 0});
  CHECK(d.count().first_shapeless == "the first has the keys `sku` and `price`");
  d.add_other_file();
  CHECK(d.count().other_files == 1);
}

namespace {

// `distinct` different examples, each added `copies` times, interleaved; the hash of example i is
// a multiple of a large odd number (any distinct values would do: the counter mixes them).
void add_examples(ExampleCounter& c, std::int64_t distinct, int copies) {
  for (int copy = 0; copy < copies; ++copy) {
    for (std::int64_t i = 0; i < distinct; ++i) {
      c.add_example(ExampleShape::chat, static_cast<std::uint64_t>(i) * 0x9E3779B97F4A7C15ULL, true);
    }
  }
}

} // namespace

TEST_CASE("examples: counted exactly up to half the hash bound, estimated from a sample beyond it") {
  ExampleCounter exact(1024);
  add_examples(exact, 500, 3);
  CHECK(exact.count().distinct == 500); // 500 < 1024 / 2: exact
  CHECK(exact.count().duplicates == 1000);
  CHECK_FALSE(exact.count().estimated);

  // 200,000 distinct examples, each twice, with room for 4,096 hashes: the sample keeps between
  // 1,024 and 4,096 of them, one standard error at most 1/sqrt(1,024) = 3%; 10% is over 3 errors.
  ExampleCounter sampled(4096);
  add_examples(sampled, 200000, 2);
  const ExampleCount& n = sampled.count();
  CHECK(n.estimated);
  CHECK(n.distinct == Approx(200000).epsilon(0.10));
  CHECK(n.duplicates == 400000 - n.distinct); // every example read is distinct or a duplicate
  CHECK(n.by_shape[static_cast<int>(ExampleShape::chat)] == Approx(200000).epsilon(0.10));
}

TEST_CASE("examples: counters sampled at different rates merge at the sparser rate") {
  ExampleCounter a(4096);
  ExampleCounter b(4096);
  add_examples(a, 100000, 1); // sampled
  add_examples(b, 1000, 1);   // exact: the first 1,000 of a's examples again
  a.merge(std::move(b));
  CHECK(a.count().estimated);
  CHECK(a.count().distinct == Approx(100000).epsilon(0.10));
  ExampleCounter c(4096);
  ExampleCounter d(4096);
  add_examples(c, 1000, 1);
  add_examples(d, 100000, 1);
  c.merge(std::move(d)); // the exact one first: it takes the other's sampling
  CHECK(c.count().distinct == Approx(100000).epsilon(0.10));
  CHECK(c.count().duplicates == 101000 - c.count().distinct);
}

TEST_CASE("a JSON file: each entry located where it starts, a single chat example is one") {
  ExampleCounter c;
  const Location file{"a.json", 0, 0};
  c.add_json_document("[\n  {\"prompt\": \"p\", \"completion\": \"c\"},\n  {\"prompt\": \"q\",\n"
                      "   \"completion\": \"\"}, 5,\n  {\"text\": \"x\"}\n]",
                      file);
  c.add_json_document(R"({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]})",
                      file);
  // One ShareGPT conversation is one example too (not a {"data": [...]} list): the same as above.
  c.add_json_document(R"({"conversations": [{"from": "human", "value": "q"}, {"from": "gpt", "value": "a"}]})", file);
  c.add_json_document("{\"data\": [{\"prompt\": \"p\", \"completion\": \"c\"},\n null]}", file); // a duplicate
  c.add_json_document("[\n {\"prompt\": \"p\",", file);                                          // cut short
  const ExampleCount& n = c.count();
  CHECK(n.distinct == 2);
  CHECK(n.duplicates == 2);
  CHECK(n.empty_outputs == 1);
  CHECK(n.malformed == 4);
  REQUIRE(n.issues.size() == 4);
  CHECK(n.issues[0].where.line == 4); // 5, after the entry that starts on line 3
  CHECK(n.issues[0].where.column == 23);
  CHECK(n.issues[1].where.line == 5);
  CHECK(n.issues[1].where.column == 3);
  CHECK(n.issues[2].where.line == 2); // null in {"data": [...]}
  CHECK(n.issues[3].where.line == 2); // the comma at which the text ends
  CHECK(n.issues[3].where.column == 16);
  REQUIRE(n.empty_issues.size() == 1);
  CHECK(n.empty_issues[0].where.line == 3);
}

TEST_CASE("CSV records may hold quoted commas, quotes and line breaks") {
  CsvRecordReader r;
  r.feed_line(R"(prompt,"say ""hi"", then)");
  CHECK_FALSE(r.complete());
  r.feed_line(R"(wait",x)");
  REQUIRE(r.complete());
  const std::vector<std::string> fields = r.take();
  REQUIRE(fields.size() == 3);
  CHECK(fields[1] == "say \"hi\", then\nwait");
  CsvColumns columns;
  CHECK(csv_columns({"id", "instruction", "output"}, columns));
  CHECK(columns.shape == ExampleShape::instruction);
  CHECK(columns.index == std::vector<int>{1, -1, 2});
  CHECK_FALSE(csv_columns({"question", "answer"}, columns));
}

TEST_CASE("update frequency: the mean interval of the last year's changes, on a log scale") {
  const std::int64_t now = 1'800'000'000;
  const std::int64_t old = now - 800 * k_day;
  const std::int64_t created = now - 500 * k_day; // the knowledge base's first commit, before the year
  std::vector<std::int64_t> weekly = {created};
  for (std::int64_t i = 0; i < 10; ++i) {
    weekly.push_back(now - i * 7 * k_day);
  }
  // Ten changes in the 63 days from the first of the year's to today: one every 6.3 days.
  const UpdateFrequency w = measure_updates(weekly, now, old);
  CHECK(w.commits_in_year == 10);
  CHECK(w.changes_in_year == 10);
  CHECK(w.creation_commits == 0);
  CHECK(*w.interval_days == Approx(6.3));
  CHECK(*w.value == "weekly");
  // Changes 32, 2, 1 and 0 days ago: 32 days over 4 changes, 8 days (a median, 1 day, read daily).
  const UpdateFrequency recent =
      measure_updates({created, now, now - k_day, now - 2 * k_day, now - 32 * k_day}, now, old);
  CHECK(*recent.interval_days == Approx(8.0));
  CHECK(*recent.value == "weekly");
  // Three changes a day apart, 300 days ago: the 298 days since count for their length, 300 days
  // over 3 changes is 100 days, quarterly (the median of 1, 1 and 298 days read daily).
  const UpdateFrequency burst =
      measure_updates({created, now - 300 * k_day, now - 299 * k_day, now - 298 * k_day}, now, old);
  CHECK(*burst.interval_days == Approx(100.0));
  CHECK(*burst.value == "quarterly");
  CHECK(*measure_updates({now - 10 * k_day}, now, old).value == "yearly");
  CHECK(*measure_updates({now - 400 * k_day}, now, old).value == "never"); // older than a year
  CHECK_FALSE(measure_updates({}, now, now - 30 * k_day).value);           // young history: unknown
}

TEST_CASE("update frequency: commits less than an hour apart are one change") {
  const std::int64_t now = 1'800'000'000;
  const std::int64_t old = now - 800 * k_day;
  // Three files added one commit each, seconds apart, 240 days ago: one change (yearly), not three
  // changes with a median interval of seconds (daily).
  const std::int64_t t = now - 240 * k_day;
  const UpdateFrequency burst = measure_updates({t, t + 4, t + 9}, now, old);
  CHECK(burst.commits_in_year == 3);
  CHECK(burst.changes_in_year == 1);
  CHECK(*burst.value == "yearly");
  CHECK(burst.reason.find("3 commits less than an hour apart") != std::string::npos);
  // Two runs, 100 days apart, the second 40 days ago: 140 days over 2 changes, 70 (quarterly). The
  // first run is the knowledge base's first commits, but one change only: nothing is merged.
  const std::vector<std::int64_t> two_runs = {now - 140 * k_day, now - 140 * k_day + 600, now - 40 * k_day,
                                              now - 40 * k_day + 3000};
  const UpdateFrequency runs = measure_updates(two_runs, now, old);
  CHECK(runs.changes_in_year == 2);
  CHECK(runs.creation_commits == 0);
  CHECK(*runs.interval_days == Approx(70.0).epsilon(0.01));
  CHECK(*runs.value == "quarterly");
  CHECK(runs.reason.find("2 changes (4 commits; commits less than an hour apart are one change) of the last year") !=
        std::string::npos);
  // A run ends at its last commit; a commit an hour or more after the one before is a new change.
  CHECK(change_times({0, 3599, 7198, 10798}) == std::vector<std::int64_t>{7198, 10798});
  // Knowledge edited every day, in pairs of commits ten minutes apart, stays daily: 9 days (from the
  // first change to today) over 10 changes. Its first commit is 9 days old: its first 14 days are
  // not over, so no creation is merged.
  std::vector<std::int64_t> pairs;
  for (std::int64_t i = 0; i < 10; ++i) {
    pairs.push_back(now - i * k_day - 600);
    pairs.push_back(now - i * k_day);
  }
  const UpdateFrequency daily = measure_updates(pairs, now, old);
  CHECK(daily.commits_in_year == 20);
  CHECK(daily.changes_in_year == 10);
  CHECK(daily.creation_commits == 0);
  CHECK(*daily.interval_days == Approx(0.9));
  CHECK(*daily.value == "daily");
  // One run in a history shorter than a year: too few to tell (before, two commits were enough).
  CHECK_FALSE(measure_updates({now - 5 * k_day, now - 5 * k_day + 60}, now, now - 30 * k_day).value);
}

TEST_CASE("update frequency: the knowledge base's first 14 days are one change, its creation") {
  const std::int64_t now = 1'800'000'000;
  const std::int64_t old = now - 800 * k_day;
  // Docs written on three days as a repository began, 321 to 319 days ago, in a 323-day history:
  // one change, 319 days old; past the yearly boundary (182 days), the next change is at least that
  // far off: yearly (the median of 1, 1 and 319 days read daily).
  const std::vector<std::int64_t> written = {now - 321 * k_day, now - 320 * k_day, now - 319 * k_day};
  const UpdateFrequency once = measure_updates(written, now, now - 323 * k_day);
  CHECK(once.commits_in_year == 3);
  CHECK(once.changes_in_year == 1);
  CHECK(once.creation_commits == 3);
  CHECK(*once.value == "yearly");
  CHECK(once.reason.find("one change touches the knowledge paths (3 commits in their first 14 days, the knowledge "
                         "base's creation), 319.0 days ago, in a history shorter than a year") != std::string::npos);
  // The same 100 days ago, in a 102-day history: too few to tell.
  CHECK_FALSE(measure_updates({now - 102 * k_day, now - 101 * k_day, now - 100 * k_day}, now, now - 102 * k_day).value);
  // In an older repository: one change in the year, yearly.
  CHECK(*measure_updates(written, now, old).value == "yearly");
  // Written daily over a fortnight 300 days ago (14 commits), then changed every 30 days: the
  // creation (dated by its last commit, 287 days ago) and 9 changes: 287 days over 10, monthly.
  std::vector<std::int64_t> kept;
  for (std::int64_t i = 0; i < 14; ++i) {
    kept.push_back(now - (300 - i) * k_day);
  }
  for (std::int64_t i = 1; i <= 9; ++i) {
    kept.push_back(now - (287 - 30 * i) * k_day);
  }
  const UpdateFrequency monthly = measure_updates(kept, now, old);
  CHECK(monthly.commits_in_year == 23);
  CHECK(monthly.changes_in_year == 10);
  CHECK(monthly.creation_commits == 14);
  CHECK(*monthly.interval_days == Approx(28.7));
  CHECK(*monthly.value == "monthly");
  CHECK(monthly.reason.find("10 changes (23 commits; the 14 commits of the knowledge paths' first 14 days are one "
                            "change, their creation)") != std::string::npos);
  // The documented example: five pages a week apart, the last 35 days ago, the first the knowledge
  // base's first commit: pages 1 and 2 (7 days apart) are its creation; 56 days over 4 changes, 14.
  std::vector<std::int64_t> pages;
  for (std::int64_t i = 1; i <= 5; ++i) {
    pages.push_back(now - (70 - 7 * i) * k_day);
  }
  const UpdateFrequency example = measure_updates(pages, now, old);
  CHECK(example.creation_commits == 2);
  CHECK(*example.interval_days == Approx(14.0));
  CHECK(*example.value == "weekly");
  // A commit older than the year and the days before it (the caller gives the newest such one): the
  // knowledge base was created before, nothing of the year is its creation.
  std::vector<std::int64_t> after = {now - 500 * k_day};
  after.insert(after.end(), written.begin(), written.end());
  const UpdateFrequency three = measure_updates(after, now, old);
  CHECK(three.changes_in_year == 3);
  CHECK(three.creation_commits == 0);
  CHECK(*three.interval_days == Approx(107.0)); // 321 days over 3 changes
}

TEST_CASE("update frequency: the boundaries are the geometric means of neighbouring values") {
  CHECK(frequency_for_interval(2.6) == "daily");
  CHECK(frequency_for_interval(2.7) == "weekly");
  CHECK(frequency_for_interval(14.4) == "weekly");
  CHECK(frequency_for_interval(14.6) == "monthly");
  CHECK(frequency_for_interval(52.0) == "monthly");
  CHECK(frequency_for_interval(53.0) == "quarterly");
  CHECK(frequency_for_interval(183.0) == "yearly");
}

TEST_CASE("manifests of each ecosystem give their dependencies") {
  CHECK(manifest_dependencies("requirements.txt", "# comment\nLangChain_Community>=0.2\n-r other.txt\nfaiss-cpu\n") ==
        std::vector<std::string>{"langchain-community", "faiss-cpu"});
  CHECK(manifest_dependencies("pyproject.toml",
                              "[project]\nname = \"x\"\ndependencies = [\n  \"peft>=0.10\",\n  \"numpy\",\n]\n"
                              "[tool.poetry.dependencies]\npython = \"^3.11\"\ntrl = \"*\"\n") ==
        std::vector<std::string>{"peft", "numpy", "python", "trl"});
  CHECK(manifest_dependencies(
            "package.json", R"({"name":"x","dependencies":{"@langchain/core":"1"},"devDependencies":{"jest":"1"}})") ==
        std::vector<std::string>{"@langchain/core", "jest"});
  CHECK(manifest_dependencies(
            "go.mod",
            "module x\n\nrequire (\n\tgithub.com/qdrant/go-client v1.0.0\n)\nrequire golang.org/x/text v0.1.0\n") ==
        std::vector<std::string>{"github.com/qdrant/go-client", "golang.org/x/text"});
  CHECK(manifest_dependencies(
            "pom.xml",
            "<dependency>\n<groupId>dev.langchain4j</groupId>\n<artifactId>langchain4j</artifactId>\n</dependency>") ==
        std::vector<std::string>{"dev.langchain4j:langchain4j"});
  CHECK(manifest_dependencies("build.gradle", "implementation 'io.qdrant:client:1.9.0'\n") ==
        std::vector<std::string>{"io.qdrant:client"});
  CHECK_FALSE(is_manifest("Cargo.toml"));
}

TEST_CASE("evidence: retrieval frameworks and vector stores, fine-tuning libraries") {
  const auto found =
      dependency_evidence("requirements.txt", "requirements.txt", "langchain\nchromadb\npeft\nnumpy\nlangchain\n");
  REQUIRE(found.size() == 3);
  CHECK(found[0].kind == EvidenceKind::retrieval_framework);
  CHECK(found[1].kind == EvidenceKind::vector_store);
  CHECK(found[2].kind == EvidenceKind::fine_tuning);
  CHECK(dependency_evidence("package.json", "package.json", R"({"dependencies":{"express":"4"}})").empty());
}

TEST_CASE("tolerance: counts 25% apart, choices any change") {
  const RuleBase& rules = test::rules();
  const FactDef& docs = rules.facts[static_cast<std::size_t>(*rules.fact_index("knowledge_base_docs"))];
  CHECK_FALSE(differs_beyond_tolerance(docs, FactValue::integer(100), FactValue::integer(125)));
  CHECK(differs_beyond_tolerance(docs, FactValue::integer(100), FactValue::integer(134)));
  CHECK(differs_beyond_tolerance(docs, FactValue::integer(400), FactValue::integer(40000)));
  const FactDef& updates = rules.facts[static_cast<std::size_t>(*rules.fact_index("knowledge_updates"))];
  CHECK(differs_beyond_tolerance(updates, FactValue::choice(0), FactValue::choice(1)));
  CHECK_FALSE(differs_beyond_tolerance(updates, FactValue{}, FactValue::choice(1)));
}

TEST_CASE("measured facts fill unknown ones, stated ones stay, and a difference is a warning") {
  const RuleBase& rules = test::rules();
  const Spec spec = spec_of("ragft: 1\nproject: p\nfacts:\n  labeled_examples: 2000\n");
  const std::vector<MeasuredFact> measured = {
      {"knowledge_base_docs", FactValue::integer(40000), "counted"},
      {"labeled_examples", FactValue::integer(700), "counted"},
  };
  const MeasuredSpec filled = fill_from_measurement(rules, spec, measured);
  const auto docs = static_cast<std::size_t>(*rules.fact_index("knowledge_base_docs"));
  const auto examples = static_cast<std::size_t>(*rules.fact_index("labeled_examples"));
  CHECK(filled.spec.facts[docs] == FactValue::integer(40000));
  CHECK(filled.spec.facts[examples] == FactValue::integer(2000));
  REQUIRE(filled.origins.size() == 2);
  CHECK(filled.origins[0].origin + filled.origins[1].origin == "measuredboth");
  const std::vector<Finding> findings = difference_findings(rules, filled, measured);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "fact-differs-from-measurement");
  CHECK(findings[0].severity == Severity::warning);
  CHECK(findings[0].message.find("stated as 2000 but measured as 700") != std::string::npos);
}
