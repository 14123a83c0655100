# bash completion for ragft(1). Installed as share/bash-completion/completions/ragft, where
# bash-completion loads it on first use; or source it from ~/.bashrc. Needs bash 4 only.
#
# Subcommands, flags and format names are listed here; tests/install/completion.sh checks them
# against `ragft ... --help`, so a new subcommand or flag fails the tests until it is added.
# Fact ids and their values for `ask --set id=value` come from the rule base in use:
# `ragft rules show [--rules FILE]`, so a custom rule base's facts complete too.

# Subcommands of each command path.
declare -gA _ragft_subcommands=(
  [ragft]="score ask explain rules schema check adr"
  [ragft adr]="new"
  [ragft rules]="lint test eval show"
  [ragft schema]="spec"
)

# Long flags of each command path.
declare -gA _ragft_flags=(
  [ragft]="--help --version"
  [ragft score]="--help --format --jobs --stdin-name --fail-on --no-fail --force --max-file-size --summary --details --no-charts --rules --reasons --no-color"
  [ragft ask]="--help --answers --set --defaults --no-input --plain --save --force --format --rules --reasons --no-color"
  [ragft explain]="--help --format --rules --prices --seed --draws --spread --no-charts --no-color"
  [ragft rules]="--help"
  [ragft rules lint]="--help --format --strict"
  [ragft rules test]="--help --format --min-coverage --no-color"
  [ragft rules eval]="--help --rules --format --min-accuracy --min-high-accuracy"
  [ragft rules show]="--help --format"
  [ragft schema]="--help"
  [ragft schema spec]="--help --rules"
  [ragft check]="--help --format --fail-on --no-fail --rules --verbose --force --no-charts --no-color"
  [ragft adr]="--help"
  [ragft adr new]="--help --from --dir --title --rules --no-charts"
)

# What follows a flag that takes a value, per "path flag" (or "* flag" for every path):
# `formats:a b c` (format names), `formats=file:a b c` (NAME or NAME=FILE), `words:a b c`,
# `file` (a spec or rule file), `facts` (id=value for --set), `none` (free text or a number).
declare -gA _ragft_values=(
  [ragft score --format]="formats=file:text json jsonl csv markdown sarif github junit"
  [ragft ask --format]="formats:text json jsonl csv markdown sarif github junit"
  [ragft explain --format]="formats:text json jsonl markdown"
  [ragft rules lint --format]="formats:text json"
  [ragft rules test --format]="formats:text json junit"
  [ragft rules eval --format]="formats:text json markdown"
  [ragft rules show --format]="formats:text json markdown"
  [ragft score --fail-on]="words:error warning note"
  [ragft check --format]="formats=file:text json jsonl csv markdown sarif github junit"
  [ragft check --fail-on]="words:error warning note"
  [* --from]="file"
  [* --dir]="file"
  [* --title]="none"
  [ragft ask --set]="facts"
  [* --rules]="file"
  [* --answers]="file"
  [* --save]="file"
  [* --prices]="file"
  [* --jobs]="none"
  [* --stdin-name]="none"
  [* --reasons]="none"
  [* --seed]="none"
  [* --draws]="none"
  [* --spread]="none"
  [* --min-coverage]="none"
  [* -f]="alias --format"
  [* -j]="alias --jobs"
)

# Commands whose positional arguments are files (and - for standard input).
declare -gA _ragft_positional_files=([ragft check]=1 [ragft score]=1 [ragft explain]=1 [ragft rules lint]=1 [ragft rules test]=1 [ragft rules eval]=1 [ragft rules show]=1)

