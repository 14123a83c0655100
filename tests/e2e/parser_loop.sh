#!/usr/bin/env bash
# yaml-cpp 0.7's LoadAll loops forever, allocating, on some short broken texts (upstream issues
# #1040, #499). Each of them, through every way YAML comes in, must end within 10 s and 1 GB of
# address space: refused with exit 2 and a `path:line:col:` message, never looping.
. "$(dirname "$0")/lib.sh"
root=$PWD
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")
limit_memory() { if [ -z "${RAGFT_SANITIZED:-}" ]; then ulimit -v 1000000; fi; }

# Runs the command bounded; a timeout (124), a kill, or running out of the memory limit (the old
# loop ended in `std::bad_alloc` under it) fails the check.
bounded() {
  ( limit_memory; exec timeout 10 "$@" ) >"$work/out" 2>"$work/err" </dev/null
  status=$?
  checks=$((checks + 1))
  [ "$status" -ne 124 ] && [ "$status" -lt 128 ] || fail "$*: ended by a limit"
  ! grep -q "bad_alloc" "$work/err" || fail "$*: ran out of memory"
}
# The parser's own message, at a position.
expect_syntax_error() {
  expect_status 2 "$1"
  cat "$work/out" "$work/err" | grep -qE ":[0-9]+:[0-9]+: (error: )?invalid YAML" || fail "$1: no syntax error"
}

# The texts, as printf formats: each is not YAML and made LoadAll loop.
texts=('"\n",' '"",' '[a],' '!,' ' :\n,' '\t,' ',' '{a: 1},')

# A spec, a rule base, a rule base's tests, a price sheet, answers, .ragft.yaml.
check_plain_entries() {
  local text=$1 name=$2
  printf "$text" >"$work/h.yaml"
  bounded "$RAGFT" score "$work/h.yaml"
  expect_syntax_error "score: $name"
  expect_err "$work/h.yaml:"
  bounded "$RAGFT" score --rules "$work/h.yaml" examples/policy-faq.yaml
  expect_syntax_error "score --rules: $name"
  bounded "$RAGFT" rules lint "$work/h.yaml"
  expect_syntax_error "rules lint: $name"
  printf 'extends: default\ntests: [h.yaml]\n' >"$work/rules-with-tests.yaml"
  bounded "$RAGFT" rules test "$work/rules-with-tests.yaml"
  bounded "$RAGFT" explain --prices "$work/h.yaml" examples/policy-faq.yaml
  expect_syntax_error "explain --prices: $name"
  bounded "$RAGFT" ask --answers "$work/h.yaml" --no-input
  expect_syntax_error "ask --answers: $name"
  mkdir -p "$work/repo/.git" && cp "$work/h.yaml" "$work/repo/.ragft.yaml"
  ( cd "$work/repo" && bounded "$RAGFT" check )
  rm -f "$work/repo/.ragft.yaml"
}

# ADR front matter, a fenced ragft block, and .log4brains.yml.
check_adr_entries() {
  local text=$1 name=$2
  mkdir -p "$work/adr"
  # A front matter that mentions ragft (a comment) is ragft's to read; without, it is left alone.
  { printf -- '---\n'; printf "$text"; printf '\n# ragft\n---\n# A decision\n\nChosen option: RAG\n'; } >"$work/adr/0001-a.md"
  bounded "$RAGFT" check "$work/adr/0001-a.md"
  expect_syntax_error "ADR front matter: $name"
  { printf -- '---\n'; printf "$text"; printf '\n---\n# A decision\n\nChosen option: RAG\n'; } >"$work/adr/0001-a.md"
  bounded "$RAGFT" check "$work/adr/0001-a.md"
  expect_status 0 "ADR front matter without ragft: $name"
  { printf '# A decision\n\nChosen option: RAG\n\n```ragft\n'; printf "$text"; printf '\n```\n'; } >"$work/adr/0001-a.md"
  bounded "$RAGFT" check "$work/adr/0001-a.md"
  expect_syntax_error "ADR ragft block: $name"
  mkdir -p "$work/l4b/.git" && printf "$text" >"$work/l4b/.log4brains.yml"
  ( cd "$work/l4b" && bounded "$RAGFT" check )
}

for text in "${texts[@]}"; do
  check_plain_entries "$text" "$text"
  check_adr_entries "$text" "$text"
done

# Standard input too, and the message names where the parser stopped (line 2, column 2).
printf '"\n",' | ( limit_memory; exec timeout 10 "$RAGFT" score - ) >"$work/out" 2>"$work/err"
status=$?
expect_status 2 "stdin"
expect_err "<stdin>:2:2: invalid YAML: unexpected \`,\`"

# The hostile files and the fuzzers' regressions: refused or scored, never looping.
cd "$root" || exit 2
for file in tests/hostile/* fuzz/regressions/spec/*; do
  bounded "$RAGFT" score "$file"
  [ "$status" -eq 0 ] || [ "$status" -eq 2 ] || fail "$file: exit $status"
done
for file in fuzz/regressions/adr/*; do
  bounded "$RAGFT" check "$file"
  [ "$status" -le 2 ] || fail "$file: exit $status"
done
finish
