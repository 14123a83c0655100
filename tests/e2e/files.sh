#!/usr/bin/env bash
# Files ragft writes and reads: --force replaces only regular files and keeps their permission
# bits; two outputs naming one file are refused before anything is written; write errors (a full
# standard output, the GitHub step summary) exit 2 with a message; unreadable folders and files
# are named and counted while the rest is scored; a file named twice is scored once.
. "$(dirname "$0")/lib.sh"
good=$PWD/examples/policy-faq.yaml
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")
cd "$work" || exit 2

# --force keeps the permission bits of the file it replaces.
printf 'old\n' >private.json
chmod 600 private.json
run "$RAGFT" score "$good" --format json=private.json --force
expect_status 0 "--force over a 0600 file"
checks=$((checks + 1))
[ "$(stat -c %a private.json)" = 600 ] || fail "--force changed 0600 to $(stat -c %a private.json)"
grep -q '"verdict"' private.json || fail "--force did not write the report"

# --force never replaces a symbolic link, nor writes through it.
printf 'target\n' >target.json
ln -s target.json link.json
run "$RAGFT" score "$good" --format json=link.json --force
expect_status 2 "--force over a symbolic link"
expect_err "link.json: is a symbolic link; ragft replaces only regular files"
checks=$((checks + 1))
[ -L link.json ] && [ "$(cat target.json)" = target ] || fail "the link or its target was changed"

# --force never replaces a device (made here, as root can; /dev/null itself is not risked).
if [ "$(id -u)" -eq 0 ] && mknod null c 1 3 2>/dev/null; then
  run "$RAGFT" score "$good" --format json=null --force
  expect_status 2 "--force over a character device"
  expect_err "null: is not a regular file (a device, FIFO or socket)"
  checks=$((checks + 1))
  [ -c null ] || fail "the device was replaced"
fi
mkfifo out.fifo
run timeout -k 1 5 "$RAGFT" check "$good" --format json=out.fifo --force
expect_status 2 "--force over a FIFO"
expect_err "out.fifo: is not a regular file"

# Two outputs naming the same file, however spelt: refused before anything is written.
run "$RAGFT" score "$good" --format json=o.json --format csv=./o.json --force
expect_status 2 "the same file named twice as output"
expect_err "are the same file"
checks=$((checks + 1))
[ ! -e o.json ] || fail "o.json was written"

# Write errors: a full standard output, a step summary that cannot be written.
"$RAGFT" score "$good" >/dev/full 2>err
status=$?
expect_status 2 "stdout is full"
checks=$((checks + 1))
grep -q "ragft: cannot write to standard output: No space left on device" err || fail "no message for a full stdout"
"$RAGFT" --help >/dev/full 2>err
status=$?
expect_status 2 "help to a full stdout"
GITHUB_STEP_SUMMARY=/dev/full "$RAGFT" score "$good" --format github >/dev/null 2>err
status=$?
expect_status 2 "a full step summary"
checks=$((checks + 1))
grep -q "/dev/full: cannot write: No space left on device" err || fail "no message for the step summary"

# The same file named twice (and found again in its folder) is scored once.
mkdir once && cp "$good" once/a.yaml
(cd once && "$RAGFT" score a.yaml ./a.yaml . --format jsonl >../out 2>../err)
status=$?
expect_status 0 "a file named three ways"
checks=$((checks + 1))
[ "$(wc -l <out)" -eq 1 ] || fail "scored $(wc -l <out) times"

# Unreadable folders and files, as a user whom permissions bind (the tests may run as root).
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  as_user() { setpriv --reuid nobody --regid nogroup --clear-groups "$@"; }
else
  as_user() { "$@"; }
fi
mkdir -p tree/locked tree/open
cp "$good" tree/open/good.yaml
cp "$good" tree/locked/hidden.yaml
cp "$good" tree/open/secret.yaml
chmod 755 "$work" tree tree/open
chmod 644 tree/open/good.yaml
chmod 000 tree/locked tree/open/secret.yaml
as_user "$RAGFT" score tree >out 2>err </dev/null
status=$?
if as_user test -r tree/open/secret.yaml; then
  echo "note: permissions cannot be tested here (no user they bind)"
else
  expect_status 2 "an unreadable folder and file"
  expect_err "tree/locked: cannot search this folder: Permission denied"
  expect_err "tree/open/secret.yaml: cannot read: Permission denied"
  expect_out "1 scored, 2 failed"
  as_user "$RAGFT" score tree/locked >out 2>err </dev/null
  status=$?
  expect_status 2 "an unreadable folder argument"
  expect_err "tree/locked: cannot search this folder: Permission denied"
fi
chmod 755 tree/locked
chmod 644 tree/open/secret.yaml
finish
