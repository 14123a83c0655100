// Round six of real ADR repositories: decisions written in German, French, Spanish, Portuguese and
// Japanese, `RAG-based`, headings written without a space (`##Decision`), statuses in Japanese and
// Chinese, decisions recorded only in an option table, and notes kept beside the ADRs. Each
// expected value is what a person reads in the fixture (the fixtures are written for these tests).

#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include <ragft/adr/adr.hpp>
#include <ragft/adr/folders.hpp>
#include <ragft/rules/loader.hpp>

#include "adr/words.hpp"

using namespace ragft;

namespace {

AdrRecord read_at(const std::string& text, const std::string& file = "docs/adr/0001-adr.md") {
  return read_adr(text, file, default_rule_base());
}

std::string verdict(const std::string& decision_text) {
  const std::optional<Verdict> v = verdict_of_decision_text(decision_text);
  return v ? std::string(to_string(*v)) : "none";
}

} // namespace

TEST_CASE("decision texts in other languages: what follows the rejected option's words is left out",
          "[adr][languages]") {
  // because / instead of / rather than
  CHECK(verdict("Option choisie : \u00ab RAG \u00bb, parce que le fine-tuning co\u00fbte trop cher.") == "rag");
  CHECK(verdict("Gew\u00e4hlte Option: \"RAG\", weil Fine-Tuning zu teuer ist.") == "rag");
  CHECK(verdict("Usaremos RAG en lugar de fine-tuning.") == "rag");
  CHECK(verdict("Usaremos RAG em vez de fine-tuning, porque os documentos mudam.") == "rag");
  CHECK(verdict("Wir verwenden RAG statt Fine-Tuning.") == "rag");
  CHECK(verdict("Nous utiliserons RAG plut\u00f4t que le fine-tuning.") == "rag");
  CHECK(verdict("Nous utilisons RAG, pas le fine-tuning.") == "rag");
  CHECK(verdict("Useremo RAG invece di fine-tuning.") == "rag");
  // not X but Y: what follows is kept
  CHECK(verdict("Wir verwenden nicht Fine-Tuning, sondern RAG.") == "rag");
  CHECK(verdict("Fine-Tuning wurde zugunsten von RAG verworfen.") == "rag");
  // negations: nothing done, or the next clause
  CHECK(verdict("Kein Fine-Tuning: wir nutzen RAG.") == "rag");
  CHECK(verdict("No usaremos fine-tuning; usaremos RAG.") == "rag");
  CHECK(verdict("El fine-tuning no es necesario; usaremos RAG.") == "rag");
  CHECK(verdict("Nous n'utiliserons pas le fine-tuning.") == "none");
  CHECK(verdict("Wir werden kein Fine-Tuning einsetzen.") == "none");
  CHECK(verdict("N\u00e3o vamos usar fine-tuning.") == "none");
  CHECK(verdict("Fine-Tuning wird nicht verwendet.") == "none");
}

TEST_CASE("decision texts in Japanese: the option named before \u3067\u306f\u306a\u304f is the rejected one",
          "[adr][languages]") {
  // "not fine-tuning but RAG is adopted"; "not RAG but fine-tuning"; "RAG is not adopted"
  CHECK(verdict("\u30d5\u30a1\u30a4\u30f3\u30c1\u30e5\u30fc\u30cb\u30f3\u30b0\u3067\u306f\u306a\u304fRAG\u3092\u63a1"
                "\u7528\u3059\u308b\u3002") == "rag");
  CHECK(verdict("RAG\u3067\u306f\u306a\u304f\u30d5\u30a1\u30a4\u30f3\u30c1\u30e5\u30fc\u30cb\u30f3\u30b0\u3092\u63a1"
                "\u7528\u3059\u308b\u3002") == "fine-tune");
  // fine-tuning (Japanese, Chinese) and retrieval-augmented generation (Japanese) as written
  CHECK(verdict("\u30d5\u30a1\u30a4\u30f3\u30c1\u30e5\u30fc\u30cb\u30f3\u30b0\u3092\u63a1\u7528\u3059\u308b\u3002") ==
        "fine-tune");
  CHECK(verdict("\u6211\u4eec\u5c06\u5fae\u8c03\u6a21\u578b\u3002") == "fine-tune");
  // Chinese: RAG rather than fine-tuning; not fine-tuning but RAG; we will not fine-tune
  CHECK(verdict("\u4f7f\u7528RAG\u800c\u4e0d\u662f\u5fae\u8c03\u3002") == "rag");
  CHECK(verdict("\u4e0d\u662f\u5fae\u8c03\uff0c\u800c\u662fRAG\u3002") == "rag");
  CHECK(verdict("\u6211\u4eec\u4e0d\u4f1a\u5fae\u8c03\u6a21\u578b\u3002") == "none");
  CHECK(verdict("\u691c\u7d22\u62e1\u5f35\u751f\u6210\u3092\u63a1\u7528\u3059\u308b\u3002") == "rag");
  CHECK(verdict(
            "\u30d5\u30a1\u30a4\u30f3\u30c1\u30e5\u30fc\u30cb\u30f3\u30b0\u306f\u63a1\u7528\u3057\u306a\u3044\u3002") ==
        "none");
  CHECK(verdict("RAG\u306f\u63a1\u7528\u3057\u306a\u3044\u3002") == "none");
}

