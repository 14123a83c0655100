// Finding ADR folders by searching a repository's tree when none is where the ADR tools put one:
// the names that say ADRs, the files that say ADRs, and what the search leaves alone. The trees
// are made here, in memory, after the layouts of real repositories (docs/check.md).

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include <ragft/adr/folders.hpp>
#include <ragft/adr/search.hpp>
#include <ragft/adr/translations.hpp>

using namespace ragft;

namespace {

// A tree in memory: every path listed is a file, its parent folders are made from the path.
class Tree {
public:
  Tree(std::initializer_list<std::string> files) {
    for (const std::string& file : files) {
      std::string folder = ".";
      std::string rest = file;
      for (std::size_t slash = rest.find('/'); slash != std::string::npos; slash = rest.find('/')) {
        add(folder, FolderEntry{rest.substr(0, slash), true});
        if (folder == ".") {
          folder = rest.substr(0, slash);
        } else {
          folder += '/';
          folder += rest.substr(0, slash);
        }
        rest = rest.substr(slash + 1);
      }
      add(folder, FolderEntry{rest, false});
    }
  }
  ListFolder lister() const {
    return [this](const std::string& path) {
      const auto it = m_folders.find(path);
      return it == m_folders.end() ? std::vector<FolderEntry>{} : it->second;
    };
  }

private:
  void add(const std::string& folder, const FolderEntry& entry) {
    std::vector<FolderEntry>& entries = m_folders[folder];
    for (const FolderEntry& e : entries) {
      if (e.name == entry.name) {
        return;
      }
    }
    entries.push_back(entry);
  }
  std::map<std::string, std::vector<FolderEntry>> m_folders;
};

std::vector<std::string> paths_of(const std::vector<FoundAdrFolder>& found) {
  std::vector<std::string> paths;
  paths.reserve(found.size());
  for (const FoundAdrFolder& folder : found) {
    paths.push_back(folder.path + (folder.by_name ? "" : " (files)"));
  }
  return paths;
}

std::vector<std::string> search(const Tree& tree, const AdrSearchLimits& limits = {}) {
  return paths_of(search_adr_folders(".", tree.lister(), limits));
}

} // namespace

TEST_CASE("search: folder names that say ADRs, and titles that do not", "[adr][search]") {
  for (const char* name : {"adr", "ADR", "adrs", "docs-adr", "historic-adrs", "proposed-adrs", "decisions",
                           "design-decisions", "04-design-decisions", "architecture-decisions", "decision-records",
                           "architecture-decision-records", "architectural_decision_records", "decision-log", "adr-log",
                           "architecture-decision-record-adrs", "decision-records-adr"}) {
    INFO(name);
    CHECK(is_adr_folder_name(name));
  }
  // Guides about ADRs (a repository of ADR advice) and unrelated names.
  for (const char* name : {"how-to-start-using-adrs", "teamwork-advice-for-adrs", "adr-사용을-시작하는-방법",
                           "cyngor-gwaith-tîm-ar-gyfer-adrs", "what-is-an-architecture-decision-record", "architecture",
                           "docs", "adr-tools", "radr", "decisioning", "capturing-decisions", "making-decisions"}) {
    INFO(name);
    CHECK_FALSE(is_adr_folder_name(name));
  }
}

TEST_CASE("a README is an ADR only as the record of a numbered folder", "[adr][search]") {
  CHECK(is_numbered_folder_readme("0001-use-decision-records", "README.md"));
  CHECK(is_numbered_folder_readme("20240102-pick-a-store", "readme.markdown"));
  CHECK_FALSE(is_numbered_folder_readme("decisions", "README.md"));
  CHECK_FALSE(is_numbered_folder_readme("adr-template", "README.md"));
  CHECK_FALSE(is_numbered_folder_readme("0001-x", "NOTES.md"));
}

