#!/usr/bin/env bash
# Markdown outputs with Mermaid charts: `explain --format markdown`, the Markdown of `score` (one
# result: its scores; a batch: the portfolio) and of `check`, and `adr new`'s charts section, each
# compared with its golden file in tests/golden/markdown/ (numbers checked by hand against the text
# report and the cost formulas; see that folder's README). `--no-charts` leaves every chart out and
# keeps the tables. tests/mermaid/ renders the same golden files with Mermaid itself.
. "$(dirname "$0")/lib.sh"
golden=tests/golden/markdown

# Compares the last run's stdout with golden file $1.
expect_golden() {
  checks=$((checks + 1))
  diff -u "$golden/$1" "$work/out" >"$work/diff" || {
    fail "stdout differs from $golden/$1"
    head -n 40 "$work/diff"
  }
}

run "$RAGFT" explain --format markdown examples/support-assistant.yaml
expect_status 0 "explain markdown"
expect_golden explain-support-assistant.md

run "$RAGFT" explain --format markdown examples/bank-assistant.yaml
expect_status 0 "explain markdown, components"
expect_golden explain-bank-assistant.md
# "How sure" is the one confidence of the text report (project and components), word for word;
# the weight perturbation has its own labelled line.
"$RAGFT" explain examples/bank-assistant.yaml 2>/dev/null | sed -n 's/^ *how sure: //p' >"$work/text-sure"
grep '^How sure: ' "$work/out" | sed 's/^How sure: //; s/\.$//' >"$work/md-sure"
[ -s "$work/text-sure" ] && cmp -s "$work/text-sure" "$work/md-sure" ||
  fail "Markdown's How sure lines differ from the text report's: $(diff "$work/text-sure" "$work/md-sure" | head -4)"
expect_out "With other rule weights: robust: the verdict stays hybrid in 100% of 2,000 trials"

run "$RAGFT" score --format markdown examples/policy-faq.yaml
expect_status 0 "score markdown, one result"
expect_golden score-one.md

run "$RAGFT" score --format markdown examples/bank-assistant.yaml examples/contract-review.yaml \
  examples/internal-helpdesk.json examples/policy-faq.yaml examples/support-assistant.yaml
expect_status 0 "score markdown, a batch"
expect_golden score-batch.md

run "$RAGFT" check --format markdown examples/adr/docs
expect_status 2 "check markdown (the examples hold an invalid ADR)"
expect_golden check-examples.md
# A job summary is read from the top: the outcome is its first line of text, in bold, before the
# tables (it came last, under a table as long as the repository's ADR list).
checks=$((checks + 1))
[[ $(sed -n 3p "$work/out") == "**8 ADR(s): "*" error(s), "*" warning(s), "*" note(s); 1 suppressed**" ]] ||
  fail "check's Markdown does not open with its outcome: $(sed -n 3p "$work/out")"

# adr new: the charts section at the end; the date is today's.
mkdir -p "$work/adr"
run "$RAGFT" adr new --from examples/support-assistant.yaml --dir "$work/adr"
expect_status 0 "adr new"
adr=$(cat "$work/out")
sed -E '3s/^date: .*/date: YYYY-MM-DD/' "$adr" >"$work/out"
expect_golden adr-new-support-assistant.md
# Every cost chart's y axis starts at 0 (from the lowest cost it would exaggerate differences) and
# reaches the highest cost of its lines (shown rounded, so the top is at most 1 above).
python3 - tests/golden/markdown/*.md <<'PY' || fail "a cost chart's y axis does not run from 0 to its highest cost"
import re, sys
charts = 0
for path in sys.argv[1:]:
    for block in re.findall(r"^```mermaid\n(.*?)^```$", open(path, encoding="utf-8").read(), re.S | re.M):
        axis = re.search(r'y-axis "cumulative cost[^"]*" (\S+) --> (\S+)', block)
        if "cumulative cost" not in block:
            continue
        charts += 1
        values = [float(v) for line in re.findall(r"^  line .*\[(.*)\]$", block, re.M) for v in line.split(",")]
        assert axis and float(axis.group(1)) == 0 and max(values) <= float(axis.group(2)) <= max(values) + 1, (path, block)
assert charts >= 3, charts
PY
run "$RAGFT" check "$work/adr"
expect_status 0 "the ADR with charts checks clean"
expect_out "1 checked; no findings"

# --no-charts: no Mermaid block anywhere (nor the tables beside them); the scores line, the cost
# table and the break-even stay.
run "$RAGFT" explain --format markdown --no-charts examples/support-assistant.yaml
expect_status 0 "explain --no-charts"
expect_no_out '```mermaid'
expect_out "Scores: rag 16, fine-tune -12, hybrid 1."
expect_out "| **rag** | 0.64 | 4,000 | 69 | 4,830 |"
expect_out "- rag vs fine-tune: their cumulative costs cross after 148.4 months"
run "$RAGFT" score --format markdown --no-charts examples/policy-faq.yaml examples/support-assistant.yaml
expect_status 0 "score --no-charts"
expect_no_out '```mermaid'
expect_no_out "### Portfolio"
run "$RAGFT" check --format markdown --no-charts examples/adr/docs
expect_no_out '```mermaid'
mkdir -p "$work/plain"
run "$RAGFT" adr new --no-charts --from examples/support-assistant.yaml --dir "$work/plain"
expect_status 0 "adr new --no-charts"
checks=$((checks + 1))
! grep -q 'mermaid\|## Scores and Costs' "$(cat "$work/out")" || fail "adr new --no-charts wrote charts"

# No chart without data: no rule fires for a spec without facts, so no score chart; the cost,
# which has defaults for every input, is still drawn.
printf 'ragft: 1\nproject: Empty\n' >"$work/empty.yaml"
run "$RAGFT" explain --format markdown "$work/empty.yaml"
expect_status 0 "explain markdown, no facts"
expect_no_out 'title "Score per verdict'
expect_out "None: no rule fired; answer more facts."
expect_out 'title "Cumulative cost over 12 months"'
finish
