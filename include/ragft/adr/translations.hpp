#pragma once
// ADRs a documentation site keeps in several languages: the same record in a folder named for each
// language (`docs/docs/en/adr/003-x.md` and `docs/docs/es/adr/003-x.md`; `docs/adr/0001-x.md` and its
// translation `docs/en/adr/0001-x.md`), or with the language before the extension
// (`0001-x.md` and `0001-x.es.md`, as mkdocs-static-i18n names them). A person counts one ADR in
// each. Pure: it reads paths only.

#include <string>
#include <string_view>
#include <vector>

namespace ragft {

// The language a path is written in by its layout: the last folder named only by a language tag
// (`en`, `es`, `pt-BR`, `zh_CN`, `zh-hans`), or a tag before the file's extension (`0001-x.es.md`);
// "" when neither (a suffix says the file's own language where both are written). `key` is the path
// with that folder and tag left out: the paths of one record in several languages have one key.
struct PathLanguage {
  std::string language;
  std::string key;
};
PathLanguage path_language(std::string_view path);

// A file among ADRs read that is the translation of another one: the same key (`path_language`) in
// another language.
struct Translation {
  std::string path;
  std::string original;
  std::string language;
};

// The translations among `paths`. In each group of one key, the file kept is the one written with no
// language (the site's default), else the one in English, else the first by path; the others are its
// translations, in the order of `paths`.
std::vector<Translation> find_translations(const std::vector<std::string>& paths);

} // namespace ragft