TEST_CASE("search: file names that say ADRs", "[adr][search]") {
  CHECK(is_adr_numbered_file("adr-001-use-adrs.md"));
  CHECK(is_adr_numbered_file("ADR-0013.md"));
  CHECK(is_adr_numbered_file("ODH-ADR-0001-data-hub.md"));
  CHECK(is_adr_numbered_file("adr_12_queues.markdown"));
  CHECK(is_adr_numbered_file("ADR0007-cache.md"));
  CHECK_FALSE(is_adr_numbered_file("adr-001.txt"));
  CHECK_FALSE(is_adr_numbered_file("adr-overview.md"));
  CHECK_FALSE(is_adr_numbered_file("ADR-0000-template.md"));
  CHECK(is_numbered_markdown_file("0001-use-postgres.md"));
  CHECK(is_numbered_markdown_file("012_queues.md"));
  CHECK_FALSE(is_numbered_markdown_file("intro-01.md"));
  CHECK(is_adr_about_adrs_file("0001-record-architecture-decisions.md"));
  CHECK(is_adr_about_adrs_file("000-architecture-decision-records.md"));
  CHECK(is_adr_about_adrs_file("0000-use-markdown-architectural-decision-records.md"));
  CHECK(is_adr_about_adrs_file("001-use-adrs.md"));
  CHECK_FALSE(is_adr_about_adrs_file("01-introduction-and-goals.md")); // arc42 chapters
  CHECK_FALSE(is_adr_about_adrs_file("0002-decision-on-queues.md"));
  // A numbered chapter named only for ADRs, among a workflow's other chapters, is a guide.
  CHECK_FALSE(is_adr_about_adrs_file("03-adr.md"));
  CHECK_FALSE(is_adr_about_adrs_file("004_ADRs.md"));
}

TEST_CASE("search: a folder of numbered guides, one of them about ADRs, is no ADR folder", "[adr][search]") {
  const Tree tree{"docs/adrs/adr-20240101-use-postgres.md", "rules/00-workflow.md", "rules/01-prd.md",
                  "rules/02-spec.md", "rules/03-adr.md"};
  const auto found = search_adr_folders(".", tree.lister());
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "docs/adrs");
}

TEST_CASE("search: template names, and ADRs about templates", "[adr][search]") {
  CHECK_FALSE(adr_file_skip_reason("adr-template.md").empty());
  CHECK_FALSE(adr_file_skip_reason("0000-template.md").empty());
  CHECK_FALSE(adr_file_skip_reason("ODH-ADR-0000-template.md").empty());
  CHECK_FALSE(adr_file_skip_reason("template-madr-minimal.md").empty());
  CHECK_FALSE(adr_file_skip_reason("decision-record-template-by-jane-doe.md").empty());
  CHECK(adr_file_skip_reason("0014-project-templates.md").empty());
  CHECK(adr_file_skip_reason("0005-use-a-template-engine.md").empty());
  CHECK(adr_file_skip_reason("0002-use-pull-request-templates.md").empty());
  // A template's name in the words of the ADR folder's language, or with a kind of template.
  CHECK_FALSE(adr_file_skip_reason("0000-modele-adr.md").empty());
  CHECK_FALSE(adr_file_skip_reason("0000-mod\xc3\xa8le-adr.md").empty());
  CHECK_FALSE(adr_file_skip_reason("ADR-Vorlage.md").empty());
  CHECK_FALSE(adr_file_skip_reason("plantilla.md").empty());
  CHECK_FALSE(adr_file_skip_reason("000-template-general.md").empty());
  CHECK(adr_file_skip_reason("0003-modelo-de-datos.md").empty());
  CHECK(adr_file_skip_reason("0004-choix-du-modele-adr.md").empty());
}