TEST_CASE("decision texts: RAG as the first part of a compound word", "[adr][languages]") {
  CHECK(verdict("Use a RAG-based system to grade case studies.") == "rag");
  CHECK(verdict("Wir setzen einen RAG-Ansatz ein.") == "rag");
  // English forms keep their readings
  CHECK(verdict("Use RAG with no fine-tuning.") == "rag");
  CHECK(verdict("Use RAG for the car manuals") == "rag");
}

TEST_CASE("statuses in Japanese and Chinese", "[adr][languages]") {
  CHECK(parse_adr_status("\u627f\u8a8d") == AdrStatus::accepted);             // approved
  CHECK(parse_adr_status("\u627f\u8a8d\u6e08\u307f") == AdrStatus::accepted); // approved (done)
  CHECK(parse_adr_status("\u63d0\u6848\u4e2d") == AdrStatus::proposed);       // being proposed
  CHECK(parse_adr_status("\u5374\u4e0b") == AdrStatus::rejected);             // rejected
  CHECK(parse_adr_status("\u5df2\u63a5\u53d7") == AdrStatus::accepted);       // accepted (zh)
  CHECK(parse_adr_status("\u5df2\u53d6\u4ee3") == AdrStatus::superseded);     // superseded (zh)
  const AdrRecord r = read_at("# \u56de\u7b54\n\n## \u30b9\u30c6\u30fc\u30bf\u30b9\n\n\u627f\u8a8d\n\n## "
                              "\u6c7a\u5b9a\n\nRAG\u3092\u63a1\u7528\u3059\u308b\u3002\n");
  CHECK(r.status == AdrStatus::accepted);
}

TEST_CASE("Decision headings in Romanian and Polish", "[adr][languages]") {
  const AdrRecord ro = read_at("# Formatul\n\n## Alternative\n\nA, B.\n\n## Decizia\n\nFolosim RAG.\n");
  REQUIRE(ro.decision);
  CHECK(ro.decision->text == "Folosim RAG.");
  const AdrRecord pl = read_at("# Tytu\u0142\n\n## Decyzja:\n\nU\u017cyjemy RAG.\n");
  REQUIRE(pl.decision);
  CHECK(pl.decision->verdict == Verdict::rag);
}

TEST_CASE("a heading written without a space after its #", "[adr][languages]") {
  const AdrRecord r = read_at("## Interval\n\n###Status\n\nAccepted\n\n##Decision\n\nWe use RAG over the manuals.\n");
  CHECK(r.status == AdrStatus::accepted);
  REQUIRE(r.decision);
  CHECK(r.decision->text == "We use RAG over the manuals.");
}

TEST_CASE("notes kept beside the ADRs", "[adr][languages]") {
  const std::string note =
      "# Agent design rationale\n\nWhy the agents are built as they are.\n\n## Background\n\nText.\n";
  CHECK_FALSE(adr_note_reason(read_at(note, "docs/adr/background/agent-design-rationale.md")).empty());
  CHECK_FALSE(adr_note_reason(read_at(note, "docs/adr/module-onboarding-guide.md")).empty());
  // A number in the name, a status, a decision or facts make it an ADR.
  CHECK(adr_note_reason(read_at(note, "docs/adr/0007-agent-design.md")).empty());
  CHECK(adr_note_reason(read_at(note, "docs/adr/ADR-12-agent-design.md")).empty());
  CHECK(adr_note_reason(read_at(note, "docs/adr/0003-use-rag/README.md")).empty());
  CHECK(adr_note_reason(read_at("# Queues\n\n## Status\n\nAccepted\n", "docs/adr/use-queues.md")).empty());
  CHECK(adr_note_reason(read_at("# Queues\n\n## Decision\n\nWe use queues.\n", "docs/adr/use-queues.md")).empty());
  CHECK(adr_note_reason(read_at("# Q\n\n```ragft\nfacts:\n  labeled_examples: 10\n```\n", "docs/adr/q.md")).empty());
  // A date in the name is no ADR number.
  CHECK_FALSE(adr_note_reason(read_at(note, "eval/decisions/reranker-ab-2026-08-09.md")).empty());
}

