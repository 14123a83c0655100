#!/usr/bin/env bash
# Installs the Debian packages ragft needs to build and test, when any is missing; with --tool,
# only those that building ragft itself needs (scripts/install-tool.sh).
# Idempotent and quiet when everything is there. Uses apt-get as root, sudo otherwise.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
lists=("$here/debian-packages-tool.txt")
tool_only=0
case "${1:-}" in
  --tool) tool_only=1 ;;
  "") lists+=("$here/debian-packages.txt") ;;
  *) echo "ragft: usage: scripts/install-deps.sh [--tool]" >&2; exit 2 ;;
esac
mapfile -t packages < <(cat "${lists[@]}" | grep -v '^\s*#' | tr -s ' \t' '\n' | grep -v '^$')

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$pkg")
  fi
done
# Node.js and npm (for tests/mermaid/) from Debian, unless a node and npm are already installed.
if [[ $tool_only -eq 0 ]] && { ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; }; then
  missing+=(nodejs npm)
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "ragft: these Debian packages are missing: ${missing[*]}" >&2
  echo "ragft: install them as root (apt-get install ${missing[*]}), or install sudo, then run make again." >&2
  exit 2
fi

echo "ragft: installing missing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >/dev/null
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
