#!/usr/bin/env bash
# End-to-end tests of `ragft measure`, of `--measure` in score, explain and ask, and of drift in
# `ragft check`, on a repository built here: a knowledge folder, training files with duplicates,
# malformed lines and empty outputs, one manifest per ecosystem, and a git history whose commits
# are dated on purpose (GIT_AUTHOR_DATE / GIT_COMMITTER_DATE). A canary string in every file
# must never reach the output; paths out of the repository are refused.
# Usage: measure.sh path/to/ragft
source "$(dirname "$0")/lib.sh"
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")
canary=CANARY-7f3a9
repo=$work/repo
now=$(date +%s)
day=86400

commit_at() { # commit_at SECONDS MESSAGE: a commit of everything staged, dated then
  GIT_AUTHOR_DATE="@$1 +0000" GIT_COMMITTER_DATE="@$1 +0000" git -C "$repo" commit -q -m "$2"
}

mkdir -p "$repo/docs/guides" "$repo/data" "$repo/web" "$repo/svc" "$repo/jvm" "$repo/decisions" "$work/outside"
git -C "$repo" init -q
git -C "$repo" config user.email test@example.com
git -C "$repo" config user.name test
echo "readme $canary" >"$repo/README.md"
git -C "$repo" add -A && commit_at $((now - 400 * day)) "start"
# Knowledge: five Markdown pages of 6 words, committed 7 days apart, the last 35 days ago: pages 1 and 2
# (the first 14 days) are the creation, one change; 56 days over 4 changes, 14.0: weekly.
for i in 1 2 3 4 5; do
  echo "page $i about the product $canary" >"$repo/docs/page$i.md"
  git -C "$repo" add -A && commit_at $((now - (70 - 7 * i) * day)) "page $i"
