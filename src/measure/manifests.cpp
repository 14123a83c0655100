#include <ragft/measure/manifests.hpp>

#include <algorithm>
#include <cctype>
#include <functional>

#include <nlohmann/json.hpp>

#include <ragft/base/text.hpp>

#include "measure/packages.hpp"

namespace ragft {

namespace {

using Reader = std::function<std::vector<std::string>(std::string_view)>;

constexpr std::string_view k_manifest_kind_names[] = {"retrieval framework", "vector store", "fine-tuning library"};

template <typename F> void for_each_line(std::string_view text, F f) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end;
    f(trim(text.substr(start, end - start)));
    start = end + 1;
  }
}

// A Python distribution name as PEP 503 compares them: lower case, runs of `_`, `.`, `-` as `-`.
std::string python_name(std::string_view spec) {
  std::string name;
  for (const char c : spec) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (c == '-' || c == '_' || c == '.') {
      name += name.empty() || name.back() == '-' ? "" : "-";
    } else {
      break;
    }
  }
  return name;
}

std::vector<std::string> requirements(std::string_view text) {
  std::vector<std::string> names;
  for_each_line(text, [&](std::string_view line) {
    if (!line.empty() && line.front() != '#' && line.front() != '-') {
      names.push_back(python_name(line));
    }
  });
  return names;
}

// The strings quoted with `"` or `'` in `line`.
std::vector<std::string> quoted(std::string_view line) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while ((i = line.find_first_of("\"'", i)) != std::string_view::npos) {
    const std::size_t end = line.find(line[i], i + 1);
    if (end == std::string_view::npos) {
      break;
    }
    out.emplace_back(line.substr(i + 1, end - i - 1));
    i = end + 1;
  }
  return out;
}

// pyproject.toml: the keys of `[...dependencies]` tables (Poetry) and the strings of arrays whose
// key names dependencies or requirements (PEP 621, build-system).
std::vector<std::string> pyproject(std::string_view text) {
  std::vector<std::string> names;
  bool in_table = false;
  bool in_array = false;
  for_each_line(text, [&](std::string_view line) {
    if (!in_array && !line.empty() && line.front() == '[') {
      in_table = line.find("dependencies") != std::string_view::npos;
      return;
    }
    const std::size_t eq = line.find('=');
    const std::string_view key = trim(line.substr(0, eq == std::string_view::npos ? 0 : eq));
    if (!in_array && eq != std::string_view::npos && line.find('[', eq) != std::string_view::npos &&
        (key.find("dependencies") != std::string_view::npos || key == "requires" || in_table)) {
      in_array = true;
    } else if (in_table && !in_array && eq != std::string_view::npos) {
      names.push_back(python_name(key));
    }
    if (in_array) {
      for (const std::string& s : quoted(line)) {
        names.push_back(python_name(s));
      }
      in_array = line.find(']') == std::string_view::npos;
    }
  });
  return names;
}

std::vector<std::string> package_json(std::string_view text) {
  std::vector<std::string> names;
  const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (!doc.is_object()) {
    return names;
  }
  for (const char* key : {"dependencies", "devDependencies", "peerDependencies", "optionalDependencies"}) {
    if (const auto it = doc.find(key); it != doc.end() && it->is_object()) {
      for (const auto& item : it->items()) {
        names.push_back(item.key());
      }
    }
  }
  return names;
}

std::vector<std::string> go_mod(std::string_view text) {
  std::vector<std::string> names;
  bool in_block = false;
  for_each_line(text, [&](std::string_view line) {
    if (line.substr(0, 9) == "require (") {
      in_block = true;
    } else if (in_block && line.substr(0, 1) == ")") {
      in_block = false;
    } else if (in_block || line.substr(0, 8) == "require ") {
      const std::string_view rest = in_block ? line : trim(line.substr(8));
      names.emplace_back(rest.substr(0, rest.find_first_of(" \t")));
    }
  });
  return names;
}

std::string xml_element(std::string_view block, std::string_view tag) {
  const std::string open = "<" + std::string(tag) + ">";
  const std::size_t b = block.find(open);
  const std::size_t e = block.find("</" + std::string(tag) + ">");
  return b == std::string_view::npos || e == std::string_view::npos || e < b
             ? std::string()
             : std::string(trim(block.substr(b + open.size(), e - b - open.size())));
}

std::vector<std::string> pom_xml(std::string_view text) {
  std::vector<std::string> names;
  std::size_t i = 0;
  while ((i = text.find("<dependency>", i)) != std::string_view::npos) {
    const std::size_t end = text.find("</dependency>", i);
    const std::string_view block = text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
    names.push_back(xml_element(block, "groupId") + ":" + xml_element(block, "artifactId"));
    i += block.size();
  }
  return names;
}

// build.gradle(.kts): strings of the form `group:artifact[:version]`.
std::vector<std::string> gradle(std::string_view text) {
  std::vector<std::string> names;
  for_each_line(text, [&](std::string_view line) {
    for (const std::string& s : quoted(line)) {
      const std::size_t colon = s.find(':');
      if (colon != std::string::npos && colon > 0 && s.find(' ') == std::string::npos) {
        names.push_back(s.substr(0, s.find(':', colon + 1)));
      }
    }
  });
  return names;
}

const Reader* reader_for(std::string_view name) {
  static const Reader requirements_reader = requirements, pyproject_reader = pyproject, package_reader = package_json,
                      go_reader = go_mod, pom_reader = pom_xml, gradle_reader = gradle;
  if (name.substr(0, 12) == "requirements" && name.size() >= 16 && name.substr(name.size() - 4) == ".txt") {
    return &requirements_reader;
  }
  // clang-format off
  const std::pair<std::string_view, const Reader*> table[] = {
      {"pyproject.toml", &pyproject_reader}, {"package.json", &package_reader}, {"go.mod", &go_reader},
      {"pom.xml", &pom_reader},              {"build.gradle", &gradle_reader}, {"build.gradle.kts", &gradle_reader},
  };
  // clang-format on
  for (const auto& [file, reader] : table) {
    if (file == name) {
      return reader;
    }
  }
  return nullptr;
}

} // namespace

std::string_view to_string(EvidenceKind kind) { return k_manifest_kind_names[static_cast<int>(kind)]; }

bool is_manifest(std::string_view file_name) { return reader_for(file_name) != nullptr; }

std::vector<std::string> manifest_dependencies(std::string_view file_name, std::string_view text) {
  const Reader* reader = reader_for(file_name);
  std::vector<std::string> names = reader ? (*reader)(text) : std::vector<std::string>{};
  std::erase_if(names, [](const std::string& n) { return n.empty(); });
  return names;
}

std::vector<DependencyEvidence> dependency_evidence(std::string_view path, std::string_view file_name,
                                                    std::string_view text) {
  std::vector<DependencyEvidence> out;
  for (const std::string& name : manifest_dependencies(file_name, text)) {
    const bool seen =
        std::any_of(out.begin(), out.end(), [&](const DependencyEvidence& e) { return e.package == name; });
    if (const KnownPackage* p = find_known_package(name); p && !seen) {
      out.push_back(DependencyEvidence{std::string(path), name, p->kind});
    }
  }
  return out;
}

} // namespace ragft