TEST_CASE("search: layouts of real repositories", "[adr][search]") {
  SECTION("adr-NNN files at the root: only those files") {
    const Tree tree{"adr-001-use-adrs.md", "adr-002-config.md", "ARCHITECTURE.md", "src/main.c"};
    const auto found = search_adr_folders(".", tree.lister());
    REQUIRE(found.size() == 1);
    CHECK(found[0].path == ".");
    CHECK_FALSE(found[0].by_name);
    CHECK(found[0].files == std::vector<std::string>{"adr-001-use-adrs.md", "adr-002-config.md"});
  }
  SECTION("a monorepo: numbered ADRs beside a first ADR about ADRs, and folders named for ADRs") {
    const Tree tree{"app/docs/architecture/000-architecture-decision-records.md",
                    "app/docs/architecture/001-react.md",
                    "app/docs/architecture/notes.md",
                    "app/docs/architecture/historic-adrs/dotenv.md",
                    "app/docs/architecture/proposed-adrs/x.md",
                    "app/docs/architecture/reviews/001-vendor.md",
                    "app/docs/guide/01-setup.md"};
    CHECK(search(tree) == std::vector<std::string>{"app/docs/architecture (files)",
                                                   "app/docs/architecture/historic-adrs",
                                                   "app/docs/architecture/proposed-adrs"});
    const auto found = search_adr_folders(".", tree.lister());
    CHECK(found[0].files == std::vector<std::string>{"app/docs/architecture/000-architecture-decision-records.md",
                                                     "app/docs/architecture/001-react.md"});
  }
  SECTION("a folder named for ADRs is taken whole, once") {
    const Tree tree{"architecture-decision-records/area/ODH-ADR-A-0001-x.md", "architecture-decision-records/0003-y.md",
                    "packages/a/docs/adrs/0001-a.md", "packages/b/docs/decisions/site/index.md"};
    CHECK(search(tree) == std::vector<std::string>{"architecture-decision-records", "packages/a/docs/adrs",
                                                   "packages/b/docs/decisions"});
  }
  SECTION("never: dependencies, build output, examples, tests, hidden folders, code named decisions") {
    const Tree tree{"node_modules/pkg/docs/adr/0001-x.md",
                    "vendor/lib/adr/0001-x.md",
                    "build/adr/0001-x.md",
                    "examples/docs/adr/0001-x.md",
                    "tests/fixtures/adr/0001-x.md",
                    ".cache/adr/0001-x.md", // a hidden folder (`.github` is searched: round thirty)
                    "src/decisions/engine.py",
                    "docs/01-introduction-and-goals.md",
                    "docs/02-constraints.md",
                    "docs/how-to-start-using-adrs/index.md"};
    CHECK(search(tree).empty());
  }
  SECTION("a Hugo site's archetypes (the templates of new pages) hold no ADRs") {
    const Tree tree{"archetypes/adr/index.md", "content/09_architecture-decisions/2021-03-07_java/index.md"};
    CHECK(search(tree) == std::vector<std::string>{"content/09_architecture-decisions"});
  }
  SECTION("bounded depth and count") {
    const Tree tree{"a/b/c/d/adr/0001-x.md"};
    CHECK(search(tree, AdrSearchLimits{4, 100}) == std::vector<std::string>{"a/b/c/d/adr"});
    CHECK(search(tree, AdrSearchLimits{3, 100}).empty());
    CHECK(search(tree, AdrSearchLimits{6, 3}).empty());
  }
}

TEST_CASE("round nine: decision logs kept in one file are found and named, not read as ADRs", "[adr][search]") {
  // Several decisions as sections of one file, under the names real repositories give such a log.
  CHECK(is_decision_log_name("DECISIONS.md"));
  CHECK(is_decision_log_name("decisions.md"));
  CHECK(is_decision_log_name("decision-log.md"));
  CHECK(is_decision_log_name("decisions.log.md"));
  CHECK(is_decision_log_name("rag_decision_log.md"));
  CHECK(is_decision_log_name("architecture-decisions.md"));
  // An ADR about decisions, a decision record's file, and files that are not Markdown are not logs.
  CHECK_FALSE(is_decision_log_name("0001-record-architecture-decisions.md"));
  CHECK_FALSE(is_decision_log_name("decision.md"));
  CHECK_FALSE(is_decision_log_name("how-we-make-decisions.md"));
  CHECK_FALSE(is_decision_log_name("decisions.txt"));
  const Tree tree{
      "README.md", "docs/decisions.md", "docs/guide.md", "memory/decision-log.md", "node_modules/x/DECISIONS.md",
      "src/app.py"};
  CHECK(search(tree).empty());
  CHECK(search_decision_logs(".", tree.lister()) ==
        std::vector<std::string>{"docs/decisions.md", "memory/decision-log.md"});
}

