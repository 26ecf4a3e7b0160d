#!/usr/bin/env bash
# Pictures of the real app for the README and the AppStream metainfo: the setup assistant on a
# new profile, each page of the window in light and dark, and the tray menu. The app runs under
# Xvfb with a tray (tests/with-tray.sh) and a keychain of its own (tests/with-keyring.sh), as on
# a desktop, on a profile filled with demo data: today's events sent
# through the API, and the month before written to the database (the API cannot backdate), all
# delivered to a local stand-in for Discord's webhook (tests/demo-webhook.py).
#
# usage: tests/screenshots.sh [BUILD_DIR] [OUT_DIR]     (defaults: build, docs/screenshots)
# Needs xdotool and ImageMagick's import (installer/install-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--inside-display" ]; then
  build=${1:-build}
  out=${2:-docs/screenshots}
  [ -x "$build/bin/pingpanda" ] || { echo "screenshots.sh: build first (installer/build.sh)" >&2; exit 1; }
  mkdir -p "$out"
  exec tests/with-keyring.sh tests/with-tray.sh bash "$0" --inside-display "$PWD/$build/bin/pingpanda" "$(cd "$out" && pwd)"
fi

bin=$2
out=$3
scratch=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

# The window called $1, once it is on screen (20 s at most).
window_named() {
  timeout 20 xdotool search --sync --onlyvisible --name "^$1\$" | head -1
}
shoot() { # window, file name
  sleep 0.7 # let it paint
  import -window "$1" "$out/$2.png"
  echo "screenshots.sh: $out/$2.png"
}
start_app() { # data folder
  "$bin" --data-dir "$1" --port 0 >"$scratch/app.out" 2>"$scratch/app.err" &
  app=$!
  pids+=("$app")
}
stop_app() {
  kill "$app"
  wait "$app" 2>/dev/null || true
}

# 1. A new profile: the setup assistant greets it. Its first page, then the webhook page.
start_app "$scratch/new"
assistant=$(window_named "Set up PingPanda")
shoot "$assistant" assistant-choose
xdotool windowfocus --sync "$assistant" key Return
shoot "$assistant" assistant-webhook
stop_app

# 2. The demo profile: three categories, a webhook that accepts everything, a month of history.
python3 tests/demo-webhook.py >"$scratch/webhook.port" &
pids+=("$!")
for _ in $(seq 50); do [ -s "$scratch/webhook.port" ] && break; sleep 0.1; done
demo="$scratch/demo"
pp() { "$bin" --data-dir "$demo" "$@" >/dev/null; }
pp category add sale --emoji 💰 --color '#FFEB3B'
pp category add signup --emoji 👋 --color '#6C5CE7'
pp category add bug --emoji 🐞 --color '#FF6B6B'
pp config set discord.webhook-url "http://127.0.0.1:$(cat "$scratch/webhook.port")/api/webhooks/1/demo"
pp config set ratelimit.per-minute 0
pp category add deploy --emoji 🚀 --color '#2ECC71'
pp category set bug --urgent
pp api-key add backup-script --categories bug
pp hook add github-shop --category deploy --preset github
kuma_key=$("$bin" --data-dir "$demo" hook add uptime --category bug --preset uptime-kuma |
  sed -n 's/.*?key=\(pph_[A-Za-z0-9_-]*\)$/\1/p')
python3 - "$demo/pingpanda.sqlite" <<'PY'
import json, random, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
random.seed(7)
now = int(time.time() * 1000)
day = 86_400_000
rows = []
for days_ago in range(1, 30):
    for category, per_day in (("sale", 6), ("signup", 10), ("bug", 2)):
        for i in range(random.randint(0, per_day * 2)):
            at = now - days_ago * day + random.randint(0, day - 1)
            fields = {"amount": round(random.uniform(9, 99), 2), "plan": random.choice(["PRO", "TEAM"])} \
                if category == "sale" else {"plan": "FREE"} if category == "signup" else {"job": "nightly-backup"}
            rows.append((f"cdemo{len(rows):016d}", category, f"Demo {category} #{len(rows)}",
                         json.dumps(fields), at, "DELIVERED", 1, at + 300))
