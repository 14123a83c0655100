#!/usr/bin/env bash
# Runs each libFuzzer target from a seed corpus, with its dictionary (fuzz/dict/); fails if any
# target finds a crash, a leak or a hang (10 s per input). Prints per target the executions and
# the coverage libFuzzer reached (cov: edges, ft: features), from its final status line.
# Usage: scripts/fuzz.sh BUILD_DIR SECONDS [RUNS] [TARGET...]
# With RUNS, each target runs exactly that many inputs from a fixed seed, for CI: the same seeds in
# the same order on every machine, though libFuzzer's own choices still vary from run to run (two
# runs of 300 inputs of fuzz_adr reached 9,439 and 9,010 edges), so a crash may show in one run only.
# FUZZ_CORPUS=DIR keeps each target's corpus in DIR/<target> between runs (default: a fresh one).
set -euo pipefail
build=$1
seconds=$2
runs=${3:-}
shift $(( $# < 3 ? $# : 3 ))
only=("$@")
if [ -n "$runs" ]; then
  limit=(-runs="$runs" -seed=1)
else
  limit=(-max_total_time="$seconds")
fi
mkdir -p fuzz/findings
failed=0
run_target() {
  local target=$1; shift
  if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $target "* ]]; then
    return 0
  fi
  local corpus log
  if [ -n "${FUZZ_CORPUS:-}" ]; then
    corpus=$FUZZ_CORPUS/$target
    mkdir -p "$corpus"
  else
    corpus=$(mktemp -d)
  fi
  log=$(mktemp)
  # The seeds go in by name, in sorted order (-seed_inputs), not copied into the corpus folder:
  # libFuzzer reads a folder in the file system's order, which differs between machines.
  local seeds
  seeds=$(printf '%s\n' "$@" | sort | paste -sd, -)
  echo "fuzz: $target (${limit[*]})"
  local status=0
  "$build/fuzz/$target" "${limit[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -dict=fuzz/dict/"${target#fuzz_}".dict -artifact_prefix=fuzz/findings/"$target"- -print_final_stats=1 \
    -seed_inputs="$seeds" "$corpus" >"$log" 2>&1 || status=$?
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Test unit written' "$log" || true
  local last
  last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1 || true)
  echo "fuzz: $target: $(sed -E 's/^#([0-9]+).*cov: ([0-9]+) ft: ([0-9]+).*/\1 executions, cov \2 edges, ft \3 features/' <<<"$last")"
  [ -n "${FUZZ_CORPUS:-}" ] || rm -rf "$corpus"
  rm -f "$log" fuzz-*.log
  [ "$status" -eq 0 ] || failed=1
}
run_target fuzz_spec examples/*.yaml examples/*.json tests/scenarios/*.yaml tests/fixtures/*.yaml \
  tests/fixtures/bad/* tests/hostile/* fuzz/regressions/spec/*
run_target fuzz_rule_base rules/default.yaml tests/fixtures/rules-*.yaml fuzz/regressions/rule_base/*
run_target fuzz_adr $(find examples/adr -name '*.md') fuzz/regressions/adr/*
run_target fuzz_adr_body $(find examples/adr -name '*.md') fuzz/regressions/adr_body/* fuzz/regressions/adr/*
run_target fuzz_answers examples/*.yaml tests/scenarios/*.yaml fuzz/regressions/answers/*
run_target fuzz_config rules/prices.yaml fuzz/regressions/config/*
exit "$failed"
