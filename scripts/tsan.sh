#!/usr/bin/env bash
# Builds newsgraph with ThreadSanitizer in build-tsan and runs the tests of the threaded paths there: the
# parallel build (GraphBuilder, the merge's sort, resolution's renaming, ParallelFor, the pool of Hunspell
# objects), the exports laid out on several threads, several outputs written at once, each output file's
# write-behind thread and the end-to-end runs with -j2. A data race fails the test that ran into it.
# Only the test executables of those paths are compiled (the ASan build in scripts/sanitize.sh runs them all).
# Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
CC=clang CXX=clang++ cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
  -DNEWSGRAPH_TSAN=ON -DNEWSGRAPH_BUILD_TESTS=ON >/dev/null
cmake --build build-tsan -j"$(nproc)" --target newsgraph_cli core_test graph_test export_test e2e_test text_test
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
ctest --test-dir build-tsan --output-on-failure -j"$(nproc)" \
  -R '^(ParallelFor|GraphBuilder|GraphFragment|FragmentAccumulator|SortByKey|InOrder|Golden|BuildCommand|Morphology|AtomicFile|WriteBehind)' "$@"
