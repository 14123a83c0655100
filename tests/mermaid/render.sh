#!/usr/bin/env bash
# The charts of ragft's Markdown outputs, drawn by Mermaid's own renderer: mermaid-cli (mmdc, from
# npm, pinned by package-lock.json) driving Debian's chromium headless (puppeteer.json; no browser is
# downloaded). Run from the source folder:
#   render.sh setup BUILD_DIR    npm ci into BUILD_DIR/mermaid-cli, unless that lock is installed
#   render.sh render BUILD_DIR   every ```mermaid block of tests/golden/markdown/*.md to SVG, each
#                                checked by charts.py; explain's charts and a portfolio also to PNG,
#                                in BUILD_DIR/mermaid-render/, for a person to look at
set -euo pipefail
step=${1:?usage: render.sh setup|render BUILD_DIR}
build=$(cd "${2:?usage: render.sh setup|render BUILD_DIR}" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cli=$build/mermaid-cli
out=$build/mermaid-render

need() {
  command -v "$1" >/dev/null 2>&1 && return
  echo "render.sh: $1 is missing; run scripts/install-deps.sh (make test does)" >&2
  exit 1
}

setup() {
  need npm
  if [ -x "$cli/node_modules/.bin/mmdc" ] && cmp -s "$here/package-lock.json" "$cli/installed-lock.json"; then
    echo "mermaid-cli: installed in $cli"
    return
  fi
  rm -rf "$cli"
  mkdir -p "$cli"
  cp "$here/package.json" "$here/package-lock.json" "$cli/"
  # No install scripts: puppeteer's would download a browser; Debian's chromium is used instead.
  (cd "$cli" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$cli/installed-lock.json"
  echo "mermaid-cli: $("$cli/node_modules/.bin/mmdc" --version) installed in $cli"
}

mmdc() { PUPPETEER_SKIP_DOWNLOAD=1 "$cli/node_modules/.bin/mmdc" -p "$here/puppeteer.json" -q "$@"; }

render() {
  need chromium
  [ -x "$cli/node_modules/.bin/mmdc" ] || { echo "render.sh: run 'render.sh setup $build' first" >&2; exit 1; }
  rm -rf "$out"
  python3 "$here/charts.py" extract tests/golden/markdown "$out"
  (cd "$out" && mmdc -i charts.md -o charts-out.md)
  python3 "$here/charts.py" check "$out"
  # One browser for the pictures: explain's score and cost charts (pictures-1, -2), a portfolio (-3).
  cat tests/golden/markdown/explain-support-assistant.md tests/golden/markdown/score-batch.md >"$out/pictures.md"
  (cd "$out" && mmdc -i pictures.md -o pictures-out.md -e png -s 2 -b white)
  echo "PNGs: $(cd "$out" && ls ./*.png | tr '\n' ' ')in $out"
}

"$step"
