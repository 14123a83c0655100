#!/usr/bin/env bash
# Hostile input (tests/hostile/ and files made here): each bad file gets exit 2 and one
# `path:line:col: message` line, in bounded time and memory, and the rest of the batch is scored.
. "$(dirname "$0")/lib.sh"

good=examples/policy-faq.yaml
# Bounded memory: 2 GB of address space, unless a sanitizer (which reserves much more) is in use.
limit_memory() { if [ -z "${RAGFT_SANITIZED:-}" ]; then ulimit -v 2000000; fi; }

score_hostile() {
  local file=$1
  ( limit_memory; exec timeout 20 "$RAGFT" score "$file" "$good" ) >"$work/out" 2>"$work/err" </dev/null
  status=$?
  expect_status 2 "$file"
  expect_out "HR policy FAQ"
  expect_out "1 scored, 1 failed"
  checks=$((checks + 1))
  local lines
  lines=$(wc -l <"$work/err")
  [ "$lines" -eq 1 ] || fail "$file: expected one error line, got $lines"
  checks=$((checks + 1))
  grep -qE "^$(printf '%s' "$file" | sed 's/[.[\*^$/]/\\&/g'):[0-9]+(:[0-9]+)?: " "$work/err" ||
    grep -qE "^$(printf '%s' "$file" | sed 's/[.[\*^$/]/\\&/g'): " "$work/err" || fail "$file: error does not name the file"
}

for file in tests/hostile/*.yaml; do
  score_hostile "$file"
done

# Made here: a 50 MB file, random bytes, an empty folder, a file that is not there.
mkdir "$work/empty"
python3 -c "
import random
random.seed(8)
open('$work/random.bin', 'wb').write(bytes(random.randrange(256) for _ in range(4096)))
with open('$work/huge.yaml', 'w') as f:
    f.write('ragft: 1\nproject: huge\ndescription: ')
    f.write('x' * (50 * 1024 * 1024))
"
for file in "$work/random.bin" "$work/huge.yaml" "$work/empty" "$work/missing.yaml"; do
  score_hostile "$file"
done
expect_err "$work/missing.yaml: cannot read"

score_hostile "$work/huge.yaml"
expect_err "$work/huge.yaml:1:1: file is 52428836 bytes; the limit is 1048576 bytes"

# A symlink loop in a scanned folder: the loop is not followed; the bad file in it is reported.
mkdir "$work/loop"
ln -s "$work/loop" "$work/loop/self"
cp tests/hostile/negative-count.yaml "$work/loop/"
( limit_memory; exec timeout 20 "$RAGFT" score "$work/loop" "$good" ) >"$work/out" 2>"$work/err" </dev/null
status=$?
expect_status 2 "symlink loop"
expect_err "$work/loop/negative-count.yaml:4:24: fact \`knowledge_base_docs\` (documents) must be at least 0, got -5"
expect_out "1 scored, 1 failed"

# The size limit is configurable.
run "$RAGFT" score --max-file-size 100 "$good"
expect_status 2 "--max-file-size"
expect_err "$good:1:1: file is 469 bytes; the limit is 100 bytes"
run "$RAGFT" score --max-file-size 60000000 "$work/huge.yaml"
expect_status 2 "a raised limit reads the file"
expect_err "$work/huge.yaml:3:1: line longer than 16384 characters"

# An endless stream on standard input is refused, not read to exhaustion.
( limit_memory; yes 'ragft: 1' | timeout 20 "$RAGFT" score - ) >"$work/out" 2>"$work/err"
status=$?
expect_status 2 "endless stdin"
expect_err "<stdin>:1:1: more than 1048576 bytes on standard input"

# Signals end a batch cleanly: no output file, no temporary file, the signal's exit code.
python3 bench/gen_specs.py 3000 "$work/many" --seed 3 >/dev/null
"$RAGFT" score "$work/many" -j 1 --format jsonl --format json="$work/sigpipe.json" 2>"$work/err" | head -n 1 >/dev/null
status=${PIPESTATUS[0]}
expect_status 141 "SIGPIPE (reader went away)"
expect_empty_err
"$RAGFT" score "$work/many" -j 1 --format csv="$work/sigterm.csv" >/dev/null 2>"$work/err" &
pid=$!
wait_for_file '.sigterm.csv.*' # until it is writing (its temporary file exists)
kill -TERM "$pid"
wait "$pid"
status=$?
expect_status 143 "SIGTERM"
expect_err "ragft: interrupted; no output file was written"
checks=$((checks + 1))
[ -z "$(find "$work" -maxdepth 1 -name '*sig*')" ] || fail "an output or temporary file was left: $(ls -a "$work")"

# Unreadable permissions (root reads everything, so only as another user).
if [ "$(id -u)" -ne 0 ]; then
  printf 'ragft: 1\nproject: secret\n' >"$work/secret.yaml"
  chmod 000 "$work/secret.yaml"
  score_hostile "$work/secret.yaml"
  expect_err "cannot read: Permission denied"
fi

finish
