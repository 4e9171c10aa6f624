#!/usr/bin/env bash
# Installs the dependencies, builds newsgraph with its tests under AddressSanitizer + UndefinedBehaviorSanitizer
# (build-asan) and runs every test there (unit, end-to-end, robustness, export validation, interop, the
# extraction-quality floor on ../shared/eval), then each libFuzzer harness for a bounded time. One sanitized
# build instead of a plain one and a sanitized one keeps CI under 30 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/sanitize.sh
./scripts/fuzz.sh
