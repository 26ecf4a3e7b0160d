#!/usr/bin/env bash
# Quick start: installs what PingPanda needs, builds the app (not the tests) and starts it.
# Arguments go to pingpanda, e.g. --headless or --port 8000.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh
bash installer/build.sh --app
exec build/bin/pingpanda "$@"
