#!/usr/bin/env bash
# Limits that keep ragft honest under hostile input (issue 20, items 4, 7, 9, 10): rule bases
# that cannot lie, linear work on huge ADRs and specs, bounded numbers, inputs that stay inside
# the repository. Time and memory are bounded with `timeout` and `ulimit -v`.
. "$(dirname "$0")/lib.sh"

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

finish
