#!/usr/bin/env bash
# End-to-end throughput of `newsgraph build` (see docs/performance.md).
#
#   tests/bench/run.sh            # Release build with benchmarks, 1k and 10k articles, -j1 and -jN
#   tests/bench/run.sh --full     # also 100k articles
#   tests/bench/run.sh --micro    # also the Google Benchmark micro benchmarks (newsgraph_bench)
#   tests/bench/run.sh --no-build # use the binaries already in the build folder
#
# For each size: generates a JSON Lines corpus (gen_corpus.py, seed 1; kept between runs), and one with a
# dictionary's vocabulary added (row "<size>v", when hunspell-fr is installed); runs
# `newsgraph build CORPUS -o graph.json` with one thread and with every core (three times each up to 10k
# articles: the medians), prints MB/s, articles/s per core, words/s, time per article and peak RSS, and checks
# that the two graphs are byte-identical; then once more with one thread on the articles shuffled (seed 1),
# row "1s", whose graph must be the same too. When node and npm are there, tags the 1k articles with
# fr-compromise (pinned in package.json / package-lock.json) and prints newsgraph's speed-up over it.
# Environment: NEWSGRAPH_BENCH_BUILD (build folder, default build-bench), NEWSGRAPH_BENCH_WORK (corpora and
# outputs, default <build>/bench-work), NEWSGRAPH_BENCH_JOBS (thread count of the parallel run, default nproc),
# NEWSGRAPH_BENCH_MEM_GB (address-space limit of each build, default 8: a run that needs more fails with
# "out of memory" instead of pushing a shared machine into the OOM killer).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${NEWSGRAPH_BENCH_BUILD:-$root/build-bench}
work=${NEWSGRAPH_BENCH_WORK:-$build/bench-work}
jobs=${NEWSGRAPH_BENCH_JOBS:-$(nproc)}
mem_gb=${NEWSGRAPH_BENCH_MEM_GB:-8}
python=/usr/bin/python3
sizes="1000 10000"
micro=0
build_it=1
for arg in "$@"; do
  case $arg in
    --full) sizes="1000 10000 100000" ;;
    --micro) micro=1 ;;
    --no-build) build_it=0 ;;
    *) echo "usage: $0 [--full] [--micro] [--no-build]" >&2; exit 2 ;;
  esac
done

if [ "$build_it" = 1 ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DNEWSGRAPH_BUILD_BENCH=ON >/dev/null
  make -C "$build" -j"$(nproc)" newsgraph_cli newsgraph_bench >/dev/null
fi
newsgraph=$build/newsgraph
mkdir -p "$work"

# "<articles> <bytes> <words>" of a corpus: article text as newsgraph sees it (title, blank line, text).
corpus_stats() {
  "$python" - "$1" <<'PY'
import json, re, sys
n = b = w = 0
word = re.compile(r"\w+")
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    t = a["title"] + "\n\n" + a["text"]
    n += 1; b += len(t.encode()); w += len(word.findall(t))
print(n, b, w)
PY
}

# run_build CORPUS THREADS OUT [RUNS]: runs the build RUNS times (default 1) and prints "<wall s> <cpu s>
# <peak RSS kB>", the medians of the wall and CPU times (in microseconds: /usr/bin/time gives hundredths, a
# tenth of a 1k-article run) and the largest RSS; or "failed" (log in $work/time.log).
run_build() {
  "$python" - "$newsgraph" "$1" "$2" "$3" "${4:-1}" "$mem_gb" "$work/time.log" <<'PY'
import os, resource, statistics, subprocess, sys, time
newsgraph, corpus, threads, out, runs, mem_gb, log = sys.argv[1:8]
limit = int(mem_gb) << 30
walls, cpus, rss = [], [], 0
for _ in range(int(runs)):
    with open(log, "w") as err:
        start = time.perf_counter()
        child = subprocess.Popen([newsgraph, "build", corpus, "-o", out, "-j", threads, "--no-summary"],
                                 stdout=subprocess.DEVNULL, stderr=err,
                                 preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit)))
        _, status, usage = os.wait4(child.pid, 0)
        walls.append(time.perf_counter() - start)
    if status != 0:
        with open(log, "a") as err:
            print(f"exit status {os.waitstatus_to_exitcode(status)} (negative: killed by that signal)", file=err)
        print("failed")
        sys.exit(0)
    cpus.append(usage.ru_utime + usage.ru_stime)
    rss = max(rss, usage.ru_maxrss)
print(f"{statistics.median(walls):.6f} {statistics.median(cpus):.6f} {rss}")
PY
}

# The generator's own words are a few hundred; rows "<n>v" add a dictionary's vocabulary (gen_corpus.py
# --lexicon), whose new words cost what they do on real text: a morphological analysis each.
dictionary=/usr/share/hunspell/fr_FR.dic
kinds=""
[ -s "$dictionary" ] && kinds="v"
printf '%-8s %3s %8s %8s %8s %9s %10s %11s %9s %9s %s\n' articles -j wall_s cpu_s MB/s MB/cpu-s art/s/core words/s ms/art RSS_MB identical
for n in $sizes; do
for kind in "" $kinds; do
  corpus=$work/corpus-$n$kind.jsonl
  [ -s "$corpus" ] || "$python" "$here/gen_corpus.py" --count "$n" --seed 1 --jsonl "$corpus" \
    ${kind:+--lexicon "$dictionary"}
  shuffled=$work/corpus-$n$kind-shuffled.jsonl
  [ -s "$shuffled" ] || "$python" -c 'import random, sys
