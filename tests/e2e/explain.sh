#!/usr/bin/env bash
# End-to-end: `ragft explain` in text and JSON, exit codes, and a bad price sheet.
set -euo pipefail
ragft="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

spec=tests/scenarios/03-salesforce-support.yaml

# Text: every part of the explanation is there.
"$ragft" explain "$spec" >"$tmp/out.txt" || fail "explain exited $?"
for part in "verdict: hybrid" "how sure: " "with other rule weights: " "Facts (" "Rules that fired" "What would flip it" \
            "Sources (grade" "What it will cost" "break-even" "cumulative cost"; do
  grep -qF "$part" "$tmp/out.txt" || fail "text output lacks '$part'"
done

# ... in words a product manager reads: facts by their labels in the rule base (knowledge_updates:
# "how often the knowledge changes", labeled_examples: "labelled examples"), numbers grouped,
# choices with spaces, sources by their titles (the rule base's title of seed 000), not ids or
# seed file names; those stay in the JSON.
grep -qE "^    how often the knowledge changes +weekly +fires " "$tmp/out.txt" || fail "text facts lack the label of knowledge_updates"
grep -qE "^    labelled examples +2,000 +fires enough-examples" "$tmp/out.txt" || fail "text facts lack labelled examples 2,000"
grep -qE "^    unknown: private data to look up, citations required, " "$tmp/out.txt" || fail "text unknown facts are not in words"
grep -qE "^    style requirement +now moderate +none -> rag$" "$tmp/out.txt" || fail "text flips lack the label of style_requirement"
grep -qF "    [C] Myth: RAG and fine-tuning solve the same problem (Perplexity, from Habr and others)" "$tmp/out.txt" ||
  fail "text sources lack the title of seed 000"
# (the cost inputs below name the `cost:` keys and the facts by id: they are what a spec overrides)
sed '/What it will cost/,$d' "$tmp/out.txt" | grep -qE "knowledge_updates|labeled_examples|000_237370defa37ac47" &&
  fail "text shows a fact id or a seed file name"

# JSON: the contract's keys plus flips, robustness and cost; the same seed gives the same output.
"$ragft" explain "$spec" --format json >"$tmp/a.json"
"$ragft" explain "$spec" --format json >"$tmp/b.json"
cmp -s "$tmp/a.json" "$tmp/b.json" || fail "explain --format json is not reproducible"
python3 - "$tmp/a.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
r = doc["results"][0]
for key in ("verdict", "scores", "rationale", "flips", "robustness", "cost", "facts", "sources"):
    assert key in r, key
assert abs(sum(r["robustness"]["shares"].values()) - 1) < 1e-9
assert r["robustness"]["band"] in ("robust", "leaning", "contested")
assert len(r["cost"]["verdicts"]["rag"]["cumulative"]) == r["cost"]["horizon_months"] + 1
PY

# score shows one certainty in words (not the perturbation band, which explain and JSON keep) and
# the top flip.
"$ragft" score "$spec" >"$tmp/score.txt"
grep -qE "how sure: (high|medium|low) — " "$tmp/score.txt" || fail "score lacks the certainty in words"
grep -q "draws" "$tmp/score.txt" && fail "score shows a second certainty (the perturbation)"
grep -q "what would change it: " "$tmp/score.txt" || fail "score lacks the top flip"
# ... in words a product manager reads: the fact's label and the values with spaces, not the spec's ids.
grep -q "what would change it: style requirement: none (now moderate) would make it rag" "$tmp/score.txt" ||
  fail "score's top flip is not in words"
grep -E "^  (what would change it|unknown|how sure):" "$tmp/score.txt" | grep -qE "[a-z]_[a-z]" &&
  fail "score names a fact by its id where a person reads it"
"$ragft" score "$spec" --format json | python3 -c 'import json,sys; r=json.load(sys.stdin)["results"][0]; assert r["robustness"]["band"]; assert r["top_flip"]["summary"]'

# The cost inputs follow the facts and say where they came from; how to override them; and a line
# reconciling a verdict that is not the cheapest option.
cat >"$tmp/triage.yaml" <<'YAML'
ragft: 1
project: Ticket triage
facts: {task_type: classification, knowledge_base_docs: 0, knowledge_updates: monthly, labeled_examples: 5000,
        output_format: strict_schema}
