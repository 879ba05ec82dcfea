#!/usr/bin/env bash
# Builds vbtool in Release (build-release/), then measures:
#   1. Extract() throughput on one core over a generated 100 MB archive (vbtool_bench);
#   2. `vbtool extract` over 100 MB and 1 GB archives written to a temporary
#      folder, with --jobs 1 and --jobs 2: wall time, MB/s and peak memory.
# Usage: bench/run.sh [SIZES_MB...]   (default: 100 1000)
set -euo pipefail
cd "$(dirname "$0")/.."

build=build-release
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DVBTOOL_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target vbtool vbtool_bench >"$build/bench-build.log" 2>&1 ||
  { cat "$build/bench-build.log"; exit 1; }

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000)

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "== Extract() on one core (in memory, ${sizes[0]} MB)"
"$build/vbtool_bench" --mb "${sizes[0]}" --repeat 2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/vbtool-bench-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

for mb in "${sizes[@]}"; do
  "$build/vbtool_bench" --write "$tmp/archive-$mb" --mb "$mb"
  bytes=$(du -sb "$tmp/archive-$mb" | cut -f1)
  for jobs in 1 2; do
    /usr/bin/time -v -o "$tmp/time" "$build/vbtool" extract --quiet --jobs "$jobs" --format jsonl \
      -o "$tmp/out.jsonl" "$tmp/archive-$mb"
    wall=$(grep 'Elapsed (wall clock)' "$tmp/time" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$tmp/time" | awk '{print $NF}')
    secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    out=$(du -sb "$tmp/out.jsonl" | cut -f1)
    awk -v mb="$mb" -v j="$jobs" -v s="$secs" -v b="$bytes" -v r="$rss" -v o="$out" 'BEGIN {
      printf "vbtool extract, %5d MB archive, --jobs %d: %7.1f s, %6.1f MB/s, peak RSS %6.1f MB, output %.0f MB\n",
             mb, j, s, b / 1e6 / s, r / 1024, o / 1e6 }'
  done
  rm -rf "$tmp/archive-$mb" "$tmp/out.jsonl"
done
