#!/usr/bin/env bash
# `ragft check --format sarif` checked by Microsoft's SARIF Multitool (`validate`, the reference
# validator behind the SARIF web validator): no error and no warning, inside a repository
# (relative URIs with %SRCROOT%, also run from a sub-folder or from above the repository), outside one (file:// URIs), and on a run that exits 2.
# The tool comes from npm (@microsoft/sarif-multitool), installed into the build tree on first use
# (about 10 s); the test is skipped (exit 77) only when the npm registry cannot be reached.
# Usage: sarif_multitool.sh path/to/ragft CACHE_DIR   (run from the project root)
source "$(dirname "$0")/lib.sh"
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")
cache=${2:?usage: $0 PATH_TO_RAGFT CACHE_DIR}
root=$(pwd)
status=0
version=5.7.0 # pinned: a new release may add rules
tool="$cache/node_modules/.bin/sarif-multitool"
if [ ! -x "$tool" ]; then
  mkdir -p "$cache"
  if ! npm install --prefix "$cache" --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@$version" \
      >"$work/npm.log" 2>&1; then
    if grep -qiE "ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network" "$work/npm.log"; then
      echo "SKIP: the npm registry cannot be reached to install @microsoft/sarif-multitool"
      cat "$work/npm.log"
      exit 77
    fi
    cat "$work/npm.log"
    fail "npm install @microsoft/sarif-multitool failed"
    finish
    exit 1
  fi
fi

validate() { # name file
  checks=$((checks + 1))
  "$tool" validate "$2" --output "$work/$1.validation.sarif" >"$work/$1.log" 2>&1
  if grep -E "(error|warning) SARIF[0-9]+" "$work/$1.log" >/dev/null || ! grep -q "Analysis completed successfully" "$work/$1.log"; then
    failures=$((failures + 1))
    echo "FAIL: SARIF Multitool on $1:"
    grep -E "(error|warning) |Analysis" "$work/$1.log" | head -20
  fi
}

# Inside a repository: the examples (every kind of finding: error, warning, note, suppressed).
mkdir -p "$work/repo" && cp -r examples/adr/docs "$work/repo/" && mkdir -p "$work/repo/.git"
(cd "$work/repo" && "$RAGFT" check docs/decisions --format sarif >"$work/in-repo.sarif" 2>/dev/null)
grep -q '"uriBaseId":"%SRCROOT%"' "$work/in-repo.sarif" || fail "in a repository: no %SRCROOT% base"
validate in-repo "$work/in-repo.sarif"

# From a monorepo's sub-folder and from the folder above the repository: still relative to its root.
mkdir -p "$work/mono/.git" "$work/mono/svc" && cp -r examples/adr/docs "$work/mono/svc/"
(cd "$work/mono/svc" && "$RAGFT" check docs/decisions --format sarif >"$work/sub-folder.sarif" 2>/dev/null)
grep -q '"uri":"svc/docs/decisions/' "$work/sub-folder.sarif" || fail "from a sub-folder: not relative to the root"
validate sub-folder "$work/sub-folder.sarif"
(cd "$work" && "$RAGFT" check mono/svc/docs/decisions --format sarif >"$work/above.sarif" 2>/dev/null)
cmp -s <(grep -o '"uri":"[^"]*"' "$work/sub-folder.sarif") <(grep -o '"uri":"[^"]*"' "$work/above.sarif") ||
  fail "from above the repository: locations differ from those of a run in its sub-folder"
validate above "$work/above.sarif"

# A decision log kept in one file (round sixteen): each decision's results carry its section as a
# logical location beside the file and line.
mkdir -p "$work/logged/.git" "$work/logged/docs/adr"
{
  printf '# Notes\n\n## ADR-001: Answers\n\n**Status:** Accepted\n\n### Decision\n\nWe fine-tune the model.\n\n'
  printf '```ragft\nfacts: {knowledge_updates: daily, citations_required: true, task_type: question_answering}\n```\n\n'
  printf '## ADR-002: Keys\n\n**Status:** Accepted\n\n### Decision\n\nKeys stay in the environment.\n'
} >"$work/logged/docs/adr/notes.md"
(cd "$work/logged" && "$RAGFT" check --format sarif >"$work/log.sarif" 2>/dev/null)
grep -q '"fullyQualifiedName":"docs/adr/notes.md#adr-001-answers"' "$work/log.sarif" || fail "a log: no logical location"
validate log "$work/log.sarif"

# Outside any repository: absolute file:// URIs; a folder without ADRs makes the run exit 2.
mkdir -p "$work/plain/empty"
cp -r examples/adr/docs "$work/plain/"
(cd "$work/plain" && "$RAGFT" check docs/decisions empty --format sarif >"$work/outside.sarif" 2>/dev/null)
status=$?
[ "$status" -eq 2 ] || fail "a folder without ADRs: expected exit 2"
grep -q '"uri":"file:///' "$work/outside.sarif" || fail "outside a repository: no file:// URI"
grep -q '"executionSuccessful":false' "$work/outside.sarif" || fail "exit 2 but executionSuccessful is not false"
validate outside "$work/outside.sarif"

# No ADR read: a repository's ADR folder that holds none (the notification at the folder, a
# directory URI), and a repository with no ADR folder at all (a notification without a location).
mkdir -p "$work/bare/.git" "$work/bare/docs/adr" "$work/none/.git"
printf '# Our decisions\n' >"$work/bare/docs/adr/README.md"
(cd "$work/bare" && "$RAGFT" check --format sarif >"$work/bare.sarif" 2>/dev/null)
grep -q '"uri":"docs/adr/","uriBaseId":"%SRCROOT%"' "$work/bare.sarif" || fail "a folder without ADRs: no notification at it"
validate bare "$work/bare.sarif"
(cd "$work/none" && "$RAGFT" check --format sarif >"$work/none.sarif" 2>/dev/null)
grep -q '"toolExecutionNotifications":\[{"level":"error","message":{"text":"no ADR folder found' "$work/none.sarif" ||
  fail "no ADR folder: no notification"
validate none "$work/none.sarif"
cd "$root"
finish