TEST_CASE("a decision recorded only in a table of the Decision section", "[adr][languages]") {
  const auto decided = [](const std::string& table) {
    const AdrRecord r = read_at("# Answers\n\n## Status\n\nAccepted\n\n## Decision Outcome\n\n" + table);
    return r.decision ? r.decision->text + " -> " +
                            (r.decision->verdict ? std::string(to_string(*r.decision->verdict)) : "none")
                      : std::string("(none)");
  };
  // One row marked chosen: its option.
  CHECK(decided("| Option | Cost | Chosen |\n|---|---|---|\n| RAG | low | yes |\n| Fine-tuning | high | no |\n") ==
        "RAG -> rag");
  CHECK(
      decided(
          "| Option | Decision |\n|---|---|\n| Fine-tuning | \u274c Rejected |\n| **RAG** | \u2705 **Selected** |\n") ==
      "RAG -> rag");
  CHECK(decided("| Option | Gew\u00e4hlt |\n|---|---|\n| RAG | |\n| Fine-Tuning | \u2705 |\n") ==
        "Fine-Tuning -> fine-tune");
  // A table of pros and cons, one that marks every row or none, or a sign beside another word: no choice.
  CHECK(
      decided("| Option | Pros | Cons |\n|---|---|---|\n| RAG | fresh | latency |\n| Fine-tuning | style | cost |\n") ==
      "(none)");
  CHECK(decided("| Option | Chosen |\n|---|---|\n| RAG | yes |\n| Fine-tuning | yes |\n") == "(none)");
  CHECK(decided("| Option | Decision |\n|---|---|\n| RAG | \u2705 rejected |\n| Fine-tuning | pending |\n") ==
        "(none)");
  // A paragraph before the table is the decision, as before.
  CHECK(decided("We use RAG.\n\n| Option | Chosen |\n|---|---|\n| Fine-tuning | yes |\n") == "We use RAG. -> rag");
}

TEST_CASE("round seventeen: fine-tuning named in Spanish, Portuguese, French and German", "[adr][languages]") {
  // `ajuste fino` (es, pt), `réglage fin` (fr) and `Feinabstimmung` (de) are the words these
  // languages' own texts on LLMs use for fine-tuning (`Ajuste fino vs RAG`)
  CHECK(verdict("Haremos un ajuste fino del modelo con nuestros tickets.") == "fine-tune");
  CHECK(verdict("Faremos ajuste fino do modelo com os nossos dados.") == "fine-tune");
  CHECK(verdict("Nous ferons un r\u00e9glage fin du mod\u00e8le sur nos tickets.") == "fine-tune");
  CHECK(verdict("Wir setzen auf Feinabstimmung eines offenen Modells.") == "fine-tune");
  CHECK(verdict("Das Modell wird feinabgestimmt.") == "fine-tune");
  CHECK(verdict("Usaremos RAG y un ajuste fino para el tono.") == "hybrid");
  // the cuts and negations hold for these words as for `fine-tuning`
  CHECK(verdict("Usaremos RAG en lugar de ajuste fino.") == "rag");
  CHECK(verdict("RAG statt Feinabstimmung.") == "rag");
  CHECK(verdict("El ajuste fino no es necesario; usaremos RAG.") == "rag");
  // fine-tuning a part of the RAG pipeline is none, as in English
  CHECK(verdict("Ajuste fino de embeddings para la b\u00fasqueda.") == "none");
  // words that say "refine" or "adjust" of anything are not read as fine-tuning
  CHECK(verdict("Affiner la requ\u00eate avant la recherche.") == "none");
  CHECK(verdict("Ajuste de los umbrales del buscador.") == "none");
  CHECK(verdict("Fin du r\u00e9glage des seuils.") == "none");
}

