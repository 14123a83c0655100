#!/usr/bin/env bash
# Limits that keep ragft honest under hostile input (issue 20, items 4, 7, 9, 10): rule bases
# that cannot lie, linear work on huge ADRs and specs, bounded numbers, inputs that stay inside
# the repository. Time and memory are bounded with `timeout` and `ulimit -v`.
. "$(dirname "$0")/lib.sh"
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT") # the reach tests run it from other folders

# Bounded memory (1 GB of address space) unless a sanitizer, which reserves much more, is in use.
limit_memory() { if [ -z "${RAGFT_SANITIZED:-}" ]; then ulimit -v 1000000; fi; }
bounded() { ( limit_memory; exec timeout 20 "$@" ) >"$work/out" 2>"$work/err" </dev/null; status=$?; }

# --- Rule bases that cannot lie: `rules lint` and loading refuse them (exit 2, path:line:col).
hostile_rules=tests/hostile/rules
run "$RAGFT" rules lint "$hostile_rules/tie-order-hybrid-thrice.yaml"
expect_status 2 "tie_order [hybrid, hybrid, hybrid]"
expect_out "$hostile_rules/tie-order-hybrid-thrice.yaml:5:14: error: \`tie_order\` must list each of rag, fine-tune and hybrid once (\`rag\` is missing, \`fine-tune\` is missing, \`hybrid\` is listed 3 times)"
run "$RAGFT" score --rules "$hostile_rules/tie-order-hybrid-thrice.yaml" examples/policy-faq.yaml
expect_status 2 "scoring with tie_order [hybrid, hybrid, hybrid]"
expect_err "$hostile_rules/tie-order-hybrid-thrice.yaml:5:14: \`tie_order\` must list each"
run "$RAGFT" rules lint "$hostile_rules/points-huge.yaml"
expect_status 2 "points 1e308"
expect_out "points-huge.yaml:15:25: error: points for \`fine-tune\` must be a number from -1000 to 1000, got 1e+308"
run "$RAGFT" rules lint "$hostile_rules/points-nan.yaml"
expect_status 2 "points nan"
expect_out "points-nan.yaml:15:25: error: points for \`fine-tune\` must be a number from -1000 to 1000, got nan"
run "$RAGFT" rules lint "$hostile_rules/threshold-huge.yaml"
expect_status 2 "threshold near INT64_MAX"
expect_out "threshold-huge.yaml:18:34: error: the value of \`gt\` must be within ±9,007,199,254,740,991"

# --- Numbers: cost inputs and prices bounded; money never negative, NaN or overflowed.
printf 'ragft: 1\nproject: costs\ncost: {queries_per_day: 1e20}\n' >"$work/cost-huge.yaml"
run "$RAGFT" explain "$work/cost-huge.yaml"
expect_status 2 "cost input 1e20"
expect_err "$work/cost-huge.yaml:3:25: \`cost.queries_per_day\` (expected load (default: the fact, else 1,000)) must be a number from 0 to 1,000,000,000, got 1e+20"
printf 'ragft: 1\nproject: costs\ncost: {day_rate: nan}\n' >"$work/cost-nan.yaml"
run "$RAGFT" explain "$work/cost-nan.yaml"
expect_status 2 "cost input nan"
expect_err "must be a number from 0 to 1,000,000, got nan"
sed 's/value: [0-9.]*/value: 1e20/' rules/prices.yaml >"$work/prices-huge.yaml"
run "$RAGFT" explain --prices "$work/prices-huge.yaml" examples/policy-faq.yaml
expect_status 2 "price 1e20"
expect_err "must be a number from 0 to 1,000,000, got 1e+20"
# Facts at the top of their range reach the cost model: amounts print, in scientific notation
# beyond 2^53, never as a negative or wrapped number.
printf 'ragft: 1\nproject: costs\nfacts: {queries_per_day: 9000000000000000000, knowledge_base_docs: 9000000000000000}\n' >"$work/facts-huge.yaml"
run "$RAGFT" explain "$work/facts-huge.yaml"
expect_status 0 "huge facts in the cost model"
expect_out "e+18 USD in all"
checks=$((checks + 1))
! grep -qE -- '--[0-9]|-9,223|\bnan\b|\binf\b' "$work/out" || fail "huge facts: a negative, wrapped or non-finite amount"
run "$RAGFT" explain "$work/facts-huge.yaml" --format json
expect_status 0 "huge facts, json"
checks=$((checks + 1))
python3 - "$work/out" <<'PY' || fail "huge facts: a cost amount in JSON is null or negative"
import json, sys
def amounts(x):
    if isinstance(x, dict):
        for v in x.values():
            yield from amounts(v)
    elif isinstance(x, list):
        for v in x:
            yield from amounts(v)
    elif x is None or isinstance(x, (int, float)) and not isinstance(x, bool):
        yield x
cost = json.load(open(sys.argv[1]))["results"][0]["cost"]
sys.exit(0 if all(a is not None and a >= 0 for a in amounts(cost["verdicts"])) else 1)
PY

