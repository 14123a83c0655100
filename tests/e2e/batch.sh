#!/usr/bin/env bash
# End-to-end tests of batch scoring: every format against hand-written golden files, SARIF and
# JUnit checked structurally, a batch with broken files, stable order across thread counts,
# several outputs in one run, GitHub escaping, exit codes, standard input.
# Usage: batch.sh path/to/ragft   (run from the project root)
set -u
ragft=$1
specs=tests/batch/specs
expected=tests/batch/expected
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

expect_code() { # expected actual what
  [ "$1" = "$2" ] || fail "$3: exit $2, expected $1"
}

# Golden output per format: stdout exactly, exit 2 (two broken inputs), both errors on stderr.
golden() { # format file
  "$ragft" score "$specs" --format "$1" >"$tmp/out" 2>"$tmp/err"
  expect_code 2 $? "--format $1"
  cmp -s "$tmp/out" "$expected/$2" || { fail "--format $1 differs from $expected/$2"; diff "$expected/$2" "$tmp/out" | head -20; }
  grep -q "^$specs/e-broken.yaml:3:8: invalid YAML" "$tmp/err" || fail "--format $1: no error for e-broken.yaml on stderr"
  grep -q "^$specs/sub/d-multi.yaml:28:3: unknown fact" "$tmp/err" || fail "--format $1: no error for d-multi.yaml on stderr"
}
golden text batch.txt
golden csv batch.csv
golden markdown batch.md
golden github batch.github
golden junit batch.junit.xml

# The closing summary goes to stderr for machine formats, so stdout stays parseable.
"$ragft" score "$specs" --format csv 2>"$tmp/err" >/dev/null
grep -q '^4 scored, 2 failed' "$tmp/err" || fail "csv: no closing summary line on stderr"

# JSON: the contract's document, errors under `errors`; jsonl: one object per line.
"$ragft" score "$specs" --format json >"$tmp/out.json" 2>/dev/null
python3 - "$tmp/out.json" <<'PY' || fail "json output"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["ragft_output"] == 1
assert [r["file"] for r in d["results"]] == ["tests/batch/specs/a-rag.yaml", "tests/batch/specs/b-fine-tune.json",
    "tests/batch/specs/c-hybrid.yaml", "tests/batch/specs/sub/d-multi.yaml#1"], d["results"]
assert [r["verdict"] for r in d["results"]] == ["rag", "fine-tune", "hybrid", "rag"]
assert d["results"][0]["scores"] == {"rag": 7, "fine-tune": -3, "hybrid": 3.5}  # lookup-task: fine-tune -1.5
assert [(e["file"], e["line"], e["column"]) for e in d["errors"]] == [
    ("tests/batch/specs/e-broken.yaml", 3, 8), ("tests/batch/specs/sub/d-multi.yaml", 28, 3)]
PY
"$ragft" score "$specs" --format jsonl 2>/dev/null | python3 -c '
import json, sys
lines = [json.loads(l) for l in sys.stdin]
assert len(lines) == 6, len(lines)
assert sum(1 for l in lines if "error" in l) == 2' || fail "jsonl output"

# SARIF 2.1.0 with the fields GitHub code scanning requires.
"$ragft" score "$specs" --format sarif >"$tmp/out.sarif" 2>/dev/null
python3 - "$tmp/out.sarif" <<'PY' || fail "sarif output"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["version"] == "2.1.0" and "sarif-2.1.0" in d["$schema"]
run = d["runs"][0]
driver = run["tool"]["driver"]
assert driver["name"] == "ragft"
ids = [r["id"] for r in driver["rules"]]
assert len(ids) == len(set(ids)) and len(ids) >= 4
for r in driver["rules"]:
    for key in ("shortDescription", "fullDescription", "help"):
        assert r[key]["text"], (r["id"], key)
results = run["results"]
assert [(r["ruleId"], r["level"]) for r in results] == [("facts-point-to-rag", "error"),
    ("facts-point-to-hybrid", "warning"), ("invalid-spec", "error"), ("invalid-spec", "error")], results
# A contradiction's level follows its confidence (error at high); a measured difference is a warning.
assert {r["id"]: r["defaultConfiguration"]["level"] for r in driver["rules"]} == {"facts-point-to-rag": "error",
    "facts-point-to-fine-tune": "error", "facts-point-to-hybrid": "error", "invalid-spec": "error",
    "fact-differs-from-measurement": "warning"}
