#!/usr/bin/env bash
# No injection: values from inputs (project and component names, file names, fact values quoted in
# errors, an ADR's decision text, a rule's `because`) hold newlines, ESC/BEL (terminal title and
# hyperlink sequences), a GitHub workflow command, a spreadsheet formula and HTML. In every format,
# no value may start a line of its own (`::error file=README.md` must never begin a line), no raw
# ESC or BEL byte may be written, Markdown shows no HTML, and CSV cells cannot start a formula.
. "$(dirname "$0")/lib.sh"

command='::error file=README.md,line=1::injected'
esc=$'\e'
bel=$'\a'

# No line of stdout or stderr starts the injected workflow command; no ESC or BEL byte anywhere.
expect_clean() {
  checks=$((checks + 1))
  ! grep -q '^::error file=README.md' "$work/out" "$work/err" || fail "$1: a value started a workflow command"
  checks=$((checks + 1))
  ! grep -q "[$esc$bel]" "$work/out" "$work/err" || fail "$1: raw ESC or BEL written"
}

dir="$work/specs"
mkdir "$dir"
name="$dir/evil"$'\n'"$command"$'\e[2J'".yaml"
printf 'ragft: 1\nproject: "=HYPERLINK(1)\\e]0;title\\a\\n%s <!-- c --> <img src=x> | &amp; `x` [l](j:x)"\nfacts:\n  budget: low\n  knowledge_updates: daily\ncomponents:\n  - name: "-comp\\n%s\\e[31m"\n    facts: {style_requirement: strict}\n' \
  "$command" "$command" >"$name"

for format in text json jsonl csv markdown sarif github junit; do
  run "$RAGFT" score "$name" --format "$format"
  expect_status 0 "score --format $format"
  expect_clean "score --format $format"
done
# The table of many files and the explanation.
run "$RAGFT" score "$name" examples/policy-faq.yaml
expect_clean "score, table"
expect_out '\x1b]0;title\x07\n::error file=README.md'
for format in text json; do
  run "$RAGFT" explain "$name" --format "$format"
  expect_status 0 "explain --format $format"
  expect_clean "explain --format $format"
done

# CSV: a text cell that starts with = + - @ gets a leading '; numbers (a negative score) do not.
run "$RAGFT" score "$name" --format csv
expect_out ",\"'=HYPERLINK(1)\\x1b]0;title\\x07\\n::error"
expect_out ",\"'-comp\\n::error"
checks=$((checks + 1))
grep -qE ',-[0-9.]+,' "$work/out" || fail "csv: a negative score lost its sign or was neutralised"
checks=$((checks + 1))
[ "$(grep -c $'\r$' "$work/out")" -eq "$(wc -l <"$work/out")" ] || fail "csv: a cell broke a row in two"

# Markdown: HTML and comments shown as text, pipes escaped, no raw `<`.
run "$RAGFT" score "$name" --format markdown
expect_out '&lt;!-- c --&gt; &lt;img src=x&gt; \| &amp;amp; `x` [l](j:x)'
expect_no_out '<!--'
expect_no_out '<img'

# GitHub annotations: an error's file name and message are escaped (%0A, %3A, %2C).
printf 'ragft: 1\nproject: p\nfacts:\n  budget: "low\\n%s"\n' "$command" >"$dir/bad,value.yaml"
run "$RAGFT" score "$dir/bad,value.yaml" --format github
expect_status 2 "github, invalid value"
expect_clean "github, invalid value"
expect_out "::error file=$dir/bad%2Cvalue.yaml,line=4,col="
expect_out '`low%0A::error file=README.md,line=1::injected`'

# stderr: a value quoted in a diagnostic cannot start a line of its own.
run "$RAGFT" score "$dir/bad,value.yaml"
expect_status 2 "stderr, invalid value"
expect_clean "stderr, invalid value"
checks=$((checks + 1))
[ "$(wc -l <"$work/err")" -eq 1 ] || fail "stderr: the diagnostic spans more than one line"
expect_err '`low\n::error file=README.md,line=1::injected` is not a value of fact `budget`'
run "$RAGFT" score --set "budget=low"$'\n'"$command" examples/policy-faq.yaml
expect_status 2 "--set with a newline"
expect_clean "--set with a newline"

# ADRs: the decision text, the title and the file name in every format of `ragft check`.
adrs="$work/adrs"
mkdir "$adrs"
sed -e "s/^We will fine-tune a small open model on our tickets./We will fine-tune <!-- c --> <img src=x> =cmd|calc \\\\n$command $esc]0;t$bel model./" \
    -e "s/^# 3. Fine-tune/# 3. =Fine-tune $esc[2J/" \
  examples/adr/docs/decisions/0003-fine-tune-the-ticket-triage-model.md >"$adrs/0001-evil"$'\n'"$command.md"
for format in text json jsonl csv markdown sarif github junit; do
  run "$RAGFT" check "$adrs" --format "$format"
  expect_status 1 "check --format $format"
  expect_clean "check --format $format"
done
run "$RAGFT" check "$adrs" --format markdown
expect_no_out '<!--'
expect_no_out '<img'

# A rule's `because` (and the fact value it quotes) from a custom rule base.
sed -e "s/because: It must be {speed}./because: \"It must be {speed}.\\\\n$command\\\\e]8;;http:\/\/x\\\\a\"/" \
  tests/fixtures/rules-tiny.yaml >"$work/rules.yaml"
printf 'ragft: 1\nproject: p\nfacts: {speed: fast}\n' >"$work/fast.yaml"
for format in text json csv markdown github junit; do
  run "$RAGFT" score --rules "$work/rules.yaml" "$work/fast.yaml" --format "$format"
  expect_status 0 "because, --format $format"
  expect_clean "because, --format $format"
done
run "$RAGFT" explain --rules "$work/rules.yaml" "$work/fast.yaml"
expect_clean "because, explain"
for format in text json markdown; do
  run "$RAGFT" rules show "$work/rules.yaml" --format "$format"
  expect_status 0 "because, rules show --format $format"
  expect_clean "because, rules show --format $format"
done

finish
