#!/usr/bin/env bash
# End-to-end tests of `ragft check` on ADRs that carry facts the way teams write them, mistakes
# included, run as CI runs it (from the repository root, text, github, sarif, junit, json): each
# mistake is told at the line a person must edit (the fence, the key), with what to change, in every
# format. Lines are counted by hand in the ADRs written below.
# Usage: check_facts.sh path/to/ragft   (run from the project root)
source "$(dirname "$0")/lib.sh"
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")
repo="$work/repo"
adr="$repo/docs/decisions"
mkdir -p "$repo/.git" "$adr/ml"

# 1: a fenced block never closed (its team forgot the closing ```): the fence is line 11.
cat >"$adr/0001-unclosed.md" <<'ADR'
# 1. Use retrieval for contract search

## Status

Accepted

## Decision

We will fine-tune.

```ragft
facts:
  knowledge_updates: daily
  citations_required: true

## Consequences

Nightly retraining.
ADR
# 2: an empty block (the facts were to be filled in later): the fence is line 5, column 3.
printf '# 2. Later\n\n## Decision\n\n  ```ragft\n  ```\n' >"$adr/0002-empty.md"
# 3: facts in a ```yaml block (the team's editor highlights yaml): the fence is line 9.
cat >"$adr/ml/0003-yaml-block.md" <<'ADR'
# 3. Fine-tune the classifier

Status: Accepted

## Decision

We will fine-tune the model.

```yaml
facts:
  task_type: classification
```
ADR
# 4: `ragft:` left empty with `facts:` beside it in the front matter (a CRLF file): key at line 3.
printf -- '---\r\nstatus: accepted\r\nragft:\r\nfacts:\r\n  knowledge_updates: daily\r\n---\r\n# 4. News\r\n' \
  >"$adr/0004-beside.md"
# 5: a fact at the top of the block, not under `facts:`: line 4, column 3.
printf -- '---\nstatus: accepted\nragft:\n  knowledge_updates: daily\n---\n# 5. Top\n' >"$adr/0005-top.md"
# 6: the rule of a `ragft-ignore` named alone, and an apostrophe in the messages (JUnit's text).
printf '# 6. Ignore\n\n## Decision\n\nWe use RAG.\n\n```ragft\nfacts: {knowledge_updates: daily}\nragft-ignore: [adr-facts-unknown]\n```\n' \
  >"$adr/0006-ignore.md"

cd "$repo" || exit 1
run "$RAGFT" check
expect_status 2 "invalid blocks exit 2"
expect_out "docs/decisions/0001-unclosed.md:11:1: error: the ragft block opened here is never closed, so the rest of the file is read as its YAML; add a \`\`\` line after the block's last line [adr-facts-invalid]"
expect_no_out "Nightly retraining"
expect_out "docs/decisions/0002-empty.md:5:3: error: the ragft block is empty"
expect_out "docs/decisions/ml/0003-yaml-block.md:9:1: note: ragft facts are in a \`\`\`yaml block, where they are not read"
expect_out "write \`\`\`ragft on the block's opening fence [adr-facts-missing]"
expect_out "docs/decisions/0004-beside.md:3:1: error: \`ragft:\` holds no spec, and \`facts:\` (line 4) sits beside it"
expect_out "docs/decisions/0005-top.md:4:3: error: \`knowledge_updates\` is a fact, written at the top of the ragft block; facts go under \`facts:\`"
expect_out "docs/decisions/0006-ignore.md:9:16: error: a \`ragft-ignore\` entry names its rule and why, got \`adr-facts-unknown\` alone; write \`- rule: adr-facts-unknown\`"

# The yaml block alone is a note: an ADR without facts never fails a check with the default settings.
run "$RAGFT" check docs/decisions/ml
expect_status 0 "facts in a yaml block: a note"
run "$RAGFT" check docs/decisions/ml --fail-on note
expect_status 1 "--fail-on note"

# GitHub annotations and SARIF regions on the fence's line.
run "$RAGFT" check --format github
expect_out "::error file=docs/decisions/0002-empty.md,line=5,col=3,title=ragft adr-facts-invalid"
expect_out "::error file=docs/decisions/0001-unclosed.md,line=11,col=1,"
expect_out "::notice file=docs/decisions/ml/0003-yaml-block.md,line=9,col=1,"
# The title says what a CI reader sees: the facts are there, but not where ragft reads them (the
# title was "ADR records a RAG/fine-tuning decision without facts").
expect_out "0003-yaml-block.md,line=9,col=1,title=ragft adr-facts-missing%3A ADR's decision is not checked%3A no facts where ragft reads them::"
expect_no_out "without facts::"
run "$RAGFT" check --format sarif
python3 - "$work/out" <<'PY' || fail "sarif regions"
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0]["results"]
where = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["locations"][0]["physicalLocation"].get("region") for r in results}
assert where["docs/decisions/0002-empty.md"] == {"startLine": 5, "startColumn": 3}, where
assert where["docs/decisions/0001-unclosed.md"] == {"startLine": 11, "startColumn": 1}, where
PY

