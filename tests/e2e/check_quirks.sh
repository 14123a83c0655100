#!/usr/bin/env bash
# End-to-end tests of `ragft check` on the layouts and quirks of real ADR repositories (issue 15),
# each in a small fixture made here: ADRs without facts never fail a default run; documentation-site
# (`<slug>/index.md`) and log4brains package layouts; files that are not ADRs skipped, with --verbose
# saying why; long lines and odd bytes in prose; JUnit in the shape of junit-10.xsd; SARIF locations.
# Usage: check_quirks.sh path/to/ragft   (run from the project root)
source "$(dirname "$0")/lib.sh"
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")
facts='```ragft
facts: {knowledge_updates: weekly, knowledge_base_docs: 2500, citations_required: true, hallucination_tolerance: low, labeled_examples: 0, task_type: conversation, budget: low, ml_expertise: none, gpu_access: none, launch_weeks: 6}
```'

# A repository whose ADRs carry no facts, with every quirk: it passes with the default flags.
repo=$work/repo
mkdir -p "$repo/.git" "$repo/docs/decisions"
cd "$repo"
printf '# License\n\nMIT\n' >docs/decisions/LICENSE.md
printf '# Changes\n\n- 0002 added\n' >docs/decisions/CHANGELOG.md
printf '# Decisions\n\n| ADR | Status |\n|---|---|\n| 1 | Rejected |\n' >docs/decisions/README.md
cat >docs/decisions/0001-hybrid-cloud.md <<'MD'
# 1. Run on a hybrid cloud

## Status: Accepted

## Decision

We run on a hybrid cloud; fine-tuning was discussed elsewhere.

## Tasks

| Task | Status |
|---|---|
| Status | Superseded |
MD
cat >docs/decisions/0002-ask-the-docs.md <<'MD'
# 2. Answer questions from the docs

* Status: ✅ Accepted
* Superseded by: None (we review it yearly)

## Decision Outcome

Chosen option: "Fine-tuning was rejected in favour of RAG", because the docs change weekly.
MD
{ printf '# 3. Diagrams inline\n\n## Decision (proposed)\n\n### Summary\n\nUse FT.\n\n![d](data:image/png;base64,'
  head -c 20000 /dev/zero | tr '\0' 'A'; printf ')\n\nCaf\xe9 notes.\n'; } >docs/decisions/0003-diagrams.md
run "$RAGFT" check --verbose
expect_status 0 "ADRs without facts never fail by default"
expect_out "3 ADR(s): 0 checked, 3 without facts; 2 note(s)"
expect_err "ragft: skipped docs/decisions/LICENSE.md: a licence, not an ADR"
expect_err "ragft: skipped docs/decisions/CHANGELOG.md: a change log, not an ADR"
expect_err "ragft: skipped docs/decisions/README.md: a README"
# What each ADR was read as: the decision that is kept (RAG), the alias (FT) in a section that
# opens with a sub-heading; hybrid cloud is no LLM approach.
expect_out "docs/decisions/0002-ask-the-docs.md:8:17: note: records the decision \"Fine-tuning was rejected in favour of RAG\" (chosen option), which means rag"
expect_out "docs/decisions/0003-diagrams.md:7:1: note: records the decision \"Use FT.\" (decision section), which means fine-tune"
expect_no_out "0001-hybrid-cloud.md: note"
expect_no_out "adr-unreadable"
run "$RAGFT" check --format json
python3 - "$work/out" <<'PY' || fail "statuses as a person reads them"
import json, sys
adrs = {a["file"].split("/")[-1]: a for a in json.load(open(sys.argv[1]))["adrs"]}
assert adrs["0001-hybrid-cloud.md"]["status"] == "accepted", adrs["0001-hybrid-cloud.md"]
assert adrs["0002-ask-the-docs.md"]["status"] == "accepted", adrs["0002-ask-the-docs.md"]
PY

# JUnit in the shape of the Jenkins xunit plugin's junit-10.xsd: no `file` attribute on a test
# case (the file is its classname), one case per ADR and rule, notes below --fail-on not failures.
run "$RAGFT" check --format junit
expect_status 0 "junit, notes only"
python3 - "$work/out" <<'PY' || fail "junit shape"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites" and set(root.attrib) <= {"name", "time", "tests", "failures", "errors"}
for suite in root.findall("testsuite"):
    assert {"name", "tests", "failures", "errors"} <= set(suite.attrib), suite.attrib
    for case in suite.findall("testcase"):
        assert set(case.attrib) <= {"name", "time", "classname", "group"}, case.attrib
        assert all(child.tag in {"skipped", "error", "failure", "system-out", "system-err"} for child in case)
cases = root.findall(".//testcase")
names = [c.get("name") for c in cases]
assert len(names) == len(set(names)) == 3, names
assert not root.findall(".//failure") and root.find("testsuite").get("failures") == "0"
note = [c for c in cases if c.get("name").endswith("[adr-facts-missing]")]
assert len(note) == 2 and all(c.find("system-out") is not None for c in note)
assert all(c.get("classname").startswith("docs/decisions/") for c in note)
PY
run "$RAGFT" check --format junit --fail-on note
python3 - "$work/out" <<'PY' || fail "junit with --fail-on note: the notes fail"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert len(root.findall(".//failure")) == 2 and root.find("testsuite").get("failures") == "2"
PY

# SARIF: locations relative to the repository root (%SRCROOT%), rule names in PascalCase, links.
run "$RAGFT" check --format sarif
python3 - "$work/out" <<'PY' || fail "sarif in a repository"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
driver = run["tool"]["driver"]
assert driver["informationUri"].startswith("https://")
for rule in driver["rules"]:
    assert rule["name"][0].isupper() and "-" not in rule["name"] and rule["name"] != rule["id"]
    assert rule["helpUri"].startswith("https://") and rule["helpUri"].endswith("/docs/check.md#findings")
loc = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
assert loc == {"uri": "docs/decisions/0002-ask-the-docs.md", "uriBaseId": "%SRCROOT%"}, loc
assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")
assert run["invocations"][0]["executionSuccessful"] is True
PY

# A documentation site: one ADR per folder (`<slug>/index.md`); the site's own index.md lists them.
site=$work/site
mkdir -p "$site/docs/adr/use-rag" "$site/docs/adr/pick-a-queue"
cd "$site"
printf '# ADRs\n\n- [Use RAG](use-rag/)\n' >docs/adr/index.md
printf '# Use RAG\n\n## Status\n\nAccepted\n\n## Decision\n\nWe use RAG.\n' >docs/adr/use-rag/index.md
printf '# Pick a queue\n\n## Decision\n\nWe use SQS.\n' >docs/adr/pick-a-queue/index.md
run "$RAGFT" check --verbose
expect_status 0 "site layout"
expect_out "2 ADR(s): 0 checked, 2 without facts"
expect_out "docs/adr/use-rag/index.md: no ragft facts"
expect_err "ragft: skipped docs/adr/index.md: an index page of a folder that holds other ADRs"

# log4brains: the project's adrFolder and each package's.
l4b=$work/l4b
mkdir -p "$l4b/docs/adr" "$l4b/packages/web/adr"
cd "$l4b"
printf 'project:\n  name: x\n  adrFolder: ./docs/adr\n  packages:\n    - name: web\n      path: ./packages/web\n      adrFolder: ./packages/web/adr\n' >.log4brains.yml
printf '# Root\n\n## Decision\n\nWe use Go.\n' >docs/adr/20240101-root.md
printf -- '---\nstatus: accepted\n---\n# Web\n\n%s\n\n## Decision\n\nWe will fine-tune a model.\n' "$facts" >packages/web/adr/20240102-web.md
run "$RAGFT" check --verbose
expect_status 1 "log4brains packages: the package's contradiction is found"
expect_err "checking the ADRs in docs/adr, packages/web/adr (found by .log4brains.yml)"
expect_out "2 ADR(s): 1 checked"
expect_out "packages/web/adr/20240102-web.md:12:1: error: the recorded decision"

# A folder is never an ADR: one without ADRs is said on stderr (exit 2), not counted as an ADR;
# SARIF then says the run did not complete, and has no line region for it. Run from outside the
# repository, the locations are relative to the root of the ADRs' repository (repo/).
mkdir -p "$work/none"
cd "$work"
run "$RAGFT" check none repo/docs/decisions --format sarif
expect_status 2 "a folder without ADRs"
expect_err "ragft: none: no ADR in this folder"
expect_err "3 ADR(s): 0 checked, 3 without facts, 1 folder(s) with no ADR (none)"
python3 - "$work/out" <<'PY' || fail "sarif of an incomplete run"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["invocations"][0]["executionSuccessful"] is False
for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc["uri"].startswith("docs/decisions/") and loc["uriBaseId"] == "%SRCROOT%", loc
PY

# Odd bytes and long lines matter only in the facts: an ADR with facts and a stray byte is read
# (a note at the byte); an over-long line inside its ragft block is an error (exit 2).
mkdir -p "$work/odd"
printf '# Odd\n\nCaf\xe9.\n\n%s\n\n## Decision\n\nWe use RAG.\n' "$facts" >"$work/odd/0001-odd.md"
run "$RAGFT" check "$work/odd/0001-odd.md" --no-fail
expect_status 0 "odd byte in the prose of an ADR with facts"
expect_out "$work/odd/0001-odd.md:3:4: note: a byte that is not UTF-8"
{ printf '# Long\n\n```ragft\ndescription: '; head -c 20000 /dev/zero | tr '\0' 'x'; printf '\nfacts: {budget: low}\n```\n'; } >"$work/odd/0002-long.md"
run "$RAGFT" check "$work/odd/0002-long.md" --no-fail
expect_status 2 "long line in the facts"
expect_out "0002-long.md:4:1: error: line longer than"

# Discovery by searching the tree, when no folder is where the ADR tools put one: a monorepo's
# numbered ADRs beside a first ADR about ADRs, plus folders named for ADRs; said on stderr, and the
# findings name the files as found. Examples, tests and guides about ADRs are never taken.
mono=$work/mono
mkdir -p "$mono/.git" "$mono/web/docs/architecture/proposed-adrs" "$mono/web/docs/guide" "$mono/examples/adr" "$mono/node_modules/x/adr"
printf '# 0. Architecture decision records\n\n## Decision\n\nWe record decisions.\n' >"$mono/web/docs/architecture/000-architecture-decision-records.md"
printf '# 1. Answer support questions\n\n%s\n\n## Decision\n\nWe will fine-tune a model on our tickets.\n' "$facts" >"$mono/web/docs/architecture/001-support-answers.md"
printf '# Notes\n\n## Decision\n\nWe will fine-tune.\n\n%s\n' "$facts" >"$mono/web/docs/architecture/notes.md"
printf '# Rendering\n\n## Decision\n\nRender on the server.\n' >"$mono/web/docs/architecture/proposed-adrs/rendering.md"
printf '# 1. Setup\n\n%s\n\n## Decision\n\nWe will fine-tune.\n' "$facts" >"$mono/web/docs/guide/01-setup.md"
cp "$mono/web/docs/architecture/001-support-answers.md" "$mono/examples/adr/0001-x.md"
cp "$mono/web/docs/architecture/001-support-answers.md" "$mono/node_modules/x/adr/0001-x.md"
cd "$mono"
run "$RAGFT" check
expect_status 1 "ADRs found by searching a monorepo"
expect_err "ragft: no ADR folder where the ADR tools put one; checking the ADRs found by searching the tree: web/docs/architecture (2 numbered files), web/docs/architecture/proposed-adrs"
expect_out "3 ADR(s): 1 checked, 2 without facts"
expect_out "web/docs/architecture/001-support-answers.md:9:1: error: the recorded decision \"We will fine-tune a model on our tickets.\""
expect_no_out "notes.md"
expect_no_out "01-setup.md"
run "$RAGFT" check --format sarif
python3 - "$work/out" <<'PY' || fail "sarif of ADRs found by the search"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]]
assert uris == ["web/docs/architecture/001-support-answers.md"], uris
PY
# adr-NNN files at the repository root: those files, not the rest of the root.
root=$work/rootadrs
mkdir -p "$root/src"
printf '# ADR 1: use ADRs\n\n## Decision\n\nWe record decisions.\n' >"$root/adr-001-use-adrs.md"
printf '# ADR 14: project templates\n\n## Decision\n\nProjects start from templates.\n' >"$root/adr-014-project-templates.md"
printf '# Architecture\n\n## Decision\n\nWe will fine-tune.\n\n%s\n' "$facts" >"$root/ARCHITECTURE.md"
cd "$root"
run "$RAGFT" check --format github
expect_status 0 "adr-NNN files at the root"
expect_err "found by searching the tree: . (2 numbered files)"
# One numbered file: "1 numbered file", not "1 numbered files".
one=$work/oneadr
mkdir -p "$one/.git" "$one/docs/design"
printf '# ADR 1: use ADRs\n\n## Decision\n\nWe record decisions.\n' >"$one/docs/design/adr-001-use-adrs.md"
cd "$one"
run "$RAGFT" check
expect_status 0 "one adr-NNN file found by the search"
expect_err "found by searching the tree: docs/design (1 numbered file) (give PATH"
# Guides about ADRs and examples are no ADR folder: exit 2, saying where ragft looked.
guides=$work/guides
mkdir -p "$guides/docs/how-to-start-using-adrs" "$guides/examples/adr" "$guides/docs/architecture"
printf '# How to start\n\nWrite ADRs.\n' >"$guides/docs/how-to-start-using-adrs/index.md"
printf '# Example\n\n## Decision\n\nUse RAG.\n' >"$guides/examples/adr/0001-example.md"
printf '# 1. Introduction and goals\n' >"$guides/docs/architecture/01-introduction-and-goals.md"
cd "$guides"
run "$RAGFT" check
expect_status 2 "no ADR folder, searched"
expect_err "no ADR folder found (looked for .adr-dir, .log4brains.yml (adrFolder), docs/decisions, docs/adr, doc/adr, docs/architecture/decisions, doc/architecture/decisions, adr; then searched the tree to depth 6 for folders named adr, adrs, *-adrs, decisions"
cd "$work"

# Facts where users put them in real ADRs: inside <details> with no blank line after <summary>
# (HTML to Markdown, a ragft block to a person), in a CRLF file; a block commented out is not read.
mkdir -p "$work/embed"
{ printf '# 3. Answers\r\n\r\n## Status\r\n\r\nAccepted\r\n\r\n<details>\r\n<summary>ragft facts</summary>\r\n'; printf '%s\n' "$facts" | sed '2a decision: fine-tune' | sed 's/$/\r/'; printf '</details>\r\n'; } >"$work/embed/0003-answers.md"
printf '# 4. Old\n\n<!--\n%s\n-->\n' "$facts" >"$work/embed/0004-old.md"
run "$RAGFT" check "$work/embed" --verbose
expect_status 1 "facts in <details>, CRLF"
expect_out "$work/embed/0003-answers.md:11:11: error: the recorded decision is fine-tune (the ragft block's \`decision:\`), but the ADR's facts point to rag"
expect_out "2 ADR(s): 1 checked, 1 without facts"
cd "$work"

# ADRs about LLM decisions, written as real ones are (fixtures of our own): one that defers RAG,
# one that declines fine-tuning for now, one that chooses an embedding model, a Word-converted one
# (bold paragraphs for headings), and generated ones (`Decision:` lines) with and without facts.
llm=$work/llm/docs/adr
mkdir -p "$llm" "$work/llm/.git"
printf '# 1. Retrieval later

## Status

Accepted

## Decision

Defer RAG until the API settles.

%s
' "$facts" >"$llm/0001-retrieval-later.md"
printf '# 2. Prompting first

## Status

Accepted

## Decision

No fine-tuning for now; answers come from RAG over the wiki.

%s
' "$facts" >"$llm/0002-prompting-first.md"
printf '# 3. Embeddings

## Status

Accepted

## Decision

Adopt a multilingual embedding model.

%s
' "$facts" >"$llm/0003-embeddings.md"
printf '**Record**

**2. Context**

Grading is slow.

**3. Decision**

We will grade with RAG and a fine-tuned model.

**8. Status**

Accepted

%s
' "$facts" >"$llm/0004-grading.md"
printf -- '---
### ADR-5: Support questions

Status: Accepted
Context: Answers must cite.
Decision: Fine-tune a model on past tickets.

%s
' "$facts" >"$llm/0005-support.md"
printf '### ADR-6: Retrievers

**Status:** Accepted
**Decision:** Provide retrievers for RAG.
' >"$llm/0006-retrievers.md"
cd "$work/llm/docs"
run "$RAGFT" check --format github
expect_status 1 "LLM ADRs"
expect_out "::warning file=docs/adr/0001-retrieval-later.md,line=9,col=1,"
expect_out "::warning file=docs/adr/0003-embeddings.md,line=9,col=1,"
expect_out "::error file=docs/adr/0004-grading.md,line=9,col=1,"
expect_out "::error file=docs/adr/0005-support.md,line=6,col=11,"
expect_no_out "0002-prompting-first.md"
run "$RAGFT" check --format json
# Retrievers provided for RAG are a part adopted for it, as a person reads them (round nine: what
# is adopted right before `for RAG` serves RAG), not a choice between RAG and fine-tuning.
python3 - "$work/out" <<'PY' || fail "LLM ADRs: the decisions read"
import json, sys
read = {a["file"].split("/")[-1]: (a["decision"] or {}).get("verdict") for a in json.load(open(sys.argv[1]))["adrs"]}
assert read == {"0001-retrieval-later.md": None, "0002-prompting-first.md": "rag", "0003-embeddings.md": None,
                "0004-grading.md": "hybrid", "0005-support.md": "fine-tune", "0006-retrievers.md": None}, read
PY
cd "$work"

# Round four: statuses written as a converted document's label, a Metadata section's row, a
# checklist; a negation after the approach; one numbered folder per ADR with a README; a folder
# named `architecture-decision-record-adrs` (read beside docs/decisions since round fourteen); JUnit
# names the ADR from the repository root.
round4=$work/round4
mkdir -p "$round4/.git" "$round4/docs/decisions/0004-no-rag" "$round4/docs/decisions/0005-support" \
  "$round4/handbook/architecture-decision-record-adrs"
cd "$round4"
printf '# Decisions\n\n- [4](0004-no-rag/README.md)\n' >docs/decisions/README.md
printf '**Answer questions**\n\n**2. Decision**\n\nWe will fine-tune a model.\n\n**8. Decision Status**\n\n-   Rejected (too costly)\n\n%s\n' "$facts" >docs/decisions/0001-converted.md
printf '# 2. T\n\n## Context\n\nx\n\n## Metadata\n\n| Field | Value |\n|---|---|\n| **Decision Status** | Deprecated |\n\n## Decision\n\nWe will fine-tune a model.\n\n%s\n' "$facts" >docs/decisions/0002-metadata.md
printf '# 3. T\n\n## Status\n\n- [ ] Proposed\n- [x] Rejected\n\n## Decision\n\nWe will fine-tune a model.\n\n%s\n' "$facts" >docs/decisions/0003-checklist.md
printf -- '---\nstatus: accepted\n---\n# 4. No retrieval\n\n## Decision\n\nRAG is not used; the answers come from a fine-tuned model.\n\n%s\n' "$facts" >docs/decisions/0004-no-rag/README.md
printf -- '---\nstatus: accepted\n---\n# 5. Support\n\n## Decision\n\nUse RAG, which is not fine-tuning.\n\n%s\n' "$facts" >docs/decisions/0005-support/README.md
printf '# 1. Use React\n\n**Status:** Accepted\n\n## Decision\n\nUse React.\n' >handbook/architecture-decision-record-adrs/nr.-001-react.md
run "$RAGFT" check --format json
expect_status 1 "round four: the contradiction of the README ADR fails"
python3 - "$work/out" <<'PY' || fail "round four: statuses and decisions as a person reads them"
import json, sys
adrs = {a["file"]: a for a in json.load(open(sys.argv[1]))["adrs"]}
assert sorted(adrs) == ["docs/decisions/0001-converted.md", "docs/decisions/0002-metadata.md",
                        "docs/decisions/0003-checklist.md", "docs/decisions/0004-no-rag/README.md",
                        "docs/decisions/0005-support/README.md",
                        "handbook/architecture-decision-record-adrs/nr.-001-react.md"], sorted(adrs)
assert [adrs[f]["status"] for f in sorted(adrs)[:3]] == ["rejected", "deprecated", "rejected"], adrs
assert all(adrs[f]["skipped"] for f in sorted(adrs)[:3])
assert adrs["docs/decisions/0004-no-rag/README.md"]["decision"]["verdict"] == "fine-tune"
assert adrs["docs/decisions/0005-support/README.md"]["decision"]["verdict"] == "rag"
PY
run "$RAGFT" check handbook
expect_status 0 "a folder named architecture-decision-record-adrs, given"
cd "$round4/handbook"
run "$RAGFT" check
expect_status 0 "round four: found by the search"
expect_err "checking the ADRs found by searching the tree: architecture-decision-record-adrs"
cd "$round4/docs"
run "$RAGFT" check decisions --format junit
python3 - "$work/out" <<'PY' || fail "round four: JUnit names the ADRs from the repository root, from a sub-folder"
import sys, xml.etree.ElementTree as ET
cases = ET.parse(sys.argv[1]).getroot().findall(".//testcase")
assert cases and all(c.get("classname").startswith("docs/decisions/") for c in cases), [c.attrib for c in cases]
assert all(c.get("name").startswith("docs/decisions/") for c in cases)
failure = [c for c in cases if c.find("failure") is not None]
assert len(failure) == 1 and failure[0].get("classname") == "docs/decisions/0004-no-rag/README.md", failure
assert "docs/decisions/0004-no-rag/README.md:" in failure[0].find("failure").text
PY
cd "$work"

# Round five: forms of real ADR repositories, in a fixture made here. A template's comment in the
# status line, a status at the end, a site's page status, a decision after a colon or after a
# sentence that only weighs an option, no title, part of an ADR superseded, an INSTRUCTIONS file.
round5=$work/round5
mkdir -p "$round5/.git" "$round5/docs/adr"
cd "$round5"
printf '# How to write an ADR\n\nCopy the template.\n' >docs/adr/INSTRUCTIONS.md
printf '# 1. Answer from the handbook\n\n* Status: <!-- proposed | rejected --> accepted\n\n## Decision\n\nFine-tuning is not needed: use RAG.\n' >docs/adr/0001-handbook.md
printf '## Context\n\nTickets.\n\n## Decision\n\nWe considered RAG. We chose to fine-tune a small model.\n\n**Status:** Rejected\n' >docs/adr/0002-tickets.md
printf -- '---\nstatus: stable\n---\n# 3. Search\n\n**Status**: Superseded by [4](0004-search-v2.md)\n\n## Decision\n\nUse RAG.\n\n%s\n' "$facts" >docs/adr/0003-search.md
printf '# 4. Search v2\n\n**Status**: Accepted\n**Supersedes**: section 2 of ADR 0001\n\n## Decision\n\nUse RAG.\n' >docs/adr/0004-search-v2.md
run "$RAGFT" check --format json --verbose
expect_status 0 "round five: forms of real ADRs"
expect_err "ragft: skipped docs/adr/INSTRUCTIONS.md: instructions for writing ADRs, not an ADR"
expect_err "4 ADR(s): 0 checked, 1 skipped as not in force (1 superseded), 3 without facts"
python3 - "$work/out" <<'PY' || fail "round five: statuses, decisions and titles as a person reads them"
import json, sys
adrs = {a["file"]: a for a in json.load(open(sys.argv[1]))["adrs"]}
one, two, three, four = (adrs[f"docs/adr/000{n}-{s}.md"] for n, s in ((1, "handbook"), (2, "tickets"), (3, "search"), (4, "search-v2")))
assert (one["status"], one["decision"]["verdict"]) == ("accepted", "rag"), one
assert (two["title"], two["status"], two["decision"]["verdict"]) == ("", "rejected", "fine-tune"), two
assert two["decision"]["text"] == "We considered RAG. We chose to fine-tune a small model.", two
assert (three["status"], three["skipped"]) == ("superseded", "superseded"), three
assert four["status"] == "accepted", four
PY
cd "$work"

# Round six. Notes kept beside the ADRs (no number, no status, no decision, no facts), a template
# named in French, and a numbered workflow chapter about ADRs among other chapters are no ADRs;
# --verbose says why. A `##Decision` heading without its space is read.
r6=$work/round6
mkdir -p "$r6/.git" "$r6/docs/adr/background" "$r6/rules"
cd "$r6"
printf '# Why agents\n\nSome background.\n' >docs/adr/background/agent-rationale.md
printf '# Titre\n\n## Statut\n\n{propos\xc3\xa9 | accept\xc3\xa9}\n' >docs/adr/0000-modele-adr.md
printf '## Interval\n\n###Status\n\nAccepted\n\n##Decision\n\nWe use RAG over the manuals.\n' >docs/adr/0001-interval.md
printf '# Workflow\n' >rules/00-workflow.md
printf '# ADRs: how we write them\n' >rules/03-adr.md
run "$RAGFT" check --verbose --format json
expect_status 0 "round six: notes and templates beside the ADRs"
expect_err "ragft: skipped docs/adr/background/agent-rationale.md: a note beside the ADRs"
expect_err "ragft: skipped docs/adr/0000-modele-adr.md: a template (its name says so), not an ADR"
expect_err "1 ADR(s): 0 checked, 1 without facts"
python3 - "$work/out" <<'PY' || fail "round six: a heading without its space"
import json, sys
(adr,) = json.load(open(sys.argv[1]))["adrs"]
assert (adr["status"], adr["decision"]["verdict"]) == ("accepted", "rag"), adr
PY