done
printf '<p class="%s">six</p> seven' "$canary" >"$repo/docs/guides/a.html" # 2 words outside the tag
printf '%%PDF-1.4 %s' "$canary" >"$repo/docs/guides/b.pdf"                # a file; no words counted
echo "int main() {} // $canary" >"$repo/docs/tool.cpp"                     # not a document
echo "$canary secret words outside" >"$work/outside/secret.md"
ln -s "$work/outside/secret.md" "$repo/docs/leak.md"                         # leads out: not followed
# Training data: 2 distinct chat examples and a duplicate, a malformed line (3), an empty output;
# a CSV with a quoted comma; a JSON array with one example.
cat >"$repo/data/train.jsonl" <<JSONL
{"messages":[{"role":"user","content":"$canary q1"},{"role":"assistant","content":"a1"}]}
{"messages":[{"role":"user","content":"$canary q1"},{"role":"assistant","content":"a1"}]}
{"prompt": "$canary broken
{"prompt":"p","completion":""}
{"messages":[{"role":"user","content":"q2"},{"role":"assistant","content":"a2 $canary"}]}
JSONL
printf 'prompt,completion\n"x, %s",y\n' "$canary" >"$repo/data/more.csv"
printf '[{"instruction":"sum %s","input":"1 2","output":"3"}]' "$canary" >"$repo/data/extra.json"
# Manifests, one per ecosystem.
printf 'langchain>=0.2  # %s\nnumpy\n' "$canary" >"$repo/requirements.txt"
printf '[project]\nname = "x"\ndependencies = ["peft>=0.10"]\n' >"$repo/pyproject.toml"
printf '{"name":"%s","dependencies":{"@pinecone-database/pinecone":"2"}}' "$canary" >"$repo/web/package.json"
printf 'module x\n\nrequire github.com/qdrant/go-client v1.0.0\n' >"$repo/svc/go.mod"
printf '<project><dependencies><dependency><groupId>dev.langchain4j</groupId><artifactId>langchain4j</artifactId></dependency></dependencies></project>' >"$repo/jvm/pom.xml"
printf "implementation 'io.milvus:milvus-sdk-java:2.3.0'\n" >"$repo/jvm/build.gradle"

# measure, text: the three facts with their method, as a spec fragment.
run bash -c "cd '$repo' && '$RAGFT' measure"
expect_status 0 "measure in the repository"
expect_out "knowledge_base_docs: 7"         # 5 .md, 1 .html, 1 .pdf; not .cpp, not the link
expect_out "documents (.md 5, .html 1, .pdf 1)"
expect_out "32 words, about 43 tokens"      # 5 x 6 + 2 words; 32 x 4/3 = 42.7, rounded up
expect_out "below the long-context threshold of about 200,000 tokens"
expect_out "labeled_examples: 4"            # 2 chat + 1 CSV + 1 JSON
expect_out "left out: 1 duplicate(s), 1 with an empty output, 1 malformed"
expect_out "knowledge_updates: weekly"
expect_out "a change every 14.0 days on average: 4 changes (5 commits; the 2 commits of the knowledge paths' first 14 days are one change, their creation) of the last year"
expect_out "data/train.jsonl:3:1: not valid JSON"
expect_out "data/train.jsonl:4:1: no output"  # the empty completion, located like the malformed line
expect_out "docs/leak.md: a symbolic link that leads out of the repository"
expect_out "requirements.txt: langchain (retrieval framework)"
expect_out "pyproject.toml: peft (fine-tuning library)"
expect_out "web/package.json: @pinecone-database/pinecone (vector store)"
expect_out "svc/go.mod: github.com/qdrant/go-client (vector store)"
expect_out "jvm/pom.xml: dev.langchain4j:langchain4j (retrieval framework)"
expect_out "jvm/build.gradle: io.milvus:milvus-sdk-java (vector store)"
expect_out "knowledge: [docs, knowledge]"
# The fragment is YAML a spec can take: its facts and measure section parse.
{ echo "ragft: 1"; echo "project: from measure"; cat "$work/out"; } >"$work/fragment.yaml"
run "$RAGFT" score "$work/fragment.yaml" --format json
expect_status 0 "the text output is a valid spec fragment"

# json and yaml: the same model.
run "$RAGFT" measure "$repo" --format json
expect_status 0 "measure --format json"
checks=$((checks + 1))
python3 - "$work/out" <<'PY' || fail "json model"
import json, sys
m = json.load(open(sys.argv[1]))["measurements"][0]
assert m["facts"]["knowledge_base_docs"]["value"] == 7
assert m["facts"]["labeled_examples"]["value"] == 4
assert m["facts"]["knowledge_updates"]["value"] == "weekly"
assert m["corpus"]["tokens_estimated"] == 43 and m["corpus"]["long_context_threshold"] == 200000
assert m["examples"] == {"files": 3, "distinct": 4, "duplicates": 1, "estimated": False, "empty_outputs": 1,
                         "malformed": 1, "by_shape": {"messages": 2, "prompt/completion": 1, "instruction/output": 1},
                         "other_data_files": 0, "shapes_read": m["examples"]["shapes_read"]}
assert m["examples"]["shapes_read"].startswith("`messages` or `conversations` (chat)")
# 56 days from the creation to the test's start, over 4 changes; ragft's today is a few seconds later, which
# adds those seconds / 4 (a thousandth of a day is 86 s).
assert m["updates"]["commits_last_year"] == 5 and abs(m["updates"]["interval_days"] - 14.0) < 0.001
assert m["updates"]["changes_last_year"] == 4 and m["updates"]["creation_commits"] == 2
assert m["rag_prototype_evidence"] and m["fine_tuning_pipeline_evidence"]
assert m["manifests_read"] == 6  # one per ecosystem, above
PY
run "$RAGFT" measure "$repo" --format yaml
expect_status 0 "measure --format yaml"
expect_out "knowledge_base_docs:"
expect_out "value: 7"

# No file content ever reaches the output, in any format or command.
for format in text json yaml; do
  run "$RAGFT" measure "$repo" --format $format
  expect_no_out "$canary"
  expect_no_out "secret words"
done

# A spec's measure section: its paths, relative to the repository's root.
cat >"$repo/decisions/spec.yaml" <<'YAML'
ragft: 1
project: Triage
measure: {knowledge: [docs/guides], examples: data/more.csv}
facts:
  task_type: classification
YAML
run "$RAGFT" measure "$repo/decisions/spec.yaml"
expect_status 0 "measure a spec's section"
expect_out "knowledge_base_docs: 2"
expect_out "labeled_examples: 1"
expect_out "where to look: $repo/decisions/spec.yaml"

# Path escapes: refused with the position and a fix; a link out of the repository is refused too.
printf 'ragft: 1\nproject: x\nmeasure:\n  knowledge: [../outside]\n' >"$work/escape.yaml"
run "$RAGFT" measure "$work/escape.yaml"
expect_status 2 "a .. path"
expect_err "escape.yaml:4:14: \`measure.knowledge\`: the path \`../outside\` leaves the repository"
printf 'ragft: 1\nproject: x\nmeasure: {examples: /etc}\n' >"$work/absolute.yaml"
run "$RAGFT" measure "$work/absolute.yaml"
expect_status 2 "an absolute path"
expect_err "leaves the repository"
ln -s "$work/outside" "$repo/linked"
printf 'measure:\n  knowledge: [linked]\n' >"$repo/.ragft.yaml"
run "$RAGFT" measure "$repo"
expect_status 0 "a linked folder out of the repository"
expect_out "linked: refused: the path leads out of the repository"
expect_out "where to look: $repo/.ragft.yaml"
expect_no_out "secret words"
rm "$repo/.ragft.yaml" "$repo/linked"
printf 'measure:\n  knowlege: [docs]\n' >"$repo/.ragft.yaml"
run "$RAGFT" measure "$repo"
expect_status 2 "a misspelt key in .ragft.yaml"
expect_err "unknown key \`knowlege\`"
rm "$repo/.ragft.yaml"
run "$RAGFT" measure "$work/missing-file.yaml"
expect_status 2 "a missing PATH"

# score --measure: unknown facts filled, every fact's origin, a stated count far from the measured one.
# The facts of the triage project, shared by its spec and its ADR below.
triage_facts='  task_type: classification
  output_format: strict_schema
  style_requirement: strict
  ml_expertise: strong
  gpu_access: rented
  budget: medium'
printf 'ragft: 1\nproject: Triage\nfacts:\n%s\n  labeled_examples: 2000\n' "$triage_facts" >"$repo/triage.yaml"
for format in text json jsonl csv markdown sarif github junit; do
  run "$RAGFT" score "$repo/triage.yaml" --measure --format $format
  expect_status 1 "score --measure --format $format: a warning"
  case $format in csv | markdown) ;; # tables of verdicts: the warning shows in the exit code only
  *) expect_out "fact-differs-from-measurement" ;;
  esac
  expect_no_out "$canary"
