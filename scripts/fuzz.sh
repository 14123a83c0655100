#!/usr/bin/env bash
# Runs each libFuzzer target from a seed corpus; fails if any target finds a crash, a leak or a
# hang (10 s per input). Usage: scripts/fuzz.sh BUILD_DIR SECONDS [RUNS]
# With RUNS, each target runs exactly that many inputs from a fixed seed: reproducible, for CI.
set -euo pipefail
build=$1
seconds=$2
runs=${3:-}
if [ -n "$runs" ]; then
  limit=(-runs="$runs" -seed=1)
else
  limit=(-max_total_time="$seconds")
fi
mkdir -p fuzz/findings
run_target() {
  local target=$1; shift
  local corpus
  corpus=$(mktemp -d)
  cp "$@" "$corpus"/ 2>/dev/null || true
  echo "fuzz: $target (${limit[*]})"
  local status=0
  "$build/fuzz/$target" "${limit[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=fuzz/findings/"$target"- -print_final_stats=1 "$corpus" >"$corpus.log" 2>&1 || status=$?
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Test unit written' "$corpus.log" || true
  rm -rf "$corpus" "$corpus.log"
  return "$status"
}
run_target fuzz_spec examples/*.yaml examples/*.json tests/scenarios/*.yaml tests/fixtures/*.yaml \
  tests/fixtures/bad/* tests/hostile/* fuzz/regressions/spec/* 
run_target fuzz_rule_base rules/default.yaml tests/fixtures/rules-*.yaml fuzz/regressions/rule_base/*
run_target fuzz_adr $(find examples/adr -name '*.md') fuzz/regressions/adr/*