# The value kind of flag $2 under path $1, or nothing when the flag takes no value.
_ragft_value_kind() {
  local kind=${_ragft_values[$1 $2]-${_ragft_values[* $2]-}}
  if [[ $kind == "alias "* ]]; then
    kind=${_ragft_values[$1 ${kind#alias }]-${_ragft_values[* ${kind#alias }]-}}
  fi
  printf '%s' "$kind"
}

# Facts of the rule base in use, one per line: `id<TAB>value value ...` (choices; yes no for
# yes/no facts; nothing for numbers). $1 is the ragft binary, $2 a --rules file or empty.
_ragft_facts() {
  local -a rules=()
  [[ -n $2 ]] && rules=("$2")
  { "$1" rules show "${rules[@]}" 2>/dev/null || "$1" rules show 2>/dev/null; } | awk '
    /^facts$/ { in_facts = 1; next }
    /^[^ ]/ { in_facts = 0 }
    in_facts && /^  [^ ]/ {
      values = ""
      if ($2 == "bool") values = "yes no"
      else if ($2 == "choice:") { for (i = 3; i <= NF; i++) if ($i != "|") values = values " " $i }
      sub(/^ /, "", values)
      print $1 "\t" values
    }'
}

# Replies with the words of $2 that start with $1; a word ending in `=` gets no space after it.
_ragft_reply() {
  local IFS=$' \t\n'
  COMPREPLY=($(compgen -W "$2" -- "$1"))
  if [[ ${COMPREPLY[*]} == *= ]]; then
    compopt -o nospace 2>/dev/null
  fi
}

# Replies with the files that start with $2, each after the prefix $1.
_ragft_files() {
  local IFS=$'\n'
  compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -f -- "$2"))
  COMPREPLY=("${COMPREPLY[@]/#/$1}")
}

# `--set` values: `id=` first, then the values of that fact.
_ragft_complete_set() {
  local bin=$1 rules=$2 cur=$3 facts
  facts=$(_ragft_facts "$bin" "$rules")
  if [[ $cur != *=* ]]; then
    _ragft_reply "$cur" "project= $(cut -f1 <<<"$facts" | sed 's/$/=/' | tr '\n' ' ')"
    return
  fi
  local id=${cur%%=*} values
  values=$(awk -F'\t' -v id="$id" '$1 == id { print $2 }' <<<"$facts")
  COMPREPLY=()
  [[ -n $values ]] && _ragft_reply "$cur" "$(printf "$id=%s " $values unknown)"
}

# Completes the value (typed so far: $4) of a flag whose value kind is $3.
_ragft_complete_value() {
  local bin=$1 rules=$2 kind=$3 cur=$4
  case $kind in
    formats=file:*)
      if [[ $cur == *=* ]]; then
        _ragft_files "${cur%%=*}=" "${cur#*=}"
      else
        _ragft_reply "$cur" "${kind#*:}"
      fi
      ;;
    formats:* | words:*) _ragft_reply "$cur" "${kind#*:}" ;;
    file) _ragft_files "" "$cur" ;;
    facts) _ragft_complete_set "$bin" "$rules" "$cur" ;;
    *) COMPREPLY=() ;;
  esac
}

_ragft() {
  # The words up to the cursor, split at blanks only: `--set id=value` stays one word.
  local line=${COMP_LINE:0:COMP_POINT}
  local -a words
  read -ra words <<<"$line"
  [[ -z $line || $line == *[[:space:]] ]] && words+=("")
  local cur=${words[-1]} bin=${words[0]} path=ragft rules="" pending="" i word kind

  [[ $bin == "~/"* ]] && bin=$HOME/${bin#"~/"}
  command -v "$bin" >/dev/null 2>&1 || bin=ragft
  for ((i = 1; i < ${#words[@]} - 1; i++)); do
    word=${words[i]}
    if [[ -n $pending ]]; then
      [[ $pending == --rules ]] && rules=$word
      pending=""
    elif [[ $word == --rules=* ]]; then
      rules=${word#--rules=}
    elif [[ $word == -* && $word != *=* ]]; then
      [[ -n $(_ragft_value_kind "$path" "$word") ]] && pending=$word
    elif [[ " ${_ragft_subcommands[$path]-} " == *" $word "* ]]; then
      path="$path $word"
    fi
  done

  COMPREPLY=()
  if [[ -n $pending ]]; then
    _ragft_complete_value "$bin" "$rules" "$(_ragft_value_kind "$path" "$pending")" "$cur"
  elif [[ $cur == -*=* ]]; then
    kind=$(_ragft_value_kind "$path" "${cur%%=*}")
    [[ -n $kind ]] && _ragft_complete_value "$bin" "$rules" "$kind" "${cur#*=}"
    COMPREPLY=("${COMPREPLY[@]/#/${cur%%=*}=}")
  elif [[ $cur == -* ]]; then
    _ragft_reply "$cur" "${_ragft_flags[$path]-}"
  elif [[ -n ${_ragft_subcommands[$path]-} ]]; then
    _ragft_reply "$cur" "${_ragft_subcommands[$path]}"
  elif [[ -n ${_ragft_positional_files[$path]-} ]]; then
    _ragft_files "" "$cur"
  fi
  # Bash replaces only the text after the last `=` when `=` breaks words (the default).
  if [[ $cur == *=* && $COMP_WORDBREAKS == *=* ]]; then
    COMPREPLY=("${COMPREPLY[@]#"${cur%=*}="}")
  fi
}

complete -F _ragft ragft
