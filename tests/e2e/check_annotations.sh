#!/usr/bin/env bash
# End-to-end tests of where `ragft check` says a finding is, for CI: GitHub annotations
# (`::error file=...`) and SARIF locations are relative to the repository root (the nearest folder
# up with a `.git`: GITHUB_WORKSPACE after actions/checkout) whatever folder ragft runs in, from a
# monorepo's sub-folder, from a folder above the repository, or with `../` in the path; outside any
# repository, GitHub gets the path as given and SARIF an absolute file:// URI. The text format stays
# relative to the working folder (what a terminal opens).
# Usage: check_annotations.sh path/to/ragft   (run from the project root)
source "$(dirname "$0")/lib.sh"
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")

write_adr() { # path
  mkdir -p "$(dirname "$1")"
  cat >"$1" <<'MD'
# 1. Fine-tune the triage model

## Status

Accepted

## Decision

We will fine-tune a small model on our tickets.

```ragft
facts:
  knowledge_updates: daily
  citations_required: true
  labeled_examples: 0
```
MD
}

sarif_location() { # the first result's artifactLocation as `uri base`
  python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
loc = d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
print(loc["uri"], loc.get("uriBaseId", "-"))' "$work/out"
}

expect_location() { # expected-github-file expected-sarif-uri expected-base what [ragft args...]
  local gh=$1 uri=$2 base=$3 what=$4
  shift 4
  run "$RAGFT" check "$@" --format github
  expect_status 1 "$what: github"
  expect_out "::error file=$gh,line=9,col=1,"
  run "$RAGFT" check "$@" --format sarif
  expect_status 1 "$what: sarif"
  checks=$((checks + 1))
  [ "$(sarif_location)" = "$uri $base" ] || fail "$what: SARIF location $(sarif_location), expected $uri $base"
}

# A monorepo whose ADRs are in a service's folder.
mono=$work/mono
mkdir -p "$mono/.git"
write_adr "$mono/svc/docs/adr/0001-fine-tune.md"
rel=svc/docs/adr/0001-fine-tune.md

cd "$mono/svc"
expect_location "$rel" "$rel" %SRCROOT% "from the service's folder"
run "$RAGFT" check
expect_out "docs/adr/0001-fine-tune.md:9:1: error:"
expect_no_out "svc/docs/adr"

cd "$mono"
expect_location "$rel" "$rel" %SRCROOT% "from the repository root" svc/docs/adr

cd "$mono/svc/docs"
expect_location "$rel" "$rel" %SRCROOT% "with ../ in the path" ../docs/adr

cd "$work"
expect_location "$rel" "$rel" %SRCROOT% "from the folder above the repository" mono/svc/docs/adr
run "$RAGFT" check mono/svc/docs/adr --format sarif
expect_out "\"originalUriBaseIds\":{\"%SRCROOT%\":{\"uri\":\"file://$mono/\"}}"

# From a folder beside the repository (outside any), `../` leads into it: the repository's root
# is named without the `..` (was file://$work/beside/../mono/, and every location then absolute).
mkdir -p "$work/beside"
cd "$work/beside"
expect_location "$rel" "$rel" %SRCROOT% "from beside the repository, through ../" ../mono/svc/docs/adr
run "$RAGFT" check ../mono/svc/docs/adr --format sarif
expect_out "\"originalUriBaseIds\":{\"%SRCROOT%\":{\"uri\":\"file://$mono/\"}}"

# A git worktree has a `.git` file, not a folder: it is a repository root all the same.
tree=$work/tree
mkdir -p "$tree"
printf 'gitdir: /elsewhere\n' >"$tree/.git"
write_adr "$tree/docs/decisions/0001-fine-tune.md"
cd "$tree/docs"
expect_location docs/decisions/0001-fine-tune.md docs/decisions/0001-fine-tune.md %SRCROOT% "in a worktree" decisions

# Outside any repository: GitHub gets the path as given, SARIF an absolute file:// URI.
plain=$work/plain
write_adr "$plain/adr/0001-fine-tune.md"
cd "$plain"
expect_location adr/0001-fine-tune.md "file://$plain/adr/0001-fine-tune.md" - "outside any repository" adr

# No ADR read (no ADR folder, or a folder that holds none): exit 2, and every CI format says why,
# not only stderr: GitHub an ::error annotation on no file, SARIF the invocation's error
# notification at the folder, JUnit an error case, JSON and CSV the error with its folder.
bare=$work/bare
mkdir -p "$bare/.git" "$bare/docs/adr"
printf '# Our decisions\n' >"$bare/docs/adr/README.md"
cd "$bare"
run "$RAGFT" check --format github
expect_status 2 "a folder without ADRs, github"
expect_out "::error title=ragft check%3A ADRs not read::docs/adr: no ADR in this folder; skipped README.md"
expect_err "ragft: docs/adr: no ADR in this folder"
cd "$bare/docs"
run "$RAGFT" check adr --format sarif
expect_status 2 "a folder without ADRs, sarif"
expect_out '"executionSuccessful":false,"toolExecutionNotifications":[{"level":"error","message":{"text":"docs/adr: no ADR in this folder;'
expect_out '"locations":[{"physicalLocation":{"artifactLocation":{"uri":"docs/adr/","uriBaseId":"%SRCROOT%"}}}]'
run "$RAGFT" check adr --format junit
expect_status 2 "a folder without ADRs, junit"
expect_out '<testsuites name="ragft" tests="1" failures="0" errors="1">'
expect_out '<testcase classname="docs/adr" name="docs/adr [ADR folder]">'
expect_out '<error message="no ADR in this folder; skipped README.md'
run "$RAGFT" check adr --format json
expect_out '"errors":[{"file":"adr","line":0,"column":0,"message":"no ADR in this folder; skipped README.md'
run "$RAGFT" check adr --format csv
expect_out 'adr,,,,error,"no ADR in this folder; skipped README.md'
run "$RAGFT" check adr --format markdown
expect_out "- adr: no ADR in this folder; skipped README.md"
rm -r "$bare/docs"
cd "$bare"
run "$RAGFT" check --format github
expect_status 2 "no ADR folder, github"
expect_out "::error title=ragft check%3A ADRs not read::no ADR folder found (looked for .adr-dir"
expect_err "ragft: no ADR folder found (looked for .adr-dir"
run "$RAGFT" check --format sarif
expect_out '"executionSuccessful":false,"toolExecutionNotifications":[{"level":"error","message":{"text":"no ADR folder found (looked for'
run "$RAGFT" check --format junit
expect_out '<testcase classname="." name=". [ADR folder]">'
expect_out '<error message="no ADR folder found (looked for'
# With ADRs read beside a folder without any, the ADRs' findings stay, after the folder's error.
write_adr "$bare/adr/0001-fine-tune.md"
mkdir -p "$bare/empty"
run "$RAGFT" check adr empty --format github
expect_status 2 "ADRs and an empty folder"
expect_out "::error title=ragft check%3A ADRs not read::empty: no ADR in this folder"
expect_out "::error file=adr/0001-fine-tune.md,line=9,col=1"
cd "$work"

finish
