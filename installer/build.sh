#!/usr/bin/env bash
# Configures and builds PingPanda into ./build (Ninja, warnings are errors).
# usage: installer/build.sh [--app] [CMAKE_ARGS...]
#   --app        only the app (pingpanda, and on Linux pingpanda-desktop): no tests or fuzzers
#   CMAKE_ARGS   go to CMake's configure step, e.g. -DCMAKE_BUILD_TYPE=Debug
set -euo pipefail
cd "$(dirname "$0")/.."

target=()
if [ "${1:-}" = --app ]; then
  target=(--target pingpanda)
  shift
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPINGPANDA_WERROR=ON "$@"
cmake --build build "${target[@]}"
