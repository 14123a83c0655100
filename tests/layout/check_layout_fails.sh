#!/usr/bin/env bash
# The layout check can fail: fed small trees made here, and a copy of the real tree with one
# wrong-way include added, it names each wrong-way include as path:line, an undeclared module
# folder, and too many loose files in src/; a tree that keeps the order passes.
# usage: check_layout_fails.sh SOURCE_DIR MODULES_FILE
set -u
src=$1
modules=$2
check=$(dirname "$0")/check_layout.py
failures=0
checks=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { failures=$((failures + 1)); echo "FAIL: $*"; }

# expect STATUS PATTERN DESCRIPTION ROOT MODULES: run the check, compare its status, grep its stdout.
expect() {
  checks=$((checks + 1))
  python3 "$check" "$4" "$5" >"$work/out" 2>"$work/err"
  local status=$?
  [ "$status" -eq "$1" ] || { fail "$3: exit $status, expected $1: $(cat "$work/out" "$work/err")"; return; }
  [ -z "$2" ] || grep -qE "$2" "$work/out" || fail "$3: no line matching /$2/ in: $(cat "$work/out")"
}

# A small tree: base <- model, in order.
tree=$work/tree
mkdir -p "$tree/src/base" "$tree/src/model" "$tree/src/cli" "$tree/include/ragft/base" "$tree/include/ragft/model"
printf 'base: \nmodel: base\n' >"$work/modules.txt"
printf '#pragma once\n' >"$tree/include/ragft/base/diagnostic.hpp"
printf '#pragma once\n#include <ragft/base/diagnostic.hpp>\n' >"$tree/include/ragft/model/verdict.hpp"
printf '#include <ragft/model/verdict.hpp>\n#include "base/reader.hpp"\n#include <fmt/format.h>\n' >"$tree/src/model/verdict.cpp"
printf '#include <ragft/base/diagnostic.hpp>\n#include <vector>\n' >"$tree/src/base/diagnostic.cpp"
printf '#include <ragft/model/verdict.hpp>\n' >"$tree/src/cli/main.cpp"
touch "$tree/src/CMakeLists.txt"
expect 0 "" "a tree in order" "$tree" "$work/modules.txt"

# Wrong way: base uses model, by a public header, an internal header, and from a public header.
printf '#include <ragft/base/diagnostic.hpp>\n\n#include <ragft/model/verdict.hpp>\n' >"$tree/src/base/diagnostic.cpp"
expect 1 '^src/base/diagnostic\.cpp:3: module `base` includes a header of `model`' "a public header the wrong way" \
  "$tree" "$work/modules.txt"
printf '#include "model/words.hpp"\n' >"$tree/src/base/diagnostic.cpp"
expect 1 '^src/base/diagnostic\.cpp:1: ' "an internal header the wrong way" "$tree" "$work/modules.txt"
printf '#include <ragft/base/diagnostic.hpp>\n' >"$tree/src/base/diagnostic.cpp"
printf '#pragma once\n#include <ragft/model/verdict.hpp>\n' >"$tree/include/ragft/base/diagnostic.hpp"
expect 1 '^include/ragft/base/diagnostic\.hpp:2: ' "a public header including the wrong way" "$tree" "$work/modules.txt"
printf '#pragma once\n#include "cli/terminal.hpp"\n' >"$tree/include/ragft/base/diagnostic.hpp"
expect 1 'includes a header of `cli`' "the library using the front end" "$tree" "$work/modules.txt"
printf '#pragma once\n' >"$tree/include/ragft/base/diagnostic.hpp"
expect 0 "" "the tree in order again" "$tree" "$work/modules.txt"

# A folder that is no module, and too many loose files in src/.
mkdir "$tree/src/extra"
expect 1 '^src/extra: folder `extra` is no module' "an undeclared module folder" "$tree" "$work/modules.txt"
rmdir "$tree/src/extra"
touch "$tree/src/a.cpp" "$tree/src/b.cpp" "$tree/src/c.cpp" "$tree/src/d.cpp"
expect 0 "" "5 loose files" "$tree" "$work/modules.txt"
touch "$tree/src/e.cpp"
expect 1 '^src: 6 loose files' "6 loose files" "$tree" "$work/modules.txt"

# A modules file that is not one.
printf 'base uses nothing\n' >"$work/bad-modules.txt"
expect 2 "" "a malformed modules file" "$tree" "$work/bad-modules.txt"

# The real tree passes, and fails with one wrong-way include added to a copy of it.
expect 0 "" "the real tree" "$src" "$modules"
mkdir "$work/real"
cp -r "$src/src" "$src/include" "$work/real/"
target=$work/real/src/base/suggest.cpp
lines=$(wc -l <"$target")
echo '#include <ragft/engine/engine.hpp>' >>"$target"
expect 1 "^src/base/suggest\.cpp:$((lines + 1)): module \`base\` includes a header of \`engine\`" \
  "a wrong-way include in a copy of the real tree" "$work/real" "$modules"

echo "$checks checks, $failures failures"
[ "$failures" -eq 0 ]
