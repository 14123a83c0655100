#!/usr/bin/env bash
# Replaces the lines between `<!-- NAME:begin -->` and `<!-- NAME:end -->` of a Markdown page with a
# generated file; the page is written whole or not at all. Used by update-rule-reference.sh
# (docs/rules.md) and update-accuracy-doc.sh (docs/accuracy.md).
# usage: scripts/splice-generated.sh PAGE NAME GENERATED_FILE
set -euo pipefail
page=$1 name=$2 generated=$3
trap 'rm -f "$page.tmp"' EXIT
grep -q "^<!-- $name:begin -->\$" "$page" && grep -q "^<!-- $name:end -->\$" "$page" || {
  echo "splice-generated: $page lacks the <!-- $name:begin --> / <!-- $name:end --> lines" >&2
  exit 2
}
awk -v generated="$generated" -v begin="<!-- $name:begin -->" -v end="<!-- $name:end -->" '
  $0 == begin { print; while ((getline line < generated) > 0) print line; skipping = 1; next }
  $0 == end { skipping = 0 }
  !skipping { print }
' "$page" >"$page.tmp"
mv "$page.tmp" "$page"
