#!/usr/bin/env bash
# Quick start: installs what PingPanda needs, builds it and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh

echo "== Formatting (.clang-format)"
mapfile -t sources < <(git ls-files -- '*.cpp' '*.h' 2>/dev/null || find app httpserver ui tests -name '*.cpp' -o -name '*.h')
clang-format --dry-run -Werror "${sources[@]}"

echo "== Build"
start=$(date +%s)
bash installer/build.sh
echo "Build took $(( $(date +%s) - start )) s"

echo "== Tests"
ctest --test-dir build --output-on-failure --no-tests=error -j "$(nproc)"

echo "== Screenshots (the real app under Xvfb; kept in build/, README's are in docs/)"
bash tests/screenshots.sh build build/screenshots

# The same suite under AddressSanitizer + UBSan (clang), then each fuzz target for 60 s.
bash tests/run-sanitized.sh 60
