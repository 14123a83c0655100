// JsonWriter (render, internal) writes what nlohmann's ordered_json::dump() writes for the same
// values: the score outputs' bytes did not change when they stopped building JSON objects.

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "render/json_writer.hpp"

namespace {

using Json = nlohmann::ordered_json;

std::string written_double(double x) {
  std::string out;
  ragft::JsonWriter w(out);
  w.value(x);
  return out;
}

std::string written_string(const std::string& s) {
  std::string out;
  ragft::JsonWriter w(out);
  w.value(s);
  return out;
}

} // namespace

TEST_CASE("numbers are written as nlohmann writes them: a double always with a point or exponent") {
  for (const double x : {0.0, -0.0, 1.0, 2.5, -1.5, 0.3, 0.1 + 0.2, 1.0 / 3, 0.6021685513789972, 1e-7, 1e-5, 0.0001,
                         123456789012345.0, 1e15, 1e16, 1e21, 4.9e-324, std::numeric_limits<double>::max()}) {
    INFO(x);
    CHECK(written_double(x) == Json(x).dump());
  }
  CHECK(written_double(2.0) == "2.0");
  CHECK(written_double(std::nan("")) == "null");
  CHECK(written_double(std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("strings are escaped as nlohmann escapes them, UTF-8 kept") {
  const std::vector<std::string> texts = {"",
                                          "plain",
                                          "quote \" and \\ backslash",
                                          "tab\there\nnew line\r\b\f",
                                          std::string("nul\0x", 5),
                                          "\x01\x1f\x7f",
                                          "±30% of 2,000 draws",
                                          "日本語 é"};
  for (const std::string& s : texts) {
    INFO(s);
    CHECK(written_string(s) == Json(s).dump());
  }
  CHECK(written_string("a\x01") == "\"a\\u0001\"");
}

TEST_CASE("a byte that needs escaping is found at any place in a long string") {
  // Plain ASCII is copied eight bytes at a time: each kind of byte that is not plain is put at
  // every place of a 24-byte string (three words), at the word edges too, and before a short tail.
  const std::vector<std::string> odds = {"\"", "\\", "\n", std::string(1, '\0'), "\x1f", "\x7f", "\xc3\xa9", "~", " "};
  for (const std::string& odd : odds) {
    for (const std::size_t length :
         {std::size_t{7}, std::size_t{8}, std::size_t{9}, std::size_t{23}, std::size_t{24}}) {
      for (std::size_t at = 0; at + odd.size() <= length; ++at) {
        std::string s(length, 'a');
        s.replace(at, odd.size(), odd);
        INFO(length << " " << at << " " << Json(s).dump());
        CHECK(written_string(s) == Json(s).dump());
      }
    }
  }
}

TEST_CASE("text that is not UTF-8 gets a replacement character instead of breaking the output") {
  CHECK(written_string("caf\xe9.yaml") == "\"caf\xef\xbf\xbd.yaml\"");
}

TEST_CASE("objects and arrays are compact, keys in the order written, as an ordered_json dump") {
  std::string out;
  ragft::JsonWriter w(out);
  w.begin_object();
  w.field("b", 1);
  w.field("a", std::string("x"));
  w.key("list");
  w.begin_array();
  w.value(true);
  w.null();
  w.begin_object();
  w.end_object();
  w.begin_array();
  w.end_array();
  w.value(std::uint64_t{18446744073709551615U});
  w.value(-3);
  w.end_array();
  w.field("names", std::vector<std::string>{"p", "q"});
  w.field("half", 0.5);
  w.end_object();
  Json expected = Json::object();
  expected["b"] = 1;
  expected["a"] = "x";
  expected["list"] =
      Json::array({true, nullptr, Json::object(), Json::array(), std::uint64_t{18446744073709551615U}, -3});
  expected["names"] = {"p", "q"};
  expected["half"] = 0.5;
  CHECK(out == expected.dump());
}
