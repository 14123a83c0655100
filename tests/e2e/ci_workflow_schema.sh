#!/usr/bin/env bash
# examples/ci/github-actions.yml is a valid GitHub Actions workflow by action-validator (the schema
# of SchemaStore that editors use for workflow files, and the globs of its triggers), and a workflow
# with a misspelt key is not (the validator is shown to catch what a copy-paste slip makes).
# The tool comes from npm (@action-validator/cli), installed into the build tree on first use
# (a few seconds); the test is skipped (exit 77) only when the npm registry cannot be reached.
# Usage: ci_workflow_schema.sh CACHE_DIR   (run from the project root)
set -u
cache=${1:?usage: $0 CACHE_DIR}
version=0.6.0 # pinned: a new release may bring a newer schema
tool="$cache/node_modules/.bin/action-validator"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -x "$tool" ]; then
  mkdir -p "$cache"
  if ! npm install --prefix "$cache" --no-audit --no-fund --loglevel=error "@action-validator/cli@$version" \
      >"$work/npm.log" 2>&1; then
    cat "$work/npm.log"
    if grep -qiE "ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network" "$work/npm.log"; then
      echo "SKIP: the npm registry cannot be reached to install @action-validator/cli"
      exit 77
    fi
    echo "FAIL: npm install @action-validator/cli failed"
    exit 1
  fi
fi

failures=0
if ! "$tool" examples/ci/github-actions.yml >"$work/valid.log" 2>&1; then
  echo "FAIL: action-validator rejects examples/ci/github-actions.yml:"
  head -40 "$work/valid.log"
  failures=$((failures + 1))
fi
sed 's/^    runs-on:/    runs_on:/' examples/ci/github-actions.yml >"$work/slip.yml"
if "$tool" "$work/slip.yml" >"$work/slip.log" 2>&1 || ! grep -q "runs_on" "$work/slip.log"; then
  echo "FAIL: action-validator accepts a workflow whose job says runs_on"
  failures=$((failures + 1))
fi
echo "2 checks, $failures failed"
[ "$failures" -eq 0 ]
