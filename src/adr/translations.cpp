#include <ragft/adr/translations.hpp>

#include <algorithm>
#include <cctype>
#include <map>

#include "adr/words.hpp"

namespace ragft {

namespace {

using adr_words::lower;

// Languages documentation sites are translated into (ISO 639-1): a folder or suffix named by one of
// these, alone or with a region or script (`pt-BR`, `zh_CN`, `zh-hans`), is a language.
constexpr std::string_view k_languages[] = {"ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et",
                                            "fa", "fi", "fr", "he", "hi", "hr", "hu", "id", "it", "ja",
                                            "ko", "lt", "lv", "nb", "nl", "no", "pl", "pt", "ro", "ru",
                                            "sk", "sl", "sr", "sv", "th", "tr", "uk", "vi", "zh"};

bool is_language_tag(std::string_view text) {
  const std::string tag = lower(text);
  const std::string_view base = std::string_view(tag).substr(0, 2);
  if (tag.size() < 2 || std::find(std::begin(k_languages), std::end(k_languages), base) == std::end(k_languages)) {
    return false;
  }
  if (tag.size() == 2) {
    return true;
  }
  // a region (two letters) or a script (four): `pt-BR`, `zh_CN`, `zh-hans`; not a word (`it-ops`)
  const std::string_view rest = std::string_view(tag).substr(3);
  return (tag[2] == '-' || tag[2] == '_') && (rest.size() == 2 || rest.size() == 4) &&
         std::all_of(rest.begin(), rest.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
}

// The path's parts between `/`.
std::vector<std::string_view> parts_of(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    parts.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string joined(const std::vector<std::string_view>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    out += (i == 0 ? "" : "/");
    out += parts[i];
  }
  return out;
}

// `0001-x.es.md` -> language `es`, name `0001-x.md`; none for `0001-x.md`.
bool split_suffix(std::string_view name, std::string& language, std::string& plain) {
  const std::size_t extension = name.rfind('.');
  if (extension == std::string_view::npos || extension == 0) {
    return false;
  }
  const std::size_t tag = name.rfind('.', extension - 1);
  if (tag == std::string_view::npos || tag == 0 || !is_language_tag(name.substr(tag + 1, extension - tag - 1))) {
    return false;
  }
  language = lower(name.substr(tag + 1, extension - tag - 1));
  plain = std::string(name.substr(0, tag)) + std::string(name.substr(extension));
  return true;
}

// Which of a group's files is kept: no language, then English, then the first.
int rank(const PathLanguage& p) {
  if (p.language.empty()) {
    return 0;
  }
  return p.language.rfind("en", 0) == 0 ? 1 : 2;
}

} // namespace

PathLanguage path_language(std::string_view path) {
  std::vector<std::string_view> parts = parts_of(path);
  std::string language;
  std::string plain;
  if (!parts.empty() && split_suffix(parts.back(), language, plain)) {
    parts.back() = plain;
  }
  for (std::size_t i = parts.size() >= 2 ? parts.size() - 1 : 0; i-- > 0;) {
    if (is_language_tag(parts[i])) {
      language = language.empty() ? lower(parts[i]) : language; // a suffix says the file's own language
      parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  }
  return PathLanguage{language, joined(parts)};
}

std::vector<Translation> find_translations(const std::vector<std::string>& paths) {
  std::map<std::string, std::vector<std::size_t>> groups; // key -> indexes into paths
  std::vector<PathLanguage> languages;
  languages.reserve(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    languages.push_back(path_language(paths[i]));
    groups[languages.back().key].push_back(i);
  }
  std::vector<bool> translated(paths.size(), false);
  std::vector<std::string> original_of(paths.size());
  for (const auto& [key, members] : groups) {
    if (members.size() < 2) {
      continue;
    }
    const auto kept = *std::min_element(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      const int ra = rank(languages[a]);
      const int rb = rank(languages[b]);
      return ra != rb ? ra < rb : paths[a] < paths[b];
    });
    for (const std::size_t m : members) {
      if (m != kept && languages[m].language != languages[kept].language) {
        translated[m] = true;
        original_of[m] = paths[kept];
      }
    }
  }
  std::vector<Translation> out;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (translated[i]) {
      out.push_back(Translation{paths[i], original_of[i], languages[i].language});
    }
  }
  return out;
}

} // namespace ragft