// Round fifteen: a documentation site's ADRs in several languages (zarvent/v2m-lab keeps each of
// its six ADRs in `docs/docs/en/adr/` and `docs/docs/es/adr/`; koriym/semantic-browser keeps
// `docs/adr/` and its English `docs/en/adr/`; mkdocs-static-i18n names a translation `0001-x.es.md`).
TEST_CASE("round fifteen: the language of an ADR's path, by its folder or its suffix", "[adr][search]") {
  const auto language = [](const char* path) { return path_language(path).language; };
  const auto key = [](const char* path) { return path_language(path).key; };
  CHECK(language("docs/docs/es/adr/003-faster-whisper.md") == "es");
  CHECK(key("docs/docs/es/adr/003-faster-whisper.md") == "docs/docs/adr/003-faster-whisper.md");
  CHECK(key("docs/docs/en/adr/003-faster-whisper.md") == "docs/docs/adr/003-faster-whisper.md");
  CHECK(language("docs/en/adr/0001-record-architecture-decisions.md") == "en");
  CHECK(key("docs/en/adr/0001-record-architecture-decisions.md") == "docs/adr/0001-record-architecture-decisions.md");
  CHECK(language("docs/adr/0001-use-rag.es.md") == "es");
  CHECK(key("docs/adr/0001-use-rag.es.md") == "docs/adr/0001-use-rag.md");
  CHECK(language("docs/pt-BR/adr/0001-x.md") == "pt-br");
  CHECK(language("i18n/zh_CN/adr/0001-x.md") == "zh_cn");
  // both: the suffix says the file's language, and the key has neither
  CHECK(language("docs/en/adr/0004-cache.es.md") == "es");
  CHECK(key("docs/en/adr/0004-cache.es.md") == "docs/adr/0004-cache.md");
  CHECK(language("docs/zh-hans/adr/0001-x.md") == "zh-hans");
  // not languages: words, other two-letter folders, a dotted name
  CHECK(language("docs/adr/0001-x.md").empty());
  CHECK(language("docs/it-ops/adr/0001-x.md").empty());
  CHECK(language("services/ui/adr/0001-x.md").empty());
  CHECK(language("docs/adr/0004-use-node.js.md").empty());
  CHECK(language("docs/adr/0002-python-3.11.md").empty());
}

TEST_CASE("round fifteen: the translations among the ADRs read, and the one each translates", "[adr][search]") {
  // clang-format off
  const std::vector<Translation> found = find_translations({
      "docs/adr/0001-use-rag.md", "docs/en/adr/0001-use-rag.md",               // the default, its English
      "site/docs/en/adr/003-whisper.md", "site/docs/es/adr/003-whisper.md",    // English kept
      "wiki/de/adr/0001-x.md", "wiki/fr/adr/0001-x.md",                        // neither: the first
      "api/docs/adr/0001-use-rag.md", "web/docs/adr/0001-use-rag.md",          // two projects, no language
      "notes/adr/0002-y.md", "notes/adr/0002-y.ja.md", "notes/adr/0002-y.ko.md" // suffixes
  });
  // clang-format on
  REQUIRE(found.size() == 5);
  CHECK(found[0].path == "docs/en/adr/0001-use-rag.md");
  CHECK(found[0].original == "docs/adr/0001-use-rag.md");
  CHECK(found[0].language == "en");
  CHECK(found[1].path == "site/docs/es/adr/003-whisper.md");
  CHECK(found[1].original == "site/docs/en/adr/003-whisper.md");
  CHECK(found[2].path == "wiki/fr/adr/0001-x.md");
  CHECK(found[2].original == "wiki/de/adr/0001-x.md");
  CHECK(found[3].path == "notes/adr/0002-y.ja.md");
  CHECK(found[3].original == "notes/adr/0002-y.md");
  CHECK(found[4].path == "notes/adr/0002-y.ko.md");
}

TEST_CASE("round nineteen: an unnumbered adr- file beside adr-NNN files is read with them", "[adr][search]") {
  // A draft not numbered yet (celestia-app keeps `adr-draft-spectrum-spec.md` beside
  // `adr-001-…md`): named as an ADR by its first word, as its neighbours are.
  CHECK(is_adr_named_file("adr-draft-spectrum-spec.md"));
  CHECK(is_adr_named_file("ADR_proposal_queues.markdown"));
  CHECK(is_adr_named_file("adr-001-use-adrs.md"));
  CHECK_FALSE(is_adr_named_file("adr-template.md")); // a template's name
  CHECK_FALSE(is_adr_named_file("adr.md"));          // the word alone names no decision
  CHECK_FALSE(is_adr_named_file("adrenaline-notes.md"));
  CHECK_FALSE(is_adr_named_file("overview-adr.md"));
  CHECK_FALSE(is_adr_named_file("adr-draft.txt"));
  SECTION("beside adr-NNN files: taken with them, templates and other documents left") {
    const Tree tree{"docs/architecture/adr-001-abci.md",       "docs/architecture/adr-002-valset.md",
                    "docs/architecture/adr-draft-ordering.md", "docs/architecture/adr.template.md",
                    "docs/architecture/overview.md",           "docs/architecture/README.md"};
    const auto found = search_adr_folders(".", tree.lister());
    REQUIRE(found.size() == 1);
    CHECK(found[0].files == std::vector<std::string>{"docs/architecture/adr-001-abci.md",
                                                     "docs/architecture/adr-002-valset.md",
                                                     "docs/architecture/adr-draft-ordering.md"});
  }
  SECTION("alone, or beside numbered files that are not adr-NNN: no ADR folder by its files") {
    CHECK(search(Tree{"docs/adr-draft-ordering.md", "docs/guide.md"}).empty());
    const Tree tree{"notes/0001-record-architecture-decisions.md", "notes/0002-queues.md", "notes/adr-process.md"};
    const auto found = search_adr_folders(".", tree.lister());
    REQUIRE(found.size() == 1);
    CHECK(found[0].files ==
          std::vector<std::string>{"notes/0001-record-architecture-decisions.md", "notes/0002-queues.md"});
  }
}