# A folder that holds no ADR, only a README (a team that has not written one yet): said on stderr
# with what was skipped, exit 2, as for an empty folder. ADRs in AsciiDoc are named as not read.
mkdir -p "$work/readme-only/.git" "$work/readme-only/docs/adr"
cd "$work/readme-only"
printf '# ADRs\n\nWrite them here.\n' >docs/adr/README.md
run "$RAGFT" check
expect_status 2 "a folder with only a README"
expect_err "ragft: docs/adr: no ADR in this folder; skipped README.md (a README (an index of the folder), not an ADR)"
printf '= 1. Use RAG\n\n== Status\n\nAccepted\n' >docs/adr/0001-use-rag.adoc
printf '# 2. Use queues\n\n## Status\n\nAccepted\n' >docs/adr/0002-use-queues.md
run "$RAGFT" check
expect_status 0 "an AsciiDoc ADR beside a Markdown one"
expect_err "ragft: not read: 1 file(s) in AsciiDoc (docs/adr/0001-use-rag.adoc); ragft reads ADRs written in Markdown"
# The same ADR in reStructuredText beside its Markdown (a site's two renderings) is read in the
# Markdown, and a Sphinx index is no ADR: neither is named as not read.
printf '2. Use queues\n=============\n\nStatus\n------\nAccepted\n' >docs/adr/0002-use-queues.rst
printf '.. toctree::\n\n   0002-use-queues\n' >docs/adr/index.rst
run "$RAGFT" check
expect_status 0 "an ADR in Markdown and reStructuredText"
expect_err "ragft: not read: 1 file(s) in AsciiDoc (docs/adr/0001-use-rag.adoc); ragft reads"
checks=$((checks + 1)); ! grep -qE "0002-use-queues.rst|index.rst" "$work/err" || fail "the .rst twin of a Markdown ADR, or an index, named as not read"
cd "$work"

