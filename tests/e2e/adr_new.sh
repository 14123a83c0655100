#!/usr/bin/env bash
# `ragft adr new --from SPEC`: the next-numbered MADR 4 record, never overwriting, that
# `ragft check` reads back as consistent with the facts.
. "$(dirname "$0")/lib.sh"
root=$PWD
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")

mkdir -p "$work/repo/docs/decisions"
printf '# 1. First\n' >"$work/repo/docs/decisions/0001-first.md"
printf '# 2. Second\n' >"$work/repo/docs/decisions/0002-second.md"
cd "$work/repo" || exit 2

run "$RAGFT" adr new --from "$root/examples/support-assistant.yaml"
expect_status 0 "adr new in a repository with ADRs"
expect_out "docs/decisions/0003-use-rag-for-acme-support-assistant.md"
new=docs/decisions/0003-use-rag-for-acme-support-assistant.md
checks=$((checks + 1))
[ -f "$new" ] || fail "no file written"
checks=$((checks + 1))
head -n 5 "$new" | grep -qx "  decision: rag" || fail "front matter lacks the decision: $(head -n 6 "$new")"
checks=$((checks + 1))
grep -q '^Chosen option: "RAG (retrieval-augmented generation)", because ' "$new" || fail "no chosen option"
checks=$((checks + 1))
grep -q '^### Fine-tuning$' "$new" || fail "no pros and cons of fine-tuning"
# The ADR says what to do next, as the report of the same spec does.
run "$RAGFT" score "$root/examples/support-assistant.yaml" --format json
checks=$((checks + 1))
step=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["next_step"])' "$work/out")
grep -qxF "Next step: $step" "$new" || fail "the ADR lacks the report's next step: $step"

# Round trip: check finds it consistent, with the verdict of `score` on the spec.
run "$RAGFT" check "$new" --format json
expect_status 0 "check on the new ADR"
checks=$((checks + 1))
python3 - "$work/out" <<'PY' || fail "check's JSON of the new ADR"
import json, sys
adr = json.load(open(sys.argv[1]))["adrs"][0]
assert adr["status"] == "proposed" and adr["facts"] is True, adr
assert adr["decision"]["place"] == "decision key" and adr["decision"]["verdict"] == "rag", adr["decision"]
assert adr["result"]["verdict"] == "rag", adr["result"]["verdict"]
assert [f for f in adr.get("findings", []) if f.get("severity") in ("error", "warning")] == [], adr.get("findings")
PY
# The next one gets the next number; nothing is overwritten.
run "$RAGFT" adr new --from "$root/examples/contract-review.yaml" --title "Fine-tune the clause classifier"
expect_status 0 "a second ADR"
expect_out "docs/decisions/0004-fine-tune-the-clause-classifier.md"

# A project's name holding Markdown is written as text (escaped), so the rendered title shows the
# name and `check` reads back the same title: `*beta*` no emphasis, `[x]` no link, `|` no cell break.
mkdir -p "$work/marks/docs/adr"
printf 'ragft: 1\nproject: "my_app*beta* | v2 <x> [draft]"\nfacts: {knowledge_updates: daily}\n' >"$work/marks/spec.yaml"
run "$RAGFT" adr new --from "$work/marks/spec.yaml" --dir "$work/marks/docs/adr"
expect_status 0 "adr new: a project name with Markdown characters"
marked=$(cat "$work/out")
checks=$((checks + 1))
grep -qxF '# Use RAG for my_app\*beta\* \| v2 \<x> \[draft\]' "$marked" || fail "title not escaped: $(grep -m1 '^# ' "$marked")"
run "$RAGFT" check "$marked" --format json
expect_status 0 "check on the ADR of a name with Markdown characters"
checks=$((checks + 1))
python3 - "$work/out" <<'PY' || fail "check reads another title"
import json, sys
adr = json.load(open(sys.argv[1]))["adrs"][0]
assert adr["title"] == "Use RAG for my_app*beta* | v2 <x> [draft]", adr["title"]
PY

# Other numbering styles: ADR-NNN and dates.
mkdir -p "$work/styles/adr" "$work/dated"
printf '# A\n' >"$work/styles/adr/ADR-007-pgvector.md"
run "$RAGFT" adr new --from "$root/examples/policy-faq.yaml" --dir "$work/styles/adr"
expect_status 0 "ADR-NNN numbering"
expect_out "$work/styles/adr/ADR-008-use-rag-for-hr-policy-faq.md"
printf '# A\n' >"$work/dated/20201016-use-the-slug.md"
run "$RAGFT" adr new --from "$root/examples/policy-faq.yaml" --dir "$work/dated"
expect_status 0 "date numbering"
expect_out "$work/dated/$(date -u +%Y%m%d)-use-rag-for-hr-policy-faq.md"

