#!/usr/bin/env bash
# Times `ragft measure` on generated repositories in /tmp (never in the project): a JSONL training
# set of SIZE_MB megabytes (default 1024: about 6.4 million chat examples, 1 in 10 a duplicate, 1 in
# 1,000 malformed) and a knowledge folder of FILES files (default 100,000 Markdown pages of about 60
# words, 100 per sub-folder). Prints elapsed, user and system seconds and peak memory
# (/usr/bin/time -v) of each (on a loaded machine the CPU seconds say more than the elapsed ones),
# and of the JSONL at half the size, to show that memory grows with distinct examples only.
# Usage: bench/measure.sh [path/to/ragft]   (env: SIZE_MB, FILES, RAGFT_BENCH_DATA)
set -euo pipefail
ragft=$(realpath "${1:-build/ragft}")
size_mb=${SIZE_MB:-1024}
files=${FILES:-100000}
data=${RAGFT_BENCH_DATA:-/tmp/ragft-measure-bench}
mkdir -p "$data"

# gen_jsonl PATH MB: chat examples until the file holds MB megabytes.
gen_jsonl() {
  python3 - "$1" "$2" <<'PY'
import sys
path, limit = sys.argv[1], int(sys.argv[2]) << 20
body = "x" * 60
with open(path, "w") as f:
    size, i = 0, 0
    while size < limit:
        if i % 1000 == 999:
            line = '{"messages": [broken\n'
        else:
            n = i - 1 if i % 10 == 9 else i  # every tenth repeats the one before
            line = ('{"messages":[{"role":"user","content":"question %d %s"},'
                    '{"role":"assistant","content":"answer %d"}]}\n' % (n, body, n))
        f.write(line)
        size += len(line)
        i += 1
PY
}

# gen_docs FOLDER N: N Markdown pages, 100 per sub-folder.
gen_docs() {
  python3 - "$1" "$2" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
text = ("word " * 60).strip() + "\n"
for i in range(n):
    folder = os.path.join(root, "part%04d" % (i // 100))
    if i % 100 == 0:
        os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "page%06d.md" % i), "w") as f:
        f.write(text)
PY
}

time_it() { # time_it LABEL COMMAND...: elapsed seconds and peak RSS
  local label=$1
  shift
  /usr/bin/time -v "$@" >"$data/out.txt" 2>"$data/time.txt"
  local wall user sys rss
  wall=$(grep 'Elapsed (wall clock)' "$data/time.txt" | awk '{print $NF}')
  user=$(grep 'User time' "$data/time.txt" | awk '{print $NF}')
  sys=$(grep 'System time' "$data/time.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident set size' "$data/time.txt" | awk '{print $NF}')
  printf '%-36s %9s elapsed, %6ss user + %5ss system, %5d MiB peak\n' "$label" "$wall" "$user" "$sys" $((rss / 1024))
}

# bench REPO TARGET FACT LABEL GENERATOR ARG: generate REPO/TARGET once, then time measuring REPO.
bench() {
  if [ ! -e "$1/$2" ]; then
    mkdir -p "$(dirname "$1/$2")"
    "$5" "$1/$2" "$6"
  fi
  time_it "$4" "$ragft" measure "$1"
  grep -E "^  $3:" "$data/out.txt"
}

for mb in $((size_mb / 2)) "$size_mb"; do
  bench "$data/jsonl-$mb" data/train.jsonl labeled_examples "JSONL training set, $mb MiB" gen_jsonl "$mb"
done
bench "$data/docs-$files" docs knowledge_base_docs "knowledge folder, $files files" gen_docs "$files"