# A folder the search takes for its numbered files, the first of them named for ADRs, whose files write
# no status, decision or facts (a history of numbered notes) is no ADR folder: said, not checked.
mkdir -p "$work/prompts/.git" "$work/prompts/history/adr" "$work/prompts/history/notes/feature"
cd "$work/prompts"
printf '# 1. Host the book\n\n## Status\n\nAccepted\n\n## Decision\n\nWe use a static site.\n' >history/adr/001-host.md
printf -- '---\nstage: plan\n---\n# Create the ADRs\n\nNote text.\n' >history/notes/feature/1-create-adrs.md
printf -- '---\nstage: spec\n---\n# Write the spec\n\nNote text.\n' >history/notes/feature/2-spec.md
run "$RAGFT" check
expect_status 0 "numbered notes beside an ADR folder"
expect_err "ragft: history/notes/feature: none of its 2 numbered files writes a status, a decision or facts: not ADRs, not checked"
expect_out "1 ADR(s): 0 checked"
# Round twenty-three: a file named for ADRs further on in a numbered series (a chronicle's 339th entry,
# a done task) makes no ADR folder: the folder is not searched as one, so not named.
mv history/notes/feature/1-create-adrs.md history/notes/feature/5-create-adrs.md
printf -- '# Chronicle 339\n\n**Status:** Draft\n' >history/notes/feature/339_adr_085_mermaid_crisis.md
run "$RAGFT" check
expect_status 0 "a numbered series with entries about ADRs beside an ADR folder"
expect_out "1 ADR(s): 0 checked"
checks=$((checks + 1)); ! grep -q "history/notes" "$work/err" "$work/out" || fail "a numbered series taken for an ADR folder"
rm history/notes/feature/339_adr_085_mermaid_crisis.md
mv history/notes/feature/5-create-adrs.md history/notes/feature/1-create-adrs.md
# Round twenty-one: prompts for an LLM (`*.prompt.md`, Spec-Kit's prompt history records) are no
# ADRs by their name, even one that writes a status line: not searched, not read, not named.
mkdir -p history/prompts/chat
printf -- '---\nstage: plan\n---\n# Record the architectural decisions\n\nPrompt text.\n' >history/prompts/chat/003-record-architectural-decisions.misc.prompt.md
printf -- '# Continue\n\n**Status**: Implementation: 95%% complete\n' >history/prompts/chat/008-continue.green.prompt.md
run "$RAGFT" check
expect_status 0 "numbered prompts beside an ADR folder"
expect_out "1 ADR(s): 0 checked"
checks=$((checks + 1)); ! grep -q "history/prompts" "$work/err" "$work/out" || fail "a prompt file searched or read as an ADR"
rm -r history/adr
run "$RAGFT" check
expect_status 2 "only numbered notes and prompts: no ADR found"
expect_err "ragft: the search of the tree found no ADR"
cd "$work"

