#!/usr/bin/env bash
# The man page ragft(1) is in step with the binary: every command path that `ragft ... --help`
# lists (found by following the help, so a new subcommand is found without a list) has a
# `.SS ragft PATH ...` section naming each of its long flags and each value its help lists for
# them (`{text,json}`, score's formats); --help and --version are in OPTIONS; EXIT STATUS names
# 0, 1, 2 and 130; ENVIRONMENT names every variable the source reads (getenv); groff finds
# nothing to warn about.
# usage: man.sh PATH_TO_RAGFT MAN_PAGE SOURCE_DIR
set -u
RAGFT=$1
page=$2
src=$3
. "$src/tests/install/help.sh"
failures=0
checks=0
fail() { failures=$((failures + 1)); echo "FAIL: $*"; }
check() { checks=$((checks + 1)); "$@"; }

# The page's text with roff escapes for `-` and fonts removed, for plain searching.
plain=$(sed -E -e 's/^\.(B|I|BR|IR|RB|BI|IB|RI) //' -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\\(aq/'"'"'/g' "$page")

# The text of the sections (`.SH NAME` or `.SS NAME`) whose title starts with $1.
section() {
  awk -v title="$1" '
    /^\.S[HS] / { t = substr($0, 5); gsub(/"/, "", t); on = (index(t, title " ") == 1 || t == title); next }
    on' <<<"$plain"
}

has_word() { grep -qE -- "(^|[^a-z-])$1([^a-z-]|$)" <<<"$2"; }

while read -r path; do
  [[ $path == ragft ]] && continue
  text=$(section "$path")
  check [ -n "$text" ] || { fail "no section .SS $path"; continue; }
  for flag in $(help_long_flags "$path"); do
    [[ $flag == --help ]] && continue
    check has_word "$flag" "$text" || fail "section $path lacks $flag"
    for value in $(help_flag_choices "$path" "$flag"); do
      check has_word "$value" "$text" || fail "section $path lacks $flag value $value"
    done
  done
done < <(help_command_paths)
for value in $(help_score_formats); do
  check has_word "$value" "$(section "ragft score")" || fail "section ragft score lacks format $value"
done
for flag in $(help_long_flags ragft); do
  check has_word "$flag" "$(section OPTIONS)" || fail "OPTIONS lacks $flag"
done
for code in 0 1 2 130; do
  check grep -qx "$code" <<<"$(section "EXIT STATUS")" || fail "EXIT STATUS lacks $code"
done
for variable in $(grep -rhoE 'getenv\("[A-Z_]+"\)' "$src/src" | sed -E 's/getenv\("(.*)"\)/\1/' | sort -u); do
  check grep -qx "$variable" <<<"$(section ENVIRONMENT)" || fail "ENVIRONMENT lacks $variable"
done
for heading in NAME SYNOPSIS DESCRIPTION COMMANDS FILES EXAMPLES; do
  check grep -q "^\.SH $heading" "$page" || fail "no .SH $heading"
done
warnings=$(groff -man -ww -z -t "$page" 2>&1)
check [ -z "$warnings" ] || fail "groff warns: $warnings"
version=$("$RAGFT" --version | awk '{ print $2 }')
check grep -q "^\.TH RAGFT 1 .*\"ragft $version\"" "$page" || fail ".TH lacks version $version"

# The page is also checked in (man/ragft.1), so that `man -l man/ragft.1` works from a clone; it
# must be the one the build generates from man/ragft.1.in.
check cmp -s "$page" "$src/man/ragft.1" ||
  fail "man/ragft.1 is out of date: cp build/ragft.1 man/ragft.1 (after editing man/ragft.1.in)"
for command in "ragft score" "ragft ask" "ragft explain" "ragft rules" "ragft schema spec" "ragft check" "ragft adr new"; do
  check grep -q "^$command" <<<"$(section SYNOPSIS)" || fail "SYNOPSIS lacks $command"
  check grep -q "^$command" <<<"$(section EXAMPLES)" || fail "EXAMPLES lack $command"
done

echo "$checks checks, $failures failed"
[ "$failures" -eq 0 ]
