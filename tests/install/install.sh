#!/usr/bin/env bash
# `cmake --install` into a temporary prefix puts every file in its place, and the installed ragft
# works from another folder: --version, score an installed example, lint the installed rule base
# (identical to the built-in one), the man page renders, the bash completion loads. A staged
# install under /usr (as the Debian package does it) puts the zsh completion where Debian's zsh
# looks for it.
# usage: install.sh BUILD_DIR SOURCE_DIR
set -u
build=$(cd "$1" && pwd)
src=$2
failures=0
checks=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { failures=$((failures + 1)); echo "FAIL: $*"; }
check() { checks=$((checks + 1)); "$@"; }

prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "cmake --install"; }
for file in bin/ragft share/man/man1/ragft.1.gz share/bash-completion/completions/ragft \
  share/zsh/site-functions/_ragft share/ragft/rules/default.yaml share/ragft/rules/prices.yaml \
  share/doc/ragft/README.md share/doc/ragft/docs/rules.md share/doc/ragft/examples/support-assistant.yaml; do
  check [ -f "$prefix/$file" ] || fail "not installed: $file"
done
check [ -x "$prefix/bin/ragft" ] || fail "bin/ragft is not executable"
check cmp -s "$src/rules/default.yaml" "$prefix/share/ragft/rules/default.yaml" || fail "share/ragft/rules/default.yaml differs"
check cmp -s "$src/completions/ragft.bash" "$prefix/share/bash-completion/completions/ragft" || fail "bash completion differs"

# The installed binary, from a folder with nothing of ragft in it, with only system folders on PATH.
mkdir "$work/elsewhere"
cd "$work/elsewhere" || exit 2
export PATH=$prefix/bin:/usr/bin:/bin
version=$(ragft --version)
check grep -qE '^ragft [0-9.]+ \(rule base default [0-9.]+\)$' <<<"$version" || fail "ragft --version: $version"
out=$(ragft score "$prefix/share/doc/ragft/examples/support-assistant.yaml" 2>&1)
check [ $? -eq 0 ] || fail "ragft score an installed example: $out"
check grep -q 'verdict: rag' <<<"$out" || fail "ragft score: no verdict: $out"
out=$(ragft rules lint "$prefix/share/ragft/rules/default.yaml" 2>&1)
check [ $? -eq 0 ] || fail "ragft rules lint the installed rule base: $out"
out=$(ragft explain --prices "$prefix/share/ragft/rules/prices.yaml" --draws 10 \
  "$prefix/share/doc/ragft/examples/support-assistant.yaml" 2>&1)
check [ $? -eq 0 ] || fail "ragft explain with the installed price sheet: $out"
if command -v man >/dev/null; then
  out=$(MANWIDTH=80 man -l "$prefix/share/man/man1/ragft.1.gz" 2>&1)
  check grep -q 'ragft score' <<<"$out" || fail "man -l ragft.1.gz: $out"
  out=$(MANPATH=$prefix/share/man MANWIDTH=80 man ragft 2>&1)
  check grep -q 'EXIT STATUS' <<<"$out" || fail "man ragft with MANPATH=prefix/share/man: $out"
fi
out=$(bash --norc --noprofile -c 'source "$1" && complete -p ragft' _ "$prefix/share/bash-completion/completions/ragft" 2>&1)
check [ "$out" = "complete -F _ragft ragft" ] || fail "bash completion does not load: $out"

# Staged as a package would be: prefix /usr under DESTDIR.
DESTDIR=$work/stage cmake --install "$build" --prefix /usr >"$work/stage.log" 2>&1 || { cat "$work/stage.log"; fail "DESTDIR install"; }
check [ -f "$work/stage/usr/share/zsh/vendor-completions/_ragft" ] || fail "prefix /usr: zsh completion not in vendor-completions"
check [ ! -e "$work/stage/usr/share/zsh/site-functions" ] || fail "prefix /usr: zsh completion in site-functions"
check [ -x "$work/stage/usr/bin/ragft" ] || fail "DESTDIR install: no usr/bin/ragft"

echo "$checks checks, $failures failed"
[ "$failures" -eq 0 ]