lines = open(sys.argv[1], encoding="utf-8").readlines()
random.Random(1).shuffle(lines)
open(sys.argv[2], "w", encoding="utf-8").writelines(lines)' "$corpus" "$shuffled"
  read -r articles bytes words < <(corpus_stats "$corpus")
  # Medians of three runs, but of one at 100k articles.
  runs=3
  [ "$n" -gt 10000 ] && runs=1
  # -j1, -jN, then -j1 on the same articles in a random order ("1s"): ids then do not arrive in order, as
  # with hashes or URLs for ids; the graph must be the same and the time too.
  for run in 1 "$jobs" 1s; do
    j=${run%s}
    input=$corpus
    [ "$run" = 1s ] && input=$shuffled
    read -r wall cpu rss < <(run_build "$input" "$j" "$work/graph-$n$kind-j$run.json" "$runs")
    if [ "$wall" = failed ]; then
      printf '%-8s %3s   build failed (limit %s GB), %s\n' "$n$kind" "$run" "$mem_gb" "$(grep -m1 -i 'error\|what\|exit status' "$work/time.log")"
      break 3
    fi
    same=-
    if [ "$run" != 1 ]; then
      cmp -s "$work/graph-$n$kind-j1.json" "$work/graph-$n$kind-j$run.json" && same=yes || same=NO
    fi
    awk -v n="$articles" -v label="$n$kind" -v b="$bytes" -v w="$words" -v j="$j" -v run="$run" -v wall="$wall" \
      -v cpu="$cpu" -v rss="$rss" -v same="$same" 'BEGIN {
        printf "%-8s %3s %8.2f %8.2f %8.2f %9.2f %10.0f %11.0f %9.3f %9.0f %s\n",
          label, run, wall, cpu, b / wall / 1e6, b / cpu / 1e6, n / wall / j, w / wall, wall * 1000 / n, rss / 1024, same }'
    [ "$same" != NO ] || { echo "the -j1 and -j$run graphs differ" >&2; exit 1; }
  done
done
done

# The bundled example articles (real agency copy, longer sentences than the generator's) repeated COPIES
# times as JSON Lines, each copy with its own id.
replicate_examples() {
  "$python" - "$root/examples" "$1" "$2" <<'PY'
import glob, json, os, sys
folder, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
articles = []
for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
    first, _, text = open(path, encoding="utf-8").read().partition("\n")
    first = first.strip()
    parts = first.split(" ", 2)  # "date YYYY-MM Title"
    date, title = (parts[1], parts[2]) if parts[0] == "date" and len(parts) == 3 else ("", first)
    articles.append((os.path.basename(path)[:-4], date, title, text.strip()))
with open(out, "w", encoding="utf-8") as f:
    for copy in range(copies):
        for name, date, title, text in articles:
            f.write(json.dumps({"id": f"{name}-{copy}", "title": title, "date": date, "text": text},
                               ensure_ascii=False) + "\n")
PY
}

# compare CORPUS LABEL: fr-compromise's tagging time against newsgraph's whole -j1 build on the same articles,
# the median of three runs of fr-compromise and of five of newsgraph (a run of 1k articles takes a fifth of a
# second, where the host's hiccups weigh; fr-compromise's takes seconds).
compare() {
  local bytes words c_seconds c_terms wall cpu
  read -r _ bytes words < <(corpus_stats "$1")
  read -r c_terms c_seconds < <(for _ in 1 2 3; do node "$peer/compromise_tag.mjs" "$1"; done |
    sort -n -k4 | awk 'NR == 2 { print $3, $4 }')
  read -r wall cpu _ < <(run_build "$1" 1 "$work/compare.json" 5)
  # The wall time includes waiting for the disk (the output is synced before its rename); the CPU time is
  # what the one thread spent, as fr-compromise's figure (its loop alone) is.
  awk -v label="$2" -v b="$bytes" -v w="$words" -v cs="$c_seconds" -v wall="$wall" -v cpu="$cpu" \
      -v terms="$c_terms" 'BEGIN {
    printf "%s\n  fr-compromise: %.2f s, %.3f MB/s, %.0f words/s (%d terms)\n", label, cs, b / cs / 1e6, w / cs, terms
    printf "  newsgraph -j1, whole build + JSON export: %.3f s wall, %.2f MB/s -> %.1fx fr-compromise\n", wall, b / wall / 1e6, cs / wall
    printf "  the same in CPU time: %.3f s, %.2f MB/s -> %.1fx\n", cpu, b / cpu / 1e6, cs / cpu }'
}

if command -v node >/dev/null && command -v npm >/dev/null; then
  peer=$work/compromise
  mkdir -p "$peer"
  cp "$here/package.json" "$here/package-lock.json" "$here/compromise_tag.mjs" "$peer/"
  if (cd "$peer" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null 2>&1); then
    corpus=$work/corpus-1000.jsonl
    [ -s "$corpus" ] || "$python" "$here/gen_corpus.py" --count 1000 --seed 1 --jsonl "$corpus"
    compare "$corpus" "1000 generated articles"
    corpus=$work/corpus-1000v.jsonl
    if [ -n "$kinds" ]; then
      [ -s "$corpus" ] || "$python" "$here/gen_corpus.py" --count 1000 --seed 1 --jsonl "$corpus" --lexicon "$dictionary"
      compare "$corpus" "1000 generated articles with a dictionary's vocabulary (--lexicon)"
    fi
    replicate_examples 200 "$work/examples-x200.jsonl"
    compare "$work/examples-x200.jsonl" "examples/ articles, 200 copies of each"
  else
    echo "fr-compromise: npm ci failed (no registry?), comparison skipped"
  fi
else
  echo "fr-compromise: node/npm not found, comparison skipped"
fi

if [ "$micro" = 1 ]; then
  "$build/tests/bench/newsgraph_bench" --benchmark_counters_tabular=true
fi
