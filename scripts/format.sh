#!/usr/bin/env bash
# make format / make format-check: clang-format 14 with the style of .clang-format over the C++
# sources git knows (src/, include/, tests/, fuzz/, bench/, tools/).
#   scripts/format.sh          rewrites every file that differs from the style
#   scripts/format.sh --check  changes nothing; names each file that differs and exits 1
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case "$mode" in
  "" | --check) ;;
  *) echo "ragft: usage: scripts/format.sh [--check]" >&2; exit 2 ;;
esac
command -v clang-format-14 >/dev/null 2>&1 || {
  echo "ragft: clang-format-14 is missing; run scripts/install-deps.sh (make test does)" >&2
  exit 2
}
mapfile -t files < <(git ls-files -- 'src/*.cpp' 'src/*.hpp' 'include/*.hpp' 'tests/*.cpp' 'tests/*.hpp' \
  'fuzz/*.cpp' 'bench/*.cpp' 'tools/*.cpp')
if [[ -z "$mode" ]]; then
  clang-format-14 -i "${files[@]}"
  echo "ragft: clang-format: ${#files[@]} files formatted" >&2
  exit 0
fi
differ=()
for f in "${files[@]}"; do
  clang-format-14 --dry-run -Werror "$f" >/dev/null 2>&1 || differ+=("$f")
done
if [[ ${#differ[@]} -eq 0 ]]; then
  echo "ragft: clang-format: ${#files[@]} files, all formatted" >&2
  exit 0
fi
printf '%s\n' "${differ[@]}" >&2
echo "ragft: clang-format: ${#differ[@]} of ${#files[@]} files differ from .clang-format (above); run make format" >&2
exit 1
