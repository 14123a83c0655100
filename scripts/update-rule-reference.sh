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
trap 'rm -f "$reference"' EXIT

"$ragft" rules show --format markdown >"$reference"
"$root/scripts/splice-generated.sh" "$page" rules "$reference"
