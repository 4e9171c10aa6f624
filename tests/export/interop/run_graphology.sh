#!/bin/sh
# Interop with graphology (Gephi Lite's readers): installs the locked npm packages into WORKDIR (test time only;
# the tool itself never downloads anything), converts GRAPH.json to GEXF and GraphML, runs check_graphology.mjs.
# usage: run_graphology.sh NEWSGRAPH_BINARY GRAPH.json SCHEMA.json WORKDIR
# Exits 77 (ctest: skipped) when node/npm are missing or the registry cannot be reached.
set -eu
binary=$1 graph=$2 schema=$3 workdir=$4
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "SKIPPED: node and npm are needed for the graphology interop test"
  exit 77
fi
mkdir -p "$workdir"
cp "$here/package.json" "$here/package-lock.json" "$here/check_graphology.mjs" "$workdir/"
cd "$workdir"
if [ ! -d node_modules ] && ! npm ci --no-audit --no-fund --loglevel=error; then
  echo "SKIPPED: npm could not install graphology (registry unreachable?)"
  exit 77
fi
"$binary" -q convert "$graph" -o interop.gexf -o interop.graphml
node check_graphology.mjs "$graph" interop.gexf interop.graphml "$schema"
