#!/usr/bin/env bash
# make lint: clang-tidy (the checks of .clang-tidy) over every source file under src/, and through
# its HeaderFilterRegex over the headers they include (include/ragft/, src/), with the compile
# commands of the build folder; JOBS at a time. Prints only the findings; exits 1 on any.
#   scripts/lint.sh BUILD_DIR JOBS
#
# Each module's files are linted together, as one translation unit that includes them all
# (scripts/lint_bundles.py): clang-tidy's matchers walk every declaration of the standard and
# library headers a translation unit includes, which was most of a file's 9 s, so one walk per
# module rather than per file took make lint from 890 s to 166 s in CI (a fresh clone, 2 cores). The names in the
# anonymous namespaces of one module's files must then differ; where two clash, the module's
# translation unit does not compile and that module is linted file by file (slower, as thorough),
# with a line that names it.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
jobs=${2:-2}
[[ -f "$build/compile_commands.json" ]] || { echo "ragft: $build/compile_commands.json is missing; run cmake first" >&2; exit 2; }

# Findings in the .cpp files a module's translation unit includes, as well as in the headers.
export RAGFT_HEADER_FILTER='/(include/ragft|src)/.*\.(hpp|cpp)$'

# One file: its findings, printed at once (so parallel runs do not interleave), only when it fails.
lint_one() {
  local out
  if ! out=$(clang-tidy-14 -p "$1" --quiet "$2" 2>&1); then
    grep -v '^[0-9]* warnings\? generated\.$' <<<"$out" >&2
    return 1
  fi
}

# One module: its translation unit, or (when its files' names clash: a compile error) each file.
lint_module() {
  local build=$1 module=$2 bundle=$3 out
  shift 3
  if out=$(clang-tidy-14 -p "$build/lint" --quiet --header-filter="$RAGFT_HEADER_FILTER" "$bundle" 2>&1); then
    return 0
  fi
  if grep -q 'clang-diagnostic-error' <<<"$out"; then
    echo "ragft: lint: the files of src/$module do not compile as one (names clash in their anonymous namespaces); linting them one by one" >&2
    local status=0 file
    for file in "$@"; do
      lint_one "$build" "$file" || status=1
    done
    return $status
  fi
  grep -v '^[0-9]* warnings\? generated\.$' <<<"$out" >&2
  return 1
}
export -f lint_one lint_module

count=$(find src -name '*.cpp' | wc -l)
if python3 scripts/lint_bundles.py "$build" | xargs -d '\n' -n 1 -P "$jobs" bash -c 'lint_module "$0" $1' "$build"; then
  echo "ragft: clang-tidy: $count files, no findings" >&2
else
  echo "ragft: clang-tidy found problems (above); fix them, or see .clang-tidy" >&2
  exit 1
fi