prints = set()
for r in results:
    assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
    assert r["message"]["text"]
    loc = r["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].startswith("tests/batch/specs/")
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
    prints.add(json.dumps(r["partialFingerprints"], sort_keys=True))
assert len(prints) == len(results)
first = results[0]["locations"][0]["physicalLocation"]
assert first["artifactLocation"]["uri"] == "tests/batch/specs/a-rag.yaml"
assert (first["region"]["startLine"], first["region"]["startColumn"]) == (3, 11)  # the decision value
PY

# JUnit: well-formed XML, unique test case names, counts that add up.
"$ragft" score "$specs" --format junit >"$tmp/out.xml" 2>/dev/null
python3 - "$tmp/out.xml" <<'PY' || fail "junit output"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
cases = root.findall(".//testcase")
names = [(c.get("classname"), c.get("name")) for c in cases]
assert len(names) == len(set(names)) == 6, names
suite = root.find("testsuite")
assert suite.get("tests") == "6" and suite.get("failures") == "2" and suite.get("errors") == "2"
assert len(root.findall(".//failure")) == 2 and len(root.findall(".//error")) == 2
PY

# Stable order whatever the thread count.
for format in json csv sarif text; do
  "$ragft" score "$specs" tests/scenarios -j 1 --format "$format" >"$tmp/j1" 2>/dev/null
  "$ragft" score tests/scenarios "$specs" -j 8 --format "$format" >"$tmp/j8" 2>/dev/null
  cmp -s "$tmp/j1" "$tmp/j8" || fail "--format $format: -j 1 and -j 8 differ"
done

# Several outputs in one run; files written whole, no temporary left behind.
"$ragft" score "$specs" --format sarif="$tmp/multi.sarif" --format csv="$tmp/multi.csv" --format text \
  >"$tmp/multi.txt" 2>/dev/null
expect_code 2 $? "several formats"
cmp -s "$tmp/multi.csv" "$expected/batch.csv" || fail "--format csv=FILE differs from the golden file"
cmp -s "$tmp/multi.sarif" "$tmp/out.sarif" || fail "--format sarif=FILE differs from stdout's"
cmp -s "$tmp/multi.txt" "$expected/batch.txt" || fail "text beside files differs from the golden file"
[ -z "$(find "$tmp" -maxdepth 1 -name '.multi.*')" ] || fail "a temporary output file was left behind"
"$ragft" score "$specs" --format text --format json >/dev/null 2>&1
expect_code 2 $? "two formats on stdout"
"$ragft" score "$specs" --format nope >/dev/null 2>&1
expect_code 2 $? "unknown format"

# Exit codes: findings 1; --fail-on above the worst finding 0; --no-fail 0.
"$ragft" score "$specs/a-rag.yaml" "$specs/c-hybrid.yaml" >/dev/null 2>&1
expect_code 1 $? "contradictions"
"$ragft" score "$specs/c-hybrid.yaml" --fail-on error >/dev/null 2>&1
expect_code 0 $? "--fail-on error with a warning only"
"$ragft" score "$specs/c-hybrid.yaml" --fail-on warning >/dev/null 2>&1
expect_code 1 $? "--fail-on warning with a warning"
"$ragft" score "$specs/a-rag.yaml" --no-fail >/dev/null 2>&1
expect_code 0 $? "--no-fail"
"$ragft" score "$specs/b-fine-tune.json" tests/scenarios >/dev/null 2>&1
expect_code 0 $? "agreeing decisions"

# GitHub escaping: `%`, CR and LF in the message; also `:` and `,` in properties.
weird="$tmp/we,ird:100%"$'\n'"x.yaml"
cp "$specs/a-rag.yaml" "$weird"
"$ragft" score "$weird" --format github >"$tmp/gh" 2>/dev/null
escaped="$(printf '%s' "$tmp" | sed 's/:/%3A/g; s/,/%2C/g')"
grep -qF "::error file=$escaped/we%2Cird%3A100%25%0Ax.yaml,line=3,col=11,title=" "$tmp/gh" \
  || fail "github: properties not escaped: $(cat "$tmp/gh")"
grep -qF "::$tmp/we,ird:100%25%0Ax.yaml: the recorded decision" "$tmp/gh" || fail "github: message not escaped"
[ "$(wc -l <"$tmp/gh")" -eq 1 ] || fail "github: an annotation spans several lines"

# GITHUB_STEP_SUMMARY gets a Markdown table appended.
echo "before" >"$tmp/step.md"
GITHUB_STEP_SUMMARY="$tmp/step.md" "$ragft" score "$specs" --format github >/dev/null 2>&1
head -1 "$tmp/step.md" | grep -q before || fail "step summary overwritten"
grep -q '^| File | Project | Verdict' "$tmp/step.md" || fail "step summary: no table"

# Standard input, named by --stdin-name; the rest of the batch alongside.
"$ragft" score - --stdin-name specs/from-stdin.yaml --format csv <"$specs/a-rag.yaml" 2>/dev/null \
  | grep -q '^specs/from-stdin.yaml,Alpha retrieval assistant,,rag,' || fail "stdin with --stdin-name"

# --summary: counts per verdict and the facts that drive them. The two rag specs are weekly-updated
# question answering: lookup-task (+2) and regularly-changing-knowledge (+3, a retrieval need for a
# lookup task) credit task_type, 5 points each; knowledge_updates gets the latter's 3 each. Their
# private_data: false only fails to exclude the freshness rule, so it drives nothing.
"$ragft" score "$specs" --summary >"$tmp/sum" 2>/dev/null
# Each fact by its label and value in words (rules/default.yaml's labels), as score's text and
# check's reasons name them, and the count said as specs (readers19: `task_type=question_answering
# (2, +10 points)` gave ids and a bare number).
grep -qF '  driven most by: main task "question answering" (in 2 specs, +10 points in all); how often the knowledge changes "weekly" (in 2 specs, +6 points in all)' "$tmp/sum" \
  || fail "--summary: $(cat "$tmp/sum")"
grep -q '^  rag  *2  *50%  driven most by: main task' "$tmp/sum" || fail "--summary: $(cat "$tmp/sum")"
! grep -q 'private data to look up "no"' "$tmp/sum" \
  || fail "--summary: $(cat "$tmp/sum")"
# One point is "+1 point" (readers20: "+1 points in all"): no-knowledge-base gives fine-tune 1 point
# for knowledge_base_docs: 0, the only rule that reads it here.
printf 'ragft: 1\nproject: One point\nfacts:\n  knowledge_base_docs: 0\n  style_requirement: strict\n  task_type: generation\n' \
  >"$tmp/one-point.yaml"
"$ragft" score "$tmp/one-point.yaml" --summary >"$tmp/sum1" 2>/dev/null
grep -qF 'documents to draw on "0" (in 1 spec, +1 point in all)' "$tmp/sum1" || fail "--summary, one point: $(cat "$tmp/sum1")"
# The heading counts what the rows count; the closing line says the failures, once (it was said in
# both, as `portfolio: 4 specs scored, 0 failed`, with `1 specs` for one).
head -1 "$tmp/sum" | grep -qx 'portfolio of the 4 specs scored: how many got each verdict, and the facts that drove it most' \
  || fail "--summary heading: $(head -1 "$tmp/sum")"
[ "$(grep -c 'failed' "$tmp/sum")" -eq 1 ] || fail "--summary says the failures once: $(cat "$tmp/sum")"

# A value of asterisks alone beside a good spec, on two threads: that file's error (line, column,
# what to write), the other file's row, exit 2 (fuzz_adr found `**` ending the whole batch with
# std::terminate, exit 134).
printf 'ragft: 1\nproject: Stars\nfacts:\n  labeled_examples: **\n' >"$tmp/stars.yaml"
"$ragft" score "$tmp/stars.yaml" "$specs/a-rag.yaml" -j 2 --format csv >"$tmp/out" 2>"$tmp/err"
expect_code 2 $? "asterisks alone"
grep -qF "$tmp/stars.yaml:4:21: invalid YAML: \`**\` is no value" "$tmp/err" || fail "asterisks alone: $(cat "$tmp/err")"
grep -q "a-rag.yaml" "$tmp/out" || fail "asterisks alone: the other file's row is missing: $(cat "$tmp/out")"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "batch: all passed"
