#pragma once
// A table of names for an enum's values (the output formats of each command): look a value up
// by name, and list the names in table order for --help and CLI11's choice checks.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ragft {

template <typename E> struct Named {
  std::string_view name;
  E value;
};

template <typename E, std::size_t N> std::optional<E> find_named(const Named<E> (&table)[N], std::string_view name) {
  for (const Named<E>& entry : table) {
    if (entry.name == name) {
      return entry.value;
    }
  }
  return std::nullopt;
}

template <typename E, std::size_t N> std::vector<std::string> names_of(const Named<E> (&table)[N]) {
  std::vector<std::string> names;
  names.reserve(N);
  for (const Named<E>& entry : table) {
    names.emplace_back(entry.name);
  }
  return names;
}

} // namespace ragft