YAML
"$ragft" explain "$tmp/triage.yaml" >"$tmp/triage.txt"
# each input in words (what a newcomer reads first), its `cost:` key in brackets for an override
grep -q "^      retraining runs a year  *12  how often the knowledge changes (monthly)  *\[retrains_per_year\]$" "$tmp/triage.txt" ||
  fail "retraining ignores knowledge_updates, or the input is not said in words"
# JSON keeps the fact by its id
"$ragft" explain --format json "$tmp/triage.yaml" | grep -q '"origin":"fact `knowledge_updates` is monthly' || fail "JSON origin lost the fact id"
# the text names each fact by its label (rules/default.yaml), as the rest of the report does
grep -q "answer tokens per query *10  main task (classification, the answer is a label) \[output_tokens\]$" "$tmp/triage.txt" || fail "output tokens ignore task_type"
grep -q "document tokens retrieval adds per query *0  documents to draw on (0, nothing to retrieve, no vector database) \[retrieved_tokens\]$" "$tmp/triage.txt" ||
  fail "tokens retrieved without documents"
grep -qE "^      [a-z_]+ +[0-9]" "$tmp/triage.txt" && fail "a cost input named by its key alone"
# the needs in the legend's words, level first (JSON keeps `knowledge` and `behaviour`)
grep -qE "^  needs: (none|some|strong) for knowledge the model lacks \([0-9.-]+ points?\), (none|some|strong) for behaviour it lacks \([0-9.-]+ points?\)$" \
  "$tmp/triage.txt" || fail "needs line not in words: $(grep needs: "$tmp/triage.txt")"
grep -q "^ *[a-z-]*: .*vector database [0-9]" "$tmp/triage.txt" && fail "a vector database without documents"
grep -q "to override: set any of them in the spec's .cost:. section" "$tmp/triage.txt" || fail "no word of cost:"
grep -q "cost and verdict: rag would cost less than" "$tmp/triage.txt" || fail "no line reconciling cost and verdict"

# A bad price sheet: path:line:col, exit 2.
sed 's/value: 0.15/value: cheap/' rules/prices.yaml >"$tmp/prices.yaml"
status=0
"$ragft" explain "$spec" --prices "$tmp/prices.yaml" >/dev/null 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "bad price sheet: exit $status, expected 2"
grep -qE "^$tmp/prices.yaml:[0-9]+:[0-9]+: .*base_input_per_mtok.*must be a number" "$tmp/err" || fail "bad price sheet message: $(cat "$tmp/err")"

# A spec whose cost section has a typo: exit 2 with a suggestion.
printf 'ragft: 1\nproject: p\ncost:\n  day_rat: 700\n' >"$tmp/spec.yaml"
status=0
"$ragft" explain "$tmp/spec.yaml" >/dev/null 2>"$tmp/err" || status=$?
[ "$status" -eq 2 ] || fail "bad cost section: exit $status, expected 2"
grep -qF 'did you mean `day_rate`?' "$tmp/err" || fail "bad cost section message: $(cat "$tmp/err")"

# Long-context note: small knowledge base, no behaviour gap.
printf 'ragft: 1\nproject: p\nfacts:\n  knowledge_base_docs: 40\n  task_type: question_answering\n' >"$tmp/small.yaml"
"$ragft" explain "$tmp/small.yaml" >"$tmp/small.txt"
grep -q "there is no behaviour gap: long-context prompting" "$tmp/small.txt" || fail "no long-context note"

# A spec with most facts unknown: the unknowns that matter are named in words in score's text; in
# explain's Markdown (read where the spec is reviewed) in words with the id to edit.
cat >"$tmp/sparse.yaml" <<'YAML'
ragft: 1
project: Sparse pilot
facts: {task_type: question_answering, output_format: template}
YAML
"$ragft" score "$tmp/sparse.yaml" >"$tmp/sparse.txt" || fail "score of a sparse spec exited $?"
grep -q "^  unknown: 17 of 19 facts; these matter most: .*labelled examples (could make it " "$tmp/sparse.txt" ||
  fail "score's unknowns are not in words"
