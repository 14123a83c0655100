# What `ragft --help` and `ragft COMMAND... --help` say, for tests that keep the man page and the
# completions in step with the binary. Source this file with `$RAGFT` set.

# Every command path, one per line: `ragft`, `ragft score`, ..., `ragft rules lint`, found by
# following the "Subcommands:" section of each help, so a new subcommand is found without a list.
help_command_paths() {
  local path=${1:-ragft} sub
  echo "$path"
  for sub in $(help_subcommands "$path"); do
    help_command_paths "$path $sub"
  done
}

# The help text of a command path (`ragft rules lint`).
help_text() {
  local -a words
  read -ra words <<<"$1"
  "$RAGFT" "${words[@]:1}" --help
}

# The subcommands that the help of command path $1 lists.
help_subcommands() {
  help_text "$1" | awk '/^Subcommands:$/ { on = 1; next } /^$/ { on = 0 } on && /^  [a-z]/ { print $1 }'
}

# The option lines of the help of command path $1 (`  -f,--format TEXT:{text,json}=text ...`).
help_option_lines() {
  help_text "$1" | awk '/^Options:$/ { on = 1; next } /^$/ { on = 0 } on && /^  -/'
}

# The long flags of command path $1, one per line.
help_long_flags() {
  help_option_lines "$1" | grep -oE '^  (-[A-Za-z],)?--[a-z][a-z-]*' | sed 's/.*--/--/'
}

# The values that the help lists for flag $2 of command path $1 (`{text,json}`), one per line.
help_flag_choices() {
  help_option_lines "$1" | grep -E "(^  |,)$2( |$)" | grep -oE '\{[^}]*\}' | head -1 | tr -d '{}' | tr ',' '\n'
}

# The format names that `ragft score --help` lists after "Formats:" (score's --format takes
# NAME[=FILE], so its help shows no {choices}).
help_score_formats() {
  help_text "ragft score" | awk '/^Formats:/ { on = 1 } on { print } on && /\.( |$)/ { exit }' |
    sed 's/^Formats://; s/([^)]*)//g; s/\..*//' | tr ',' '\n' | tr -d ' ' | grep -v '^$'
}
