#include <catch2/catch.hpp>

#include <string>

#include <ragft/base/input_limits.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

std::string error_of(const std::string& text, InputLimits limits = InputLimits{}) {
  const auto error = check_input(text, "in.yaml", limits);
  return error ? error->to_string() : "ok";
}

std::string repeat(const std::string& piece, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += piece;
  }
  return out;
}

} // namespace

TEST_CASE("ordinary specs pass, with a byte-order mark and CRLF line ends") {
  CHECK(error_of("ragft: 1\nproject: x\nfacts: {a: [1, 2]}\n") == "ok");
  CHECK(error_of("\xEF\xBB\xBFragft: 1\r\nproject: \"caf\xC3\xA9 [x\"\r\n") == "ok");
  const Spec spec = test::spec("\xEF\xBB\xBFragft: 1\r\nproject: CRLF\r\nfacts:\r\n  labeled_examples: 5\r\n");
  CHECK(spec.project == "CRLF");
}

TEST_CASE("binary and non-UTF-8 input is named, with where it starts") {
  CHECK(error_of(std::string("ragft: 1\nproject: \0x\n", 20)) ==
        "in.yaml:2:10: binary data (a NUL byte): expected a YAML or JSON text file");
  CHECK(error_of("ragft: 1\nproject: caf\xE9\n") ==
        "in.yaml:2:13: invalid UTF-8: expected UTF-8 text; convert the file, e.g. `iconv -f latin1 -t utf-8`");
  CHECK(error_of("a: \xC0\xAF\n").rfind("in.yaml:1:4: invalid UTF-8", 0) == 0);      // overlong
  CHECK(error_of("a: \xED\xA0\x80\n").rfind("in.yaml:1:4: invalid UTF-8", 0) == 0);  // surrogate
  CHECK(error_of("a: \xE2\x82\n").rfind("in.yaml:1:4: invalid UTF-8", 0) == 0);      // truncated
}

TEST_CASE("size, line length, nesting, aliases and documents are limited") {
  InputLimits small;
  small.max_bytes = 10;
  CHECK(error_of("ragft: 1\nproject: x\n", small) == "in.yaml:1:1: file is 20 bytes; the limit is 10 bytes");
  CHECK(error_of("a: " + std::string(20000, 'x') + "\n") ==
        "in.yaml:1:1: line longer than 16384 characters; break it up (is this really a YAML file?)");
  CHECK(error_of("a: " + repeat("[", 65) + repeat("]", 65) + "\n") ==
        "in.yaml:1:1: nested more than 64 levels deep; a spec needs only a few levels");
  CHECK(error_of("a: " + repeat("[", 60) + repeat("]", 60) + "\n") == "ok");
  CHECK(error_of(repeat("- ", 70) + "x\n").rfind("in.yaml:1:1: nested more than 64", 0) == 0);
  std::string indented = "a:\n";
  for (int i = 1; i <= 70; ++i) {
    indented += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  }
  CHECK(error_of(indented).rfind("in.yaml:65:1: nested more than 64", 0) == 0);
  CHECK(error_of("a: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\n") == "ok");
  CHECK(error_of(repeat("---\na: 1\n", 1001)).rfind("in.yaml:2001:1: more than 1000 YAML documents", 0) == 0);
}

TEST_CASE("a billion-laughs file is stopped by the alias limit") {
  std::string bomb = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n";
  for (char name = 'b'; name <= 'i'; ++name) {
    const char prev = static_cast<char>(name - 1);
    bomb += std::string(1, name) + ": &" + name + " [" + repeat(std::string("*") + prev + ", ", 8) + "*" + prev + "]\n";
  }
  CHECK(error_of(bomb) == "in.yaml:5:1: more than 32 YAML aliases (`*name`); alias expansion is limited");
  const auto documents = parse_specs(bomb, "bomb.yaml", test::rules());
  REQUIRE(documents.size() == 1);
  CHECK(std::holds_alternative<Diagnostic>(documents[0]));
}

TEST_CASE("stray commas are refused before yaml-cpp loops on them") {
  const std::string message = "invalid YAML: a `,` outside [ ] or { } where no text runs; remove it or quote the text";
  CHECK(error_of(",") == "in.yaml:1:1: " + message);
  CHECK(error_of("# c\n  , x") == "in.yaml:2:3: " + message);
  CHECK(error_of(" :\n,") == "in.yaml:2:1: " + message);
  CHECK(error_of("- a\n,") == "in.yaml:2:1: " + message);
  CHECK(error_of("ragft: 1\n---\n!t &a ,") == "in.yaml:3:7: " + message);
  CHECK(error_of("--- ,") == "in.yaml:1:5: " + message);
  CHECK(error_of("- - ,") == "in.yaml:1:5: " + message);
  CHECK(error_of("a: [b\n, c]\n") == "ok");
  CHECK(error_of("a: |\n  , x\n  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\nb: 1\n") == "ok");
  CHECK(error_of("a: >- # folded\n  , x\n").rfind("ok", 0) == 0);
  CHECK(error_of("a: |\n  x\n, y\n") == "in.yaml:3:1: " + message);
  // After a quoted scalar or a closed bracket (yaml-cpp loops on `"",` and `[a],`).
  CHECK(error_of("\"\",") == "in.yaml:1:3: " + message);
  CHECK(error_of("---\n!,") == "in.yaml:2:2: " + message);        // a tag ends at a flow indicator
  CHECK(error_of("a: &x[1]\n") == "ok");
  CHECK(error_of("a: \"say \\\"hi\\\", then go\"\n") == "ok"); // an escaped quote does not end the string
  CHECK(error_of("a: 'it''s, fine'\n") == "ok");
  CHECK(error_of("---\n\t\t,") == "in.yaml:2:3: " + message); // tabs separate tokens too
  CHECK(error_of("'x' ,") == "in.yaml:1:5: " + message);
  CHECK(error_of("[a],") == "in.yaml:1:4: " + message);
  CHECK(error_of("{a: 1},") == "in.yaml:1:7: " + message);
  CHECK(error_of("a: \"x\",") == "in.yaml:1:7: " + message);
  // Commas inside plain text, in brackets, or in quotes are text or separators, not stray.
  CHECK(error_of("a: b, c\nd: e ,\n\"f\": 1,\ng: [\"h\", 'i', {j: k}]\nl: \"m, n\"\n") == "ok");
  // A bracket inside plain text opens nothing, so the comma after it is still caught.
  CHECK(error_of("- name: see {x\n, y\n") == "in.yaml:2:1: " + message);
  CHECK(error_of("a: see " + std::string(80, '[') + "\n") == "ok");
}
