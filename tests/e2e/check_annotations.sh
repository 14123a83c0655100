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

finish
