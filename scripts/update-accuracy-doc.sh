#!/usr/bin/env bash
# Regenerates the measured tables in docs/accuracy.md (between `<!-- eval:begin -->` and
# `<!-- eval:end -->`) from `ragft rules eval cases --format markdown`. The e2e test
# `e2e.rules_eval` fails when the page is not current.
# usage: scripts/update-accuracy-doc.sh [PATH_TO_RAGFT]   (default: build/ragft)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ragft=${1:-$root/build/ragft}
page=$root/docs/accuracy.md
tables=$(mktemp)
trap 'rm -f "$tables" "$page.tmp"' EXIT

(cd "$root" && "$ragft" rules eval cases --format markdown) >"$tables"
grep -q '^<!-- eval:begin -->$' "$page" && grep -q '^<!-- eval:end -->$' "$page" || {
  echo "update-accuracy-doc: docs/accuracy.md lacks the <!-- eval:begin --> / <!-- eval:end --> lines" >&2
  exit 2
}
awk -v tables="$tables" '
  /^<!-- eval:begin -->$/ { print; while ((getline line < tables) > 0) print line; skipping = 1; next }
  /^<!-- eval:end -->$/ { skipping = 0 }
  !skipping { print }
' "$page" >"$page.tmp"
mv "$page.tmp" "$page"
