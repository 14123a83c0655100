# Helpers for end-to-end tests of the real binary. Source this file; `$RAGFT` is the binary.
# Each `run` captures stdout, stderr and the exit code of one command.

set -u
RAGFT=${1:?usage: $0 PATH_TO_RAGFT}
failures=0
checks=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  "$@" >"$work/out" 2>"$work/err" </dev/null
  status=$?
  out=$(cat "$work/out")
  err=$(cat "$work/err")
}

fail() {
  failures=$((failures + 1))
  echo "FAIL: $*"
  echo "  command exit: $status"
  echo "  stdout: $(head -c 2000 "$work/out")"
  echo "  stderr: $(head -c 2000 "$work/err")"
}

expect_status() { checks=$((checks + 1)); [ "$status" -eq "$1" ] || fail "expected exit $1 ($2)"; }
expect_out() { checks=$((checks + 1)); grep -qF -- "$1" "$work/out" || fail "stdout lacks: $1"; }
expect_err() { checks=$((checks + 1)); grep -qF -- "$1" "$work/err" || fail "stderr lacks: $1"; }
expect_no_out() { checks=$((checks + 1)); ! grep -qF -- "$1" "$work/out" || fail "stdout has: $1"; }
expect_empty_err() { checks=$((checks + 1)); [ ! -s "$work/err" ] || fail "stderr is not empty"; }

# Waits until a file matching the name PATTERN exists in $work (a command has started writing), at
# most 10 s.
wait_for_file() {
  for _ in $(seq 200); do
    [ -n "$(find "$work" -maxdepth 1 -name "$1")" ] && return 0
    sleep 0.05
  done
}

finish() {
  echo "$checks checks, $failures failed"
  [ "$failures" -eq 0 ]
}