TEST_CASE("round seventeen: planned and pending statuses", "[adr][languages]") {
  // `Planned — Phase 5` (alexandria-vector-shelf-mcp), `Planifié (Story 7.5)` (hAIrem): the decision
  // is taken and its building scheduled, so in force
  CHECK(read_at("# ADR-005: MCP\n\n## Status\nPlanned \u2014 Phase 5\n").status == AdrStatus::accepted);
  CHECK(read_at("# ADR-1\n\n**Statut:** Planifi\u00e9 (Story 7.5)\n").status == AdrStatus::accepted);
  CHECK(read_at("# ADR-1\n\n**Status:** Geplant\n").status == AdrStatus::accepted);
  // `pendiente-evaluacion` (yggdrasil-dew): pending, not yet decided
  CHECK(read_at("---\nstatus: pendiente-evaluacion \u2014 No se toma decisi\u00f3n hasta Q3 2026.\n---\n# ADR-1\n")
            .status == AdrStatus::proposed);
  CHECK(read_at("# ADR-1\n\n**Status:** Under discussion\n").status == AdrStatus::proposed);
  // `Proposed (draft)` was read so already
  CHECK(read_at("# ADR-1\n\n**Status:** Proposed (draft)\n").status == AdrStatus::proposed);
}

TEST_CASE("round seventeen: RAGAS written out is an evaluation of a RAG system", "[adr][languages]") {
  // QuanNex's ADR-003 (Spanish): RAGAS adopted as the quality gate of an existing RAG system
  CHECK(verdict("Integrar RAGAS (Retrieval-Augmented Generation Assessment) como sistema de evaluaci\u00f3n "
                "autom\u00e1tica.") == "none");
  CHECK(verdict("Adopt a RAG assessment harness.") == "none");
  // RAG itself is still read where it is chosen
  CHECK(verdict("Implementar pipeline RAG completo con gates de m\u00e9tricas.") == "rag");
}

namespace {

// The decision text read from `text`, and where it was read.
std::string decision_of(const std::string& text) {
  const AdrRecord r = read_at(text);
  return r.decision ? r.decision->text : "(none)";
}

std::string place_of(const std::string& text) {
  const AdrRecord r = read_at(text);
  return r.decision ? r.decision->place : "(none)";
}

} // namespace

TEST_CASE("round twenty: MADR's chosen option in the languages its users write", "[adr][languages]") {
  // on the label's line, quoted or not, up to the reason in that language
  CHECK(decision_of("# ADR-1\n\n## Ergebnis der Entscheidung\n\nGew\u00e4hlte Option: \"Postgres\", weil wir es "
                    "schon betreiben.\n") == "Postgres");
  CHECK(decision_of("# ADR-1\n\n## Resultado de la decisi\u00f3n\n\nOpci\u00f3n elegida: Redis, porque es "
                    "r\u00e1pido.\n") == "Redis");
  CHECK(decision_of("# ADR-1\n\n## R\u00e9sultat\n\nOption choisie : \u00ab SQLite \u00bb, parce que c'est "
                    "simple.\n") == "SQLite");
  CHECK(decision_of("# ADR-1\n\n## Decis\u00e3o\n\nOp\u00e7\u00e3o escolhida: Kafka.\n") == "Kafka");
  CHECK(decision_of("# ADR-1\n\n## Esito\n\nOpzione scelta: \"NATS\", perch\u00e9 \u00e8 leggero.\n") == "NATS");
  CHECK(decision_of("# ADR-1\n\n## \u0420\u0435\u0448\u0435\u043d\u0438\u0435\n\n\u0412\u044b\u0431\u0440\u0430\u043d"
                    "\u043d\u044b\u0439 \u0432\u0430\u0440\u0438\u0430\u043d\u0442: Option B (\u043e\u0447\u0435"
                    "\u0440\u0435\u0434\u044c \u0432 Postgres).\n") ==
        "Option B (\u043e\u0447\u0435\u0440\u0435\u0434\u044c \u0432 Postgres)");
  // Chinese and Japanese, with the full-width colon and corner quotes
  CHECK(decision_of("# ADR-1\n\n## \u51b3\u7b56\u7ed3\u679c\n\n\u9009\u62e9\u7684\u65b9\u6848\uff1aSQLite "
                    "WAL\u3002\n") == "SQLite WAL");
  CHECK(decision_of("# ADR-1\n\n## \u6c7a\u5b9a\n\n\u63a1\u7528\u3057\u305f\u9078\u629e\u80a2:\u300cA: "
                    "\u30d7\u30e9\u30b0\u30a4\u30f3\u300d\n") == "A: \u30d7\u30e9\u30b0\u30a4\u30f3");
  // the approach is read from the option, the reason left out
  CHECK(read_at("# ADR-1\n\n## Decisi\u00f3n\n\nOpci\u00f3n elegida: RAG, porque el fine-tuning es caro.\n")
            .decision->verdict == Verdict::rag);
  CHECK(place_of("# ADR-1\n\n## Decision\n\nGew\u00e4hlte Option: RAG\n") == "chosen option");
}

