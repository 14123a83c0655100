#!/usr/bin/env bash
# Spec files as people write them by hand (docs/spec-format.md, "Common mistakes"): what is read as
# meant scores (exit 0), and each slip is one stderr line `file:line:col: message` with the fix, exit
# 2, while the rest of the batch is still scored. Expected texts follow the rules written in the
# docs, not ragft's output.
. "$(dirname "$0")/lib.sh"
cd "$work" || exit 2
mkdir specs
spec() { printf 'ragft: 1\nproject: %s\nfacts:\n%s\n' "$1" "$2" >"specs/$1.yaml"; }

# Read as meant: a choice in another case, with spaces or dashes, booleans as Y/on/off, 10,000,
# a UTF-8 BOM, CRLF line ends, a JSON trailing comma.
spec meant "  knowledge_updates: Weekly
  output_format: strict schema
  task_type: Question-Answering
  private_data: Y
  citations_required: on
  smaller_model_wanted: off
  knowledge_base_docs: 10,000"
printf '\xef\xbb\xbfragft: 1\r\nproject: bom crlf\r\nfacts:\r\n  budget: Low\r\n' >specs/bom.yaml
printf '{"ragft": 1, "project": "trailing", "facts": {"budget": "low",},}\n' >specs/trailing.json
run "$RAGFT" score --format csv specs/meant.yaml specs/bom.yaml specs/trailing.json
expect_status 0 "slips that ragft reads as meant"
checks=$((checks + 1))
[ "$err" = "3 scored: 3 rag" ] || fail "stderr is more than the summary"
expect_out "meant"
expect_out "bom crlf"

# Same facts either way: the scores of `WEEKLY` are those of `weekly`.
spec exact "  knowledge_updates: weekly"
spec cased "  knowledge_updates: WEEKLY"
run "$RAGFT" score --format csv specs/exact.yaml specs/cased.yaml
checks=$((checks + 1))
[ "$(cut -d, -f3- "$work/out" | tail -n 2 | sort -u | wc -l)" -eq 1 ] || fail "WEEKLY is not read as weekly"

# Refused, each with its fix, one line each; the good spec in the same batch is still scored.
spec k "  knowledge_base_docs: 10k"
spec tilde "  labeled_examples: ~500"
spec range "  queries_per_day: 1000-2000"
spec tbd "  budget: TBD"
spec key "  Labeled Examples: 100"
spec many "  latency_budget_ms: 500ms
  private_data: \"true\""
printf 'ragft: 1\nproject: top\nbudget: low\n' >specs/top.yaml
printf -- '- ragft: 1\n  project: listed\n' >specs/listed.yaml
printf '{\n  // a comment\n  "ragft": 1, "project": "commented"\n}\n' >specs/commented.json
printf '{\n  "ragft": 1\n  "project": "no comma"\n}\n' >specs/comma.json
printf 'ragft: 1\nproject: Caf\xe9\n' >specs/cp1252.yaml
printf '```yaml\nragft: 1\nproject: chat\n```\n' >specs/fenced.yaml
run "$RAGFT" score --format csv specs/meant.yaml specs/k.yaml specs/tilde.yaml specs/range.yaml specs/tbd.yaml \
  specs/key.yaml specs/many.yaml specs/top.yaml specs/listed.yaml specs/commented.json specs/comma.json specs/cp1252.yaml specs/fenced.yaml
expect_status 2 "a batch of slips"
expect_out "meant"
expect_err "specs/k.yaml:4:24: fact \`knowledge_base_docs\` (documents) must be a whole number, got \`10k\`; write 10000"
expect_err "specs/tilde.yaml:4:21: fact \`labeled_examples\` (examples) must be a whole number, got \`~500\`; write one whole number, your best estimate: 500"
expect_err "specs/range.yaml:4:20: fact \`queries_per_day\` (queries/day) must be a whole number, got \`1000-2000\`; write one number, not a range: your best estimate, e.g. 1500"
expect_err "specs/tbd.yaml:4:11: \`TBD\` is not a value of fact \`budget\` (for a value not known yet, write \`unknown\` or leave the line out)"
expect_err "specs/key.yaml:4:3: unknown fact \`Labeled Examples\`: write \`labeled_examples\` (fact names are lower case, with underscores)"
expect_err "specs/many.yaml:4:22: fact \`latency_budget_ms\` (ms) must be a whole number, got \`500ms\`; write the number alone, without its unit: 500"
expect_err "specs/many.yaml:5:17: fact \`private_data\` must be true or false, got the text \"true\"; write it without quotes: true"
expect_err "specs/top.yaml:3:1: \`budget\` is a fact, not a key of a spec: put it under \`facts:\`"
expect_err "specs/listed.yaml:1:1: a spec must be a mapping of \`key: value\` lines, got a list: remove the \`- \` before \`ragft: 1\`"
expect_err "specs/commented.json:2:3: invalid JSON: \`//\` starts no comment: JSON has no comments"
expect_err "specs/comma.json:2:13: invalid JSON: a \`,\` is missing here"
expect_err "specs/cp1252.yaml:2:13: invalid UTF-8: expected UTF-8 text; convert the file, e.g. \`iconv -f windows-1252 -t utf-8\`"
expect_err "specs/fenced.yaml:1:1: invalid YAML: a Markdown code fence (\`\`\`), as copied from a chat or a page, is not YAML"
# Two errors of one spec are two lines, never one line with an escaped line break.
checks=$((checks + 1))
! grep -qF '\n' "$work/err" || fail "an escaped line break in stderr"
checks=$((checks + 1))
[ "$(grep -c '^specs/many.yaml:' "$work/err")" -eq 2 ] || fail "the two errors of many.yaml are not two lines"

