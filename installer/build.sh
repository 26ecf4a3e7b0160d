#!/usr/bin/env bash
# Configures and builds PingPanda into ./build (Ninja, warnings are errors).
# Extra arguments go to CMake's configure step, e.g. -DCMAKE_BUILD_TYPE=Debug.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPINGPANDA_WERROR=ON "$@"
cmake --build build
