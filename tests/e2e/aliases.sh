#!/usr/bin/env bash
# YAML aliases through every reader of the binary: an alias inside the value its anchor names (a
# value that would contain itself) and aliases, within the 32 a file may hold, that stand for more
# than 100,000 values. Each is refused at the alias with `path:line:col`, exit 2, in bounded time
# and memory, whichever command reads the file (docs/limits.md).
. "$(dirname "$0")/lib.sh"
root=$PWD
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")

cycle="invalid YAML: an alias inside the very value its anchor names: a value cannot contain itself"
blowup="invalid YAML: the aliases of this document stand for more than 100000 values"

# Bounded: 20 s and, unless a sanitizer reserves more, 2 GB of address space.
bounded() {
  ( if [ -z "${RAGFT_SANITIZED:-}" ]; then ulimit -v 2000000; fi; exec timeout 20 "$@" ) \
    >"$work/out" 2>"$work/err" </dev/null
  status=$?
}

repo=$work/repo
mkdir -p "$repo/.git" "$repo/docs/adr"
cd "$repo" || exit 2
printf 'ragft: 1\nproject: plain\nfacts: {budget: low}\n' >spec.yaml

# The rule base whose conditions, aliased 32 times, stand for 2,612 * (3^10 * 2) condition values:
# read as a tree of conditions it took 20 s and 2.2 GB before ragft ran out of memory (exit 2,
# std::bad_alloc). l0 holds 2,612 values; the 4th level's aliases pass 100,000 (line 29, column 37).
python3 - "$root/tests/fixtures/rules-tiny.yaml" >rules-values.yaml <<'PY'
import sys
tiny = open(sys.argv[1]).read()
print(tiny[:tiny.index('\nrules:') + 1] + 'rules:')
print('  - id: r0\n    condition: &l0 {fact: speed, in: [' + ', '.join(['fast'] * 2600) + ']}')
print('    points: {fine-tune: 2}\n    because: It is {speed}.\n    sources: [s1]')
for i in range(1, 12):
    aliases = ', '.join([f'*l{i - 1}'] * (3 if i <= 10 else 2))
    print(f'  - id: r{i}\n    condition: &l{i} {{any: [{aliases}]}}')
    print('    points: {fine-tune: 2}\n    because: It is {speed}.\n    sources: [s1]')
PY
for command in "rules show" "rules test" "score spec.yaml --rules"; do
  # shellcheck disable=SC2086 # the command's words
  bounded "$RAGFT" $command rules-values.yaml
  expect_status 2 "$command: a rule base whose aliases stand for too many values"
  expect_err "rules-values.yaml:29:37: $blowup"
done
bounded "$RAGFT" rules lint rules-values.yaml
expect_status 2 "rules lint: a rule base whose aliases stand for too many values"
expect_out "rules-values.yaml:29:37: error: $blowup"

# A condition that contains itself, in a rule base read alone and in one merged with `extends`.
printf 'ragft_rules: 1\nname: x\nextends: default\nrules:\n  - id: r\n    condition: &c {all: [*c]}\n' >extends-cycle.yaml
bounded "$RAGFT" rules show extends-cycle.yaml
expect_status 2 "extends: a condition that contains itself"
expect_err "extends-cycle.yaml:6:26: $cycle"
{ sed -n '1,/^rules:/p' "$root/tests/fixtures/rules-tiny.yaml" | sed '$d'; printf 'tests: &t [{project: p, facts: *t}]\n'; } >tests-cycle.yaml
bounded "$RAGFT" rules test tests-cycle.yaml
expect_status 2 "rules test: a test case that contains itself"
expect_err "tests-cycle.yaml:12:32: $cycle"

# .ragft.yaml (and its measure: section), read by check.
printf 'adr_folder: docs/adr\nmeasure: &m {knowledge: [*m]}\n' >.ragft.yaml
bounded "$RAGFT" check
expect_status 2 ".ragft.yaml: a measure section that contains itself"
expect_err ".ragft.yaml:2:26: $cycle"
rm .ragft.yaml

# A price sheet.
printf 'ragft_prices: 1\ncurrency: USD\nprices: &p {embedding_per_mtok: *p}\n' >prices.yaml
bounded "$RAGFT" explain spec.yaml --prices prices.yaml
expect_status 2 "--prices: a price that contains itself"
expect_err "prices.yaml:3:33: $cycle"

# An ADR's front matter and its ragft block: reported as the ADR's error, the rest checked.
printf -- '---\nstatus: accepted\nragft: &r {facts: *r}\n---\n# 1. Use RAG\n\n## Decision\n\nWe use RAG.\n' \
  >docs/adr/0001-use-rag.md
printf '# 2. Use RAG\n\n## Status\n\nAccepted\n\n## Decision\n\nWe use RAG.\n\n```ragft\nfacts: &f {budget: *f}\n```\n' \
  >docs/adr/0002-use-rag-again.md
bounded "$RAGFT" check docs/adr
expect_status 2 "check: ADRs whose facts contain themselves"
expect_out "docs/adr/0001-use-rag.md:3:19: error: $cycle"
expect_out "docs/adr/0002-use-rag-again.md:12:20: error: $cycle"

# --answers, and a spec's measure: section read by measure.
printf 'project: &p [*p]\n' >answers.yaml
bounded "$RAGFT" ask --no-input --defaults --answers answers.yaml
expect_status 2 "--answers: an answer that contains itself"
expect_err "answers.yaml:1:14: $cycle"
printf 'ragft: 1\nproject: m\nmeasure: &m {knowledge: [*m]}\n' >measured.yaml
bounded "$RAGFT" measure measured.yaml
expect_status 2 "measure: a section that contains itself"
expect_err "measured.yaml:3:26: $cycle"

# The spec files of tests/hostile/, scored alone (the hostile test scores them in a batch).
cd "$root" || exit 2
bounded "$RAGFT" score tests/hostile/alias-inside-anchor.yaml
expect_status 2 "a spec whose facts contain themselves"
expect_err "tests/hostile/alias-inside-anchor.yaml:4:15: $cycle"
bounded "$RAGFT" score tests/hostile/alias-values.yaml
expect_status 2 "a spec whose aliases stand for too many values"
expect_err "tests/hostile/alias-values.yaml:5:6: $blowup"

finish