# Options: nan, a negative seed and badly grouped numbers are refused (exit 2).
run "$RAGFT" explain examples/policy-faq.yaml --spread nan
expect_status 2 "--spread nan"
expect_err "--spread: \`nan\` is not a number; expected a number from 0 to 1"
run "$RAGFT" explain examples/policy-faq.yaml --seed -1
expect_status 2 "--seed -1"
expect_err "--seed: \`-1\` is not a whole number"
run "$RAGFT" rules test --min-coverage nan
expect_status 2 "--min-coverage nan"
run "$RAGFT" rules eval --min-accuracy nan
expect_status 2 "--min-accuracy nan"
run "$RAGFT" ask --no-input --defaults --set latency_budget_ms=1,5
expect_status 2 "--set latency_budget_ms=1,5"
expect_err "\`1,5\` is not a whole number; expected a number of ms (commas only between groups of three: 12,000)"
run "$RAGFT" ask --no-input --defaults --set latency_budget_ms=1,500 --format json
expect_status 0 "--set latency_budget_ms=1,500"

# --- Linear work (before: 2.6 GiB for the paragraph, minutes for the 120 ADRs, 26 s and 169 MB for
# 15,000 components). Each must end within 20 s in 1 GB.
mkdir -p "$work/adr-big" "$work/adr-many"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
lines = "\n".join(f"Superseded by [ADR {j}]({j:04d}-y.md)" for j in range(5000))
open(f"{work}/adr-big/0001-big.md", "w").write(f"# 1. Big\n\n## Status\n\nAccepted\n\n{lines}\n\n## Decision\n\nWe will use RAG.\n")
for i in range(1, 121):
    links = "\n".join(f"Supersedes [ADR {j}]({j:04d}-x.md)" for j in range(1, 121) if j != i)
    open(f"{work}/adr-many/{i:04d}-x.md", "w").write(f"# {i}. X\n\n## Status\n\nAccepted\n\n{links}\n\n## Decision\n\nWe will use RAG.\n")
with open(f"{work}/components.yaml", "w") as f:
    f.write("ragft: 1\nproject: many\ncomponents:\n")
    for i in range(15000):
        f.write(f"  - name: c{i}\n    facts: {{budget: low}}\n")
with open(f"{work}/components-100.yaml", "w") as f:
    f.write("ragft: 1\nproject: many\ncomponents:\n")
    for i in range(100):
        f.write(f"  - name: c{i}\n    facts: {{budget: low}}\n")
PY
bounded "$RAGFT" check "$work/adr-big" --format json
expect_status 0 "a paragraph of 5,000 Superseded-by links"
bounded "$RAGFT" check "$work/adr-many"
expect_status 0 "120 ADRs superseding each other"
expect_out "120 ADR(s)"
# Each ADR supersedes every other one: all are superseded (written in the others).
bounded "$RAGFT" check "$work/adr-many" --format json
checks=$((checks + 1))
[ "$(grep -o '"status":"superseded"' "$work/out" | wc -l)" -eq 120 ] || fail "120 ADRs: not all marked superseded"
bounded "$RAGFT" explain "$work/components.yaml" --format json
expect_status 2 "15,000 components"
expect_err "$work/components.yaml:204:5: more than 100 components; a spec describes one system"
bounded "$RAGFT" explain "$work/components-100.yaml" --format json
expect_status 0 "100 components"

# --- Reach: what ragft finds by itself stays inside the repository.
outside="$work/reach"
mkdir -p "$outside/repo/.git" "$outside/repo/sub"
printf 'rules: elsewhere.yaml\n' >"$outside/.ragft.yaml" # above the repository root: not this repository's
( cd "$outside/repo/sub" && exec "$RAGFT" score "$OLDPWD/examples/policy-faq.yaml" ) >"$work/out" 2>"$work/err" </dev/null
status=$?
expect_status 0 ".ragft.yaml above the repository root is not read"
expect_out "HR policy FAQ"
printf '/\n' >"$outside/repo/.adr-dir"
( cd "$outside/repo" && exec timeout 20 "$RAGFT" check ) >"$work/out" 2>"$work/err" </dev/null
status=$?
expect_status 2 ".adr-dir holding /"
expect_err ".adr-dir:1:1: the ADR folder \`/\` is outside the repository"
rm "$outside/repo/.adr-dir"
printf 'secret: do-not-quote\n' >"$outside/foreign.yaml"
{ cat tests/fixtures/rules-tiny.yaml; printf 'tests:\n  - ../foreign.yaml\n  - /etc/passwd\n'; } >"$outside/repo/rules.yaml"
run "$RAGFT" rules test "$outside/repo/rules.yaml"
expect_status 2 "tests: outside the repository"
expect_out "rules.yaml:19:5: \`../foreign.yaml\` is outside $outside/repo; \`tests:\` may list only files inside the repository"
expect_out "rules.yaml:20:5: \`/etc/passwd\` is outside"
expect_no_out "do-not-quote"
expect_no_out "root:"

# A rule base may be 8 MiB (docs/limits.md), more than a spec's 1 MiB.
python3 -c "
import sys
text = open('tests/fixtures/rules-tiny.yaml').read()
open(sys.argv[1], 'w').write(text + '#' + 'x' * 1000 + '\n' + ('#' + 'x' * 1000 + '\n') * 2000)
" "$work/big-rules.yaml"
run "$RAGFT" rules lint "$work/big-rules.yaml"
expect_status 0 "a 2 MB rule base"

finish
