#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Launch → first rows painted, nextevent-admin on a workspace vs a bare Qt table window
# (the floor), alternating runs so both see the same machine load. Prints both medians and
# the ratio. Usage: bench-startup.sh BUILD_DIR WORKSPACE [RUNS]
# Run it under a display, e.g. xvfb-run -a -s "-screen 0 1600x1000x24" bench-startup.sh …
set -euo pipefail
build=$1 workspace=$2 runs=${3:-15}
ms() { sed -n 's/.*startup_to_first_rows_ms=\([0-9]*\).*/\1/p'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timeout 60 "$build/tests/bench/ui/BenchBareWindow" >/dev/null # warm the page cache for both
timeout 60 "$build/app/nextevent-admin" --workspace "$workspace" --no-sample --measure-startup >/dev/null
bare=() app=()
for ((i = 0; i < runs; i++)); do
  bare+=("$(timeout 60 "$build/tests/bench/ui/BenchBareWindow" | ms)")
  app+=("$(timeout 60 "$build/app/nextevent-admin" --workspace "$workspace" --no-sample --measure-startup | ms)")
done
b=$(printf '%s\n' "${bare[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
echo "bare window: median ${b} ms  (runs: ${bare[*]})"
echo "nextevent-admin: median ${a} ms  (runs: ${app[*]})"
awk -v a="$a" -v b="$b" 'BEGIN {printf "ratio app/bare: %.2fx\n", a / b}'
