#!/usr/bin/env bash
# Installs the dependencies, builds newsgraph with its tests and runs every test (unit, end-to-end, interop,
# export validation and the extraction-quality floor on ../shared/eval), then the same suite under ASan +
# UBSan (scripts/sanitize.sh) and each libFuzzer harness for a bounded time (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh -DNEWSGRAPH_BUILD_TESTS=ON
ctest --test-dir build --output-on-failure -j"$(nproc)"
./scripts/sanitize.sh
./scripts/fuzz.sh
