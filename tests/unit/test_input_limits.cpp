#include <catch2/catch.hpp>

#include <string>
#include <variant>

#include <ragft/base/input_limits.hpp>
#include <ragft/spec/spec.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

std::string limits_error(const std::string& text, InputLimits limits = InputLimits{}) {
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
  CHECK(limits_error("ragft: 1\nproject: x\nfacts: {a: [1, 2]}\n") == "ok");
  CHECK(limits_error("\xEF\xBB\xBFragft: 1\r\nproject: \"caf\xC3\xA9 [x\"\r\n") == "ok");
  const Spec spec = test::spec("\xEF\xBB\xBFragft: 1\r\nproject: CRLF\r\nfacts:\r\n  labeled_examples: 5\r\n");
  CHECK(spec.project == "CRLF");
}

TEST_CASE("binary and non-UTF-8 input is named, with where it starts") {
  CHECK(limits_error(std::string("ragft: 1\nproject: \0x\n", 20)) ==
        "in.yaml:2:10: binary data (a NUL byte): expected a YAML or JSON text file");
  CHECK(limits_error("ragft: 1\nproject: caf\xE9\n") ==
        "in.yaml:2:13: invalid UTF-8: expected UTF-8 text; convert the file, e.g. `iconv -f windows-1252 -t utf-8`");
  CHECK(limits_error("a: \xC0\xAF\n").rfind("in.yaml:1:4: invalid UTF-8", 0) == 0);     // overlong
  CHECK(limits_error("a: \xED\xA0\x80\n").rfind("in.yaml:1:4: invalid UTF-8", 0) == 0); // surrogate
  CHECK(limits_error("a: \xE2\x82\n").rfind("in.yaml:1:4: invalid UTF-8", 0) == 0);     // truncated
}

TEST_CASE("size, line length, nesting, aliases and documents are limited") {
  InputLimits small;
  small.max_bytes = 10;
  CHECK(limits_error("ragft: 1\nproject: x\n", small) == "in.yaml:1:1: file is 20 bytes; the limit is 10 bytes");
  CHECK(limits_error("a: " + std::string(20000, 'x') + "\n") ==
        "in.yaml:1:1: line longer than 16384 characters; break it up (is this really a YAML file?)");
  CHECK(limits_error("a: " + repeat("[", 65) + repeat("]", 65) + "\n") ==
        "in.yaml:1:1: nested more than 64 levels deep; a spec needs only a few levels");
  CHECK(limits_error("a: " + repeat("[", 60) + repeat("]", 60) + "\n") == "ok");
  CHECK(limits_error(repeat("- ", 70) + "x\n").rfind("in.yaml:1:1: nested more than 64", 0) == 0);
  std::string indented = "a:\n";
  for (int i = 1; i <= 70; ++i) {
    indented += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  }
  CHECK(limits_error(indented).rfind("in.yaml:65:1: nested more than 64", 0) == 0);
  CHECK(limits_error("a: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\n") == "ok");
  CHECK(limits_error(repeat("---\na: 1\n", 1001)).rfind("in.yaml:2001:1: more than 1000 YAML documents", 0) == 0);
}

TEST_CASE("a billion-laughs file is stopped by the alias limit") {
  std::string bomb = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n";
  for (char name = 'b'; name <= 'i'; ++name) {
    const char prev = static_cast<char>(name - 1);
    bomb += std::string(1, name) + ": &" + name + " [" + repeat(std::string("*") + prev + ", ", 8) + "*" + prev + "]\n";
  }
  CHECK(limits_error(bomb) == "in.yaml:5:1: more than 32 YAML aliases (`*name`); alias expansion is limited");
  const auto documents = parse_specs(bomb, "bomb.yaml", test::rules());
  REQUIRE(documents.size() == 1);
  CHECK(std::holds_alternative<Diagnostic>(documents[0]));
}

namespace {

// The error of the first document of `text` read as a spec, or "ok" if it parses.
std::string parse_error_of(const std::string& text) {
  const auto documents = parse_specs(text, "in.yaml", test::rules());
  for (const SpecDocument& document : documents) {
    if (const auto* error = std::get_if<Diagnostic>(&document)) {
      return error->to_string();
    }
  }
  return "ok";
}

} // namespace

