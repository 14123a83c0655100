#!/usr/bin/env bash
# The charts of ragft's Markdown outputs, drawn by Mermaid's own renderer (mermaid.render, from npm,
# pinned by package-lock.json) in Debian's chromium, headless, driven by puppeteer (puppeteer.json;
# no browser is downloaded) through render.cjs, which loads Mermaid once for all the charts. Run from
# the source folder:
#   render.sh setup BUILD_DIR    npm ci into BUILD_DIR/mermaid-node, unless that lock is installed
#   render.sh render BUILD_DIR   every ```mermaid block of tests/golden/markdown/*.md to SVG, each
#                                checked by charts.py; explain's charts and a portfolio also to PNG,
#                                in BUILD_DIR/mermaid-render/, for a person to look at
set -euo pipefail
step=${1:?usage: render.sh setup|render BUILD_DIR}
build=$(cd "${2:?usage: render.sh setup|render BUILD_DIR}" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
modules=$build/mermaid-node
out=$build/mermaid-render

need() {
  command -v "$1" >/dev/null 2>&1 && return
  echo "render.sh: $1 is missing; run scripts/install-deps.sh (make test does)" >&2
  exit 1
}

setup() {
  need npm
  if [ -d "$modules/node_modules/mermaid" ] && cmp -s "$here/package-lock.json" "$modules/installed-lock.json"; then
    echo "mermaid: installed in $modules"
    return
  fi
  rm -rf "$modules"
  mkdir -p "$modules"
  cp "$here/package.json" "$here/package-lock.json" "$modules/"
  # No install scripts: puppeteer's would download a browser; Debian's chromium is used instead.
  (cd "$modules" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$modules/installed-lock.json"
  echo "mermaid $(node -p "require('$modules/node_modules/mermaid/package.json').version") installed in $modules"
}

render() {
  need chromium
  [ -d "$modules/node_modules/mermaid" ] || { echo "render.sh: run 'render.sh setup $build' first" >&2; exit 1; }
  rm -rf "$out"
  python3 "$here/charts.py" extract tests/golden/markdown "$out"
  # The pictures: explain's score and cost charts (pictures-out-1, -2) and a portfolio (-3).
  cat tests/golden/markdown/explain-support-assistant.md tests/golden/markdown/score-batch.md >"$out/pictures.md"
  node "$here/render.cjs" "$modules/node_modules" "$here/puppeteer.json" \
    "$out/charts.md" svg "$out/pictures.md" png >/dev/null
  python3 "$here/charts.py" check "$out"
  echo "PNGs: $(cd "$out" && ls ./*.png | tr '\n' ' ')in $out"
}

"$step"
