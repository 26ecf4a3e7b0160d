#!/usr/bin/env bash
# Runs a command on a virtual X display that has a real system tray: Xvfb, with trayer (a small
# standalone tray) started first, so that QSystemTrayIcon is available and gets a geometry.
set -euo pipefail
exec xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  trayer --edge top --align right --widthtype pixel --width 200 --heighttype pixel --height 32 \
    >/dev/null 2>&1 &
  tray=$!
  trap "kill $tray 2>/dev/null" EXIT
  for _ in $(seq 100); do
    xwininfo -root -tree 2>/dev/null | grep -qi trayer && break
    sleep 0.1
  done
  "$@"' tray "$@"