# Round ten: a first sentence left open before its list (`We will:`) goes on in the list, and a
# bold label under a sub-heading gives way to the sub-heading that names the decision.
mkdir -p "$work/round10/.git" "$work/round10/docs/adr"
cd "$work/round10"
printf '# 1. Answers\n\n## Status\n\nAccepted\n\n## Decision\n\nWe will:\n\n- fine-tune a model on the tickets\n- keep the prompts short\n\n%s\n' "$facts" >docs/adr/0001-open-list.md
printf '# 2. Answers\n\n## Status\n\nAccepted\n\n## Decision\n\n### 1. Answer with RAG over the manuals\n\n**Rationale:**\n\n- fresh answers\n\n%s\n' "$facts" >docs/adr/0002-label.md
run "$RAGFT" check --format github
expect_status 1 "round ten: the list's fine-tuning contradicts facts that point to RAG"
expect_out "::error file=docs/adr/0001-open-list.md,line=9,col=1,"
expect_no_out "0002-label.md"
run "$RAGFT" check --format json
python3 - "$work/out" <<'PY' || fail "round ten: the decisions read"
import json, sys
read = {a["file"].split("/")[-1]: (a["decision"]["text"], a["decision"]["verdict"]) for a in json.load(open(sys.argv[1]))["adrs"]}
assert read == {"0001-open-list.md": ("We will: fine-tune a model on the tickets; keep the prompts short", "fine-tune"),
                "0002-label.md": ("Answer with RAG over the manuals", "rag")}, read
PY
cd "$work"

# Round eleven: a folder given that is not an ADR folder (`ragft check docs`, `ragft check .`) is
# narrowed to the ADR folders in it: research notes with a status of their own, plans and daily
# notes beside them are not ADRs. A daily note named by its date is no numbered ADR.
mkdir -p "$work/round11/.git" "$work/round11/docs/ADR" "$work/round11/docs/research" "$work/round11/docs/daily scrum/october"
cd "$work/round11"
printf '# 1. Use RAG\n\n## Status\n\nAccepted\n\n## Decision\n\nWe will:\n\nAnswer from the manuals with RAG.\n' >docs/ADR/0001-use-rag.md
printf '# State of the art: chunking\n\n**Status:** Research complete\n\nNotes on chunking.\n' >docs/research/chunking.md
printf '# Daily scrum, 9 October\n\nThe API works.\n' >"docs/daily scrum/october/9-10-25.md"
printf '# Docs\n' >docs/index.md
run "$RAGFT" check docs --verbose --format json
expect_status 0 "round eleven: docs narrowed to its ADR folder"
# The count is of the files --verbose names below (an index page, docs/index.md, is no candidate).
expect_err "ragft: docs is not an ADR folder; checking the ADR folders in it: docs/ADR (the 2 other Markdown files in it are not ADRs: --verbose names them"
expect_err "ragft: skipped docs/research/chunking.md: outside the ADR folders found in docs (docs/ADR), not an ADR"
expect_err "ragft: skipped docs/daily scrum/october/9-10-25.md: outside the ADR folders found in docs (docs/ADR)"
python3 - "$work/out" <<'PY' || fail "round eleven: only the ADR is read, and read on past its colon"
import json, sys
adrs = json.load(open(sys.argv[1]))["adrs"]
assert [(a["file"], a["status"], a["decision"]["text"], a["decision"]["verdict"]) for a in adrs] == \
    [("docs/ADR/0001-use-rag.md", "accepted", "We will: Answer from the manuals with RAG.", "rag")], adrs
PY
run "$RAGFT" check . --format json
expect_status 0 "round eleven: . narrowed too"
expect_err "ragft: . is not an ADR folder; checking the ADR folders in it: docs/ADR"
# Named itself, the daily notes' folder holds dated notes only: no ADR in it (exit 2).
run "$RAGFT" check "docs/daily scrum" --verbose
expect_status 2 "round eleven: dated notes are no ADRs"
expect_err "9-10-25.md: a dated note (its name is a date"
expect_err "no ADR in this folder"
# A folder named for ADRs is read whole, as before, and so is one that holds no ADR folder.
run "$RAGFT" check docs/research
expect_status 0 "round eleven: a folder without ADR folders is read whole, as given"
expect_out "1 ADR(s)"
cd "$work"

# A folder narrowed to its ADR folder that holds no other Markdown file (a README is none) does not
# promise that --verbose names some.
mkdir -p "$work/round11n/.git" "$work/round11n/docs/adr"
cd "$work/round11n"
printf '# 1. Use RAG\n\n## Status\n\nAccepted\n\n## Decision\n\nAnswer from the manuals with RAG.\n' >docs/adr/0001-use-rag.md
printf '# Project\n' >README.md
run "$RAGFT" check . --verbose
expect_status 0 "a folder narrowed with nothing else in it"
expect_err "ragft: . is not an ADR folder; checking the ADR folders in it: docs/adr"
checks=$((checks + 1)); ! grep -qF "names them" "$work/err" || fail "stderr promises names --verbose does not give"
checks=$((checks + 1)); ! grep -qF "skipped" "$work/err" || fail "stderr names a skipped file where none is"
cd "$work"

