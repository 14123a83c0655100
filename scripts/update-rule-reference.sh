#!/usr/bin/env bash
# Regenerates the rule reference in docs/rules.md (between `<!-- rules:begin -->` and
# `<!-- rules:end -->`) from `ragft rules show --format markdown`. The e2e test `e2e.rules` fails
# when docs/rules.md is not current.
# usage: scripts/update-rule-reference.sh [PATH_TO_RAGFT]   (default: build/ragft)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ragft=${1:-$root/build/ragft}
page=$root/docs/rules.md
reference=$(mktemp)
trap 'rm -f "$reference" "$page.tmp"' EXIT

"$ragft" rules show --format markdown >"$reference"
grep -q '^<!-- rules:begin -->$' "$page" && grep -q '^<!-- rules:end -->$' "$page" || {
  echo "update-rule-reference: docs/rules.md lacks the <!-- rules:begin --> / <!-- rules:end --> lines" >&2
  exit 2
}
awk -v reference="$reference" '
  /^<!-- rules:begin -->$/ { print; while ((getline line < reference) > 0) print line; skipping = 1; next }
  /^<!-- rules:end -->$/ { skipping = 0 }
  !skipping { print }
' "$page" >"$page.tmp"
mv "$page.tmp" "$page"
