#!/usr/bin/env bash
# Configures build-asan, the one instrumented build that CI compiles: clang with AddressSanitizer +
# UndefinedBehaviorSanitizer, the tests and the libFuzzer harnesses. scripts/sanitize.sh and scripts/fuzz.sh
# both use it, so the library is compiled once for the tests and the fuzzers (on two cores that saves the
# second compile, about a third of .ci/run). -O1 with line tables only (-g1) is all a sanitizer report needs
# and compiles in well under half the time of RelWithDebInfo's -O2 -g.
set -euo pipefail
cd "$(dirname "$0")/.."
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DNEWSGRAPH_SANITIZE=ON -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_BUILD_TESTS=ON >/dev/null