grep "^  unknown: " "$tmp/sparse.txt" | grep -qE "[a-z]_[a-z]" && fail "score's unknowns name ids"
grep -q "why: The main job is question answering, " "$tmp/sparse.txt" || fail "a quoted choice is not in words"
# template-output gives rag no points (rules/default.yaml): not listed among rag's reasons, except
# with --reasons 0.
grep -q "+0 template-output" "$tmp/sparse.txt" && fail "a reason worth 0 points is listed among the verdict's reasons"
"$ragft" score --reasons 0 "$tmp/sparse.yaml" | grep -q "+0 template-output" || fail "--reasons 0 hides a reason"
"$ragft" explain --format markdown --no-charts "$tmp/sparse.yaml" >"$tmp/sparse.md"
grep -q "^Unknown: 17 of 19 facts; each of these could change the verdict, most decisive first:" "$tmp/sparse.md" ||
  fail "explain's Markdown lacks the unknowns"
grep -q '^- labelled examples (`labeled_examples`): could make it ' "$tmp/sparse.md" ||
  fail "explain's Markdown unknowns lack the label or the id"
# One unknown fact that could not change the verdict is "it", not "no single one of them"
# (readers16): a headline writer with a strict voice, 50,000 examples and nothing to retrieve, its
# budget not known (fine-tune by far, whatever the budget).
cat >"$tmp/one-unknown.yaml" <<'YAML'
ragft: 1
project: Headlines
facts: {knowledge_updates: never, knowledge_base_docs: 0, private_data: false, citations_required: false,
  hallucination_tolerance: medium, labeled_examples: 50000, output_format: free_text, style_requirement: strict,
  domain_terminology: general, domain_reasoning: false, latency_budget_ms: 1500, queries_per_day: 5000,
  launch_weeks: 8, ml_expertise: strong, gpu_access: dedicated, smaller_model_wanted: true, task_type: generation,
  existing_rag_quality: none}
YAML
grep -qx "  unknown: 1 of 19 facts; it could not change the verdict" <("$ragft" score "$tmp/one-unknown.yaml") ||
  fail "score's one harmless unknown fact is not 'it'"
grep -qx "Unknown: 1 of 19 facts; it could not change the verdict." \
  <("$ragft" explain --format markdown --no-charts "$tmp/one-unknown.yaml") || fail "explain's one harmless unknown is not 'it'"
# A long unknown line names the three most decisive and counts the rest (19 facts, 2 known here).
grep -qE "^    unknown: 17 of 19 facts; these matter most: [^;]+; [0-9]+ more could also change it \(ragft explain lists every one\)$" \
  <("$ragft" score examples/bank-assistant.yaml) || fail "score's long unknown line is not cut to the decisive few"
# A component project: what its own facts say is labelled as such, flips included; values read as English.
"$ragft" score examples/bank-assistant.yaml >"$tmp/bank.txt"
grep -qF "  the project-level facts alone (without any part's own facts" "$tmp/bank.txt" || fail "project-level section unlabelled"
grep -qF "would make the project-level facts alone point to rag" "$tmp/bank.txt" || fail "project-level flip reads as the verdict's"
grep -qF "why: Its parts need different approaches (account answers rag; compliance wording fine-tune), so the system as a whole is hybrid." "$tmp/bank.txt" ||
  fail "a component project's why is not what its parts point to"
grep -qF "Knowledge changes in real time: retrieval" "$tmp/bank.txt" || fail "realtime is not quoted in words"
grep -qF "Knowledge never changes:" <("$ragft" score --reasons 0 examples/contract-review.yaml) || fail "never is not quoted in words"
# A hybrid whose spec counts no documents is not told about "your documents".
grep "next step:" "$tmp/bank.txt" | grep -qF "your documents" && fail "next step assumes documents the spec does not mention"
# The most critical rule says which way it pulls and what the figure compares, in text and Markdown.
"$ragft" explain cases/hybrid-berkeley-raft-domain-rag.yaml >"$tmp/raft.txt"
grep -qE "most critical rule: [a-z-]+, the rule (the verdict leans on most|that works against the verdict most): with its weight (above|below) what is written, hybrid held in [0-9]+ percentage points more of the trials than with it (below|above)" "$tmp/raft.txt" ||
  fail "explain's most critical rule is not in words"
grep -q "^Most critical rule: " <("$ragft" explain --format markdown --no-charts cases/hybrid-berkeley-raft-domain-rag.yaml) ||
  fail "explain's Markdown lacks the most critical rule"
