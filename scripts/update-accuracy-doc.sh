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
trap 'rm -f "$tables"' EXIT

(cd "$root" && "$ragft" rules eval cases --format markdown) >"$tables"
"$root/scripts/splice-generated.sh" "$page" eval "$tables"
