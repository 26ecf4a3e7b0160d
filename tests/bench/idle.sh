#!/usr/bin/env bash
# Benchmark (prints figures, asserts nothing): what PingPanda costs while nothing happens, and how
# fast it starts. Part of the performance issue's table:
#   start-up    launch to the ready line, headless (median of 11)     target <= 150 ms
#   idle CPU    user+system time over 60 s idle, headless and GUI      target 0 ms
#   wake-ups    times any of its threads woke over that minute         target 0 (no timer fires)
#   idle RSS    resident memory after the minute                      target <= 25 MB / 60 MB
# The GUI runs under Xvfb with a real tray (tests/with-tray.sh).
#
# usage: tests/bench/idle.sh [BUILD_DIR] [IDLE_SECONDS] [--rows]
#   --rows: ROW|figure|measured|target|met lines for tests/bench/run.sh instead of a table
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
idle=${2:-60}
rows=${3:-}
bin="$PWD/$build/bin/pingpanda"
[ -x "$bin" ] || { echo "idle.sh: build first ($bin is missing)" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'pkill -f "data-dir $scratch" 2>/dev/null || true; rm -rf "$scratch"' EXIT
ticks=$(getconf CLK_TCK)

cpu_ms() { # user+system CPU time of a process, in ms
  awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$1/stat"
}
wakeups() { # context switches of all of a process's threads so far: each is a wake-up
  cat /proc/"$1"/task/*/status 2>/dev/null |
    awk '/^(voluntary|nonvoluntary)_ctxt_switches:/ { n += $2 } END { print n + 0 }'
}
rss_mb() {
  awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"
}
wait_ready() { # file with the server's stdout
  for _ in $(seq 300); do
    grep -q "^PingPanda listening on " "$1" 2>/dev/null && return 0
    sleep 0.01
  done
  return 1
}

# Start-up: launch to the ready line, headless, a fresh data folder each time after a warm-up.
"$bin" --headless --port 0 --data-dir "$scratch/warm" >"$scratch/warm.out" 2>/dev/null &
wait_ready "$scratch/warm.out"; kill "$!"; wait "$!" 2>/dev/null || true
times=()
for i in $(seq 11); do
  start=$(date +%s%N)
  "$bin" --headless --port 0 --data-dir "$scratch/start$i" >"$scratch/start$i.out" 2>/dev/null &
  pid=$!
  wait_ready "$scratch/start$i.out"
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
startup=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)

# Idle, headless.
"$bin" --headless --port 0 --data-dir "$scratch/idle" >"$scratch/idle.out" 2>/dev/null &
pid=$!
wait_ready "$scratch/idle.out"
sleep 2 # settle
before=$(cpu_ms "$pid")
woke=$(wakeups "$pid")
sleep "$idle"
headless_cpu=$(( $(cpu_ms "$pid") - before ))
headless_wakeups=$(( $(wakeups "$pid") - woke ))
headless_rss=$(rss_mb "$pid")
kill "$pid"; wait "$pid" 2>/dev/null || true

# Idle, GUI with a tray, under Xvfb (xvfb-run ends with the app).
bash tests/with-tray.sh "$bin" --port 0 --data-dir "$scratch/gui" >"$scratch/gui.out" 2>/dev/null &
wait_ready "$scratch/gui.out" || { sleep 3; wait_ready "$scratch/gui.out"; }
pid=$(pgrep -f -- "--data-dir $scratch/gui" | while read -r p; do
  case "$(cat /proc/"$p"/comm)" in pingpanda*) echo "$p" ;; esac; done | head -1)
# The window and the tray icon settle; Qt's pixmap cache checks itself once, 30 s after the
# window's first icons went into it, and then sleeps too.
sleep 35
before=$(cpu_ms "$pid")
woke=$(wakeups "$pid")
sleep "$idle"
gui_cpu=$(( $(cpu_ms "$pid") - before ))
gui_wakeups=$(( $(wakeups "$pid") - woke ))
gui_rss=$(rss_mb "$pid")
kill "$pid"
wait 2>/dev/null || true

if [ "$rows" = --rows ]; then
  met() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "NO" }'; }
  echo "ROW|start-up to the ready line, headless|$startup ms|<= 150 ms|$(met "$startup" 150)"
  echo "ROW|idle CPU over $idle s, headless|$headless_cpu ms|0 ms|$(met "$headless_cpu" 0)"
  echo "ROW|thread wake-ups over $idle s idle, headless|$headless_wakeups|0|$(met "$headless_wakeups" 0)"
  echo "ROW|idle RSS, headless|$headless_rss MB|<= 25 MB|$(met "$headless_rss" 25)"
  echo "ROW|idle CPU over $idle s, GUI + tray (Xvfb)|$gui_cpu ms|0 ms|$(met "$gui_cpu" 0)"
  echo "ROW|thread wake-ups over $idle s idle, GUI + tray|$gui_wakeups|0|$(met "$gui_wakeups" 0)"
  echo "ROW|idle RSS, GUI + tray (Xvfb)|$gui_rss MB|<= 60 MB|$(met "$gui_rss" 60)"
  exit 0
fi
printf '\n%-34s %14s %14s\n' "figure" "measured" "target"
printf '%-34s %11s ms %11s ms\n' "start-up to ready line (headless)" "$startup" "<= 150"
printf '%-34s %11s ms %11s ms\n' "idle CPU over ${idle} s, headless" "$headless_cpu" "0"
printf '%-34s %14s %14s\n' "wake-ups over ${idle} s, headless" "$headless_wakeups" "0"
printf '%-34s %11s MB %11s MB\n' "idle RSS, headless" "$headless_rss" "<= 25"
printf '%-34s %11s ms %11s ms\n' "idle CPU over ${idle} s, GUI + tray" "$gui_cpu" "0"
printf '%-34s %14s %14s\n' "wake-ups over ${idle} s, GUI + tray" "$gui_wakeups" "0"
printf '%-34s %11s MB %11s MB\n' "idle RSS, GUI + tray" "$gui_rss" "<= 60"
