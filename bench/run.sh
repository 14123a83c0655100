#!/usr/bin/env bash
# Times `ragft score` on 1,000, 10,000 and (unless --quick) 100,000 generated spec files, on one
# thread and on all cores, with files/s and peak memory (/usr/bin/time -v), beside the yaml-cpp
# parse-only floor on the same thread count; then the start-up cost of scoring one file.
# Usage: bench/run.sh [--quick] [SIZES...]   (from the project root; builds with RAGFT_BUILD_BENCH)
set -euo pipefail
quick=0
if [ "${1:-}" = "--quick" ]; then quick=1; shift; fi
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
  sizes=(1000 10000)
  [ $quick -eq 1 ] || sizes+=(100000)
fi
build=build-bench
data=${RAGFT_BENCH_DATA:-/tmp/ragft-bench}
cores=$(nproc)

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DRAGFT_BUILD_BENCH=ON -DRAGFT_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$cores" --target ragft ragft_parse_floor >/dev/null

# elapsed seconds and peak RSS (KiB) of a command, from GNU time.
measure() {
  /usr/bin/time -v "$@" >/dev/null 2>"$data/time.txt" || true
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$data/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$data/time.txt" | awk '{print $NF}')
  echo "$wall $rss"
}

printf '%-8s %-5s %-7s %10s %10s %12s %10s %8s\n' files jobs format seconds files/s peak_MiB floor_s ratio
for n in "${sizes[@]}"; do
  dir="$data/specs-$n"
  if [ ! -d "$dir" ]; then
    mkdir -p "$data"
    python3 bench/gen_specs.py "$n" "$dir" --seed 42
  fi
  for jobs in 1 "$cores"; do
    read -r floor _ < <(measure "$build/ragft_parse_floor" "$jobs" "$dir")
    for format in jsonl csv; do
      read -r wall rss < <(measure "$build/ragft" score "$dir" -j "$jobs" --format "$format" --no-fail)
      printf '%-8s %-5s %-7s %10.2f %10.0f %12.1f %10.2f %8.2f\n' "$n" "$jobs" "$format" "$wall" \
        "$(echo "$n / $wall" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$floor" "$(echo "$wall / $floor" | bc -l)"
    done
  done
done

# Start-up: one small file, against a process that does nothing.
one="$data/specs-${sizes[0]}/000/spec-000000.yaml"
start=$(date +%s.%N); for _ in $(seq 50); do "$build/ragft" score "$one" >/dev/null || true; done; end=$(date +%s.%N)
base_start=$(date +%s.%N); for _ in $(seq 50); do /bin/true; done; base_end=$(date +%s.%N)
printf 'start-up: ragft score one.yaml %.1f ms per run; /bin/true %.1f ms\n' \
  "$(echo "($end - $start) * 1000 / 50" | bc -l)" "$(echo "($base_end - $base_start) * 1000 / 50" | bc -l)"
