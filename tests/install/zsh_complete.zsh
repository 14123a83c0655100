# Completes command lines in a real interactive zsh (on a pseudo-terminal, with compinit) and
# prints what it offers: for each line read from stdin, `### LINE`, then the candidates, sorted.
# usage: zsh -f zsh_complete.zsh FPATH_DIR < lines
zmodload zsh/zpty
fpath_dir=$1
hits=$(mktemp)
trap 'rm -f $hits; zpty -d z 2>/dev/null' EXIT
zpty z zsh -f -i
zpty -w z "fpath=(${(q)fpath_dir} \$fpath); PROMPT='> '; autoload -Uz compinit; compinit -u -D"
# Every candidate that the completion functions add goes to $hits.
zpty -w z "compadd() { local -a h; builtin compadd -O h \"\$@\"; (( \$#h )) && print -rl -- \$h >>${(q)hits}; builtin compadd \"\$@\"; }"
zpty -w z "zstyle ':completion:*' menu no; LISTPROMPT=''; LISTMAX=100000"
# ^X^T completes, then writes a marker, so that nothing is typed while completion runs.
zpty -w z "_test_complete() { zle complete-word; print -r -- __END__ >>${(q)hits}; }; zle -N _test_complete; bindkey '^X^T' _test_complete"
zpty -w z 'print __READY""__'
zpty -r z x '*__READY__*' || exit 2
while IFS= read -r line; do
  : >$hits
  zpty -w -n z "$line"$'\C-x\C-t'
  for (( i = 0; i < 200; i++ )); do
    grep -q '^__END__$' $hits && break
    sleep 0.05
  done
  # ^U clears the line; the marker (written split) says the shell is ready for the next line.
  zpty -w -n z $'\C-u'"print __DONE\"\"__"$'\n'
  zpty -r z x '*__DONE__*' || exit 2
  print -r -- "### $line"
  grep -v '^__END__$' $hits | sort -u
done
