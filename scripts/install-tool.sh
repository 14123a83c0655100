#!/usr/bin/env bash
# Builds and installs ragft alone, without its tests or their tools: for a CI runner or a machine
# that only runs ragft (Debian 12, as root or with sudo). Installs the packages of
# scripts/debian-packages-tool.txt when missing, builds a Release build without tests in
# build-tool/ beside this script's folder, and installs it under PREFIX (default /usr/local):
# the same files as `make install` (docs/install.md).
# Usage: scripts/install-tool.sh [PREFIX]
set -euo pipefail
if [[ $# -gt 1 || "${1:-}" == -* ]]; then
  echo "ragft: usage: scripts/install-tool.sh [PREFIX]   (default /usr/local)" >&2
  exit 2
fi
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix=${1:-/usr/local}
build_dir=$source_dir/build-tool
# The install as root only where the prefix (or the folder it will be made in) is not writable.
writable=$prefix
[[ -e "$writable" ]] || writable=$(dirname "$prefix")
as_root=()
if [[ $(id -u) -ne 0 && ! -w "$writable" ]] && command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
fi

bash "$source_dir/scripts/install-deps.sh" --tool
# The build's own output (compiler warnings included) goes to a log, shown only if a step fails.
mkdir -p "$build_dir"
log=$build_dir/install-tool.log
step() {
  if ! "$@" >>"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "ragft: '$*' failed; the whole output is in $log" >&2
    exit 1
  fi
}
: >"$log"
echo "ragft: building ragft in $build_dir (a few minutes)" >&2
step cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DRAGFT_BUILD_TESTS=OFF
step cmake --build "$build_dir" -j "$(nproc 2>/dev/null || echo 2)"
step "${as_root[@]}" cmake --install "$build_dir" --prefix "$prefix" --strip
echo "ragft: installed $("$prefix/bin/ragft" --version) under $prefix" >&2