TEST_CASE("round twenty-one: prompts for an LLM kept beside the ADRs are not ADRs", "[adr][search]") {
  // Spec-Kit keeps its prompt history records in `history/prompts/<feature>/` beside `history/adr/`
  // (`003-document-architectural-decisions.misc.prompt.md`, a prompt that asked for ADRs); GitHub
  // Copilot names its prompt, instruction and chat-mode files so. Fixture names written for this test.
  CHECK(adr_file_skip_reason("003-document-decisions.misc.prompt.md") ==
        "a prompt for an LLM (*.prompt.md, *.instructions.md, *.chatmode.md), not an ADR");
  CHECK_FALSE(adr_file_skip_reason("review.instructions.md").empty());
  CHECK_FALSE(adr_file_skip_reason("Planner.ChatMode.md").empty());
  CHECK(adr_file_skip_reason("0004-prompt-design.md").empty()); // an ADR about prompts
  CHECK(adr_file_skip_reason("0005-use-prompt.md").empty());
  const Tree tree{"history/adr/001-embedding-model.md", "history/adr/002-chunking.md",
                  "history/prompts/chat/001-write-spec.spec.prompt.md",
                  "history/prompts/chat/002-record-architecture-decisions.misc.prompt.md",
                  "history/prompts/chat/003-implement.green.prompt.md"};
  const auto found = search_adr_folders(".", tree.lister());
  REQUIRE(found.size() == 1);
  CHECK(found[0].path == "history/adr");
}

TEST_CASE("search: only a folder's first numbered file about ADRs makes it an ADR folder", "[adr][search]") {
  // Written for this test, in the shape of Project_Sanctuary's chronicle and done tasks: hundreds of
  // numbered entries, one far down named for an ADR (`339_adr_085_…`, `016_rewrite_adrs_…`); a person
  // reads the ADRs in `ADRs/` only.
  const Tree tree{"ADRs/001_local_first_rag.md",
                  "ADRs/002_core_stack.md",
                  "chronicle/001_genesis.md",
                  "chronicle/002_first_contact.md",
                  "chronicle/339_adr_085_mermaid_crisis.md",
                  "tasks/done/001_harden_ingestion.md",
                  "tasks/done/016_rewrite_adrs_in_plain_language.md"};
  CHECK(search(tree) == std::vector<std::string>{"ADRs"});
  // The first numbered file about ADRs still makes its folder one (as `0001-record-architecture-decisions.md`).
  const Tree first{"docs/architecture/0001-record-architecture-decisions.md", "docs/architecture/0002-use-kafka.md"};
  const auto found = search_adr_folders(".", first.lister());
  REQUIRE(found.size() == 1);
  CHECK(found[0].files == std::vector<std::string>{"docs/architecture/0001-record-architecture-decisions.md",
                                                   "docs/architecture/0002-use-kafka.md"});
}

TEST_CASE("round thirty: ADRs kept in `.github`, and folders of examples", "[adr][search]") {
  // A repository that keeps its documents about itself in `.github` (`.github/adr/004-local-llm.md`)
  // has its ADRs found there; other hidden folders are still left out.
  CHECK(search(Tree{".github/adr/001-framework.md", ".github/adr/004-local-llm.md", ".github/workflows/ci.yml"}) ==
        std::vector<std::string>{".github/adr"});
  CHECK(search(Tree{".claude/adr/001-framework.md", ".venv/adr/0001-x.md"}).empty());
  CHECK_FALSE(is_search_skipped_folder(".github"));
  CHECK(is_search_skipped_folder(".git"));
  // An ADR folder's examples (another project's ADRs, kept to show the form) are none of its ADRs.
  for (const char* name : {"examples", "exemplos", "ejemplos", "Beispiele", "adr-samples"}) {
    INFO(name);
    CHECK(is_example_folder_name(name));
  }
  CHECK_FALSE(is_example_folder_name("archive"));
  CHECK_FALSE(is_example_folder_name("exemplary-decisions"));
}
