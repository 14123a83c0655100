#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS from a seed corpus; fails if any target finds a crash.
# Usage: scripts/fuzz.sh BUILD_DIR SECONDS
set -euo pipefail
build=$1
seconds=$2
mkdir -p fuzz/findings
run_target() {
  local target=$1; shift
  local corpus
  corpus=$(mktemp -d)
  cp "$@" "$corpus"/ 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s"
  local status=0
  "$build/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=fuzz/findings/"$target"- -print_final_stats=1 "$corpus" >"$corpus.log" 2>&1 || status=$?
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Test unit written' "$corpus.log" || true
  rm -rf "$corpus" "$corpus.log"
  return "$status"
}
run_target fuzz_spec examples/*.yaml examples/*.json tests/scenarios/*.yaml tests/fixtures/*.yaml \
  tests/fixtures/bad/* tests/hostile/* fuzz/regressions/spec/* 
run_target fuzz_rule_base rules/default.yaml tests/fixtures/rules-*.yaml fuzz/regressions/rule_base/*
