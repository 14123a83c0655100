#!/usr/bin/env bash
# `ragft ask` without a terminal: line mode through pipes, answers from flags and files, exit
# codes, --save and its round trip through `ragft score`. Usage: ask_line.sh PATH/TO/ragft
set -uo pipefail
ragft=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_code() { # expect_code WANT GOT WHAT
  [[ $2 -eq $1 ]] || fail "$3: exit $2, expected $1"
}
expect_in() { # expect_in FILE TEXT WHAT
  grep -qF -- "$2" "$1" || { fail "$3: '$2' not in $1:"; sed 's/^/    /' "$1" >&2; }
}

# Every answer of a session: project, then the facts in order, then Enter at the summary.
# `<` goes back once (answered 6 again), `?` shows help, `dayly` is refused then corrected.
answers() {
  printf '%s\n' "Acme support" "?" "dayly" "daily" "12000" "<" "" "1" "1" "1" "0" "" "" "2" "2" "3000" \
    "5000" "2" "4" "1" "1" "" "1" "1" ""
}

# 1. Without a terminal and without answers: exit 2, naming the question and the flags; no hang.
timeout 10 "$ragft" ask </dev/null >"$work/out" 2>"$work/err"
expect_code 2 $? "ask with empty stdin"
expect_in "$work/err" "end of input at question 1 of 20 (\`project\`" "EOF names the question"
expect_in "$work/err" "--answers FILE" "EOF names the flags"

# 2. A full session through a pipe: prompts on stderr only, the report on stdout, --save.
answers | timeout 10 "$ragft" ask --save "$work/acme.yaml" >"$work/out" 2>"$work/err"
expect_code 0 $? "line-mode session"
expect_in "$work/err" "Question 2 of 20" "numbered prompts on stderr"
expect_in "$work/err" "Think of prices, documentation" "? shows the question's help"
expect_in "$work/err" "realtime: Changes continuously" "? shows each choice's help"
expect_in "$work/err" "! \`dayly\` is not a choice (did you mean \`daily\`?)" "invalid answer re-asked"
expect_in "$work/err" "A number of documents, or unknown (? help, < back) [12,000]: " "back preselects the answer"
expect_in "$work/err" "Summary (leaning: rag)" "summary with the leaning"
# The summary names each fact in words (its label in rules/default.yaml), the answer as typed.
# Values start in one column, after the longest label ("quality of the existing RAG system", 34
# characters; it used to run into its value, the others being padded to 31 only).
expect_in "$work/err" "   2) how often the knowledge changes     daily" "summary row in words"
expect_in "$work/err" "  19) quality of the existing RAG system  none" "the longest label, then two spaces"
expect_in "$work/err" "   1) project                             Acme support" "a short label padded to the longest"
grep -q ") knowledge_updates " "$work/err" && fail "the summary names a fact by its id"
grep -q "Question" "$work/out" && fail "prompts leaked to stdout"
expect_in "$work/acme.yaml" "ragft: 1" "saved spec has the format version"
expect_in "$work/acme.yaml" 'project: "Acme support"' "saved spec has the project name"
expect_in "$work/acme.yaml" "knowledge_updates: daily" "saved spec has the answers"

# 3. `ragft score` of the saved file gives exactly the same report (text and JSON).
"$ragft" score "$work/acme.yaml" >"$work/score.out" 2>/dev/null
cmp -s "$work/out" "$work/score.out" || fail "ragft score of the saved answers differs from ragft ask's report"
"$ragft" ask --answers "$work/acme.yaml" --save "$work/acme.yaml" --force --format json >"$work/ask.json" 2>/dev/null
expect_code 0 $? "--answers FILE with --force"
"$ragft" score --format json "$work/acme.yaml" >"$work/score.json"
cmp -s "$work/ask.json" "$work/score.json" || fail "JSON of ask and score differ"
expect_in "$work/ask.json" '"verdict":"rag"' "verdict is rag"

# 4. --save never replaces a file without --force (checked before asking anything).
cp "$work/acme.yaml" "$work/before.yaml"
answers | "$ragft" ask --save "$work/acme.yaml" >/dev/null 2>"$work/err"
expect_code 2 $? "--save over an existing file"
expect_in "$work/err" "already exists; pass --force" "names --force"
cmp -s "$work/acme.yaml" "$work/before.yaml" || fail "existing file was changed"
ls "$work"/.acme.yaml.* >/dev/null 2>&1 && fail "temporary file left behind"

# 5. --no-input lists each missing answer with the flag to pass.
"$ragft" ask --no-input --set project=Acme --set budget=low </dev/null >/dev/null 2>"$work/err"
expect_code 2 $? "--no-input with missing answers"
expect_in "$work/err" "--set knowledge_updates=never|yearly|quarterly|monthly|weekly|daily|realtime" "flag for a choice"
expect_in "$work/err" "--set knowledge_base_docs=N" "flag for a number"
grep -qF -- "--set budget=" "$work/err" && fail "--no-input listed an answer that was given"