done
run "$RAGFT" score "$repo/triage.yaml" --measure
expect_out "knowledge_updates: weekly (measured)"
expect_out "knowledge_base_docs: 7 (measured)"
expect_out "task_type: classification (stated)"
expect_out "labeled_examples: 2000 (stated; measured 4, beyond the tolerance)"
expect_out "fact \`labeled_examples\` is stated as 2000 but measured as 4 (beyond the tolerance)"
# The effect on the verdict: the verdict of the same facts with 4 examples, scored without --measure.
sed 's/labeled_examples: 2000/labeled_examples: 4/' "$repo/triage.yaml" >"$work/with4.yaml"
printf '  knowledge_updates: weekly\n  knowledge_base_docs: 7\n' >>"$work/with4.yaml"
with4=$("$RAGFT" score "$work/with4.yaml" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["verdict"])')
stated=$("$RAGFT" score "$repo/triage.yaml" --measure --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["verdict"])')
if [ "$with4" = "$stated" ]; then expect_out "the verdict stays $stated either way"; else expect_out "the verdict would be $with4 instead of $stated"; fi
run "$RAGFT" score "$repo/triage.yaml"
expect_no_out "(measured)"
run "$RAGFT" score "$repo/triage.yaml" --measure --format json
checks=$((checks + 1))
python3 - "$work/out" <<'PY' || fail "json fact_origins"
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
origins = {o["fact"]: o for o in r["fact_origins"]}
assert origins["knowledge_base_docs"]["origin"] == "measured" and origins["knowledge_base_docs"]["measured"] == "7"
assert origins["labeled_examples"]["origin"] == "both" and origins["labeled_examples"]["differs"]
assert origins["budget"]["origin"] == "stated" and origins["budget"]["measured"] is None
assert [f["rule"] for f in r["measure_findings"]] == ["fact-differs-from-measurement"]
PY

# fact-differs-from-measurement points at the fact's line in the spec (here line 7, column 3), in
# every format that carries a location.
printf 'ragft: 1\nproject: Seven\n# the facts, as stated\n\nfacts:\n  task_type: classification\n  labeled_examples: 2000\n  budget: medium\n' >"$repo/seven.yaml"
run "$RAGFT" score "$repo/seven.yaml" --measure
expect_out "warning at line 7: "
run "$RAGFT" score "$repo/seven.yaml" --measure --format github
expect_out "::warning file=$repo/seven.yaml,line=7,col=3,"
run "$RAGFT" score "$repo/seven.yaml" --measure --format sarif
expect_out '"region":{"startLine":7,"startColumn":3}'
run "$RAGFT" score "$repo/seven.yaml" --measure --format junit
expect_out "$repo/seven.yaml:7:3: "
# The failure names the finding's rule (it used to say that decisions contradict the facts), and
# the suite counts it as a failure.
expect_out '<failure message="1 finding(s): fact-differs-from-measurement"'
expect_out '<testsuite name="ragft score" tests="1" failures="1" errors="0">'
run "$RAGFT" score "$repo/seven.yaml" --measure --format json
python3 - "$work/out" <<'PY' || fail "json: the fact's line"
import json, sys
f = json.load(open(sys.argv[1]))["results"][0]["measure_findings"][0]
assert (f["rule"], f["line"], f["column"]) == ("fact-differs-from-measurement", 7, 3), f
PY
rm "$repo/seven.yaml"

# explain --measure and ask --measure.
run "$RAGFT" explain "$repo/triage.yaml" --measure
expect_status 0 "explain --measure"
expect_out "knowledge_base_docs: 7 (measured)"
expect_out "fact-differs-from-measurement"
run "$RAGFT" explain "$repo/triage.yaml" --measure --format json
expect_out '"fact_origins"'
run bash -c "cd '$repo' && '$RAGFT' ask --measure --defaults --no-input --set project=Triage --set labeled_examples=4"
expect_status 0 "ask --measure"
expect_out "knowledge_base_docs: 7 (measured)"
expect_out "knowledge_updates: weekly (measured)"
expect_out "labeled_examples: 4 (stated; measured 4)"

