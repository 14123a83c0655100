#!/usr/bin/env bash
# Interruptible everywhere: a blocked read of standard input ends on SIGINT or SIGTERM within a
# second; FIFOs, devices and sockets are refused as inputs (they could block or never end) unless
# piped in as -; a second Ctrl-C ends a batch at once; no temporary file outlives a signal.
. "$(dirname "$0")/lib.sh"
good=examples/policy-faq.yaml
now_ms() { date +%s%3N; }

# Non-regular files named as inputs: refused, exit 2, the rest of the batch scored.
mkfifo "$work/fifo.yaml"
run timeout -k 1 5 "$RAGFT" score "$work/fifo.yaml" "$good"
expect_status 2 "a FIFO as a spec"
expect_err "$work/fifo.yaml: not a regular file"
expect_out "1 scored, 1 failed"
run timeout -k 1 5 "$RAGFT" score /dev/zero
expect_status 2 "a device as a spec"
expect_err "/dev/zero: not a regular file"
run timeout -k 1 5 "$RAGFT" explain --prices "$work/fifo.yaml" "$good"
expect_status 2 "a FIFO as a price sheet"
expect_err "$work/fifo.yaml: not a regular file"
run timeout -k 1 5 "$RAGFT" score --rules /dev/zero "$good"
expect_status 2 "a device as a rule base"
run timeout -k 1 5 "$RAGFT" ask --answers "$work/fifo.yaml" --no-input
expect_status 2 "a FIFO as answers"
# Piped in as -, a stream is read as always.
cat "$good" | "$RAGFT" score - >"$work/out" 2>"$work/err"
status=$?
expect_status 0 "a pipe as -"

# A read of standard input that never ends: the signal ends it within a second, with its code.
# The writer holds the FIFO open and writes nothing; ragft reads it as its standard input.
interrupt_blocked_read() {
  local signal=$1 code=$2
  sleep 30 >"$work/fifo.yaml" &
  local writer=$!
  # (timeout passes the signal on, and ends a read that ignores it after 5 s)
  timeout -s KILL 5 "$RAGFT" score - --format json="$work/blocked.json" <"$work/fifo.yaml" >"$work/out" 2>"$work/err" &
  local pid=$!
  wait_for_file '.blocked.json.*' # its output is open: it reads standard input, or is about to
  local start
  start=$(now_ms)
  kill "-$signal" "$pid"
  wait "$pid"
  status=$?
  local took=$(($(now_ms) - start))
  kill "$writer" 2>/dev/null
  wait "$writer" 2>/dev/null
  expect_status "$code" "$signal during a blocked read of standard input"
  # Within a second on an idle machine; the bound is 3 s so that a loaded one (a parallel build,
  # the sanitizer suite beside it) does not fail a read that did end: one that ignores the signal
  # runs into timeout's 5 s.
  checks=$((checks + 1))
  [ "$took" -lt 3000 ] || fail "$signal took $took ms to end the read"
  checks=$((checks + 1))
  [ -z "$(find "$work" -maxdepth 1 -name '*blocked*')" ] || fail "a file was left: $(ls -a "$work")"
}
interrupt_blocked_read INT 130
expect_err "ragft: interrupted; no output file was written"
interrupt_blocked_read TERM 143

# A second Ctrl-C ends a batch at once, and its temporary file goes with it.
python3 bench/gen_specs.py 3000 "$work/many" --seed 3 >/dev/null
"$RAGFT" score "$work/many" -j 1 --format csv="$work/twice.csv" >/dev/null 2>"$work/err" &
pid=$!
wait_for_file '.twice.csv.*' # until it is writing (its temporary file exists)
kill -INT "$pid"
kill -INT "$pid"
wait "$pid"
status=$?
expect_status 130 "two Ctrl-C"
checks=$((checks + 1))
[ -z "$(find "$work" -maxdepth 1 -name '*twice*')" ] || fail "a file was left after two Ctrl-C: $(ls -a "$work")"

# Any other command ends at once too, removing its temporary file: check --format json=F.
mkdir -p "$work/adrs"
for i in $(seq -w 1 1500); do
  cp examples/adr/docs/decisions/0002-answer-support-questions-with-rag.md "$work/adrs/$i-rag.md"
done
"$RAGFT" check "$work/adrs" --format json="$work/check.json" >/dev/null 2>"$work/err" &
pid=$!
wait_for_file '.check.json.*'
kill -INT "$pid"
wait "$pid"
status=$?
expect_status 130 "check --format json=FILE interrupted while writing"
checks=$((checks + 1))
[ -z "$(find "$work" -maxdepth 1 -name '.check.json.*')" ] || fail "check left its temporary file: $(ls -a "$work")"
finish