# A folder named for ADRs that holds only a template, titled as one: no ADR in it, said as such
# (not as numbered files found by the search).
mkdir -p "$work/round11t/.git" "$work/round11t/ADR"
cd "$work/round11t"
printf '# ADR Template (Architecture Decision Record)\n\n## Status\n\n- Proposed\n- Accepted\n' >ADR/rules.md
run "$RAGFT" check
expect_status 2 "round eleven: a template by its title is no ADR"
expect_err "ragft: ADR: no ADR in this folder; skipped rules.md (a template (its title says so), not an ADR)"
checks=$((checks + 1)); ! grep -qF "the numbered files it found" "$work/err" || fail "stderr says numbered files were found"
cd "$work"

# Round twelve: a French template whose status lists the choices is skipped; an archived ADR whose
# title is marked `[REDUNDANT]` (no status line) is not in force, so its facts are not checked.
mkdir -p "$work/round12/.git" "$work/round12/docs/decisions"
cd "$work/round12"
printf '# Titre\n\n## Statut\n\n{Brouillon, Propos\xc3\xa9e, Accept\xc3\xa9e, Rejet\xc3\xa9e, Remplac\xc3\xa9e}\n\n## D\xc3\xa9cision\n\nExpose la d\xc3\xa9cision.\n' >docs/decisions/adr-template-mi.md
printf '# ADR-034: Simplified LLM Configuration [REDUNDANT]\n\n## Decision\n\nFine-tune the model.\n\n```ragft\nfacts: {knowledge_updates: daily, citations_required: true, task_type: question_answering}\n```\n' >docs/decisions/0034-llm-config.md
printf '# ADR-035: Use RAG\n\nStatut : Remplac\xc3\xa9e par ADR-036\n\n## D\xc3\xa9cision\n\nNous utilisons RAG.\n' >docs/decisions/0035-use-rag.md
run "$RAGFT" check --verbose --format json
expect_status 0 "round twelve: template skipped, redundant and replaced ADRs not in force"
expect_err "skipped docs/decisions/adr-template-mi.md: a template (its status lists the choices), not an ADR"
python3 - "$work/out" <<'PY' || fail "round twelve: statuses from the title marker and the French participle"
import json, sys
adrs = json.load(open(sys.argv[1]))["adrs"]
got = [(a["file"], a["status"], a["status_written"], [f["rule"] for f in a["findings"] if f["severity"] == "error"]) for a in adrs]
assert got == [("docs/decisions/0034-llm-config.md", "deprecated", "REDUNDANT", []),
               ("docs/decisions/0035-use-rag.md", "superseded", "Remplac\u00e9e par ADR-036", [])], got
PY
cd "$work"

# Round sixteen: a decision log kept in one file in the ADR folder (as hAIrem's
# `docs/adr/design-drift.md`): each `## ADR-NNN: …` section is an ADR of its own, named
# `file#anchor` in every format and located at its own lines; the second decision fine-tunes while
# its facts point to RAG, so it, and only it, fails at its decision's line (17).
mkdir -p "$work/round16/.git" "$work/round16/docs/adr"
cd "$work/round16"
cat >docs/adr/design-notes.md <<MD
# Design notes

Decisions taken while building.

## ADR-001: Configuration order

**Status:** Accepted

**Decision:** Environment variables come last.

## ADR-002: Support answers

**Status:** Accepted

### Decision

We fine-tune the model on our tickets.

$facts

## ADR-003: Key storage

**Status:** Proposed

### Decision

Keys stay in the environment.
MD
run "$RAGFT" check --format json
expect_status 1 "round sixteen: a decision log's second decision contradicts its facts"
python3 - "$work/out" <<'PY' || fail "round sixteen: the log's decisions, each with its section, status and finding"
import json, sys
adrs = json.load(open(sys.argv[1]))["adrs"]
got = [(a["file"], a.get("section"), a["title"], a["status"], [(f["rule"], f["line"]) for f in a["findings"] if f["severity"] == "error"]) for a in adrs]
assert got == [("docs/adr/design-notes.md", "adr-001-configuration-order", "ADR-001: Configuration order", "accepted", []),
               ("docs/adr/design-notes.md", "adr-002-support-answers", "ADR-002: Support answers", "accepted", [("adr-decision-contradicts", 17)]),
               ("docs/adr/design-notes.md", "adr-003-key-storage", "ADR-003: Key storage", "proposed", [])], got
PY
run "$RAGFT" check --verbose
expect_out "docs/adr/design-notes.md:17:1: error: the recorded decision \"We fine-tune the model on our tickets.\""
expect_out "docs/adr/design-notes.md#adr-001-configuration-order: "
expect_out "3 ADR(s): 1 checked"
run "$RAGFT" check --format github
expect_out "::error file=docs/adr/design-notes.md,line=17,col=1,"
# round seventeen: the annotation's title names the decision, as the file names three
expect_out "title=ragft adr-decision-contradicts%3A ADR's decision contradicts its facts (#adr-002-support-answers)::"
run "$RAGFT" check --format junit
expect_out '<testcase classname="docs/adr/design-notes.md" name="docs/adr/design-notes.md#adr-002-support-answers [adr-decision-contradicts]"'
expect_out '<testcase classname="docs/adr/design-notes.md" name="docs/adr/design-notes.md#adr-003-key-storage"'
if command -v xmllint >/dev/null; then
  checks=$((checks + 1)); xmllint --noout "$work/out" 2>/dev/null || fail "round sixteen: JUnit is not well-formed XML"
fi
run "$RAGFT" check --format sarif
python3 - "$work/out" <<'PY' || fail "round sixteen: SARIF at the file's line, with the section as its logical location"
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
errors = [r for r in results if r["level"] == "error"]
assert len(errors) == 1, errors
loc = errors[0]["locations"][0]
assert loc["physicalLocation"]["artifactLocation"]["uri"] == "docs/adr/design-notes.md", loc
assert loc["physicalLocation"]["region"]["startLine"] == 17, loc
assert loc["logicalLocations"] == [{"name": "adr-002-support-answers", "fullyQualifiedName": "docs/adr/design-notes.md#adr-002-support-answers"}], loc
PY
# A single ADR with `##` sub-headings beside it stays one ADR.
printf '# 4. Use RAG\n\n## 1. Context\n\nText.\n\n## 2. Decision\n\nUse RAG.\n\n## 3. Status\n\nAccepted\n' >docs/adr/0004-use-rag.md
run "$RAGFT" check
expect_out "4 ADR(s): 1 checked"
cd "$work"

# Round seventeen: an ADR titled `# Architecture Decisions` that holds one decision titled as a
# Decision heading (`## Decision: …`, its metadata below, then its own `### Decision`), as
# mcp-search-hub's 006 writes it; its status is `Planned` (decided, its building scheduled). Its
# decision fine-tunes (`ajuste fino`, Spanish) while its facts point to RAG: a contradiction at the
# `### Decision` paragraph's line (16), and no status note.
mkdir -p "$work/round17/.git" "$work/round17/docs/adrs"
cd "$work/round17"
cat >docs/adrs/007-answers.md <<MD
# Architecture Decisions

The decisions of the support bot.

## Decision: Answers from our tickets

**Date**: March 2026
**Status**: Planned for Phase 2

### Background

Answers must sound like our agents.

### Decision

Haremos un ajuste fino del modelo con nuestros tickets.

$facts
MD
run "$RAGFT" check --format json
expect_status 1 "round seventeen: the titled decision's own Decision section contradicts its facts"
python3 - "$work/out" <<'PY' || fail "round seventeen: status Planned read as accepted, the decision from ### Decision"
import json, sys
adrs = json.load(open(sys.argv[1]))["adrs"]
got = [(a["file"], a["status"], a["decision"]["verdict"], a["decision"]["line"],
        [(f["rule"], f["line"]) for f in a["findings"] if f["severity"] == "error" or f["rule"] == "adr-status-unknown"]) for a in adrs]
assert got == [("docs/adrs/007-answers.md", "accepted", "fine-tune", 16, [("adr-decision-contradicts", 16)])], got
PY
cd "$work"

# Round eighteen: ADRs numbered `adr-NNN-*.md` in `docs/architecture`, as celestia-app and ibc-go
# keep them. adr-009 logs its status's changes (`Implemented. Superseded by ADR-013.`): superseded,
# so not in force, and its facts are not compared (it fine-tunes, they point to RAG). adr-013's
# decision opens a three-stage retrieval model whose first stage lists its modes, `hybrid` among
# them, as LocalAI-RAG's adr-0003 does: a retrieval mode, no approach; with facts, the decision is
# unreadable (a warning: exit 1 with the default --fail-on), not a hybrid that contradicts them (an
# error). adr-014 was reverted: deprecated.
mkdir -p "$work/round18/.git" "$work/round18/docs/architecture"
cd "$work/round18"
cat >docs/architecture/adr-009-tone.md <<MD
# ADR 9: Tone

