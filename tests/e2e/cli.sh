#!/usr/bin/env bash
# ragft's top level: --version, --help, usage errors.
. "$(dirname "$0")/lib.sh"

run "$RAGFT" --version
expect_status 0 "--version"
expect_out "ragft 0.1.0 (rule base default 2026.11)"

run "$RAGFT" --help
expect_status 0 "--help"
expect_out "score"
expect_out "Examples:"
expect_out "Exit codes:"

run "$RAGFT" score --help
expect_status 0 "score --help"
expect_out "--format"
expect_out "ragft score examples/support-assistant.yaml"

for command in score ask explain rules "rules lint" "rules test" "rules show" schema "schema spec"; do
  # shellcheck disable=SC2086
  run "$RAGFT" $command --help
  expect_status 0 "$command --help"
  expect_out "Examples:"
done

# Each command's help has its own examples; --fail-on's defaults are explained in both helps.
run "$RAGFT" schema --help
expect_out "ragft schema spec"
expect_no_out "ragft score examples"
run "$RAGFT" check --help
expect_out "ragft-ignore"
expect_out "--fail-on defaults to warning"
run "$RAGFT" score --help
expect_out "--fail-on defaults to note"

# Bare ragft lists the commands, one line each, and exits 2.
run "$RAGFT"
expect_status 2 "no subcommand"
expect_err "a command is required"
for command in score ask explain rules schema check adr; do
  checks=$((checks + 1))
  grep -qE "^  $command +[A-Z]" "$work/err" || fail "bare ragft does not list $command"
done

run "$RAGFT" frobnicate
expect_status 2 "unknown subcommand"
expect_err "unknown command \`frobnicate\`"

run "$RAGFT" scor x.yaml
expect_status 2 "misspelt subcommand"
expect_err "unknown command \`scor\` (did you mean \`score\`?)"
expect_err "  score "

# A misspelt option or subcommand is named with the one meant (CLI11 alone said "The following
# argument was not expected" and "A subcommand is required", naming no fix).
run "$RAGFT" score --no-colour examples/support-assistant.yaml
expect_status 2 "misspelt option"
expect_err "ragft score: unknown option \`--no-colour\` (did you mean \`--no-color\`?); \`ragft score --help\` lists its options"
run "$RAGFT" check --formt=json
expect_status 2 "misspelt option with a value"
expect_err "ragft check: unknown option \`--formt\` (did you mean \`--format\`?)"
run "$RAGFT" rules shw
expect_status 2 "misspelt subcommand of rules"
expect_err "ragft rules: unknown command \`shw\` (did you mean \`show\`?); expected one of: "
expect_no_out "A subcommand is required"
run "$RAGFT" rules
expect_status 2 "rules without its command"
expect_err "ragft rules: a command is required; expected one of: "
run "$RAGFT" score --frobnicate examples/support-assistant.yaml
expect_status 2 "unknown option, nothing near"
expect_err "ragft score: unknown option \`--frobnicate\`; \`ragft score --help\` lists its options"

# A value that is none of an option's choices names the one meant, a near spelling or its start.
run "$RAGFT" check --fail-on warn
expect_status 2 "--fail-on warn"
expect_err "--fail-on: \`warn\` is none of error, warning, note (did you mean \`warning\`?)"
run "$RAGFT" explain --format jsn examples/support-assistant.yaml
expect_status 2 "explain --format jsn"
expect_err "--format: \`jsn\` is none of text, json, jsonl, markdown (did you mean \`json\`?)"
run "$RAGFT" score --format jsn examples/support-assistant.yaml
expect_status 2 "score --format jsn"
expect_err "unknown format \`jsn\` (did you mean \`json\`?); expected one of: "

# readers10: a newcomer asked for a table; score's text for several files is one
run "$RAGFT" score --format table examples/support-assistant.yaml examples/policy-faq.yaml
expect_status 2 "score --format table"
expect_err "unknown format \`table\` (did you mean \`text\`? score's text is a table for several files); expected one of: "
run "$RAGFT" score --format md examples/support-assistant.yaml
expect_err "unknown format \`md\` (did you mean \`markdown\`?)"

run "$RAGFT" score --format yaml examples/support-assistant.yaml
expect_status 2 "unknown format"
expect_err "--format"

# A command given nothing to read says what to give and how to write a spec (CLI11 alone said
# "files is required").
run "$RAGFT" score
expect_status 2 "score without files"
checks=$((checks + 1))
! grep -qF "files is required" "$work/err" || fail "stderr still has CLI11's: files is required"
expect_err "ragft score: no file given; expected spec files (YAML or JSON), ADRs (Markdown with a ragft block), folders"
expect_err "or - for standard input, e.g. \`ragft score project.yaml\`"
expect_err "\`ragft ask --save project.yaml\` writes one"
expect_err "\`ragft schema spec\`"
run "$RAGFT" explain
expect_status 2 "explain without files"
expect_err "ragft explain: no file given; expected spec files (YAML or JSON), ADRs (Markdown with a ragft block), or - for standard input, e.g. \`ragft explain project.yaml\`"
run "$RAGFT" adr new
expect_status 2 "adr new without --from"
expect_err "ragft adr new: no \`--from\` given; expected the spec file the ADR records (- reads standard input), e.g. \`ragft adr new --from project.yaml\`"

finish