# A fact is said to fire a rule only when it made the rule's condition hold (readers13): in
# regularly-changing-knowledge's `any` (rules/default.yaml) private data `false` holds no branch,
# the conversation does, so a city helpline's "private data to look up: no" fires nothing of it.
cat >"$tmp/helpline.yaml" <<'SPEC'
ragft: 1
project: Helpline
facts: {task_type: conversation, knowledge_updates: monthly, private_data: false, knowledge_base_docs: 2000}
SPEC
"$ragft" explain "$tmp/helpline.yaml" >"$tmp/helpline.txt" || fail "explain of the helpline exited $?"
grep -E "^    private data to look up " "$tmp/helpline.txt" | grep -qF "regularly-changing-knowledge" &&
  fail "private data: no is said to fire regularly-changing-knowledge"
grep -E "^    main task +conversation +fires " "$tmp/helpline.txt" | grep -qF "regularly-changing-knowledge" ||
  fail "the conversation is not said to fire regularly-changing-knowledge"
# explain opens, as score does, with why and the next step (readers13: it said neither). The
# helpline: rag, 2,000 documents (not under 500), no behaviour need: a prototype (next_step.hpp).
grep -qE "^  why: Knowledge changes monthly" "$tmp/helpline.txt" || fail "explain's text has no why"
grep -qF "  next step: Build a small RAG prototype on your 2,000 documents" "$tmp/helpline.txt" ||
  fail "explain's text has no next step"
grep -qF "**Next step:** Build a small RAG prototype on your 2,000 documents" \
  <("$ragft" explain --format markdown --no-charts "$tmp/helpline.yaml") || fail "explain's Markdown has no next step"
# An ADR is explained from its ragft block, as `ragft check` scores it (readers19: a developer sent
# by a failed check to `ragft explain` on the ADR got `more than 32 YAML aliases`: Markdown read as
# YAML). 0003's facts (daily knowledge, citations required, 50 examples, no ML staff) point to rag,
# and its Decision section records fine-tune (line 27): exit 1, and the text says the decision.
adr=examples/adr/docs/decisions
set +e
"$ragft" explain "$adr/0003-fine-tune-the-ticket-triage-model.md" >"$tmp/adr.txt" 2>"$tmp/adr.err"
code=$?
set -e
[ "$code" -eq 1 ] || fail "explain of a contradicted ADR exited $code: $(cat "$tmp/adr.err")"
head -1 "$tmp/adr.txt" | grep -qF "3. Fine-tune the ticket triage model  $adr/0003-fine-tune-the-ticket-triage-model.md" ||
  fail "explain of an ADR is not titled by the ADR: $(head -1 "$tmp/adr.txt")"
grep -qx "  verdict: rag" "$tmp/adr.txt" || fail "explain of an ADR: no verdict rag"
grep -qx "  decision: fine-tune CONTRADICTS the facts (line 27)" "$tmp/adr.txt" ||
  fail "explain does not say the recorded decision contradicts the facts"
grep -qF "**Recorded decision:** fine-tune, which ❌ **contradicts** the facts (line 27)." \
  <("$ragft" explain --format markdown --no-charts "$adr/0003-fine-tune-the-ticket-triage-model.md") ||
  fail "explain's Markdown does not say the recorded decision"
# An ADR without a ragft block, and one whose block is invalid: exit 2, said as check says it.
set +e
"$ragft" explain "$adr/0001-record-architecture-decisions.md" >/dev/null 2>"$tmp/adr.err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "explain of an ADR without facts exited $code"
grep -qF "$adr/0001-record-architecture-decisions.md:1:1: this ADR carries no facts to score: ragft reads an ADR's facts from a \`\`\`ragft block" "$tmp/adr.err" ||
  fail "explain of an ADR without facts: $(cat "$tmp/adr.err")"
grep -qi "alias\|invalid YAML" "$tmp/adr.err" && fail "an ADR was read as YAML: $(cat "$tmp/adr.err")"
set +e
"$ragft" explain "$adr/0006-answer-billing-questions.md" >/dev/null 2>"$tmp/adr.err"
code=$?
set -e
[ "$code" -eq 2 ] || fail "explain of an ADR with an invalid block exited $code"
grep -qF "$adr/0006-answer-billing-questions.md:17:3: unknown fact \`knowlege_updates\` (did you mean \`knowledge_updates\`?)" \
  "$tmp/adr.err" || fail "explain of an invalid ragft block: $(cat "$tmp/adr.err")"
# A spec's decision is said too: the support assistant records rag, which its facts give.
grep -qx "  decision: rag agrees with the facts" <("$ragft" explain examples/support-assistant.yaml) ||
  fail "explain does not say a spec's recorded decision"
echo ok
