#!/usr/bin/env bash
# `ragft ask` in a real terminal: tmux gives it a pty of its own (so this runs in CI without a
# terminal or stdin), keys go in with send-keys and the screen comes back with capture-pane.
# Covers arrow keys, help, back, the summary edit, Ctrl-C (exit 130, nothing written, terminal
# restored), and --save scored by `ragft score` to the same report. Usage: ask_terminal.sh RAGFT
set -uo pipefail
ragft=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
export TMUX_TMPDIR=$work # the sockets go away with the folder
session=0
socket() { echo "ragft-test-$$-$session"; }
tmux_() { tmux -L "$(socket)" -f /dev/null "$@"; }
# Each session has its own tmux server (a unique socket), all ended on exit.
cleanup() {
  for ((; session > 0; session--)); do tmux_ kill-server >/dev/null 2>&1; done
  rm -rf "$work"
}
trap cleanup EXIT
unset TMUX
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
screen_text() { tmux_ capture-pane -p -t ask 2>/dev/null; }

# Waits until the screen shows TEXT (up to 10 s); on timeout prints the screen and fails.
wait_for() {
  for _ in $(seq 100); do
    screen_text | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  fail "screen never showed '$1'"
  screen_text | sed 's/^/    | /' >&2
  return 1
}

# Waits for the command started by `start` to end; echoes its exit code.
wait_exit() {
  for _ in $(seq 100); do
    [[ -s "$work/status" ]] && { cat "$work/status"; return; }
    sleep 0.1
  done
  echo timeout
}

# Runs `ragft ask ARGS` in a fresh 100x40 terminal; records its exit code and the terminal's
# settings afterwards (to check that they were restored). Messages go to err.txt unless
# `errors` is set to another redirection.
errors="2>err.txt"
start() {
  rm -f "$work/status"
  tmux_ kill-server >/dev/null 2>&1
  session=$((session + 1))
  tmux_ new-session -d -s ask -x 100 -y 40 -c "$work" \
    "env -u NO_COLOR TERM=screen $ragft ask $* >out.txt $errors; echo \$? >status.tmp; stty -a >stty.txt; mv status.tmp status; sleep 5"
}

keys() { tmux_ send-keys -t ask "$@"; sleep 0.15; }

# 1. A whole session: arrows, help, back, summary edit, save.
start --save acme.yaml
wait_for "question 1 of 20"
keys "Acme support" Enter
wait_for "question 2 of 20"
keys Down Down Down Down Down            # never ... daily
wait_for "> 6) daily"
keys "?"
wait_for "Think of prices, documentation"         # the question's help
wait_for "Changes every day, e.g. records"        # the highlighted choice's help
keys Enter
wait_for "question 3 of 20"
wait_for "leaning: rag"
keys "many" Enter
wait_for "not a whole number"                      # re-asked
keys C-u "12000" Enter
wait_for "question 4 of 20"
keys Enter                                         # private data: yes
wait_for "question 5 of 20"
keys Left                                          # back
wait_for "question 4 of 20"
wait_for "> 1) yes"                                # the answer is kept
keys Down Enter                                    # now: no
wait_for "question 5 of 20"
keys 1                                             # citations: yes
wait_for "question 6 of 20"
keys 1                                             # hallucination tolerance: low
wait_for "question 7 of 20"
keys 0 Enter                                       # no labelled examples
wait_for "question 8 of 20"
wait_for "> 1) free_text"                          # the default is preselected
keys Enter
wait_for "question 9 of 20"
keys Enter 2 2
wait_for "question 12 of 20"
keys 3000 Enter
wait_for "question 13 of 20"
keys 5000 Enter
wait_for "question 14 of 20"
keys 3 4 Enter 1 1 Enter 1 1                       # budget high ... task: question answering
wait_for "summary"
wait_for "Show the result"
keys Up Up Up Up Up Up Up                          # from "Show the result" up to budget
wait_for "How much money is there"
keys Enter
wait_for "question 14 of 20"
keys 1                                             # budget: low
wait_for "summary"
screen_text | grep -q "budget *low" || fail "summary does not show the edited budget"
keys Enter
[[ $(wait_exit) == 0 ]] || fail "session did not exit 0: $(cat "$work/err.txt")"
grep -q $'\e' "$work/out.txt" && fail "escape codes on stdout (the questions must be drawn on /dev/tty)"
grep -q "budget: low" "$work/acme.yaml" || fail "saved answers lack the edit"
grep -q "private_data: false" "$work/acme.yaml" || fail "saved answers lack the answer changed after back"
(cd "$work" && "$ragft" score acme.yaml >score.txt 2>/dev/null)
cmp -s "$work/out.txt" "$work/score.txt" || fail "ragft score of the saved answers differs from ragft ask's report"
grep -q "rag" "$work/score.txt" || fail "no verdict in the report"

# 2. Ctrl-C: exit 130, nothing written, the terminal restored.
start --save never.yaml
wait_for "question 1 of 20"
keys "Acme" Enter
wait_for "question 2 of 20"
keys C-c
[[ $(wait_exit) == 130 ]] || fail "Ctrl-C did not exit 130"
[[ -e "$work/never.yaml" ]] && fail "Ctrl-C wrote the answers file"
grep -q -- "-icanon" "$work/stty.txt" && fail "terminal left in raw mode after Ctrl-C"
grep -q -- " echo " "$work/stty.txt" || fail "terminal echo not restored after Ctrl-C"

# 3. Ctrl-C in line mode (--plain) on a terminal: exit 130 too.
errors="" start --plain --save never.yaml
wait_for "Question 1 of 20"
keys "Acme" Enter
wait_for "Question 2 of 20"
keys C-c
[[ $(wait_exit) == 130 ]] || fail "Ctrl-C in line mode did not exit 130"
[[ -e "$work/never.yaml" ]] && fail "Ctrl-C in line mode wrote the answers file"

# 4. SIGTERM in the full-screen questionnaire: exit 143, nothing written, the terminal restored.
start --save never.yaml
wait_for "question 1 of 20"
keys "Acme" Enter
wait_for "question 2 of 20"
pane_shell=$(tmux_ display-message -p -t ask '#{pane_pid}')
kill -TERM "$(pgrep -P "$pane_shell" | head -n 1)"
[[ $(wait_exit) == 143 ]] || fail "SIGTERM did not exit 143"
[[ -e "$work/never.yaml" ]] && fail "SIGTERM wrote the answers file"
grep -q -- "-icanon" "$work/stty.txt" && fail "terminal left in raw mode after SIGTERM"

exit $((failures > 0))
