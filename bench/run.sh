#!/usr/bin/env bash
# Times `ragft score` on 1,000, 10,000 and (unless --quick) 100,000 generated spec files, on one
# thread and on all cores, with files/s and peak memory (/usr/bin/time -v), beside the yaml-cpp
# parse-only floor on the same thread count; then what the machine itself gives two processes at
# once (the ceiling of any speed-up), the start-up cost of scoring one file, and `ragft explain`.
# Every time is the median of RUNS runs (default 3) on a warm page cache.
# With PyYAML's C loader installed (Debian: python3-yaml; a prerequisite of this benchmark only, not
# of `make test`), each size also times bench/pyyaml_floor.py, a parse-only Python script, against
# ragft on all cores.
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
runs=${RUNS:-3}
cores=$(nproc)
ragft=$build/ragft

# The flags the Makefile builds with (RELEASE_FLAGS: what `make run` gives a user), not CMake's -O3
# for Release: the benchmark measures the program people run.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DRAGFT_BUILD_BENCH=ON \
  -DRAGFT_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$cores" --target ragft ragft_parse_floor >/dev/null
mkdir -p "$data"

# Elapsed seconds, peak RSS (KiB) and CPU seconds (user + system) of one run of a command, from GNU
# time. CPU time says what a run costs even when other work shares the machine; elapsed time does not.
measure_once() {
  /usr/bin/time -v "$@" >/dev/null 2>"$data/time.txt" || true
  local wall rss cpu
  wall=$(grep 'Elapsed (wall clock)' "$data/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$data/time.txt" | awk '{print $NF}')
  cpu=$(grep -E '(User|System) time \(seconds\)' "$data/time.txt" | awk '{ s += $NF } END { print s }')
  echo "$wall $rss $cpu"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# The median elapsed seconds of $runs runs, the largest peak RSS (KiB), and the median CPU seconds.
measure() {
  local walls=() cpus=() rss_max=0 wall rss cpu
  for _ in $(seq "$runs"); do
    read -r wall rss cpu < <(measure_once "$@")
    walls+=("$wall")
    cpus+=("$cpu")
    [ "$rss" -gt "$rss_max" ] && rss_max=$rss
  done
  echo "$(median "${walls[@]}") $rss_max $(median "${cpus[@]}")"
}

# Milliseconds per run of a command, over `n` runs.
per_run_ms() {
  local n=$1; shift
  local start end
  start=$(date +%s.%N)
  for _ in $(seq "$n"); do "$@" >/dev/null 2>&1 || true; done
  end=$(date +%s.%N)
  echo "($end - $start) * 1000 / $n" | bc -l
}

printf '%-8s %-5s %-7s %10s %10s %12s %10s %8s %8s %10s %9s\n' files jobs format seconds files/s peak_MiB floor_s ratio cpu_s floor_cpu cpu_ratio
for n in "${sizes[@]}"; do
  dir="$data/specs-$n"
  if [ ! -d "$dir" ]; then
    python3 bench/gen_specs.py "$n" "$dir" --seed 42
  fi
  find "$dir" -type f -exec cat {} + >/dev/null # a warm page cache for every run, the first included
  all_cores=()
  for jobs in 1 "$cores"; do
    read -r floor _ floor_cpu < <(measure "$build/ragft_parse_floor" "$jobs" "$dir")
    for format in csv jsonl; do
      read -r wall rss cpu < <(measure "$ragft" score "$dir" -j "$jobs" --format "$format" --no-fail)
      printf '%-8s %-5s %-7s %10.2f %10.0f %12.1f %10.2f %8.2f %8.2f %10.2f %9.2f\n' "$n" "$jobs" "$format" "$wall" \
        "$(echo "$n / $wall" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$floor" "$(echo "$wall / $floor" | bc -l)" \
        "$cpu" "$floor_cpu" "$(echo "$cpu / $floor_cpu" | bc -l)"
      [ "$jobs" = "$cores" ] && all_cores+=("$format $wall")
    done
  done
  if python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null; then
    read -r py _ < <(measure python3 bench/pyyaml_floor.py "$dir")
    for entry in "${all_cores[@]}"; do
      read -r format wall <<<"$entry"
      printf 'pyyaml: %s files parsed by PyYAML C loader in %.2f s; ragft -j %d %s %.2f s = %.2fx\n' \
        "$n" "$py" "$cores" "$format" "$wall" "$(echo "$wall / $py" | bc -l)"
    done
  fi
done

# The machine's own ceiling for a speed-up: $cores independent one-thread runs at once, against one alone.
last="$data/specs-${sizes[-1]}"
read -r alone _ < <(measure "$ragft" score "$last" -j 1 --format csv --no-fail)
start=$(date +%s.%N)
for _ in $(seq "$cores"); do "$ragft" score "$last" -j 1 --format csv --no-fail >/dev/null 2>&1 & done
wait
end=$(date +%s.%N)
together=$(echo "$end - $start" | bc -l)
printf 'ceiling: %d one-thread runs at once took %.2f s, one alone %.2f s: the machine gives %.2fx the work per second\n' \
  "$cores" "$together" "$alone" "$(echo "$cores * $alone / $together" | bc -l)"

# Start-up: one small file, against a process that does nothing.
one="$data/specs-${sizes[0]}/000/spec-000000.yaml"
printf 'start-up: ragft score one.yaml %.1f ms per run; /bin/true %.1f ms (50 runs each)\n' \
  "$(per_run_ms 50 "$ragft" score "$one")" "$(per_run_ms 50 /bin/true)"

# explain: the whole analysis of one spec whose verdict the weights can move (so the draws are
# sampled, not skipped): flips, 2,000 weight draws, cost; and with 100,000 draws.
example=tests/scenarios/03-salesforce-support.yaml
printf 'explain: %s %.1f ms per run; with --draws 100000 %.1f ms (20 runs each)\n' "$example" \
  "$(per_run_ms 20 "$ragft" explain "$example")" "$(per_run_ms 20 "$ragft" explain "$example" --draws 100000)"
