#!/bin/sh
# Smoke test of the benchmark tooling: 20 generated articles, built with -j1 and -j2, must give the same
# non-empty graph; so must the same articles with a dictionary's vocabulary, which must bring new words.
# Usage: smoke.sh PYTHON NEWSGRAPH WORKDIR
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
# --lexicon: the same articles with a dictionary's words added, and the same graph on one or two threads.
dictionary=/usr/share/hunspell/fr_FR.dic
if [ -s "$dictionary" ]; then
  "$python" "$here/gen_corpus.py" --count 20 --seed 3 --jsonl "$work/vocabulary.jsonl" --lexicon "$dictionary"
  distinct() { "$python" -c 'import re, sys; print(len(set(re.findall(r"\w+", open(sys.argv[1], encoding="utf-8").read()))))' "$1"; }
  [ "$(distinct "$work/vocabulary.jsonl")" -gt $(( $(distinct "$work/corpus.jsonl") + 300 )) ]
  "$newsgraph" build "$work/vocabulary.jsonl" -o "$work/v1.json" -j 1 >/dev/null
  "$newsgraph" build "$work/vocabulary.jsonl" -o "$work/v2.json" -j 2 >/dev/null
  cmp "$work/v1.json" "$work/v2.json"
fi
echo "bench smoke ok"
