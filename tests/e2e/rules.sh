#!/usr/bin/env bash
# `ragft rules lint|test|show` and `ragft schema spec`: exit codes, outputs, the rule reference in docs/rules.md.
. "$(dirname "$0")/lib.sh"

# lint: the built-in rule base has no errors; --strict fails on its warnings; a custom one extends it.
run "$RAGFT" rules lint
expect_status 0 "lint of the built-in rule base"
expect_out "0 errors"
run "$RAGFT" rules lint examples/rules/acme.yaml
expect_status 0 "lint of the custom rule base of docs/rules.md"
# (at the line of the fact's `- id:` in the built-in rule base, wherever edits to it move that line)
line=$(grep -n '^  - id: queries_per_day$' rules/default.yaml | cut -d: -f1)
expect_out "rules/default.yaml:$line:5: warning: fact \`queries_per_day\` is read by no rule or constraint"
run "$RAGFT" rules lint --strict examples/rules/acme.yaml
expect_status 1 "lint --strict with warnings"

# lint: every finding, sorted, with positions; exit 2 on errors.
run "$RAGFT" rules lint tests/fixtures/rules/never-fires.yaml
expect_status 2 "rules that can never fire"
expect_out "tests/fixtures/rules/never-fires.yaml:24:5: error: rule \`big-and-small\` can never fire"
expect_out "tests/fixtures/rules/never-fires.yaml:34:5: error: rule \`strong-knowledge\` can never fire"
expect_out "tests/fixtures/rules/never-fires.yaml:39:5: warning: rule \`fast\` gives 0 points to every verdict"
expect_out "3 errors, 3 warnings"
run "$RAGFT" rules lint --format json tests/fixtures/rules/never-fires.yaml
expect_status 2 "lint json"
checks=$((checks + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["errors"]==3 and d["findings"][2]["check"]=="never-fires" and d["findings"][2]["line"]==24' "$work/out" \
  || fail "lint json"

# Broken rule bases: a clear error with a position, never a crash.
run "$RAGFT" rules lint tests/fixtures/rules-bad.yaml
expect_status 2 "invalid rule base"
expect_out "tests/fixtures/rules-bad.yaml:13:34: error: \`fats\` is not a choice of fact \`speed\` (did you mean \`fast\`?)"
run "$RAGFT" rules lint tests/fixtures/rules/extends-bad.yaml
expect_status 2 "disable names nothing inherited"
expect_out "tests/fixtures/rules/extends-bad.yaml:4:11: error: \`disable\` names \`high-volum\`"
expect_out "(did you mean \`high-volume\`?)"
run "$RAGFT" rules lint tests/fixtures/no-such-rules.yaml
expect_status 2 "missing rule base"
expect_out "tests/fixtures/no-such-rules.yaml: error: cannot read"
printf 'ragft_rules: 1\nname: x\nextends: default\nrules: [[1]]\n' >"$work/odd.yaml"
run "$RAGFT" rules test "$work/odd.yaml"
expect_status 2 "malformed custom rule base"
expect_err "odd.yaml:4:9: a rule must be a mapping"

# test: the built-in rule base's tests pass at 100% coverage, from any folder.
run bash -c "cd / && '$RAGFT' rules test --min-coverage 100"
expect_status 0 "built-in rule tests"
expect_out "PASS  tests/scenarios/07-climbing-app.yaml  Climbing app assistant"
expect_out "rule coverage: 47 of 47 rules and constraints fired (100%); minimum 100%: ok"
run "$RAGFT" rules test rules/default.yaml
expect_status 0 "the default rule base's tests from its file"
expect_out "19 cases, 19 passed, 0 failed"
run "$RAGFT" rules test examples/rules/acme.yaml --min-coverage 100
expect_status 0 "the custom rule base of docs/rules.md"
expect_out "PASS  examples/rules/acme.yaml  EU helpdesk on a budget"
expect_out "rule base \`acme\`: 20 cases, 20 passed, 0 failed"

# test: failures, unreadable cases and low coverage; JUnit for CI.
run "$RAGFT" rules test tests/fixtures/rules/failing-tests.yaml
expect_status 2 "unreadable test cases"
expect_out "FAIL  tests/fixtures/rules/failing-tests.yaml  Wrong expectation"
expect_out "project: expected fine-tune, got rag (line 15)"
expect_out "tests/fixtures/rules/failing-tests.yaml:20:32: \`wekly\` is not a value"
expect_out "tests/fixtures/rules/failing-tests.yaml:22:5: test file \`tests/fixtures/rules/no-such-folder\`"
expect_out "not fired by any case: rule \`never-tested\` (tests/fixtures/rules/failing-tests.yaml:7)"
printf 'ragft_rules: 1\nname: x\nextends: default\ntests:\n  - {project: p, facts: {budget: low}, decision: fine-tune}\n' >"$work/fails.yaml"
run "$RAGFT" rules test "$work/fails.yaml"
expect_status 1 "a failing case"
printf 'ragft_rules: 1\nname: x\nextends: default\ntests:\n  - {project: p, facts: {budget: low}, decision: rag}\n' >"$work/passes.yaml"
run "$RAGFT" rules test "$work/passes.yaml"
expect_status 0 "a passing case without a minimum coverage"
run "$RAGFT" rules test "$work/passes.yaml" --min-coverage 50
expect_status 1 "coverage below the minimum"
expect_out "minimum 50%: BELOW"
# A file or folder listed again, however spelt, is read once: 20,000 lines naming one folder of
# 2 specs (and one of its files again) give 2 cases, in bounded time (it was 40,001 cases).
mkdir -p "$work/listed/specs"
printf 'ragft: 1\nproject: a\nfacts: {speed: fast}\ndecision: fine-tune\n' >"$work/listed/specs/a.yaml"
printf 'ragft: 1\nproject: b\nfacts: {speed: fast}\ndecision: fine-tune\n' >"$work/listed/specs/b.yaml"
{ cat tests/fixtures/rules-tiny.yaml; printf 'tests:\n  - specs/a.yaml\n'
  for i in $(seq 10000); do printf '  - specs\n  - ./specs/../specs/\n'; done; } >"$work/listed/rules.yaml"
( if [ -z "${RAGFT_SANITIZED:-}" ]; then ulimit -v 2000000; fi; exec timeout 20 "$RAGFT" rules test "$work/listed/rules.yaml" ) >"$work/out" 2>"$work/err"
status=$?
expect_status 0 "a folder listed 20,000 times"
expect_out "rule base \`tiny\`: 2 cases, 2 passed, 0 failed"
run "$RAGFT" rules test tests/fixtures/rules-tiny.yaml
expect_status 1 "no test cases"
expect_err "has no test cases"
run "$RAGFT" rules test "$work/passes.yaml" --format junit --min-coverage 50
expect_status 1 "junit"
checks=$((checks + 1))
python3 - "$work/out" <<'PY' || fail "junit output is not what CI expects"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites" and root.get("tests") == "2" and root.get("failures") == "1"
cases = root.find("testsuite").findall("testcase")
assert [c.get("name") for c in cases] == ["p", "rule coverage of x"]
assert cases[1].find("failure") is not None
PY
run "$RAGFT" rules test --format yaml
expect_status 2 "unknown format"

# show: every format; the rule reference in docs/rules.md is current.
run "$RAGFT" rules show
expect_status 0 "show"
expect_out "  too-few-examples  blocks fine-tune, hybrid"
expect_out "    when labeled_examples < 10"
# readers22: how to answer "I don't know", and the default ask offers (rules/default.yaml's
# `default:` of output_format, style_requirement, smaller_model_wanted, existing_rag_quality).
expect_out "Every fact is optional: when you do not know one, leave it out of the spec or write \`unknown\`"
python3 - "$work/out" <<'PY' || fail "rules show: ask's default under each fact that has one"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
defaults = dict(re.findall(r"\n  (\w+)  [^\n]*\n(?:    [^\n]*\n)*?    ragft ask's default: (\w+) \(a spec that leaves it out leaves it unknown\)", text))
assert defaults == {"output_format": "free_text", "style_requirement": "none", "smaller_model_wanted": "false",
                    "existing_rag_quality": "none"}, defaults
PY
run "$RAGFT" rules show --format json examples/rules/acme.yaml
expect_status 0 "show json"
expect_out '"name": "acme"'
run "$RAGFT" rules show --format markdown
expect_status 0 "show markdown"
checks=$((checks + 1))
sed -n '/^<!-- rules:begin -->$/,/^<!-- rules:end -->$/p' docs/rules.md | sed '1d;$d' >"$work/doc-rules.md"
diff -u "$work/doc-rules.md" "$work/out" >"$work/doc-rules.diff" ||
  fail "docs/rules.md's rule reference is not current: run scripts/update-rule-reference.sh ($(head -c 600 "$work/doc-rules.diff"))"

# schema: JSON Schema 2020-12 of spec files for the rule base in use.
run "$RAGFT" schema spec
expect_status 0 "schema spec"
expect_out '"$schema": "https://json-schema.org/draft/2020-12/schema"'
run "$RAGFT" schema spec --rules examples/rules/acme.yaml
expect_status 0 "schema of a custom rule base"
expect_out '"eu_data_only"'
run "$RAGFT" schema
expect_status 2 "schema without a kind"

run "$RAGFT" rules --help
expect_status 0 "rules --help"
expect_out "lint"
expect_out "Customising the rules"

finish