// yaml-cpp 0.7's LoadAll loops forever on these (upstream issues #1040, #499); ragft's own loop
// over the parser stops at the document that makes no progress: the position of the token it
// cannot consume (counted by hand from the text) is in the message.
TEST_CASE("texts that made yaml-cpp's LoadAll loop are refused where the parser stops") {
  const std::string message = "invalid YAML: unexpected `,` where a value or the end of the document was expected";
  CHECK(parse_error_of(",").rfind("in.yaml:1:1: " + message, 0) == 0);
  CHECK(parse_error_of("\"\n\",").rfind("in.yaml:2:2: " + message, 0) == 0);
  CHECK(parse_error_of("\"\",").rfind("in.yaml:1:3: " + message, 0) == 0);
  CHECK(parse_error_of("[a],").rfind("in.yaml:1:4: " + message, 0) == 0);
  CHECK(parse_error_of("!,").rfind("in.yaml:1:2: " + message, 0) == 0);
  CHECK(parse_error_of(" :\n,").rfind("in.yaml:2:1: " + message, 0) == 0);
  CHECK(parse_error_of("---\n\t\t,").rfind("in.yaml:2:3: " + message, 0) == 0);
  CHECK(parse_error_of("{a: 1},").rfind("in.yaml:1:7: " + message, 0) == 0);
  // The input scan no longer guesses at them: it passes them on to the parser's loop.
  CHECK(limits_error("\"\n\",") == "ok");
  CHECK(limits_error("[a],") == "ok");
}

TEST_CASE("the scan counts brackets only where a node starts, outside quotes and comments") {
  CHECK(limits_error("a: |\n  , x\n  " + std::string(70, '[') + "\nb: 1\n") == "ok");
  CHECK(limits_error("a: &x[1]\n") == "ok");
  CHECK(limits_error("a: \"say \\\"[[[\\\", then go\"\n") == "ok"); // an escaped quote does not end the string
  CHECK(limits_error("a: 'it''s, fine'\n") == "ok");
  CHECK(limits_error("a: see " + std::string(80, '[') + "\n") == "ok");
  CHECK(limits_error("a: x # " + std::string(80, '[') + "\n") == "ok");
  CHECK(limits_error("a: " + std::string(80, '[') + "\n").rfind("in.yaml:1:1: nested more than 64 levels deep", 0) ==
        0);
  CHECK(limits_error("a: !t " + std::string(80, '{') + "\n").rfind("in.yaml:1:1: nested more than 64", 0) == 0);
  // A quoted scalar goes on over lines (as `ask --save` writes a long description): its next lines
  // are text, brackets, dashes and comment signs included; after its closing quote, structure again.
  CHECK(limits_error("a: \"x\\\n  " + std::string(80, '[') + "\\\n  # - - - y\"\nb: 1\n") == "ok");
  CHECK(limits_error("a: 'x\n  " + std::string(80, '{') + " y'\n") == "ok");
  CHECK(limits_error("a: \"x\"\nb: " + std::string(80, '[') + "\n").rfind("in.yaml:2:1: nested more than 64", 0) == 0);
}

TEST_CASE("the first byte that is not UTF-8 is found without a copy, as valid_utf8 finds it") {
  using ragft::first_invalid_utf8;
  CHECK(first_invalid_utf8("plain ascii") == std::string_view::npos);
  CHECK(first_invalid_utf8("±30% — naïve 日本") == std::string_view::npos);
  CHECK(first_invalid_utf8(std::string_view("nul\0ok", 6)) == std::string_view::npos); // NUL is UTF-8
  CHECK(first_invalid_utf8("caf\xe9") == 3);                                           // Latin-1 é
  CHECK(first_invalid_utf8("ab\xe2\x82") == 2);                                        // cut short
  CHECK(first_invalid_utf8("\xc0\xaf") == 0);                                          // overlong
  std::size_t first = 0;
  ragft::valid_utf8("ab\xff", first);
  CHECK(first_invalid_utf8("ab\xff") == first);
}
