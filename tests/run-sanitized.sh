#!/usr/bin/env bash
# The whole suite again in a clang build with AddressSanitizer and UndefinedBehaviorSanitizer
# (any report stops the test: halt_on_error), then each libFuzzer target for a bounded time.
#
# usage: tests/run-sanitized.sh [SECONDS_PER_FUZZER]   (default 60; run longer to fuzz deeper)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=build-sanitize

echo "== Sanitizer build (clang, ASan + UBSan, fuzz targets)"
start=$(date +%s)
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPINGPANDA_SANITIZE=ON -DPINGPANDA_FUZZ=ON -DPINGPANDA_WERROR=ON >/dev/null
cmake --build "$build"
echo "Sanitizer build took $(( $(date +%s) - start )) s"

export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

echo "== Tests under the sanitizers"
# The package check builds a .deb, which a sanitizer build has no business shipping; the load
# test checks timings and memory, which ASan's own bookkeeping (quarantine, shadow memory)
# changes: both run in the normal build.
ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$(nproc)" \
  -E '^(package_deb|tst_load)$'

echo "== Fuzzing, ${seconds} s per target"
for target in requestframer jsonparser eventvalidator embed hookreader; do
  work=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$target/." "$work/"
  echo "-- fuzz_$target"
  # New inputs go to a scratch copy of the corpus; a crash leaves crash-* in $build.
  if ! (cd "$build" && "./bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 "$work" >"$work.log" 2>&1); then
    tail -n 60 "$work.log"
    echo "fuzz_$target found a problem: the input is in $build/crash-*; add it to" \
      "tests/fuzz/regressions/$target and fix the code."
    exit 1
  fi
  grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb" "$work.log" || true
  rm -rf "$work" "$work.log"
done