TEST_CASE("round twenty: the chosen option's label alone, the option nested under it or after it", "[adr][languages]") {
  // gofunnel's shape (written here in English and in Russian): the label is a list item, the option
  // its nested item, the reasons a sibling item after it
  const std::string nested = "# ADR-1\n\n## Decision\n\n- Chosen option:\n  - `Option C` (own module) with server "
                             "handlers.\n- Why chosen:\n  - It fits the domain.\n";
  CHECK(decision_of(nested) == "Option C (own module) with server handlers");
  CHECK(place_of(nested) == "chosen option");
  const std::string russian =
      "# ADR-1\n\n## Decision\n\n- \u0412\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0439 "
      "\u0432\u0430\u0440\u0438\u0430\u043d\u0442:\n  - `Option A` (sessions in "
      "Postgres).\n- \u041f\u043e\u0447\u0435\u043c\u0443 \u0432\u044b\u0431\u0440\u0430\u043d:\n"
      "  - Stateful sessions.\n";
  CHECK(decision_of(russian) == "Option A (sessions in Postgres)");
  // a loose list: each item's text is a paragraph of its own
  CHECK(decision_of("# ADR-1\n\n## Decision\n\n- Chosen option:\n\n  - Option B, because it is simple.\n\n- Why:\n\n"
                    "  - Less code.\n") == "Option B");
  // the option on the label's next line, or in the paragraph after it
  CHECK(decision_of("# ADR-1\n\n## Decision Outcome\n\nChosen option:\nUse RAG over the handbook.\n") ==
        "Use RAG over the handbook");
  CHECK(decision_of("# ADR-1\n\n## Decision Outcome\n\n**Gew\u00e4hlte Option:**\n\n\"RAG\", weil die Dokumente sich "
                    "\u00e4ndern.\n") == "RAG");
  CHECK(read_at("# ADR-1\n\n## Decision Outcome\n\nChosen option:\n\nFine-tune the model on our tickets.\n")
            .decision->verdict == Verdict::fine_tune);
  // a sibling item after the label is no option of it: the Decision section is read as before
  const std::string sibling = "# ADR-1\n\n## Decision\n\n- Chosen option:\n- Why: it is cheap.\n";
  CHECK(place_of(sibling) == "decision section");
}

TEST_CASE("round twenty: Cyrillic and Greek capitals are folded as Latin-1's are", "[adr][languages]") {
  // `## Решение` (vr_ai_platform's shape): the Decision heading, capitalised as Russian writes it
  const AdrRecord r =
      read_at("# ADR-004: Corridor\n\n- Status: Accepted\n\n## \u041a\u043e\u043d\u0442\u0435\u043a"
              "\u0441\u0442\n\n\u0422\u0435\u043a\u0441\u0442.\n\n## 2) \u0420\u0435\u0448\u0435\u043d"
              "\u0438\u0435 (Decision)\n\n\u0412\u0432\u0435\u0441\u0442\u0438 \u043e\u0434\u0438\u043d "
              "\u043a\u043e\u0440\u0438\u0434\u043e\u0440.\n\n## 10) Decision / Acceptance Criteria\n\n"
              "Agreed when reviewed:\n");
  REQUIRE(r.decision);
  CHECK(r.decision->text == "\u0412\u0432\u0435\u0441\u0442\u0438 \u043e\u0434\u0438\u043d "
                            "\u043a\u043e\u0440\u0438\u0434\u043e\u0440.");
  // `## Статус` over a Russian status word
  CHECK(read_at("# ADR-1\n\n## \u0421\u0442\u0430\u0442\u0443\u0441\n\n\u041f\u0440\u0438\u043d\u044f\u0442\u043e\n")
            .status == AdrStatus::accepted);
  CHECK(read_at("# ADR-1\n\n**\u0421\u0422\u0410\u0422\u0423\u0421:** \u041e\u0442\u043a\u043b\u043e\u043d\u0435\u043d"
                "\u043e\n")
            .status == AdrStatus::rejected);
  CHECK(
      read_at("# ADR-1\n\n## \u0421\u0442\u0430\u0442\u0443\u0441\n\n\u0423\u0441\u0442\u0430\u0440\u0435\u043b\u043e "
              "\n")
          .status == AdrStatus::deprecated);
  CHECK(read_at("# ADR-1\n\n## \u0421\u0442\u0430\u0442\u0443\u0441\n\n\u041f\u0440\u0435\u0434\u043b\u043e\u0436"
                "\u0435\u043d\u043e\n")
            .status == AdrStatus::proposed);
}

