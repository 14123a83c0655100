#include <catch2/catch.hpp>

#include <ragft/base/names.hpp>

using namespace ragft;

TEST_CASE("a name is one line of UTF-8 text of at most 200 characters") {
  CHECK(name_problem("Acme support assistant").empty());
  CHECK(name_problem("Café Übersee 東京").empty());
  // 200 characters of two bytes each are 200 characters, not 400.
  std::string accented;
  for (int i = 0; i < 200; ++i) {
    accented += "é";
  }
  CHECK(name_problem(accented).empty());
  CHECK(name_problem(accented + "é") == "is 201 characters long");
  CHECK(name_problem(std::string(20000, 'x')) == "is 20000 characters long");
  CHECK(name_problem("a\xff"
                     "b") == "is not UTF-8 text (byte 2 is 0xff)");
  CHECK(name_problem("line1\nline2") == "holds a line break (character 6)");
  CHECK(name_problem("a\tb") == "holds a tab (character 2)");
  CHECK(name_problem("é\x1b[31m") == "holds a control character (0x1b) (character 2)");
  CHECK(name_problem(std::string("a\0b", 3)) == "holds a control character (0x00) (character 2)");
}

TEST_CASE("a long value is cut at a character boundary for a message") {
  CHECK(abbreviated("short", 10) == "short");
  CHECK(abbreviated("abcdef", 3) == "abc…");
  CHECK(abbreviated("ééééé", 2) == "éé…");
  CHECK(abbreviated("", 0).empty());
}

TEST_CASE("a slug keeps ASCII letters and digits, one dash between words, and a bounded length") {
  CHECK(slug("Acme support (EU)", 60, "x") == "acme-support-eu");
  CHECK(slug("--a--b--", 60, "x") == "a-b");
  CHECK(slug("???", 60, "fallback") == "fallback");
  CHECK(slug(std::string(100, 'a'), 60, "x") == std::string(60, 'a'));
  CHECK(slug("abc def", 4, "x") == "abc"); // cut after the dash, which is then dropped
}
