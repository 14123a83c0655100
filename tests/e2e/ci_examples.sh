#!/usr/bin/env bash
# The ready-to-copy CI files (examples/ci/) do what docs/check.md says: the ragft command lines they
# run work with this ragft on a repository of ADRs (examples/adr without its invalid block, 0006:
# a contradiction, so exit 1) and
# write the report files they upload, and the install step they run is this project's
# scripts/install-tool.sh, which refuses a wrong argument. The GitHub workflow's schema is checked by
# action-validator (tests/e2e/ci_workflow_schema.sh).
# Usage: ci_examples.sh path/to/ragft   (run from the project root)
source "$(dirname "$0")/lib.sh"
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")
root=$(pwd)

# One command a line: the `run:` values of the GitHub steps, or the GitLab job's before_script and
# script, as the CI system would run them.
commands() { # file system
  python3 - "$1" "$2" <<'PY'
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
if sys.argv[2] == "github":
    for job in doc["jobs"].values():
        for step in job["steps"]:
            if "run" in step:
                print(step["run"].strip())
else:
    job = doc["ragft-check"]
    for line in job.get("before_script", []) + job["script"]:
        print(line)
PY
}

# A repository holding the example ADRs, where each example's ragft line runs with this ragft.
run_check_lines() { # name file system
  local repo=$work/$1
  mkdir -p "$repo/.git" && cp -r examples/adr/docs examples/adr/.adr-dir "$repo/"
  rm "$repo"/docs/decisions/0006-*.md
  local lines
  lines=$(commands "$2" "$3" | grep '^ragft check')
  checks=$((checks + 1))
  [ -n "$lines" ] || fail "$2: no 'ragft check' line"
  while IFS= read -r line; do
    (cd "$repo" && eval "\"\$RAGFT\" ${line#ragft }") >"$work/out" 2>"$work/err" </dev/null
    status=$?
    expect_status 1 "$2: $line on examples/adr (a contradiction)"
  done <<<"$lines"
}

run_check_lines github examples/ci/github-actions.yml github
checks=$((checks + 1))
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["runs"][0]["results"]' \
  "$work/github/ragft.sarif" 2>"$work/err" || fail "github: ragft.sarif is not SARIF with results"
expect_out "::error file=docs/decisions/"

run_check_lines gitlab examples/ci/gitlab-ci.yml gitlab
checks=$((checks + 1))
python3 -c 'import sys, xml.etree.ElementTree as E; r=E.parse(sys.argv[1]).getroot(); assert r.iter("failure")' \
  "$work/gitlab/ragft-junit.xml" 2>"$work/err" || fail "gitlab: ragft-junit.xml is not JUnit XML"

# The install step: this project's script, at the path the checkout or clone puts it.
checks=$((checks + 1))
commands examples/ci/github-actions.yml github | grep -qx 'bash .ragft/scripts/install-tool.sh' \
  || fail "github: no 'bash .ragft/scripts/install-tool.sh' step"
checks=$((checks + 1))
commands examples/ci/gitlab-ci.yml gitlab | grep -qx 'bash /tmp/ragft/scripts/install-tool.sh' \
  || fail "gitlab: no 'bash /tmp/ragft/scripts/install-tool.sh' line"
checks=$((checks + 1))
grep -q 'path: .ragft$' examples/ci/github-actions.yml || fail "github: ragft's source is not checked out to .ragft"
checks=$((checks + 1))
[ -x scripts/install-tool.sh ] || fail "scripts/install-tool.sh is not executable"
run bash scripts/install-tool.sh --prefix /tmp/x
expect_status 2 "install-tool.sh with a flag"
expect_err "usage: scripts/install-tool.sh [PREFIX]"
run bash scripts/install-deps.sh --all
expect_status 2 "install-deps.sh with an unknown flag"
expect_err "usage: scripts/install-deps.sh [--tool]"

finish
