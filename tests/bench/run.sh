#!/usr/bin/env bash
# The performance benchmark: every figure of the performance issue next to its target, in one
# table. It prints figures and asserts nothing (no timing is a test); a missed target shows "NO".
#   API throughput and latency   wrk against pingpanda --headless and a bare QHttpServer
#   POST -> Discord, burst drain the fake Discord with Discord's limits    (bench_api)
#   history at 1,000,000 events  the real window, offscreen                (bench_history)
#   idle cost and start-up       headless and GUI + tray under Xvfb        (idle.sh)
# Servers run on CPU 0, wrk on CPU 1 (taskset). About 8 minutes on a 2-core machine.
#
# usage: tests/bench/run.sh [BUILD_DIR]        (builds first; wrk comes with install-deps.sh)
#   BENCH_SECONDS=N   seconds of wrk per server in each throughput round (default 3)
#   BENCH_ROUNDS=N    throughput rounds of bare server, durable floor and PingPanda side by
#                     side; the table shows medians (default 7)
#   BENCH_IDLE=N      seconds of idling measured (default 60)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
command -v wrk >/dev/null || { echo "run.sh: wrk is missing; run installer/install-deps.sh" >&2; exit 1; }
if [ -f "$build/build.ninja" ]; then cmake --build "$build" >/dev/null; else bash installer/build.sh >/dev/null; fi
bin="$PWD/$build/bin"
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT

echo "== API and delivery (bench_api) ==" >&2
"$bin/bench_api" "$bin/pingpanda" "$bin/bare_server" tests/bench/post-event.lua \
  "${BENCH_SECONDS:-3}" 2> >(grep '^bench_api:' >&2) | grep '^ROW|' >>"$rows"
echo "== history at 1,000,000 events (bench_history) ==" >&2
"$bin/bench_history" 2> >(grep '^bench_history:' >&2) | grep '^ROW|' >>"$rows"
echo "== idle and start-up (idle.sh) ==" >&2
bash tests/bench/idle.sh "$build" "${BENCH_IDLE:-60}" --rows | grep '^ROW|' >>"$rows"

echo
printf '%-44s %-72s %-16s %s\n' "figure" "measured" "target" "met"
printf '%-44s %-72s %-16s %s\n' "------" "--------" "------" "---"
while IFS='|' read -r _ figure measured target ok; do
  printf '%-44s %-72s %-16s %s\n' "$figure" "$measured" "$target" "$ok"
done <"$rows"
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