# 6. --defaults answers the rest; --set overrides the file; every source is validated.
"$ragft" ask --no-input --defaults --set project=Acme </dev/null >"$work/out" 2>"$work/err"
expect_code 0 $? "--defaults --no-input"
"$ragft" ask --answers - --set budget=low --save "$work/low.yaml" <"$work/acme.yaml" >/dev/null 2>&1
expect_code 0 $? "--answers - with --set"
expect_in "$work/low.yaml" "budget: low" "--set overrides the file"
"$ragft" ask --no-input --set knowledge_update=daily </dev/null >/dev/null 2>"$work/err"
expect_code 2 $? "--set with an unknown id"
expect_in "$work/err" "did you mean \`knowledge_updates\`" "suggests the fact"
"$ragft" ask --no-input --set latency_budget_ms=0 </dev/null >/dev/null 2>"$work/err"
expect_code 2 $? "--set below the minimum"

# 7. Conditions: no documents, so the RAG prototype question is not asked (19 questions).
printf '%s\n' "Tiny" "1" "0" | timeout 10 "$ragft" ask >/dev/null 2>"$work/err"
expect_in "$work/err" "Question 4 of 19" "recounted after a condition"

# 8. No escape codes anywhere with NO_COLOR / --no-color / TERM=dumb.
for env in "NO_COLOR=1" "TERM=dumb" "NO_COLOR="; do
  answers | env $env "$ragft" ask --no-color >"$work/out" 2>"$work/err"
  grep -q $'\e' "$work/out" "$work/err" && fail "escape codes with $env"
done

# 10. Messages suggest the command as it was typed when no `ragft` on PATH is this program
# (right after a build: build/ragft), and plain `ragft` when it is.
absolute=$(cd "$(dirname "$ragft")" && pwd)/$(basename "$ragft")
(cd "$work" && env PATH=/usr/bin:/bin "$absolute" ask --no-input --defaults --set project=P --save s1.yaml) \
  >/dev/null 2>"$work/err"
expect_in "$work/err" "score them again with: $absolute score s1.yaml" "the suggested command off PATH"
(cd "$work" && env PATH="$(dirname "$absolute"):/usr/bin:/bin" "$absolute" ask --no-input --defaults --set project=P \
  --save s2.yaml) >/dev/null 2>"$work/err"
expect_in "$work/err" "score them again with: ragft score s2.yaml" "the suggested command on PATH"

# 11. Answers piped in (no person at a terminal) are not offered to be saved; the report is
# titled with the project's name, not "<answers>".
answers | "$ragft" ask >"$work/out" 2>"$work/err"
expect_code 0 $? "piped answers"
grep -q "Save these answers" "$work/err" && fail "piped answers were offered to be saved"
head -1 "$work/out" | grep -q "for Acme support$" || fail "report title: $(head -1 "$work/out")"

# 12. An empty line where there is no default means "don't know", and the prompt says so; where
# there is a default it keeps the default.
printf 'Blank\n%.0s' $(seq 30) | sed '2,$s/.*//' | timeout 10 "$ragft" ask --save "$work/blank.yaml" >/dev/null 2>"$work/err"
expect_code 0 $? "empty answers"
expect_in "$work/err" "A number of documents, or press Enter if you don't know (? help, < back): " "number hint"
expect_in "$work/err" "1-3 or a value, or press Enter if you don't know (? help, < back): " "yes/no hint"
expect_in "$work/blank.yaml" "knowledge_base_docs: unknown" "empty number is unknown"
expect_in "$work/blank.yaml" "private_data: unknown" "empty yes/no is unknown, not yes"
expect_in "$work/blank.yaml" "output_format: free_text" "empty choice with a default keeps it"
expect_in "$work/err" "  1) free text (default)" "the default choice says so in the menu"

# 13. A number beside a menu that is not one of its numbers (9 of 1-8, 12) was a mistyped pick: it
# is asked again with the numbers there are, not read as a value (a choice is no number).
printf '%s\n' "Numbers" "9" "12" "3" | timeout 10 "$ragft" ask >/dev/null 2>"$work/err"
expect_in "$work/err" "! \`9\` is not one of the numbers shown: type 1 to 8, or a choice's value" "9 of 1-8"
expect_in "$work/err" "! \`12\` is not one of the numbers shown: type 1 to 8, or a choice's value" "12 of 1-8"
grep -q "is a choice, not a number" "$work/err" && fail "a number beside a menu got the list of every choice"
expect_in "$work/err" "Question 3 of 20" "3 then picks quarterly and goes on"

# 14. readers24: answers that score nothing (a private-data "no" after two don't-knows) left every
# option at 0, and the prompt read `(leaning: rag)`, a lean that was only the tie order.
printf '%s\n' "Casper feedback" "" "" "2" | timeout 10 "$ragft" ask >/dev/null 2>"$work/err"
expect_in "$work/err" "Question 5 of 20 (leaning: rag, fine-tune and hybrid tied)" "a lead of nothing is a tie"
grep -q "(leaning: rag)" "$work/err" && fail "a tie at 0 read as leaning: rag"

exit $((failures > 0))
