#!/usr/bin/env bash
# Builds newsgraph and its tests with AddressSanitizer + UndefinedBehaviorSanitizer in build-asan (see
# scripts/configure-asan.sh) and runs the test suite there. Any sanitizer report fails the test that triggered
# it (UBSan halts on error).
# Extra arguments go to ctest (e.g. -R robustness).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/configure-asan.sh
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/fuzz/ubsan.supp}
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" "$@"