db.executemany("INSERT INTO events (id, category, description, fields, created_at, status, "
               "attempts, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
# The app counts the events it stores itself (event_counts); the views' totals come from there,
# so rows written here are counted here, as a recount after an upgrade does.
db.execute("DELETE FROM event_counts")
db.execute("INSERT INTO event_counts (category, status, n) "
           "SELECT category, status, count(*) FROM events GROUP BY category, status")
db.commit()
PY

# A desktop preference, as the window would keep it (the dashboard's range: 2 is the last 30 days).
profile_value() {
  python3 -c "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute('INSERT OR REPLACE INTO profile (key, value) VALUES (?, ?)', sys.argv[2:]); db.commit()" \
    "$demo/pingpanda.sqlite" "$1" "$2"
}
profile_value ui/dashboard-range 2

# 3. The window in light, then in dark: today's events through the API, then each page.
send_today() {
  local url key
  url=$(sed -n 's/^PingPanda listening on //p' "$scratch/app.out" | head -1)
  key=$("$bin" --data-dir "$demo" api-key)
  post() {
    curl -s -o /dev/null -X POST "$url/api/v1/events" -H "Authorization: Bearer $key" \
      -H "Content-Type: application/json" -d "$1"
  }
  post '{"category":"sale","description":"New sale completed!","fields":{"amount":49.99,"plan":"PRO","email":"ada@example.com"}}'
  post '{"category":"signup","description":"Grace signed up","fields":{"plan":"FREE","user_id":4711}}'
  post '{"category":"sale","description":"Team plan renewed","fields":{"amount":249,"plan":"TEAM"}}'
  post '{"category":"bug","description":"Nightly backup failed: disk full","fields":{"job":"nightly-backup","exit":1}}'
  post '{"category":"signup","description":"Linus signed up","fields":{"plan":"FREE","user_id":4712}}'
  # Uptime Kuma tells the hook a monitor went down, as it would.
  curl -s -o /dev/null -X POST "$url/api/v1/hooks/uptime?key=$kuma_key" \
    -H "Content-Type: application/json" --data-binary @tests/fixtures/hooks/uptime-kuma/down.json
  sleep 2 # delivered
}
pages=(dashboard events categories send-test hooks settings)
for appearance in light dark; do
  if [ "$appearance" = dark ]; then
    profile_value ui/appearance dark
  fi
  start_app "$demo"
  window=$(window_named PingPanda)
  for _ in $(seq 50); do grep -q '^PingPanda listening' "$scratch/app.out" && break; sleep 0.1; done
  [ "$appearance" = light ] && send_today
  for i in "${!pages[@]}"; do
    xdotool windowfocus --sync "$window" key "ctrl+$((i + 1))"
    shoot "$window" "${pages[$i]}-$appearance"
  done
  if [ "$appearance" = light ]; then
    # 4. The tray menu: a right click on the icon (the window trayer embeds), then the menu's
    # own window, found as the one that appeared.
    panel=$(xdotool search --name '^panel$' | head -1)
    read -r x y < <(xwininfo -tree -id "$panel" | awk '/"pingpanda"/ { split($NF, at, "+"); print at[2], at[3]; exit }')
    before=$(xwininfo -root -children | grep -c '"pingpanda"' || true)
    xdotool mousemove $((x + 11)) $((y + 15)) click 3
    sleep 1
    menu=$(xwininfo -root -children | awk '/\("pingpanda" "pingpanda"\)/ && !/"PingPanda"|"Set up PingPanda"/ && $0 !~ / 1x1\+/ { print $1; exit }')
    if [ -n "$menu" ]; then
      import -window "$menu" "$out/tray-menu.png"
      echo "screenshots.sh: $out/tray-menu.png"
    else
      echo "screenshots.sh: the tray menu did not open ($before windows before)" >&2
    fi
    xdotool key Escape
  fi
  stop_app
done

# 5. The next digest as Settings > Quiet hours and snooze shows it, with a night's events held.
for appearance in light dark; do
  PINGPANDA_SCREENSHOTS="$out" "$(dirname "$bin")/tst_layout" \
    "quietHoursPanelShowsTheNextDigest:quiet-hours-$appearance" >/dev/null
  echo "screenshots.sh: $out/quiet-hours-$appearance.png"
done
