#!/usr/bin/env bash
# Installs the dependencies, builds newsgraph with its tests under AddressSanitizer + UndefinedBehaviorSanitizer
# (build-asan, clang) and runs every test there (unit, end-to-end, robustness, export validation, interop, the
# extraction-quality floor on ../shared/eval), then the tests of the threaded paths under ThreadSanitizer
# (build-tsan: the parallel build, merge and exports), then each libFuzzer harness for a bounded time. One
# instrumented build for the tests and the fuzzers, instead of a plain, a sanitized and a fuzzing one, keeps
# CI well under 30 minutes on two cores (about 12).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/sanitize.sh
./scripts/tsan.sh
./scripts/fuzz.sh
