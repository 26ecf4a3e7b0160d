#!/usr/bin/env bash
# Runs a command with a real Secret Service of its own: a fresh HOME, a private D-Bus session
# and gnome-keyring-daemon, whose login keyring is created and unlocked with a throwaway
# password (a non-empty one, or the daemon would want to prompt). Nothing touches the user's
# own keyring.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
unset PINGPANDA_DISCORD_TOKEN
exec dbus-run-session -- bash -c '
  printf %s pingpanda-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' keyring "$@"