TEST_CASE("round twenty: a decision on hold is proposed (since round thirty-two)", "[adr][languages]") {
  // MADR's own 0003 (`status: on hold`): an option chosen, the work paused. None of MADR's or
  // log4brains' statuses says that; round twenty left it unknown, round thirty-two reads it as a
  // decision put off, not in force and to be taken up again: proposed, checked as before.
  const AdrRecord r = read_at("---\nstatus: on hold\n---\n# Write own tooling\n");
  CHECK(r.status == AdrStatus::proposed);
}

TEST_CASE("round thirty: a heading decorated with an emoji, a status after a full-width colon", "[adr][languages]") {
  // Written for this test, in the shape of Portuguese ADRs whose headings open with an emoji.
  const AdrRecord pt =
      read_at("# ADR 016: Memória de trabalho\n\n**Status**: \u2705 Aceito\n\n## \U0001F4CB Contexto\n\n"
              "Perdemos o contexto entre sessões.\n\n## \U0001F4A1 Decisão\n\n"
              "Implementar uma memória de trabalho por ramo.\n");
  REQUIRE(pt.decision);
  CHECK(pt.decision->text == "Implementar uma memória de trabalho por ramo.");
  CHECK(pt.status == AdrStatus::accepted);
  const AdrRecord upper = read_at("# ADR-020: Esquema primeiro\n\n**Status**: Aprovado\n\n## \U0001F3AF DECISÃO\n\n"
                                  "O banco real é a fonte da verdade.\n");
  REQUIRE(upper.decision);
  CHECK(upper.decision->text == "O banco real é a fonte da verdade.");
  CHECK(adr_words::normalise_label("\u26A0\uFE0F Status") == "status");
  CHECK(adr_words::normalise_label("**Decision**") == "**decision"); // ASCII marks are left as they were
  // A Chinese ADR's metadata list, its labels ending in a full-width colon.
  const AdrRecord zh =
      read_at("# ADR 0001: 架构边界\n\n- 日期：2026-02-17\n- 状态：已接受 (accepted)\n\n## 决策 (Decision)\n\n"
              "使用三个合约。\n");
  CHECK(zh.status == AdrStatus::accepted);
  REQUIRE(zh.status_text);
  CHECK(zh.status_text->text == "已接受 (accepted)");
}

TEST_CASE("round thirty: incident reports titled in other languages are no ADRs", "[adr][languages]") {
  // Written for this test: incident reports beside the ADRs, titled in Spanish, Portuguese, French and
  // German, each saying what broke and that it is resolved, none writing a decision.
  const auto reason = [](const std::string& file, const std::string& text) {
    return adr_note_reason(read_at(text, file));
  };
  CHECK(reason("docs/adr/0012-caida.md", "# Informe de incidente: caída del servicio\n\n**Estado**: Resuelto\n")
            .find("an incident report") == 0);
  CHECK(reason("docs/adr/0013-queda.md", "# Relatório de incidente 3: queda da API\n\n**Status**: Resolvido\n")
            .find("an incident report") == 0);
  CHECK(reason("docs/adr/0014-panne.md", "# Rapport d'incident : panne du cache\n\n**Statut** : Résolu\n")
            .find("an incident report") == 0);
  CHECK(reason("docs/adr/0015-ausfall.md", "# Vorfallbericht: Ausfall der Suche\n\n**Status**: Behoben\n")
            .find("an incident report") == 0);
  CHECK(reason("docs/decisiones/incidentes/002-limite.md", "# INC-002: Límite\n\n**Estado**: Resuelto\n")
            .find("an incident report") == 0);
  // One that writes a decision is read as an ADR, as is an ADR about incident reports.
  CHECK(reason("docs/adr/0016-caida.md", "# Informe de incidente: caída\n\n## Decisión\n\nAñadir una réplica.\n")
            .empty());
  CHECK(reason("docs/adr/0017-informes.md", "# 17. Informes de incidentes\n\n## Estado\nAceptado\n").empty());
}
