#!/usr/bin/env bash
# `ragft score`: verdicts, formats, recorded decisions, bad files in a batch, custom rule bases.
. "$(dirname "$0")/lib.sh"

# Good files: exit 0, the report on stdout, nothing on stderr.
run "$RAGFT" score examples/support-assistant.yaml
expect_status 0 "a good spec"
expect_out "verdict: rag"
expect_out "decision: rag agrees with the facts"
expect_empty_err

run "$RAGFT" score examples/support-assistant.yaml examples/contract-review.yaml examples/internal-helpdesk.json
expect_status 0 "several good specs"
expect_out "3 scored: 1 rag, 1 fine-tune, 1 hybrid"

# JSON per the contract.
run "$RAGFT" score --format json examples/bank-assistant.yaml
expect_status 0 "json"
checks=$((checks + 1))
python3 - "$work/out" <<'PY' || fail "json output does not follow the contract"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["ragft_output"] == 1 and doc["errors"] == []
r = doc["results"][0]
assert r["file"] == "examples/bank-assistant.yaml" and r["verdict"] == "hybrid"
assert [c["name"] for c in r["components"]] == ["account answers", "compliance wording"]
assert [c["verdict"] for c in r["components"]] == ["rag", "fine-tune"]
for part in [r] + r["components"]:
    for v in ("rag", "fine-tune", "hybrid"):
        assert abs(part["scores"][v] - sum(x["points"][v] for x in part["rationale"])) < 1e-9
PY

# A decision that contradicts the facts: reported, exit 1.
run "$RAGFT" score tests/fixtures/contradicting.yaml
expect_status 1 "contradicting decision"
expect_out "decision: fine-tune CONTRADICTS the facts (line 3)"
# In CI the annotation is all a developer sees: it says what to do, not only what is wrong.
run "$RAGFT" score tests/fixtures/contradicting.yaml --format github
expect_status 1 "contradicting decision, github"
expect_out "To resolve: if the facts are right, set \`decision: rag\`; else correct the facts (\`ragft explain tests/fixtures/contradicting.yaml\` shows every reason)."
# The annotation's file is named from the repository root, whatever folder ragft ran in and however
# the file was named (readers21: `score .` named `./x.yaml`, and a sub-folder `../specs/x.yaml`;
# GitHub matches only the path from the root to a pull request's files: crate-ci/typos#1496).
ragft_abs=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")
mkdir -p "$work/gh/repo/.git" "$work/gh/repo/specs" "$work/gh/repo/docs" "$work/gh/plain"
cp tests/fixtures/contradicting.yaml "$work/gh/repo/specs/x.yaml"
cp tests/fixtures/contradicting.yaml "$work/gh/plain/x.yaml"
run bash -c "cd '$work/gh/repo/docs' && '$ragft_abs' score ../specs/x.yaml --format github"
expect_status 1 "github from a sub-folder"
expect_out " file=specs/x.yaml,line=3,"
run bash -c "cd '$work/gh/plain' && '$ragft_abs' score . --format github"
expect_status 1 "github of a folder outside a repository"
expect_out " file=x.yaml,line=3,"
expect_no_out "file=./"

# Bad files: one path:line:col error each on stderr, exit 2, the good file still scored.
run "$RAGFT" score tests/fixtures/bad/unknown-value.yaml examples/policy-faq.yaml tests/fixtures/bad/wrong-type.json
expect_status 2 "bad files in a batch"
expect_err "tests/fixtures/bad/unknown-value.yaml:4:22: \`wekly\` is not a value of fact \`knowledge_updates\` (did you mean \`weekly\`?)"
expect_err "tests/fixtures/bad/wrong-type.json:4:33: fact \`labeled_examples\` (examples) must be a whole number, got the text \"many\""
expect_out "HR policy FAQ"
expect_out "1 scored, 2 failed"

run "$RAGFT" score --format json tests/fixtures/bad/unknown-value.yaml examples/policy-faq.yaml
expect_status 2 "bad file, json"
checks=$((checks + 1))
python3 - "$work/out" <<'PY' || fail "json errors are not listed"
import json, sys
doc = json.load(open(sys.argv[1]))
assert len(doc["results"]) == 1
assert doc["errors"] == [{"file": "tests/fixtures/bad/unknown-value.yaml", "line": 4, "column": 22,
                          "message": doc["errors"][0]["message"]}]
assert "did you mean `weekly`" in doc["errors"][0]["message"]
PY

run "$RAGFT" score tests/fixtures/does-not-exist.yaml
expect_status 2 "missing file"
expect_err "tests/fixtures/does-not-exist.yaml: cannot read: no such file or folder; check the path"

# A path misspelt by hand: the nearest existing one, each missing part mended by the name beside it.
run "$RAGFT" score tests/fixture/contradicting.yml
expect_status 2 "a misspelt folder and extension"
expect_err "tests/fixture/contradicting.yml: cannot read: no such file or folder; did you mean \`tests/fixtures/contradicting.yaml\`?"

mkdir "$work/empty"
run "$RAGFT" score "$work/empty"
expect_status 2 "a folder without spec files"
expect_err "$work/empty: no spec files (*.yaml, *.yml, *.json) in this folder"

# Standard input.
"$RAGFT" score - <examples/policy-faq.yaml >"$work/out" 2>"$work/err"; status=$?
expect_status 0 "stdin"
expect_out "<stdin>"