# Round three: values in other words, units of time, text around a pasted spec; each refused with the
# value to write (from the rule base's choices and their help, and 1 s = 1000 ms).
spec words "  task_type: Q&A
  output_format: JSON
  gpu_access: yes
  latency_budget_ms: 2s"
printf 'Sure! Here is your spec:\nragft: 1\nproject: chat answer\n' >specs/prose.yaml
run "$RAGFT" score --format csv specs/meant.yaml specs/words.yaml specs/prose.yaml
expect_status 2 "values in other words"
expect_out "meant"
expect_err "specs/words.yaml:4:14: \`Q&A\` is not a value of fact \`task_type\` (did you mean \`question_answering\`?)"
expect_err "specs/words.yaml:5:18: \`JSON\` is not a value of fact \`output_format\`; did you mean \`strict_schema\`"
expect_err "specs/words.yaml:6:15: \`yes\` is not a value of fact \`gpu_access\`; \`gpu_access\` is a choice, not yes or no: for yes, write \`rented\`"
expect_err "specs/words.yaml:7:22: fact \`latency_budget_ms\` (ms) must be a whole number, got \`2s\`; write it in ms, the number alone: 2000"
expect_err "specs/prose.yaml:1:1: \`Sure! Here is your spec\` is a sentence, not a key of a spec"
# Round four: words a product manager writes for a value (each read against the rule base's choice
# help: realtime "changes continuously", dedicated "your own GPUs", low for a tight budget), a
# judgement that fits several choices, a yes with more words, a date for a number of weeks.
spec pm "  knowledge_updates: hourly
  gpu_access: on-prem
  budget: tight
  existing_rag_quality: ok
  citations_required: yes please
  launch_weeks: ASAP"
run "$RAGFT" score --format csv specs/meant.yaml specs/pm.yaml
expect_status 2 "values as a product manager writes them"
expect_out "meant"
expect_err "specs/pm.yaml:4:22: \`hourly\` is not a value of fact \`knowledge_updates\`; did you mean \`realtime\` (changes continuously"
expect_err "specs/pm.yaml:5:15: \`on-prem\` is not a value of fact \`gpu_access\`; did you mean \`dedicated\` (your own GPUs)?"
expect_err "specs/pm.yaml:6:11: \`tight\` is not a value of fact \`budget\` (did you mean \`low\`?)"
expect_err "specs/pm.yaml:7:25: \`ok\` is not a value of fact \`existing_rag_quality\`; \`ok\` fits more than one choice: write the one whose description fits, \`none\`"
expect_err "specs/pm.yaml:8:23: fact \`citations_required\` must be true or false, got \`yes please\`; write true"
expect_err "specs/pm.yaml:9:17: fact \`launch_weeks\` (weeks) must be a whole number, got \`ASAP\`; write one whole number of weeks in digits, your best estimate (for a date, the weeks from now until then)"
checks=$((checks + 1))
[ "$(grep -c '^specs/pm.yaml:' "$work/err")" -eq 6 ] || fail "the six slips of pm.yaml are not six lines"
# Round six: values in the writer's own language (French and German, as their dictionaries give
# them) get the English value to write; where it runs is no answer to a yes/no question, which is
# quoted from the rule base; a laptop is the writer's own GPU or none.
spec abroad "  knowledge_updates: mensuel
  budget: mittel
  labeled_examples: aucun
  private_data: internal only
  gpu_access: my laptop"
run "$RAGFT" score --format csv specs/meant.yaml specs/abroad.yaml
expect_status 2 "values in another language"
expect_out "meant"
expect_err "specs/abroad.yaml:4:22: \`mensuel\` is not a value of fact \`knowledge_updates\`; \`mensuel\` is French for \`monthly\`, and ragft reads values in English: write \`monthly\`; expected one of"
expect_err "specs/abroad.yaml:5:11: \`mittel\` is not a value of fact \`budget\`; \`mittel\` is German for \`medium\`, and ragft reads values in English: write \`medium\`"
expect_err "specs/abroad.yaml:6:21: fact \`labeled_examples\` (examples) must be a whole number, got \`aucun\`; write 0"
expect_err "specs/abroad.yaml:7:17: fact \`private_data\` must be true or false, got \`internal only\`; \`internal only\` says where it runs or who uses it, not yes or no: write true or false as the answer to \"Must answers look up private or per-user knowledge that no public model was trained on?\""
expect_err "specs/abroad.yaml:8:15: \`my laptop\` is not a value of fact \`gpu_access\`; \`my laptop\` fits more than one choice: write the one whose description fits, \`none\` (no GPUs; only managed APIs) or \`dedicated\` (your own GPUs)"
finish
