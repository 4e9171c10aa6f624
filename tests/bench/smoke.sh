#!/bin/sh
# Smoke test of the benchmark tooling: 20 generated articles, built with -j1 and -j2, must give the same
# non-empty graph.  Usage: smoke.sh PYTHON NEWSGRAPH WORKDIR
set -eu
python=$1 newsgraph=$2 work=$3
here=$(dirname "$0")
rm -rf "$work" && mkdir -p "$work"
"$python" "$here/gen_corpus.py" --count 20 --seed 3 --out "$work/corpus"
"$python" "$here/gen_corpus.py" --count 20 --seed 3 --jsonl "$work/corpus.jsonl"
"$newsgraph" build "$work/corpus" -o "$work/j1.json" -j 1 >/dev/null
"$newsgraph" build "$work/corpus" -o "$work/j2.json" -j 2 >/dev/null
"$newsgraph" build "$work/corpus.jsonl" -o "$work/jsonl.json" -j 2 >/dev/null
cmp "$work/j1.json" "$work/j2.json"
grep -q '"edges"' "$work/j1.json"
[ "$(wc -c <"$work/j1.json")" -gt 10000 ]
[ "$(wc -c <"$work/jsonl.json")" -gt 10000 ]
echo "bench smoke ok"
