#!/usr/bin/env bash
# make lint: clang-tidy (the checks of .clang-tidy) over every source file under src/, and through
# its HeaderFilterRegex over the headers they include (include/ragft/, src/), with the compile
# commands of the build folder; JOBS files at a time. Prints only the findings; exits 1 on any.
#   scripts/lint.sh BUILD_DIR JOBS
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
jobs=${2:-2}
[[ -f "$build/compile_commands.json" ]] || { echo "ragft: $build/compile_commands.json is missing; run cmake first" >&2; exit 2; }

# One file: its findings, printed at once (so parallel files do not interleave), only when it fails.
lint_one() {
  local out
  if ! out=$(clang-tidy-14 -p "$1" --quiet "$2" 2>&1); then
    grep -v '^[0-9]* warnings\? generated\.$' <<<"$out" >&2
    return 1
  fi
}
export -f lint_one

count=$(find src -name '*.cpp' | wc -l)
if find src -name '*.cpp' -print0 | sort -z | xargs -0 -n 1 -P "$jobs" bash -c 'lint_one "$0" "$1"' "$build"; then
  echo "ragft: clang-tidy: $count files, no findings" >&2
else
  echo "ragft: clang-tidy found problems (above); fix them, or see .clang-tidy" >&2
  exit 1
fi