## Status

Implemented. Superseded by ADR-013.

## Decision

We fine-tune the model on our tickets.

$facts
MD
cat >docs/architecture/adr-013-retrieval.md <<MD
# ADR 13: Retrieval

## Status

Accepted

## Decision

We adopt a three-stage retrieval model with contracts:

### 1. Candidate search

- Search in one of the supported modes:
  - \`semantic\`
  - \`bm25\`
  - \`hybrid\`

### 2. Text

- Fetch the texts of the nodes found.

$facts
MD
cat >docs/architecture/adr-014-cache.md <<MD
# ADR 14: Cache

## Status

Reverted by discussion #12.

## Decision

Cache the answers for a day.
MD
run "$RAGFT" check --format json
expect_status 1 "round eighteen: adr-013's unreadable decision is a warning (the default --fail-on); adr-009 is not compared"
python3 - "$work/out" <<'PY' || fail "round eighteen: statuses superseded, accepted, deprecated; adr-013 decision unreadable"
import json, sys
adrs = json.load(open(sys.argv[1]))["adrs"]
got = [(a["file"], a["status"], a["decision"]["verdict"] if a["decision"] else None,
        sorted({f["rule"] for f in a["findings"] if f["severity"] in ("error", "warning")})) for a in adrs]
assert got == [("docs/architecture/adr-009-tone.md", "superseded", "fine-tune", []),
               ("docs/architecture/adr-013-retrieval.md", "accepted", None, ["adr-decision-unreadable"]),
               ("docs/architecture/adr-014-cache.md", "deprecated", None, [])], got
PY
cd "$work"

# Round nineteen (fixtures written for this test, in the shapes of celestia-app's and opentdf's):
# an unnumbered draft `adr-draft-*.md` beside `adr-NNN` files found by the search is read with
# them, and a note `adr-overview.md` that writes no status or decision is skipped; MADR's chosen
# option written as a heading is the decision.
r19=$work/r19
mkdir -p "$r19/.git" "$r19/docs/architecture" "$r19/service/adr"
cd "$r19"
printf '# ADR 1: Blocks\n\n## Status\n\nAccepted\n\n## Decision\n\nUse larger blocks.\n' >docs/architecture/adr-001-blocks.md
printf '# ADR 2: Fees\n\n## Status\n\nAccepted\n\n## Decision\n\nCharge per byte.\n' >docs/architecture/adr-002-fees.md
cat >docs/architecture/adr-draft-answers.md <<MD
# ADR: Support answers

## Status

Draft

## Decision

Fine-tune a small model on the tickets.

$facts
MD
printf '# ADR overview\n\nHow we write ADRs here.\n' >docs/architecture/adr-overview.md
printf '# Other notes\n\n## Decision\n\nUse RAG.\n' >docs/architecture/notes.md
run "$RAGFT" check --verbose
expect_status 1 "round nineteen: the draft is read and checked, its decision against its facts"
expect_err "checking the ADRs found by searching the tree: docs/architecture (2 numbered files and 2 named adr-…)"
expect_err "skipped docs/architecture/adr-overview.md: a list kept beside the ADRs"
expect_out "docs/architecture/adr-draft-answers.md:9:1: error: the recorded decision \"Fine-tune a small model on the tickets.\""
expect_no_out "notes.md"
run "$RAGFT" check --format json
python3 - "$work/out" <<'PY' || fail "round nineteen: the draft read as a proposed ADR"
import json, sys
adrs = json.load(open(sys.argv[1]))["adrs"]
got = [(a["file"], a["status"], a["decision"]["verdict"] if a["decision"] else None) for a in adrs]
assert got == [("docs/architecture/adr-001-blocks.md", "accepted", None),
               ("docs/architecture/adr-002-fees.md", "accepted", None),
               ("docs/architecture/adr-draft-answers.md", "proposed", "fine-tune")], got
PY
cat >service/adr/0004-actions.md <<MD
# Actions are stored

Context.

## Chosen Option: Fine-tune a model on the tickets

1. We will collect the tickets.

## Options

### Use RAG over the manuals

Rejected.

$facts
MD
run "$RAGFT" check service/adr/0004-actions.md
expect_status 1 "round nineteen: the chosen option in a heading contradicts the facts"
expect_out "service/adr/0004-actions.md:5:19: error: the recorded decision \"Fine-tune a model on the tickets\""
cd "$work"

# Round twenty (fixtures written for this test, in the shapes of gofunnel's and vr_ai_platform's
# Russian ADRs): MADR's chosen option labelled in Russian, alone on its list item, the option in the
# item nested under it and the reasons in a sibling item after it; `## Статус` and `## Решение`
# capitalised; `Opción elegida:` with its reason in Spanish.
r20=$work/r20
mkdir -p "$r20/.git" "$r20/docs/adr"
cd "$r20"
cat >docs/adr/0001-answers.md <<MD
# ADR-0001: Ответы поддержки

## Статус

Принято

## Решение

- Выбранный вариант:
  - Fine-tune a small model on the tickets.
- Почему выбран:
  - Use RAG was weighed and set aside.

$facts
MD
cat >docs/adr/0002-search.md <<MD
# ADR-0002: Búsqueda

## Estado

Aceptado

## Decisión

Opción elegida: RAG, porque el fine-tuning cuesta demasiado.

$facts
MD
printf -- '---\nstatus: accepted\n---\n# Write own tooling\n\n## Decision Outcome\n\nChosen option:\n\n"Own tooling", because none fits.\n' >docs/adr/0003-tooling.md
run "$RAGFT" check
expect_status 1 "round twenty: the Russian chosen option, nested under its label, contradicts the facts"
expect_out "docs/adr/0001-answers.md:10:5: error: the recorded decision \"Fine-tune a small model on the tickets\" (chosen option)"
expect_no_out "0002-search.md:"
run "$RAGFT" check --format json
python3 - "$work/out" <<'PY' || fail "round twenty: statuses and chosen options read in Russian, Spanish and English (the option after its label's paragraph)"
import json, sys
adrs = json.load(open(sys.argv[1]))["adrs"]
got = [(a["file"], a["status"], a["decision"]["text"], a["decision"]["verdict"]) for a in adrs]
assert got == [("docs/adr/0001-answers.md", "accepted", "Fine-tune a small model on the tickets", "fine-tune"),
               ("docs/adr/0002-search.md", "accepted", "RAG", "rag"),
               ("docs/adr/0003-tooling.md", "accepted", "Own tooling", None)], got
PY
cd "$work"


# Round twenty-four: a file named as a template is read; an ADR that adopts a template (numbered
# title, one status, a decision, the template itself in a code block) is an ADR, the template beside
# it (placeholders, the statuses to choose from) is skipped as before.
repo=$work/repo24
mkdir -p "$repo/.git" "$repo/docs/adr"
cd "$repo"
cat >docs/adr/0001-record-template.md <<'MD'
# ADR-0001: Record template

## Status

Accepted

## Decision

Every decision is written in the form below.

```markdown
# ADR-NNNN: [Title]

## Status

Proposed | Accepted | Superseded by ADR-XXXX
```
MD
printf '# ADR-NNNN: [Title]\n\n## Status\n\nProposed | Accepted\n\n## Decision\n\n[What was decided.]\n' >docs/adr/adr-template.md
printf '# ADR-0002: Queues\n\n## Status\n\nAccepted\n\n## Decision\n\nWe use a queue.\n' >docs/adr/0002-queues.md
run "$RAGFT" check --format json --verbose
expect_status 0 "round twenty-four: an ADR adopting a template and a template beside it"
expect_err "ragft: skipped docs/adr/adr-template.md: a template (its name says so), not an ADR"
python3 - "$work/out" <<'PY' || fail "round twenty-four: the ADR named as a template is read, the template is not"
import json, sys
adrs = json.load(open(sys.argv[1]))["adrs"]
got = [(a["file"], a["status"], a["decision"]["text"]) for a in adrs]
assert got == [("docs/adr/0001-record-template.md", "accepted", "Every decision is written in the form below."),
               ("docs/adr/0002-queues.md", "accepted", "We use a queue.")], got
PY
cd "$work"


