#!/usr/bin/env bash
# The bash and zsh completions offer exactly what `ragft ... --help` lists: every command path's
# subcommands and long flags, every flag's {choices}, score's format names; and, for `ask --set`,
# the rule base's fact ids (with `--rules FILE`, that rule base's) and a fact's values.
# A new subcommand or flag fails this test until the completions know it.
# usage: completion.sh PATH_TO_RAGFT SOURCE_DIR
set -u
RAGFT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$2
. "$src/tests/install/help.sh"
failures=0
checks=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH=$(dirname "$RAGFT"):$PATH

# What bash completes for a command line (the cursor at its end), as bash calls the function.
bash_complete() {
  bash --norc --noprofile -c '
    source "$1"
    COMP_LINE=$2 COMP_POINT=${#2}
    read -ra COMP_WORDS <<<"${2//=/ = }"
    [[ $2 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    _ragft
    printf "%s\n" "${COMPREPLY[@]}"' _ "$src/completions/ragft.bash" "$1" | grep -v '^$' | sort -u
}

expect() { # expect SHELL LINE EXPECTED_CANDIDATES (newline-separated) ACTUAL
  checks=$((checks + 1))
  local want got
  want=$(sort -u <<<"$3" | grep -v '^$')
  got=$(grep -v '^$' <<<"$4")
  if [[ "$want" != "$got" ]]; then
    failures=$((failures + 1))
    echo "FAIL: $1 completes \`$2\`"
    diff <(echo "$want") <(echo "$got") | sed -n 's/^</  missing:/p; s/^>/  extra:  /p'
  fi
}

# The cases: "LINE<TAB>expected candidates, space-separated".
cases=$work/cases
: >"$cases"
while read -r path; do
  printf '%s --\t%s\n' "$path" "$(help_long_flags "$path" | tr '\n' ' ')" >>"$cases"
  subs=$(help_subcommands "$path" | tr '\n' ' ')
  [[ -n $subs ]] && printf '%s \t%s\n' "$path" "$subs" >>"$cases"
  for flag in $(help_long_flags "$path"); do
    choices=$(help_flag_choices "$path" "$flag" | tr '\n' ' ')
    [[ -n $choices ]] && printf '%s %s \t%s\n' "$path" "$flag" "$choices" >>"$cases"
  done
done < <(help_command_paths)
printf 'ragft score --format \t%s\n' "$(help_score_formats | tr '\n' ' ')" >>"$cases"
printf 'ragft score -f \t%s\n' "$(help_score_formats | tr '\n' ' ')" >>"$cases"
ids=$("$RAGFT" rules show --format json | python3 -c 'import json, sys; print(" ".join(f["id"] + "=" for f in json.load(sys.stdin)["facts"]))')
printf 'ragft ask --set \tproject= %s\n' "$ids" >>"$cases"
printf 'ragft ask --set budget=\tlow medium high unknown\n' >>"$cases"
printf 'ragft ask --plain --set private_data=\tyes no unknown\n' >>"$cases"
printf 'ragft ask --set labeled_examples=\t\n' >>"$cases"
printf 'ragft ask --rules examples/rules/acme.yaml --set eu_\teu_data_only=\n' >>"$cases"
printf 'ragft score --reasons 3 --fail-on w\twarning\n' >>"$cases"
printf 'ragft rules lint --strict \t\n' >>"$cases"   # files: none match in an empty folder

cd "$work" && mkdir -p examples/rules && cp "$src/examples/rules/acme.yaml" examples/rules/
# bash: bash_complete uses the default COMP_WORDBREAKS, which splits at `=`.
while IFS=$'\t' read -r line want; do
  [[ $line == "ragft rules lint --strict " ]] && continue
  expect bash "$line" "$(tr ' ' '\n' <<<"$want")" "$(bash_complete "$line")"
done <"$cases"
expect bash "ragft rules lint --strict e" "examples" "$(bash_complete "ragft rules lint --strict e")"
expect bash "ragft score --format sarif=e" "examples" "$(bash_complete "ragft score --format sarif=e")"

# zsh, when installed: syntax, then the same cases in a real interactive zsh.
if command -v zsh >/dev/null; then
  checks=$((checks + 1))
  zsh -n "$src/completions/_ragft" || { failures=$((failures + 1)); echo "FAIL: zsh -n completions/_ragft"; }
  cut -f1 "$cases" | zsh -f "$src/tests/install/zsh_complete.zsh" "$src/completions" >"$work/zsh.out" ||
    { failures=$((failures + 1)); echo "FAIL: zsh did not complete"; }
  while IFS=$'\t' read -r line want; do
    [[ $line == "ragft ask --set "* || $line == "ragft ask --rules "* ]] && want=${want//=/}  # zsh adds `=` as a suffix
    got=$(awk -v head="### $line" '$0 == head { on = 1; next } /^### / { on = 0 } on' "$work/zsh.out")
    [[ $line == "ragft rules lint --strict " ]] && continue
    expect zsh "$line" "$(tr ' ' '\n' <<<"$want")" "$got"
  done <"$cases"
else
  echo "zsh is not installed: zsh completion not checked"
fi

echo "$checks checks, $failures failed"
[ "$failures" -eq 0 ]
