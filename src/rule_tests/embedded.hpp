#pragma once
// Files compiled into the binary (cmake/embed_files.cmake). Internal to the library.

#include <cstddef>
#include <string_view>

namespace ragft::detail {

struct EmbeddedText {
  std::string_view name; // the file's path in the repository
  std::string_view text;
};

// The default rule base's tests: the scenario suite and the examples.
extern const EmbeddedText k_default_rule_tests[];
extern const std::size_t k_default_rule_tests_count;

// The default rule base's cases: published decisions (cases/), for `ragft rules eval`.
extern const EmbeddedText k_default_cases[];
extern const std::size_t k_default_cases_count;

} // namespace ragft::detail
