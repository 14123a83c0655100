#!/usr/bin/env bash
# A repository's .ragft.yaml: found from the current folder upward; flags override it.
. "$(dirname "$0")/lib.sh"
root=$PWD
RAGFT=$(cd "$(dirname "$RAGFT")" && pwd)/$(basename "$RAGFT")
adrs=$root/examples/adr/docs/decisions

mkdir -p "$work/repo/records/archive" "$work/repo/src/deep"
cp "$adrs/0005-fine-tune-the-call-summariser.md" "$work/repo/records/"       # a note: facts missing
cp "$adrs/0003-fine-tune-the-ticket-triage-model.md" "$work/repo/records/archive/"  # an error: contradicts
cat >"$work/repo/.ragft.yaml" <<'YAML'
adr_folder: records
fail_on: error
ignore: [records/archive/*]
YAML

cd "$work/repo/src/deep" || exit 2
run "$RAGFT" check
expect_status 0 "config found upward: its folder, its fail_on, the archive ignored"
expect_out "adr-facts-missing"
expect_no_out "0003-fine-tune-the-ticket-triage-model"

run "$RAGFT" check --fail-on note
expect_status 1 "--fail-on overrides the config"

run "$RAGFT" check ../../records/archive
expect_status 0 "ignored files stay ignored when named by folder"
run "$RAGFT" check ../../records/archive/0003-fine-tune-the-ticket-triage-model.md
expect_status 0 "an ignored file named on the command line is ignored too"

# A monorepo's ADR folders as a list; each is checked, paths relative to the file's folder.
mkdir -p "$work/repo/web/adr" "$work/repo/api/adr"
cp "$adrs/0005-fine-tune-the-call-summariser.md" "$work/repo/web/adr/0001-web.md"
cp "$adrs/0003-fine-tune-the-ticket-triage-model.md" "$work/repo/api/adr/0001-api.md"
printf 'adr_folder: [web/adr, api/adr]\n' >"$work/repo/.ragft.yaml"
run "$RAGFT" check
expect_status 1 "adr_folder as a list: both folders checked"
expect_out "../../web/adr/0001-web.md"
expect_out "../../api/adr/0001-api.md:27:1: error:"
expect_no_out "records/"
printf 'adr_folder:\n  - web/adr\n' >"$work/repo/.ragft.yaml"
run "$RAGFT" check
expect_status 0 "adr_folder as a block list of one"
expect_no_out "api/adr"
# `ragft adr new` writes into the one folder `adr_folder` names; several are a choice (--dir).
run "$RAGFT" adr new --from "$root/examples/support-assistant.yaml"
expect_status 0 "adr new into adr_folder"
expect_out "../../web/adr/0002-use-rag-for-acme-support-assistant.md"
printf 'adr_folder: [web/adr, api/adr]\n' >"$work/repo/.ragft.yaml"
run "$RAGFT" adr new --from "$root/examples/support-assistant.yaml"
expect_status 2 "adr new with several adr_folder folders"
expect_err "\`adr_folder\` in .ragft.yaml names several ADR folders (../../web/adr, ../../api/adr); choose one with --dir"
printf 'adr_folder: []\n' >"$work/repo/.ragft.yaml"
run "$RAGFT" check
expect_status 2 "adr_folder: an empty list"
expect_err "../../.ragft.yaml:1:13: \`adr_folder\` is an empty list; expected a folder or a list of folders"

printf 'fail_on: erorr\n' >"$work/repo/.ragft.yaml"
run "$RAGFT" check
expect_status 2 "invalid config"
expect_err "../../.ragft.yaml:1:10: \`erorr\` is not a severity (did you mean \`error\`?); expected error, warning or note"

printf 'fail-on: error\n' >"$work/repo/.ragft.yaml"
run "$RAGFT" check
expect_status 2 "unknown key"
expect_err "../../.ragft.yaml:1:1: unknown key \`fail-on\` in \`.ragft.yaml\` (did you mean \`fail_on\`?)"

finish