# No colour when not on a terminal, whatever TERM says.
run env TERM=xterm-256color "$RAGFT" score examples/policy-faq.yaml
checks=$((checks + 1))
! grep -q $'\033' "$work/out" || fail "escape codes in piped output"

# Output files are written atomically and never replace an existing file without --force.
run "$RAGFT" score examples/policy-faq.yaml --format json="$work/report.json"
expect_status 0 "json to a file"
cp "$work/report.json" "$work/first.json"
run "$RAGFT" score examples/support-assistant.yaml --format json="$work/report.json"
expect_status 2 "output file exists"
expect_err "$work/report.json: already exists; pass --force to replace it, or choose another file"
checks=$((checks + 1))
cmp -s "$work/report.json" "$work/first.json" || fail "the existing output file was changed"
run "$RAGFT" score examples/support-assistant.yaml --format json="$work/report.json" --force
expect_status 0 "--force replaces"
checks=$((checks + 1))
grep -q "Acme support assistant" "$work/report.json" || fail "--force did not replace the file"
checks=$((checks + 1))
[ -z "$(find "$work" -name '.report.json.*')" ] || fail "a temporary file was left behind"

# Custom rule bases.
printf 'ragft: 1\nproject: Tiny\nfacts: {speed: fast}\n' >"$work/tiny-spec.yaml"
run "$RAGFT" score --rules tests/fixtures/rules-tiny.yaml "$work/tiny-spec.yaml"
expect_status 0 "custom rule base"
expect_out "verdict: fine-tune"
expect_out "It must be fast."

run "$RAGFT" score --rules tests/fixtures/rules-bad.yaml examples/policy-faq.yaml
expect_status 2 "invalid rule base"
expect_err "tests/fixtures/rules-bad.yaml:13:34: \`fats\` is not a choice of fact \`speed\` (did you mean \`fast\`?)"

# Numeric options out of range: exit 2 and the range in a short message, before any file is read.
run "$RAGFT" score -j -1 examples/policy-faq.yaml
expect_status 2 "negative --jobs"
expect_err "--jobs: Value -1 not in range 0 to 1024"
run "$RAGFT" score --max-file-size 0 examples/policy-faq.yaml
expect_status 2 "zero --max-file-size"
expect_err "--max-file-size: Value 0 not in range 1 to 1073741824"
run "$RAGFT" score --reasons -2 examples/policy-faq.yaml
expect_status 2 "negative --reasons"
expect_err "--reasons: Value -2 not in range 0 to 1000"

# A folder searched holds other YAML and JSON files beside the specs (a CI workflow, a compose file,
# a rule base): each passed over, named on one stderr line, and no error; a file that reads as a spec
# (a key of one) stays an error, and a file named itself is always read as a spec.
mkdir -p "$work/mixed/ci"
cp examples/support-assistant.yaml "$work/mixed/"
printf 'on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n' >"$work/mixed/ci/workflow.yml"
printf 'services:\n  web:\n    image: nginx\n' >"$work/mixed/docker-compose.yml"
printf 'ragft_rules: 1\nname: acme\nextends: default\nfacts: []\n' >"$work/mixed/acme-rules.yaml"
printf '{"name": "site", "version": "1.0.0"}\n' >"$work/mixed/package.json"
run "$RAGFT" score "$work/mixed" --format csv
expect_status 0 "other YAML files beside a spec"
expect_out "support-assistant.yaml,Acme support assistant"
expect_err "ragft: passed over 4 files found in the folders given that are no ragft spec"
expect_err "$work/mixed/acme-rules.yaml (a rule base), $work/mixed/ci/workflow.yml, $work/mixed/docker-compose.yml, $work/mixed/package.json; name a file to score it as a spec"
printf 'project: Draft\nfacts:\n  budget: low\n' >"$work/mixed/draft.yaml"
run "$RAGFT" score "$work/mixed" --format csv
expect_status 2 "a spec without its version line beside them"
expect_err "draft.yaml:1:1: not a ragft spec: the key \`ragft: 1\` (the format version) is missing"
expect_err "ragft: passed over 4 files"
run "$RAGFT" score "$work/mixed/docker-compose.yml"
expect_status 2 "a file named itself is read as a spec"
expect_err "docker-compose.yml:1:1: unknown key \`services\` in a spec"
rm -r "$work/mixed/draft.yaml" "$work/mixed/support-assistant.yaml"
run "$RAGFT" score "$work/mixed"
expect_status 2 "no spec among the files found"
expect_err "ragft: no spec found: the 4 YAML or JSON files found in the folders given are no ragft spec"

# An ADR named as a file is scored from its ragft block, as `ragft check` scores it (readers19: it
# was read as YAML). 0003's facts point to rag and its Decision section (line 27) records
# fine-tune: a contradiction, exit 1; an ADR without a block is an error of its own, exit 2.
run "$RAGFT" score examples/adr/docs/decisions/0003-fine-tune-the-ticket-triage-model.md --format csv
expect_status 1 "an ADR whose decision contradicts its facts"
expect_out "examples/adr/docs/decisions/0003-fine-tune-the-ticket-triage-model.md,3. Fine-tune the ticket triage model,,rag,"
expect_out ",fine-tune,false,,"
run "$RAGFT" score examples/adr/docs/decisions/0001-record-architecture-decisions.md examples/support-assistant.yaml
expect_status 2 "an ADR without facts beside a spec"
expect_err "examples/adr/docs/decisions/0001-record-architecture-decisions.md:1:1: this ADR carries no facts to score"
expect_out "Acme support assistant"

finish