# No ADR folder: docs/decisions is created.
mkdir "$work/bare" && cd "$work/bare" || exit 2
run "$RAGFT" adr new --from "$root/examples/bank-assistant.yaml"
expect_status 0 "no ADR folder yet"
expect_err "created docs/decisions"
expect_out "docs/decisions/0001-use-a-hybrid-of-rag-and-fine-tuning-for-bank-customer-assistant.md"
run "$RAGFT" check
expect_status 0 "check on a record of components"

# A bad spec writes nothing.
run "$RAGFT" adr new --from "$root/tests/fixtures/bad/unknown-value.yaml"
expect_status 2 "invalid spec"
expect_err "tests/fixtures/bad/unknown-value.yaml:4:22:"
checks=$((checks + 1))
[ "$(ls docs/decisions | wc -l)" -eq 1 ] || fail "a file was written for an invalid spec"


# An ADR folder found by searching the tree (as `check` finds it): the next ADR goes there, in its
# numbering style; several such folders are the user's choice (--dir), not a guess.
mkdir -p "$work/mono/web/docs/adrs" "$work/mono/api/decision-records" && cd "$work/mono" || exit 2
printf '# 1. Use ADRs\n\n## Decision\n\nWe record decisions.\n' >web/docs/adrs/0001-use-adrs.md
run "$RAGFT" adr new --from "$root/examples/policy-faq.yaml"
expect_status 0 "an ADR folder found by searching"
expect_err "writing into web/docs/adrs, found by searching the tree"
expect_out "web/docs/adrs/0002-use-rag-for-hr-policy-faq.md"
printf '# 1. Use ADRs\n\n## Decision\n\nWe record decisions.\n' >api/decision-records/0001-use-adrs.md
run "$RAGFT" adr new --from "$root/examples/policy-faq.yaml"
expect_status 2 "several ADR folders found by searching"
expect_err "several ADR folders found by searching the tree (api/decision-records, web/docs/adrs); choose one with --dir"
# Many (a monorepo, a folder of checkouts): five named, the others counted, so the message stays readable.
for d in a b c d e f g; do mkdir -p "svc-$d/docs/adr" && printf '# 1. X\n' >"svc-$d/docs/adr/0001-x.md"; done
run "$RAGFT" adr new --from "$root/examples/policy-faq.yaml"
expect_status 2 "nine ADR folders found by searching"
expect_err "several ADR folders found by searching the tree (api/decision-records, svc-a/docs/adr, svc-b/docs/adr, svc-c/docs/adr, svc-d/docs/adr and 4 more); choose one with --dir"
rm -rf svc-?

# A project decided from its parts: the ADR's reason is what its parts point to, and the scores are
# labelled as those of its own facts alone.
mkdir -p "$work/parts"
run "$RAGFT" adr new --no-charts --from "$root/examples/bank-assistant.yaml" --dir "$work/parts"
expect_status 0 "adr new for a project with components"
parts_adr=$(ls "$work/parts"/*.md)
checks=$((checks + 1))
grep -qF 'Chosen option: "Hybrid (fine-tuned model with RAG)", because its parts need different approaches (account answers rag; compliance wording fine-tune), so the system as a whole is hybrid.' "$parts_adr" ||
  fail "a component project's ADR gives the project-level facts' reason"
checks=$((checks + 1))
grep -q '^Scores of the project-level facts alone: ' "$parts_adr" || fail "the project-level scores are not labelled"

# Round sixteen: a folder that holds a decision log kept in one file (three `## ADR-NNN:` sections).
# `adr new` never writes into the log: it writes a file of its own, numbered from the folder's file
# names (the log's are none, so 0001), and `ragft check` then reads the log's three decisions and it.
mkdir -p "$work/logged/.git" "$work/logged/docs/adr"
printf '# Notes\n\n## ADR-001: A\n\nStatus: Accepted\n\n## ADR-002: B\n\nStatus: Accepted\n\n## ADR-003: C\n\nStatus: Proposed\n' \
  >"$work/logged/docs/adr/design-notes.md"
cp "$work/logged/docs/adr/design-notes.md" "$work/log-before.md"
cd "$work/logged" || exit 2
run "$RAGFT" adr new --no-charts --from "$root/examples/support-assistant.yaml" --dir docs/adr
expect_status 0 "adr new beside a decision log"
expect_out "docs/adr/0001-"
checks=$((checks + 1))
cmp -s "$work/log-before.md" docs/adr/design-notes.md || fail "adr new changed the decision log"
run "$RAGFT" check
expect_status 0 "check reads the log's decisions and the new ADR"
expect_out "4 ADR(s): 1 checked, 3 without facts"
cd "$work" || exit 2

finish