# Round twenty-four: folders the search takes for their numbered files, whose files are written about
# the ADRs of the ADR folder the search found (same number): drafts with the ADR's title, a plan and a review that write
# no decision. Not ADRs: said, not checked. A numbered file there with a title of its own that writes a
# decision (a second series of ADRs) keeps its folder read.
repo=$work/repo24b
mkdir -p "$repo/.git" "$repo/ADRs" "$repo/notes/red-team" "$repo/docs/plan" "$repo/docs/reports"
cd "$repo"
printf '# ADR 007: Keep answers cited\n\n**Status:** Accepted\n\n## Decision\n\nEvery answer cites its source.\n' >ADRs/007_keep_answers_cited.md
printf '# ADR 008: Nightly index\n\n**Status:** Accepted\n\n## Decision\n\nWe rebuild the index nightly.\n' >ADRs/008_nightly_index.md
printf '# ADR 007: Keep answers cited\n\n**Status:** Draft\n\n## Decision\n\nAnswers may cite sources.\n' >notes/red-team/DRAFT_ADR_007_keep_answers_cited.md
printf '# ADR 008: Nightly index\n\n**Status:** Draft\n\n## Decision\n\nWe rebuild the index weekly.\n' >notes/red-team/DRAFT_ADR_008_nightly_index.md
printf '# Plan: carry out the nightly index\n\n**Status:** Draft\n\n## Steps\n\n1. Write the job.\n' >docs/plan/adr008-implementation-plan-nightly-job.md
printf '# ADR-007 review: current state\n\n**Status**: 40%% done\n\n## Findings\n\nTwo answers lack sources.\n' >docs/reports/adr-007-review.md
run "$RAGFT" check . --format json
expect_status 0 "round twenty-four: drafts, a plan and a review of ADRs beside the ADR folder"
expect_err "notes/red-team: each of its 2 numbered files is a draft, plan or review of an ADR read from an ADR folder (same number): not ADRs, not checked"
expect_err "docs/plan: its 1 numbered file is a draft, plan or review of an ADR read from an ADR folder (same number): not an ADR, not checked"
expect_err "docs/reports: its 1 numbered file is a draft, plan or review"
python3 - "$work/out" <<'PY' || fail "round twenty-four: only the ADR folder's ADRs are read"
import json, sys
files = [a["file"] for a in json.load(open(sys.argv[1]))["adrs"]]
assert files == ["ADRs/007_keep_answers_cited.md", "ADRs/008_nightly_index.md"], files
PY
# A draft under another title, which writes a decision, is an ADR of its own: its folder is read.
printf '# ADR 008: Index on demand\n\n**Status:** Draft\n\n## Decision\n\nWe index on demand.\n' >notes/red-team/DRAFT_ADR_008_nightly_index.md
run "$RAGFT" check . --format json
expect_status 0 "round twenty-four: a numbered file with a title and a decision of its own"
python3 - "$work/out" <<'PY' || fail "round twenty-four: a folder with an ADR of its own is read whole"
import json, sys
files = [a["file"] for a in json.load(open(sys.argv[1]))["adrs"]]
assert "notes/red-team/DRAFT_ADR_007_keep_answers_cited.md" in files and "notes/red-team/DRAFT_ADR_008_nightly_index.md" in files, files
PY
cd "$work"

# Round twenty-five: the line that names the folders found leaves out those then found to hold drafts,
# plans or notes (each said on a line of its own, after it), in the default run and with `check .`.
cd "$repo"
printf '# ADR 008: Nightly index\n\n**Status:** Draft\n\n## Decision\n\nWe rebuild the index weekly.\n' >notes/red-team/DRAFT_ADR_008_nightly_index.md
for args in "check" "check ."; do
  run "$RAGFT" $args
  expect_status 0 "round twenty-five: $args with drafts beside the ADR folder"
  checks=$((checks + 1))
  head -1 "$work/err" | grep -qE "checking the ADRs? (found by searching the tree|folders in it): ADRs( |$)" ||
    fail "round twenty-five: $args: the first line does not name the ADR folder: $(head -1 "$work/err")"
  checks=$((checks + 1))
  ! head -1 "$work/err" | grep -qE "notes/red-team|docs/plan|docs/reports" ||
    fail "round twenty-five: $args: the first line names a folder not checked: $(head -1 "$work/err")"
  expect_err "ragft: notes/red-team: each of its 2 numbered files is a draft, plan or review"
done
cd "$work"

# Round twenty-five: a government team's forms (written for this test): a status left as the template's
# `Accepted or Rejected`, the template named `ADRXXX-architecture-decision-record-template.md`, a
# supersession said in a sentence under the title, a `# Decision` heading of level 1.
repo=$work/repo25
mkdir -p "$repo/.git" "$repo/ADR" "$repo/records"
cd "$repo"
printf '# ADRxxx: Decision title\n\n## Status\n\n> Accepted or Rejected\n>\n> Valid statuses: "Proposed", "Accepted", "Rejected".\n\n## Decision\n\n> what the team has decided to do\n' >ADR/ADRXXX-architecture-decision-record-template.md
printf '# ADR030: Run glue code on Lambda\n\n## Status\n\n> Accepted or Rejected\n>\n> Valid statuses: "Proposed", "Accepted", "Rejected".\n\n## Decision\n\nWe will use Lambda for glue code.\n' >ADR/ADR030-use-lambda.md
printf '# ADR031: Page the team\n\n## Status\n\nAccepted\n\n## Decision\n\nWe pay for a paging service.\n' >ADR/ADR031-use-paging.md
printf '# 8. Admin users\n\n**Date:** 2020-06-17\n\nThis decision has been superseded by decision: [0009 Admin users](0009-admin-users.md)\n\n## Decision\n\nDecided on option 2.\n' >records/0008-admin-users.md
printf '# 9. Admin users\n\n**Date:** 2020-07-21\n\nThis decision supersedes decision: [0008 Admin users](0008-admin-users.md)\n\n## Context\n\nThe import wiped users.\n\n# Decision\n\nAdmins are set up in the app realm.\n' >records/0009-admin-users.md
run "$RAGFT" check ADR records --format json
expect_status 0 "round twenty-five: a government team's forms"
python3 - "$work/out" <<'PY' || fail "round twenty-five: statuses, template, supersession and decision as a person reads them"
import json, sys
adrs = {a["file"]: a for a in json.load(open(sys.argv[1]))["adrs"]}
assert sorted(adrs) == ["ADR/ADR030-use-lambda.md", "ADR/ADR031-use-paging.md", "records/0008-admin-users.md",
                        "records/0009-admin-users.md"], sorted(adrs)
assert adrs["ADR/ADR030-use-lambda.md"]["status"] == "other", adrs["ADR/ADR030-use-lambda.md"]
assert adrs["ADR/ADR031-use-paging.md"]["status"] == "accepted"
assert adrs["records/0008-admin-users.md"]["status"] == "superseded", adrs["records/0008-admin-users.md"]
assert adrs["records/0009-admin-users.md"]["status"] == "none"
assert adrs["records/0009-admin-users.md"]["decision"]["text"] == "Admins are set up in the app realm."
PY
cd "$work"

# Round twenty-seven: a log's headings written with a dash and an arrow (`### Decision 1 – Router →
# Planner`) are named by GitHub's anchors, which leave out punctuation and symbols beyond ASCII as
# they do ASCII ones; and an ADR in a `deprecated` folder whose front matter, in camelCase, names what
# replaced it (`supersededBy:`) is superseded though its body still says `Akzeptiert`.
repo=$work/repo27
mkdir -p "$repo/.git" "$repo/docs/adr/deprecated"
cd "$repo"
printf '# Design log\n\n### Decision 1 \xe2\x80\x93 Router \xe2\x86\x92 Planner\n\n**Status:** Accepted\n\nWe route first.\n\n### Decision 2 \xe2\x80\x94 \xe2\x80\x9cCache\xe2\x80\x9d\n\n**Status:** Proposed\n\nWe cache answers.\n' >docs/adr/log.md
printf -- '---\nstatus: deprecated\nsupersededBy: docs/adr/0004-schema.md\n---\n\n# ADR-0003: Schema\n\n## Status\n\nAkzeptiert\n\n## Entscheidung\n\nWir nutzen D1.\n' >docs/adr/deprecated/0003-schema.md
run "$RAGFT" check --format json
expect_status 0 "round twenty-seven: a log with dashes and arrows, a camelCase supersession"
python3 - "$work/out" <<'PY' || fail "round twenty-seven: GitHub's anchors, superseded by the camelCase key"
import json, sys
adrs = json.load(open(sys.argv[1]))["adrs"]
got = [(a["file"], a.get("section"), a["status"]) for a in adrs]
assert got == [("docs/adr/deprecated/0003-schema.md", None, "superseded"),
               ("docs/adr/log.md", "decision-1--router--planner", "accepted"),
               ("docs/adr/log.md", "decision-2--cache", "proposed")], got
PY
run "$RAGFT" check --format junit
expect_out 'name="docs/adr/log.md#decision-1--router--planner"'
cd "$work"