# ask --measure --save: the saved answers keep where they were measured (paths written out), and
# score reads them back, with and without --measure.
run bash -c "cd '$repo' && '$RAGFT' ask --measure --defaults --no-input --set project=Triage --save saved.yaml"
expect_status 0 "ask --measure --save"
checks=$((checks + 1)); grep -qx 'measure:' "$repo/saved.yaml" || fail "ask --measure --save: no measure section"
checks=$((checks + 1)); grep -qxF '  knowledge: ["docs", "knowledge"]' "$repo/saved.yaml" || fail "ask --save: knowledge paths not written"
checks=$((checks + 1)); grep -qxF '  examples: ["data"]' "$repo/saved.yaml" || fail "ask --save: example paths not written"
checks=$((checks + 1)); grep -qxF '  knowledge_base_docs: 7' "$repo/saved.yaml" || fail "ask --save: measured value not saved"
run "$RAGFT" score "$repo/saved.yaml"
expect_status 0 "score the saved answers"
run "$RAGFT" score "$repo/saved.yaml" --measure
expect_status 0 "score --measure the saved answers"
expect_out "knowledge_base_docs: 7 (stated; measured 7)"
# ask --save with an --answers file: its measure section is carried over; with --measure, the
# section the measurement used (the file's, the rest written out as defaults).
printf 'ragft: 1\nproject: Triage\nfacts:\n  task_type: classification\nmeasure:\n  knowledge: docs/guides\n' >"$repo/answers.yaml"
run "$RAGFT" ask --answers "$repo/answers.yaml" --defaults --no-input --save "$repo/carried.yaml"
expect_status 0 "ask --answers --save"
checks=$((checks + 1)); grep -qxF '  knowledge: ["docs/guides"]' "$repo/carried.yaml" || fail "ask --save: answers' measure section not carried"
run "$RAGFT" ask --answers "$repo/answers.yaml" --measure --defaults --no-input --save "$repo/carried2.yaml"
expect_status 0 "ask --answers --measure --save"
expect_out "knowledge_base_docs: 2 (measured)"  # a.html and b.pdf under docs/guides
checks=$((checks + 1)); grep -qxF '  knowledge: ["docs/guides"]' "$repo/carried2.yaml" || fail "ask --measure --save: section used not written"
checks=$((checks + 1)); grep -qxF '  manifests: ["."]' "$repo/carried2.yaml" || fail "ask --measure --save: default paths not written out"
run "$RAGFT" score "$repo/carried2.yaml" --measure
expect_status 0 "score --measure the saved answers with their section"
expect_out "knowledge_base_docs: 2 (stated; measured 2)"
rm -f "$repo/saved.yaml" "$repo/answers.yaml" "$repo/carried.yaml" "$repo/carried2.yaml"

# Drift in check: an accepted ADR with a measure section, in every format.
cat >"$repo/decisions/0001-use-rag.md" <<MD
# 1. Use RAG for ticket triage

Date: 2026-01-01

## Status

Accepted

## Context

