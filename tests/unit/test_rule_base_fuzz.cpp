// Bad rule bases never crash ragft: truncated, mangled and shuffled ones are refused with an
// InputError naming a position, or load; and whatever loads can be linted, shown and tested.

#include <catch2/catch.hpp>

#include <sstream>

#include <ragft/rule_tests/rule_tests.hpp>
#include <ragft/rules/lint.hpp>
#include <ragft/rules/show.hpp>

#include "helpers.hpp"

using namespace ragft;

namespace {

// Loads `text`; anything but success or an InputError fails the test. Returns whether it loaded.
bool survives(const std::string& text) {
  try {
    const RuleBase rules = load_rule_base(text, "fuzz.yaml");
    lint_rule_base(rules);
    std::ostringstream out;
    render_rule_base(out, rules, ShowFormat::markdown);
    load_rule_tests(text, "fuzz.yaml", rules);
    return true;
  } catch (const InputError& e) {
    CHECK(e.diagnostic().where.file == "fuzz.yaml");
    return false;
  }
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::string line;
  std::istringstream in{std::string(text)};
  while (std::getline(in, line)) {
    lines.push_back(line);
  }
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    out += line + "\n";
  }
  return out;
}

// A small deterministic generator, so that failures reproduce.
struct Lcg {
  std::uint32_t state = 12345;
  std::uint32_t next(std::uint32_t bound) {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) % bound;
  }
};

} // namespace

TEST_CASE("truncated rule bases are refused cleanly") {
  const std::string text(default_rule_base_text());
  for (std::size_t length = 0; length < text.size(); length += 97) {
    INFO("truncated at " << length);
    survives(text.substr(0, length));
  }
}

TEST_CASE("rule bases with a line removed are refused cleanly or load") {
  const std::vector<std::string> lines = split_lines(default_rule_base_text());
  for (std::size_t i = 0; i < lines.size(); i += 3) {
    INFO("without line " << i + 1);
    std::vector<std::string> cut = lines;
    cut.erase(cut.begin() + static_cast<std::ptrdiff_t>(i));
    survives(join_lines(cut));
  }
}

TEST_CASE("mangled characters and extended rule bases are refused cleanly") {
  const std::string base(default_rule_base_text());
  const std::string noise = "{}[]:-,'\"#&*!|>%@` \n\t0123456789ax";
  Lcg random;
  for (int round = 0; round < 300; ++round) {
    std::string text = base;
    for (int k = 0; k < 3; ++k) {
      text[random.next(static_cast<std::uint32_t>(text.size()))] =
          noise[random.next(static_cast<std::uint32_t>(noise.size()))];
    }
    INFO("round " << round);
    survives(text);
  }
  const std::string custom = "ragft_rules: 1\nname: c\nextends: default\ndisable: [low-budget]\n"
                             "rules:\n  - {id: high-budget, points: {rag: 2}}\n";
  for (std::size_t length = 0; length <= custom.size(); ++length) {
    survives(custom.substr(0, length));
  }
  for (const char* odd : {"extends: [default]", "extends: {a: b}", "disable: high-volume", "disable: [[x]]",
                          "rules: {a: b}", "rules: [[1]]", "facts: 3", "sources: [a]", "decision: [1]", "tests: {a: 1}",
                          "tests: [[1]]", "rules:\n  - {id: [x]}", "rules:\n  - {id: low-budget, points: 3}"}) {
    INFO(odd);
    survives(std::string("ragft_rules: 1\nname: c\nextends: default\n") + odd + "\n");
  }
}