# JUnit: the text of a case is escaped once (an XML parser reads the ADR's message as written).
run "$RAGFT" check --format junit
python3 - "$work/out" <<'PY' || fail "junit text escaped once"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
texts = [(e.text or "") for e in root.iter() if e.tag in ("error", "failure", "system-out")]
assert any("the block's last line" in t for t in texts), texts
assert not any("&apos;" in t or "&amp;" in t for t in texts), texts
PY

run "$RAGFT" check --format json
python3 - "$work/out" <<'PY' || fail "json positions"
import json, sys
adrs = {a["file"]: a for a in json.load(open(sys.argv[1]))["adrs"]}
unclosed = adrs["docs/decisions/0001-unclosed.md"]["findings"][0]
assert (unclosed["line"], unclosed["column"]) == (11, 1), unclosed
PY

# readers18: a contradiction said "confidence medium; rag held in 100% of 2,000 trials ...: robust"
# where an unknown fact (the style requirement, the only one the facts leave open that could change
# it) could still change the verdict: the trials vary the rule weights only, and now say so.
mkdir -p "$work/weights/.git" "$work/weights/docs/adr"
cat >"$work/weights/docs/adr/0001-fine-tune-support-answers.md" <<'ADR'
# 1. Fine-tune a model for support answers

## Status

Accepted

```ragft
facts:
  knowledge_updates: weekly
  knowledge_base_docs: 4000
  private_data: true
  citations_required: true
  labeled_examples: 300
  task_type: question_answering
```

## Decision

We will fine-tune a model on our tickets.
ADR
cd "$work/weights"
run "$RAGFT" check
expect_status 1 "a contradiction"
expect_out "adr-facts-unknown"
expect_out "\`style_requirement\`"
# readers21: how sure is a sentence of its own after the reasons, not a parenthesis after the verdict
# that nested the trials' own, "...: robust (the rule weights only: ...)); fine-tune is ruled out".
expect_out ": robust (the rule weights only: an unknown fact could still change it). \`ragft explain\` on this ADR's file"
expect_no_out "))"
cd - >/dev/null

# readers22: a record of one known fact leaves many that could change the verdict; the note asks
# the first three by their questions and names the rest by id, counted (it was one line of 1,300
# characters with ten questions in it).
mkdir -p "$work/sparse/.git" "$work/sparse/docs/adr"
printf '# 1. Answer with RAG\n\n## Status\n\nAccepted\n\n## Decision\n\nWe will use RAG.\n\n```ragft\nfacts: {knowledge_updates: daily}\n```\n' \
  >"$work/sparse/docs/adr/0001-answer-with-rag.md"
cd "$work/sparse"
run "$RAGFT" check
expect_status 0 "one known fact: notes only"
python3 - "$work/out" <<'PY' || fail "adr-facts-unknown: three questions, the rest by id"
import re, sys
line = next(l for l in open(sys.argv[1], encoding="utf-8") if l.rstrip().endswith("[adr-facts-unknown]"))
total = int(re.search(r"note: (\d+) unknown fact\(s\) could change the verdict \(rag now\): ", line).group(1))
assert line.count('("') == 3, line
more = re.search(r"; and (\d+) more: ((?:`\w+`(?:, )?)+); answer them in the ragft block", line)
assert more and int(more.group(1)) == total - 3 == len(more.group(2).split(", ")), line
PY
cd - >/dev/null

finish