\`\`\`ragft
decision: rag
measure:
  knowledge: [docs]
  examples: [data]
facts:
$triage_facts
  knowledge_updates: weekly
  knowledge_base_docs: 7
  labeled_examples: 4
\`\`\`

## Decision

We will use RAG.
MD
run "$RAGFT" check "$repo/decisions"
expect_status 0 "no drift yet"
expect_no_out "adr-basis-drifted"
# The training set grows to 2,004 distinct examples: does the verdict change? Ask `score`.
python3 - "$repo/data/tickets.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(2000):
        f.write(json.dumps({"prompt": f"ticket {i}", "completion": f"label {i % 5}"}) + "\n")
PY
sed -n '/^```ragft/,/^```$/p' "$repo/decisions/0001-use-rag.md" | sed '1d;$d' | sed 's/labeled_examples: 4/labeled_examples: 2004/' |
  sed '1s/^/ragft: 1\nproject: now\n/' >"$work/now.yaml"
now_verdict=$("$RAGFT" score "$work/now.yaml" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["verdict"])')
checks=$((checks + 1)); [ "$now_verdict" != rag ] || fail "the fixture should change the verdict (it is $now_verdict)"
adr=$repo/decisions/0001-use-rag.md
run "$RAGFT" check "$repo/decisions"
expect_status 1 "drift that changes the verdict"
expect_out "$adr:12:1: error: the facts this decision rests on have drifted (labeled_examples: recorded 4, measured 2004)"
expect_out "the verdict would be $now_verdict instead of rag"
expect_out "[adr-basis-drifted]"
for format in json jsonl csv markdown sarif github junit; do
  run "$RAGFT" check "$repo/decisions" --format $format
  expect_status 1 "drift in --format $format"
  expect_out "adr-basis-drifted"
  expect_no_out "$canary"
done
run "$RAGFT" check "$repo/decisions" --format sarif
expect_out '"ruleId":"adr-basis-drifted"'
expect_out '"startLine":12'
run "$RAGFT" check "$repo/decisions" --format github
expect_out "::error file=$adr,line=12"
# A notable difference that keeps the verdict: a note. 7 documents become 12 (over 25% more).
rm "$repo/data/tickets.jsonl"
for i in 6 7 8 9 10; do echo "page $i" >"$repo/docs/page$i.md"; done
run "$RAGFT" check "$repo/decisions"
expect_status 0 "a note does not fail at the default --fail-on warning"
expect_out "note: the facts this decision rests on have drifted (knowledge_base_docs: recorded 7, measured 12)"
expect_out "verdict stays rag; update the recorded values"
run "$RAGFT" check "$repo/decisions" --fail-on note
expect_status 1 "a note fails at --fail-on note"
# Not accepted: not measured.
sed -i 's/^Accepted$/Proposed/' "$adr"
run "$RAGFT" check "$repo/decisions"
expect_no_out "adr-basis-drifted"

# adr new --measure: the measured values and the measure section are recorded.
run bash -c "cd '$repo' && '$RAGFT' adr new --from triage.yaml --dir decisions --measure"
expect_status 0 "adr new --measure"
expect_err "\`labeled_examples\` is stated as 2000 but measured as 4; the ADR records the measured value"
new=$(cat "$work/out")
checks=$((checks + 1)); grep -q "    labeled_examples: 4" "$repo/$new" || fail "adr new --measure: measured value not recorded"
checks=$((checks + 1)); grep -q "    knowledge_base_docs: 12" "$repo/$new" || fail "adr new --measure: measured fact not added"
checks=$((checks + 1)); grep -q "  measure:" "$repo/$new" || fail "adr new --measure: no measure section"
checks=$((checks + 1)); grep -qF '    knowledge: ["docs", "knowledge"]' "$repo/$new" || fail "adr new --measure: paths not written"
sed -i 's/^status: proposed/status: accepted/' "$repo/$new"
run "$RAGFT" check "$repo/$new"
expect_status 0 "a fresh ADR from --measure has not drifted"
expect_no_out "adr-basis-drifted"

# A JSON array file: each entry that is not an example, or has no output, at the line where it
# starts; a file that is not JSON at the line where the parser stopped; a single chat example in
# a .json file is one example (not a list of its messages).
arrays=$work/arrays
mkdir -p "$arrays/data"
cat >"$arrays/data/set.json" <<JSON
[
  {"prompt": "p1 $canary", "completion": "c1"},
  {"prompt": "p2",
   "completion": "c2"}, {"text": "not an example"},
  {"instruction": "i",
   "input": "x",
   "output": ""},
  {"messages": [{"role": "user", "content": "q"},
                {"role": "assistant", "content": "a"}]}
]
JSON
printf '{"data": [\n  {"prompt": "a", "completion": "b"},\n  7\n]}\n' >"$arrays/data/wrapped.json"
printf '{"messages": [{"role": "user", "content": "q"},\n  {"role": "assistant", "content": "single"}]}\n' >"$arrays/data/one.json"
printf '[\n  {"prompt": "a",\n   "completion": \n' >"$arrays/data/cut.json"
# Other data beside the training files (an evaluation set: JSON lines without a training shape) is
# skipped as a whole, named once, and not counted as a training file.
for i in 1 2 3; do printf '{"question": "q%s %s", "gold_answer": "a"}\n' "$i" "$canary"; done >"$arrays/data/eval.jsonl"
run "$RAGFT" measure "$arrays"
expect_status 0 "measure a folder of JSON array files"
expect_out "data/eval.jsonl:1:1: no training examples: its 3 record(s) are JSON without the fields of a known shape"
expect_out "in 4 JSONL/JSON/CSV file(s)"  # set, wrapped, one, cut; not eval
expect_out "labeled_examples: 5"  # set.json 3 (p1, p2, the chat), wrapped.json 1, one.json 1
expect_out "left out: 0 duplicate(s), 1 with an empty output, 3 malformed"
expect_out "data/set.json:4:25: not a training example"  # the second entry on line 4
expect_out "data/set.json:5:3: no output"                # the instruction entry starting on line 5
expect_out "data/wrapped.json:3:3: not a training example"
expect_out "data/cut.json:3:16: not valid JSON"          # the colon after "completion", where the file ends
expect_no_out "$canary"
# Files of other data say what their first record holds (its first keys, in order; a key that is
# no field name is not written); the shapes read are listed once for the run, not on every file.
mkdir -p "$arrays/data/customers"
printf '{"id": "1", "firstName": "J %s", "age": 35, "email": "e", "phone": "p", "orders": []}\n' "$canary" >"$arrays/data/customers/c1.json"
printf '{"%s is a key": "x"}\n' "$canary" >"$arrays/data/customers/c2.json"
run "$RAGFT" measure "$arrays"
expect_out "data/eval.jsonl:1:1: no training examples: its 3 record(s) are JSON without the fields of a known shape (the first has the keys \`question\` and \`gold_answer\`); skipped as other data"
expect_out "data/customers/c1.json:1:1: no training examples: its 1 record(s) are JSON without the fields of a known shape (the first has the keys \`id\`, \`firstName\`, \`age\`, \`email\`, \`phone\` and 1 more); skipped as other data"
expect_out "data/customers/c2.json:1:1: no training examples: its 1 record(s) are JSON without the fields of a known shape (the first has the key (one that is not a field name)); skipped as other data"
expect_out "data/set.json:4:25: not a training example: expected an object with the fields of one of the shapes read (listed once, after the problems)"
expect_out "#   the shapes of training examples read, whose fields the records and files above lack: \`messages\` or \`conversations\` (chat)"
[[ $(grep -c "preferred_output" <<<"$out") == 1 ]] || fail "measure: the shapes read are not listed once: $out"
expect_out "in 4 JSONL/JSON/CSV file(s)"
expect_no_out "$canary"
others=$("$RAGFT" measure "$arrays" --format json | python3 -c '
import json,sys
m=json.load(sys.stdin)["measurements"][0]; e=m["examples"]
print(e["other_data_files"], "preferred_output" in e["shapes_read"], sum("preferred_output" in f["message"] for f in m["findings"]))')
[[ $others == "3 True 0" ]] || fail "measure --format json: other data files, shapes read once, not in findings: $others"
rm -r "$arrays/data/customers"

# Where else to look: when the default places find nothing, paths named like a knowledge base or a
# data set, a JSONL file whose first record is a training example, and the default example folder
# when it holds documents, are named with the `measure:` line that would measure them. An
# evaluation set (question/answer) is not a training example, so its folder is not named.
hints=$work/hints
mkdir -p "$hints/backend/knowledge_base" "$hints/data" "$hints/src" "$hints/eval" "$hints/datasets"
printf 'Place your documents here %s\n' "$canary" >"$hints/backend/knowledge_base/README.md"
for f in a.md b.md c.txt; do echo "facts $canary" >"$hints/backend/knowledge_base/$f"; done
printf '{"messages":[{"role":"user","content":"q %s"},{"role":"assistant","content":"a"}]}\n' "$canary" >"$hints/src/mine.jsonl"
printf '{"question":"q %s","answer":"a"}\n' "$canary" >"$hints/eval/gold.jsonl"
run "$RAGFT" measure "$hints"
expect_status 0 "measure a repository whose places are not the defaults"
expect_out "none of the knowledge paths exists (docs, knowledge); a path that may hold the knowledge base: backend/knowledge_base (3 documents); if it does, name it in .ragft.yaml: \`measure: {knowledge: [backend/knowledge_base]}\`"
expect_out "no JSONL, JSON or CSV file of training examples under data; a path that may hold training examples: src (1 JSONL/JSON/CSV file); if it does, name it in .ragft.yaml: \`measure: {examples: [src]}\`"
expect_no_out "eval"
expect_no_out "$canary"
# No manifest anywhere (readers11: a training script that imports peft, no requirements.txt):
# "none found" read as "no pipeline"; measure says that no manifest was read, and which it reads.
expect_out "# evidence from dependency manifests: none read, as there is no manifest (requirements*.txt, pyproject.toml, package.json, go.mod, pom.xml, build.gradle(.kts)) under .; a prototype or pipeline that declares no dependencies (a training script alone) is not seen"
expect_no_out "none found"
# The default example folder holding documents and a folder named as a data set: both named.
echo "guide $canary" >"$hints/data/guide.md"
echo "[]" >"$hints/datasets/set.json"
run "$RAGFT" measure "$hints"
expect_out "paths that may hold the knowledge base: backend/knowledge_base (3 documents), data (1 document); if they do, name them in .ragft.yaml: \`measure: {knowledge: [backend/knowledge_base, data]}\`"
expect_out "paths that may hold training examples: datasets (1 JSONL/JSON/CSV file), src (1 JSONL/JSON/CSV file)"
# JSON has the same places as data, each with its path (to name under measure:'s key) and its count;
# a script need not parse the not_measured text.
places=$("$RAGFT" measure "$hints" --format json | python3 -c 'import json,sys; p=json.load(sys.stdin)["measurements"][0]["place_hints"]; print(";".join(k+":"+",".join(h["path"]+"="+str(h["files"]) for h in p[k]) for k in ("knowledge","examples")))')
[[ $places == "knowledge:backend/knowledge_base=3,data=1;examples:datasets=1,src=1" ]] ||
  fail "measure --format json: place_hints are not the places the text names: $places"
# A hint counts what measure would count there: articles exported without an extension are plain
# text documents; a LICENSE and a binary file are not.
bare=$work/bare
mkdir -p "$bare/backend/kb"
for f in article-1 article-2; do echo "How to reset a password $canary" >"$bare/backend/kb/$f"; done
echo "MIT License" >"$bare/backend/kb/LICENSE"
printf 'x\000y' >"$bare/backend/kb/blob"
run "$RAGFT" measure "$bare"
expect_out "a path that may hold the knowledge base: backend/kb (2 documents); if it does, name it in .ragft.yaml: \`measure: {knowledge: [backend/kb]}\`"
printf 'measure:\n  knowledge: [backend/kb]\n' >"$bare/.ragft.yaml"
run bash -c "cd '$bare' && '$RAGFT' measure"
expect_out "knowledge_base_docs: 2"
# Named in .ragft.yaml: measured, the README left out (it says what the folder holds), no hints.
printf 'measure:\n  knowledge: [backend/knowledge_base]\n  examples: [src]\n' >"$hints/.ragft.yaml"
run bash -c "cd '$hints' && '$RAGFT' measure"
expect_out "knowledge_base_docs: 3"
expect_out "3 documents (.md 2, .txt 1) (left out: 1 README or placeholder file(s), which say what a folder holds)"
expect_out "labeled_examples: 1"
expect_no_out "may hold"
places=$("$RAGFT" measure "$hints" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["measurements"][0]["place_hints"])')
[[ $places == "{'knowledge': [], 'examples': []}" ]] || fail "measure --format json: place_hints when every place is named: $places"
# Files without an extension: text is a document (.txt); a repository's own files (LICENSE,
# Makefile), a script and a binary file are not.
printf 'Refunds within 30 days %s\n' "$canary" >"$hints/backend/knowledge_base/refunds"
printf 'MIT License %s\n' "$canary" >"$hints/backend/knowledge_base/LICENSE"
printf 'all:\n\techo %s\n' "$canary" >"$hints/backend/knowledge_base/Makefile"
printf '#!/bin/sh\necho %s\n' "$canary" >"$hints/backend/knowledge_base/update"
printf 'GIF89a\0\0%s' "$canary" >"$hints/backend/knowledge_base/logo"
run bash -c "cd '$hints' && '$RAGFT' measure"
expect_out "knowledge_base_docs: 4"
expect_out "4 documents (.md 2, .txt 2)"
rm "$hints/backend/knowledge_base/"{refunds,LICENSE,Makefile,update,logo}
# A README named on its own is a document like any other: the section says it is one.
printf 'measure:\n  knowledge: [backend/knowledge_base/README.md]\n' >"$hints/.ragft.yaml"
run bash -c "cd '$hints' && '$RAGFT' measure"
expect_out "knowledge_base_docs: 1"
expect_no_out "left out: 1 README"

# A `docs` folder below the root (a docs site's pages/docs) is hinted when no folder is named like
# a knowledge base, and not when it is a documentation site's (its configuration beside it);
# documents at the root are not hinted (CONTRIBUTING.md, a speech.txt alike).
nested=$work/nested
mkdir -p "$nested/pages/docs" "$nested/pkg/docs"
echo "page $canary" >"$nested/pages/docs/intro.mdx"
echo "page two $canary" >"$nested/pages/docs/setup.md"
echo "manual $canary" >"$nested/pkg/docs/index.md"
echo "site_name: x" >"$nested/pkg/mkdocs.yml"
mkdir -p "$nested/lib/docs"
echo "manual $canary" >"$nested/lib/docs/index.rst"
echo "project = 'x'" >"$nested/lib/docs/conf.py"
echo "how to contribute $canary" >"$nested/CONTRIBUTING.md"
echo "a speech $canary" >"$nested/speech.txt"
run "$RAGFT" measure "$nested"
expect_out "a path that may hold the knowledge base: pages/docs (2 documents); if it does, name it in .ragft.yaml: \`measure: {knowledge: [pages/docs]}\`"
expect_no_out "pkg/docs"
expect_no_out "lib/docs"
expect_no_out "speech"
expect_no_out "CONTRIBUTING.md (" # named in the reason's explanation only, never as a place
expect_no_out "$canary"
mkdir -p "$nested/app/knowledge_base"
echo "fact $canary" >"$nested/app/knowledge_base/a.md"
run "$RAGFT" measure "$nested"
expect_out "a path that may hold the knowledge base: app/knowledge_base (1 document);"
expect_no_out "pages/docs"
rm -r "$nested/pages" "$nested/app"
run "$RAGFT" measure "$nested"
expect_out "or \`docs\` (but a documentation site's) holds documents either, and a file at the root is not hinted"

# Shapes met on real repositories (round two): a docs site's MDX pages are documents; a
# `conversation` of human/assistant turns (Firefly, MOSS, ms-swift) is a chat; files added one
# commit each, seconds apart, are one change.
site=$work/site
mkdir -p "$site/knowledge" "$site/data"
git -C "$site" init -q
git -C "$site" config user.email test@example.com
git -C "$site" config user.name test
site_commit() { GIT_AUTHOR_DATE="@$1 +0000" GIT_COMMITTER_DATE="@$1 +0000" git -C "$site" commit -q -m "$2"; }
echo "start $canary" >"$site/README.md"
git -C "$site" add -A && site_commit $((now - 500 * day)) "start"
printf '# Embeddings\n\nexport const meta = {}\n\nfour words here %s\n' "$canary" >"$site/knowledge/embeddings.mdx"
git -C "$site" add -A && site_commit $((now - 200 * day)) "page 1"
printf 'two %s\n' "$canary" >"$site/knowledge/faq.md"
git -C "$site" add -A && site_commit $((now - 200 * day + 5)) "page 2"
printf 'three words %s\n' "$canary" >"$site/knowledge/terms.md"
git -C "$site" add -A && site_commit $((now - 200 * day + 11)) "page 3"
cat >"$site/data/sft.jsonl" <<JSONL
{"conversation_id":1,"conversation":[{"human":"q1 $canary","assistant":"a1"},{"human":"q2","assistant":"a2"}]}
{"conversation_id":2,"conversation":[{"human":"q3","assistant":"a3 $canary"}]}
{"conversation_id":3,"conversation":[{"human":"q4 $canary"}]}
{"messages":[{"role":"user","content":"q3"},{"role":"assistant","content":"a3 $canary"}]}
JSONL
run bash -c "cd '$site' && '$RAGFT' measure"
expect_out "knowledge_base_docs: 3"
expect_out "documents (.md 2, .mdx 1)"
expect_out "labeled_examples: 2"               # two conversations; the same one as messages is a duplicate
expect_out "left out: 1 duplicate(s), 1 with an empty output, 0 malformed"
expect_out "knowledge_updates: yearly"         # three commits 11 s apart: one change 200 days ago
expect_out "one change in the last year touches the knowledge paths (3 commits less than an hour apart)"
run bash -c "cd '$site' && '$RAGFT' measure --format json"
echo "$out" | python3 -c '
import json, sys
m = json.load(sys.stdin)["measurements"][0]
assert m["corpus"]["by_type"]["mdx"] == 1, m["corpus"]
assert m["updates"]["commits_last_year"] == 3 and m["updates"]["changes_last_year"] == 1, m["updates"]
' || fail "measure --format json: mdx kind, commits and changes of the last year"
checks=$((checks + 1))
expect_no_out "$canary"

# A documentation site's configuration beside a default knowledge path is named (the folder may be
# the project's manual); not when the user names the folder.
mkdir -p "$site/docs/guide"
printf 'intro %s\n' "$canary" >"$site/docs/index.md"
printf 'project = "x"\n' >"$site/docs/guide/conf.py"
printf 'site_name: x\n' >"$site/mkdocs.yml"
run bash -c "cd '$site' && '$RAGFT' measure"
expect_out "docs/guide/conf.py, mkdocs.yml are a documentation site's configuration: if these pages are the project's own manual"
run bash -c "cd '$site' && '$RAGFT' measure --format json"
echo "$out" | python3 -c '
import json, sys
assert json.load(sys.stdin)["measurements"][0]["site_configs"] == ["docs/guide/conf.py", "mkdocs.yml"]
' || fail "measure --format json: site_configs"
checks=$((checks + 1))
printf 'measure:\n  knowledge: [docs]\n' >"$site/.ragft.yaml"
run bash -c "cd '$site' && '$RAGFT' measure"
expect_out "knowledge_base_docs: 1"
expect_no_out "documentation site"

# The knowledge base's creation: two edits a day apart, 300 and 299 days ago, in a repository begun
# 500 days ago. Where knowledge/ was made 500 days ago (it existed before the year and the 14 days
# ahead of it), they are 2 changes: 300 days over 2, 150 days, quarterly. Where they are its first
# two commits, they are its creation, one change: yearly.
for kind in old young; do
  hist=$work/hist-$kind
  mkdir -p "$hist/knowledge"
  git -C "$hist" init -q
  git -C "$hist" config user.email test@example.com
  git -C "$hist" config user.name test
  echo start >"$hist/README.md"
  [ "$kind" = old ] && echo "first page" >"$hist/knowledge/a.md"
  git -C "$hist" add -A
  GIT_AUTHOR_DATE="@$((now - 500 * day)) +0000" GIT_COMMITTER_DATE="@$((now - 500 * day)) +0000" git -C "$hist" commit -q -m start
  for ago in 300 299; do
    echo "edit $ago" >>"$hist/knowledge/a.md"
    git -C "$hist" add -A
    GIT_AUTHOR_DATE="@$((now - ago * day)) +0000" GIT_COMMITTER_DATE="@$((now - ago * day)) +0000" git -C "$hist" commit -q -m "edit"
  done
done
run "$RAGFT" measure "$work/hist-old"
expect_out "knowledge_updates: quarterly"
expect_out "a change every 150.0 days on average: 2 commits of the last year touch the knowledge paths"
run "$RAGFT" measure "$work/hist-young"
expect_out "knowledge_updates: yearly"
expect_out "one change in the last year touches the knowledge paths (2 commits in their first 14 days, the knowledge base's creation)"

# Without git: knowledge_updates is not measured, and says why.
rm -rf "$repo/.git"
run "$RAGFT" measure "$repo"
expect_out "not measured: knowledge_updates:"
expect_out "is not the root of a git repository"
expect_no_out "knowledge_updates: weekly"

finish
