#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang, ASan and UBSan (in build-asan, shared with
# scripts/sanitize.sh: see scripts/configure-asan.sh) and runs each for a bounded time on its corpus,
# tests/fuzz/corpus/<harness>/. Fails on the first crash, leak, timeout or undefined behaviour; the reproducer
# is in build-asan/crashes/<harness>/.
#
#   scripts/fuzz.sh                 # every harness, 20 s each (FUZZ_SECONDS overrides)
#   scripts/fuzz.sh query_parser    # some harnesses only
#   FUZZ_KEEP=1 scripts/fuzz.sh     # also merge the new inputs that add coverage into tests/fuzz/corpus
#
# Inputs are capped at 8 KB (-max_len) and the kept corpus at 100 files per harness; new inputs found in a CI
# run stay in build-asan/corpus and never touch the source tree unless FUZZ_KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
build=build-asan
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(ingest segment extract graph_reader query_parser)

./scripts/configure-asan.sh
cmake --build "$build" -j"$(nproc)" --target "${harnesses[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/fuzz/ubsan.supp}
for h in "${harnesses[@]}"; do
  mkdir -p "$build/corpus/$h" "$build/crashes/$h"
  echo "fuzz: $h for ${seconds} s"
  "$build/tests/fuzz/fuzz_$h" -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$build/crashes/$h/" "$build/corpus/$h" "tests/fuzz/corpus/$h" 2>"$build/fuzz_$h.log" || {
    tail -60 "$build/fuzz_$h.log"
    echo "fuzz: $h failed; reproducer in $build/crashes/$h/ (full log: $build/fuzz_$h.log)" >&2
    exit 1
  }
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)" "$build/fuzz_$h.log" | tr '\n' ' '
  echo
  if [ "${FUZZ_KEEP:-0}" = 1 ]; then
    kept="tests/fuzz/corpus/$h"
    "$build/tests/fuzz/fuzz_$h" -merge=1 -max_len=8192 "$kept" "$build/corpus/$h" 2>>"$build/fuzz_$h.log"
    # Cap the kept corpus: the named seeds plus the smallest found inputs (named by SHA-1), 100 files in all.
    seeds=$(find "$kept" -type f | grep -cvE '/[0-9a-f]{40}$' || true)
    ls -Sr "$kept" | grep -E '^[0-9a-f]{40}$' | tail -n +$((101 - seeds)) | sed "s|^|$kept/|" | xargs -r rm --
  fi
done
