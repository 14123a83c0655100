#!/usr/bin/env bash
# Regenerates the rule reference in README.md (between `<!-- rules:begin -->` and
# `<!-- rules:end -->`) from `ragft rules show --format markdown`. The e2e test `e2e.rules` fails
# when the README is not current.
# usage: scripts/update-readme-rules.sh [PATH_TO_RAGFT]   (default: build/ragft)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ragft=${1:-$root/build/ragft}
readme=$root/README.md
reference=$(mktemp)
trap 'rm -f "$reference" "$readme.tmp"' EXIT

"$ragft" rules show --format markdown >"$reference"
grep -q '^<!-- rules:begin -->$' "$readme" && grep -q '^<!-- rules:end -->$' "$readme" || {
  echo "update-readme-rules: README.md lacks the <!-- rules:begin --> / <!-- rules:end --> lines" >&2
  exit 2
}
awk -v reference="$reference" '
  /^<!-- rules:begin -->$/ { print; while ((getline line < reference) > 0) print line; skipping = 1; next }
  /^<!-- rules:end -->$/ { skipping = 0 }
  !skipping { print }
' "$readme" >"$readme.tmp"
mv "$readme.tmp" "$readme"
