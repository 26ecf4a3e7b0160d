#!/usr/bin/env bash
# Runs a command on a virtual X display that has a real system tray: Xvfb, with trayer (a small
# standalone tray) started first, so that QSystemTrayIcon is available and gets a geometry.
# When the command fails, trayer's own output is shown: a tray that never came up explains a
# failing tray test.
set -euo pipefail
exec xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  log=$(mktemp)
  start_tray() {
    trayer --edge top --align right --widthtype pixel --width 200 --heighttype pixel --height 32 \
      >>"$log" 2>&1 &
    tray=$!
  }
  start_tray
  trap "kill \$tray 2>/dev/null; rm -f \"$log\"" EXIT
  # A trayer started before the display answers exits ("cannot open display"): start it again.
  for _ in $(seq 100); do
    xwininfo -root -tree 2>/dev/null | grep -qi trayer && break
    kill -0 "$tray" 2>/dev/null || start_tray
    sleep 0.1
  done
  status=0
  "$@" || status=$?
  if [ "$status" -ne 0 ]; then
    kill -0 "$tray" 2>/dev/null || echo "with-tray.sh: trayer is not running" >&2
    sed "s/^/trayer: /" "$log" >&2
  fi
  exit "$status"' tray "$@"