# Round twenty-eight: `Revised` and `Actualizado` (updated, Spanish) are in force, as `Updated` is; a
# decision `En implementación` (being built) is too; a report about ADR 9 and a README named by
# ADR 6's number are no ADRs, and stderr says why.
repo=$work/repo28
mkdir -p "$repo/.git" "$repo/docs/adr"
cd "$repo"
printf '# ADR-0006: Context budget\n\n**Status**: Revised - follows the SDK hooks\n\n## Decision\n\nWe cap each turn at 8k tokens.\n' >docs/adr/0006-context-budget.md
printf '# ADR-0006: Context budget - quick start\n\n**Status**: Ready for development\n\nRead the Decision section first.\n' >docs/adr/README_0006.md
printf '# ADR-007 \xe2\x80\x94 Base\n\n**Estado:** Actualizado\n\n## Decisi\xc3\xb3n\n\nUsar un solo servicio.\n' >docs/adr/0007-base.md
printf '# ADR-008 \xe2\x80\x94 Archivos\n\n**Estado:** En implementaci\xc3\xb3n (Fase 1 completada)\n\n## Decisi\xc3\xb3n\n\nSubir archivos al servidor.\n' >docs/adr/0008-archivos.md
printf '# ADR-009 Feasibility report\n\n**Status:** Approved - feasible\n\n## Findings\n\nThe design fits.\n' >docs/adr/009-FEASIBILITY-REPORT.md
run "$RAGFT" check --format json
expect_status 0 "round twenty-eight: revised and updated statuses, an ADR's report and README"
python3 - "$work/out" <<'PY' || fail "round twenty-eight: statuses in force, the report and README not read"
import json, sys
got = [(a["file"], a["status"]) for a in json.load(open(sys.argv[1]))["adrs"]]
assert got == [("docs/adr/0006-context-budget.md", "accepted"), ("docs/adr/0007-base.md", "accepted"),
               ("docs/adr/0008-archivos.md", "accepted")], got
PY
run "$RAGFT" check --verbose
expect_err 'skipped docs/adr/README_0006.md: a README kept for one ADR'
expect_err 'skipped docs/adr/009-FEASIBILITY-REPORT.md: a document kept with an ADR'
cd "$work"

# Round twenty-nine: a proposal approved where its decision is written (`**Status:** Proposed` under
# the title, `**Approved**:` opening its Decision Outcome) is accepted; `Aprovado` (Portuguese) is
# accepted; a RAG pipeline that exists, named as the subject of what is done with it, is no RAG
# decision, and a `**Choice:**` label is not quoted with the decision.
repo=$work/repo29
mkdir -p "$repo/.git" "$repo/docs/adr"
cd "$repo"
printf '# ADR-009: Compaction\n\n**Status:** Proposed\n\n## Decision\n\nCompact the history.\n\n## Decision Outcome\n\n**Approved**: Implement it as above.\n' >docs/adr/009-compaction.md
printf '# ADR 0001: Busca\n\n## Status\nAprovado\n\n## Decis\xc3\xa3o\n\nBusca por palavras.\n' >docs/adr/0001-busca.md
printf '# ADR-0003: Stack\n\n- **Status:** Proposed\n\n## Decision\n\nThe RAG pipeline will leverage Acme for text embeddings.\n' >docs/adr/0003-stack.md
printf '# ADR-0004: Agents\n\n**Status:** Accepted\n\n## Decision\n\n**Choice:** Decomposed the RAG pipeline into agents\n' >docs/adr/0004-agents.md
run "$RAGFT" check --format json
expect_status 0 "round twenty-nine: outcomes, Aprovado, an existing RAG pipeline, a Choice label"
python3 - "$work/out" <<'PY' || fail "round twenty-nine: statuses, approaches and decisions as a person reads them"
import json, sys
got = [(a["file"], a["status"], (a["decision"] or {}).get("verdict"), (a["decision"] or {}).get("text"))
       for a in json.load(open(sys.argv[1]))["adrs"]]
assert got == [("docs/adr/0001-busca.md", "accepted", None, "Busca por palavras."),
               ("docs/adr/0003-stack.md", "proposed", None, "The RAG pipeline will leverage Acme for text embeddings."),
               ("docs/adr/0004-agents.md", "accepted", None, "Decomposed the RAG pipeline into agents"),
               ("docs/adr/009-compaction.md", "accepted", None, "Compact the history.")], got
PY
cd "$work"


# Round thirty: ADRs kept in `.github/adr` are found by the search; an ADR folder's `examples/` (another
# project's ADRs kept to show the form) are not read; a heading decorated with an emoji (`## 💡 Decisão`)
# is a Decision section, and a status line opening it is no decision; a numbered chapter named as a
# decision log (`05-architecture-decisions.md`) is read section by section.
repo=$work/repo30
mkdir -p "$repo/.git" "$repo/.github/adr/examples" "$repo/docs/technical"
cd "$repo"
printf '# ADR-004: Local model\n\n**Status:** \xe2\x9c\x85 Accepted\n\n## \xf0\x9f\x92\xa1 Decis\xc3\xa3o\n\nUsar um modelo local.\n' >.github/adr/004-local-model.md
printf '# ADR-010: Compaction\n\n**Status:** Proposed\n\n## Decision\n\n**Status:** **APPROVED** for v2\n\n**Reviewers:** @team\n\nCompact the history in the SDK.\n' >.github/adr/010-compaction.md
printf '# ADR 002: Supabase\n\n**Status**: Aceito\n\n## Decis\xc3\xa3o\n\nAdotamos o Supabase.\n' >.github/adr/examples/002-supabase.md
run "$RAGFT" check --format json
expect_status 0 "round thirty: .github/adr found, examples left out"
python3 - "$work/out" <<'PY' || fail "round thirty: .github/adr's ADRs as a person reads them"
import json, sys
got = [(a["file"], a["status"], (a["decision"] or {}).get("text")) for a in json.load(open(sys.argv[1]))["adrs"]]
assert got == [(".github/adr/004-local-model.md", "accepted", "Usar um modelo local."),
               (".github/adr/010-compaction.md", "accepted", "Compact the history in the SDK.")], got
PY
printf '# Architecture Decision Records\n\n## ADR-001: Agents on a graph\n\n**Status**: Proposed\n\n### Decision\n\nWe will run the agents on a graph.\n\n## ADR-002: Checkpoints\n\n**Status**: Accepted\n\n### Decision\n\nWe will keep checkpoints in Postgres.\n' >docs/technical/05-architecture-decisions.md
run "$RAGFT" check docs/technical/05-architecture-decisions.md --format json
expect_status 0 "round thirty: a numbered chapter kept as a decision log"
python3 - "$work/out" <<'PY' || fail "round thirty: the log's two decisions"
import json, sys
got = [(a["section"], a["status"]) for a in json.load(open(sys.argv[1]))["adrs"]]
assert got == [("adr-001-agents-on-a-graph", "proposed"), ("adr-002-checkpoints", "accepted")], got
PY
cd "$work"

# Round thirty-one: an empty supersession list in a front matter (`Superseded-by: []`) names no ADR;
# adr-tools' template question above the decision is passed over; a status and the decision on one
# line give the decision; a sub-heading over a list is quoted before its first item; a backup of the
# documents (`backups/…/adr`) is not read beside the ADR folder.
repo=$work/repo31
mkdir -p "$repo/.git" "$repo/docs/adr" "$repo/backups/docs-2025/adr"
cd "$repo"
printf -- '---\nADR: 0004\nTitle: Search\nStatus: Implemented\nSuperseded-by: []\nReferences:\n  - [Docs](https://example.com)\n---\n\n## Decision\n\nWe will adopt Acme Vector as the vector store.\n' >docs/adr/0004-search.md
printf '# 1. Notes\n\n## Status\n\nAccepted\n\n## Decision\n\nWhat is the change that we'"'"'re proposing and/or doing?\n\nKeep every decision in one file.\n' >docs/adr/0001-notes.md
printf '# 3. Answers\n\n## Status\n\nAccepted\n\n## Decision\n\nStatus: accepted. We use RAG over the manuals.\n' >docs/adr/0003-answers.md
printf '# 15. Performance\n\n**Status:** Accepted\n\n## Decision\n\n### \xe2\x9d\x8c Not doing\n\n1. \xe2\x9d\x8c Query batching\n' >docs/adr/0015-performance.md
printf '# 7. Old copy\n\n## Status\n\nAccepted\n\n## Decision\n\nUse the old layout.\n' >backups/docs-2025/adr/0007-old-copy.md
run "$RAGFT" check --format json
expect_status 0 "round thirty-one: empty supersession, template question, status and decision, sub-heading list, backups"
python3 - "$work/out" <<'PY' || fail "round thirty-one: statuses and decisions as a person reads them"
import json, sys
got = [(a["file"], a["status"], (a["decision"] or {}).get("verdict"), (a["decision"] or {}).get("text"))
       for a in json.load(open(sys.argv[1]))["adrs"]]
assert got == [("docs/adr/0001-notes.md", "accepted", None, "Keep every decision in one file."),
               ("docs/adr/0003-answers.md", "accepted", "rag", "We use RAG over the manuals."),
               ("docs/adr/0004-search.md", "accepted", None, "We will adopt Acme Vector as the vector store."),
               ("docs/adr/0015-performance.md", "accepted", None, "Not doing: Query batching")], got
PY
cd "$work"

finish
